/**
 * Gold files of a folder: `<name>.gold.csv` (figures) and `<name>.flags.csv`
 * (audit expectations). One gold name annotates every format of its report.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { GoldFlagRow, GoldRow } from '../model/schemas.js';
import { EvalInputError, readCsv, type Located } from './csv.js';

/** An empty cell must not coerce to 0. */
const numberCell = z.string().trim().min(1, 'value is empty').pipe(z.coerce.number<string>().finite());
const GoldFigureFileRow = GoldRow.extend({ value: numberCell });

export interface GoldSet {
  name: string;
  figures: Located<GoldRow>[];
  /** Undefined when the report has no `.flags.csv`. */
  flags?: Located<GoldFlagRow>[];
}

const GOLD_SUFFIX = '.gold.csv';
const FLAGS_SUFFIX = '.flags.csv';

/** `dir/tho-xuan-…-reflow.pdf` → `tho-xuan-…`: the gold name of any variant. */
export function goldNameOf(sourceFile: string): string {
  return basename(sourceFile.replace(/\\/g, '/'))
    .replace(/\.[^.]+$/, '')
    .replace(/-reflow$/, '');
}

/** pdf, docx, txt …; reflowed variants are their own group (`pdf-reflow`). */
export function formatGroupOf(sourceFile: string, format: string): string {
  const name = basename(sourceFile.replace(/\\/g, '/')).replace(/\.[^.]+$/, '');
  return name.endsWith('-reflow') ? `${format}-reflow` : format;
}

export function loadGoldDir(dir: string): Map<string, GoldSet> {
  if (!existsSync(dir)) throw new EvalInputError(`gold folder not found: ${dir}`);
  const sets = new Map<string, GoldSet>();
  const setOf = (name: string): GoldSet => {
    let set = sets.get(name);
    if (!set) sets.set(name, (set = { name, figures: [] }));
    return set;
  };
  for (const file of readdirSync(dir).sort()) {
    const path = join(dir, file);
    if (file.endsWith(GOLD_SUFFIX)) {
      const set = setOf(file.slice(0, -GOLD_SUFFIX.length));
      set.figures = readCsv(path, GoldFigureFileRow);
    } else if (file.endsWith(FLAGS_SUFFIX)) {
      const set = setOf(file.slice(0, -FLAGS_SUFFIX.length));
      set.flags = readCsv(path, GoldFlagRow);
    }
  }
  return sets;
}

/** A gold row whose note starts with `optional` counts neither way. */
export function isOptionalGold(row: GoldRow): boolean {
  return /^optional\b/i.test(row.note.trim());
}
