/**
 * Reads the CSVs of a run folder back into validated rows (reports, figures,
 * flags) for the HTML report. A cell a schema types as a number is read as
 * one; text cells lose the quote that neutralised a formula on writing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { FigureRow, FlagRow, ReportRow, SeriesRow } from '../../model/schemas.js';
import { CSV_OUTPUTS, RUN_MANIFEST_FILE, RunManifest } from '../outputs.js';

export interface RunFolder {
  reports: ReportRow[];
  figures: FigureRow[];
  flags: FlagRow[];
  /** series.csv; empty for a run written without the batch audit. */
  series: SeriesRow[];
  manifest?: RunManifest;
}

export class RunFolderError extends Error {
  override name = 'RunFolderError';
}

const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

function cellFor(field: z.ZodType, text: string): unknown {
  if (field.safeParse(text).success) return text.replace(NEUTRALISED, '');
  return text.trim() === '' ? text : Number(text);
}

function readRows<S extends z.ZodObject>(dir: string, file: string, schema: S): z.infer<S>[] {
  const path = join(dir, file);
  if (!existsSync(path)) throw new RunFolderError(`${path}: not found (is ${dir} a run folder?)`);
  const records: Record<string, string>[] = parse(readFileSync(path, 'utf8'), { bom: true, columns: true, skip_empty_lines: true });
  const shape = schema.shape as Record<string, z.ZodType>;
  return records.map((record, i) => {
    const typed = Object.fromEntries(Object.entries(record).map(([key, text]) => [key, shape[key] ? cellFor(shape[key], text) : text]));
    const parsed = schema.safeParse(typed);
    if (!parsed.success) throw new RunFolderError(`${path}:${i + 2}: ${z.prettifyError(parsed.error).split('\n').join(' ')}`);
    return parsed.data;
  });
}

export function readRunFolder(dir: string): RunFolder {
  const manifestPath = join(dir, RUN_MANIFEST_FILE);
  const manifest = existsSync(manifestPath) ? RunManifest.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8'))) : undefined;
  return {
    reports: readRows(dir, CSV_OUTPUTS.reports.file, CSV_OUTPUTS.reports.schema),
    figures: readRows(dir, CSV_OUTPUTS.figures.file, CSV_OUTPUTS.figures.schema),
    flags: readRows(dir, CSV_OUTPUTS.flags.file, CSV_OUTPUTS.flags.schema),
    series: existsSync(join(dir, CSV_OUTPUTS.series.file)) ? readRows(dir, CSV_OUTPUTS.series.file, CSV_OUTPUTS.series.schema) : [],
    manifest: manifest?.success ? manifest.data : undefined,
  };
}
