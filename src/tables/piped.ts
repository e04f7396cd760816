/**
 * Plain-text tables written as rows of `|`-separated cells ("STT | Lĩnh vực
 * | Tiếp nhận", markdown's "| a | b |" too): a run of two or more body lines
 * with the same number of cells is a grid, read by src/tables/grid.ts like a
 * Word table. A grid that is not a statistics table stays prose.
 */
import type { Place, SourceLine } from '../model/report.js';
import { NO_CONTEXT, readGrid, type Grid, type GridCell, type GridContext } from './grid.js';
import type { RawRow } from './rows.js';

/** A markdown rule row ("|---|:--:|"): no cells. */
const RULE_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

interface Cut {
  text: string;
  start: number;
  end: number;
}

/** The cells of a line split at '|', with their offsets; `outer`: the line is fenced by pipes ("| a | b |"). */
function cutsOf(text: string, outer: boolean): Cut[] {
  const cuts: Cut[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '|') continue;
    const raw = text.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    cuts.push({ text: raw.trim(), start: from + lead, end: from + lead + raw.trim().length });
    from = i + 1;
  }
  return outer ? cuts.slice(1, cuts.length - (text.trimEnd().endsWith('|') ? 1 : 0)) : cuts;
}

const pipes = (text: string) => (text.match(/\|/g) ?? []).length;
const fenced = (text: string) => text.trimStart().startsWith('|');

/** Runs of consecutive body lines holding the same number of '|' (at least one), markdown rule rows among them. */
function runs(lines: readonly SourceLine[]): SourceLine[][] {
  const out: SourceLine[][] = [];
  let run: SourceLine[] = [];
  const close = () => {
    if (run.length >= 2) out.push(run);
    run = [];
  };
  lines.forEach((line, i) => {
    // Blank lines at the foot of a page inside a table (the table goes on after the page break).
    const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
    if (run.length > 0 && line.text.trim() === '' && next !== undefined && next.page !== line.page) return;
    if (line.kind !== 'body') return close();
    if (RULE_ROW.test(line.text) && run.length > 0) return run.push(line);
    const count = pipes(line.text);
    if (count === 0) return close();
    if (run.length > 0 && count !== pipes(run[0].text)) close();
    run.push(line);
  });
  close();
  return out;
}

function placeOf(line: SourceLine, cut?: Cut): Place {
  return cut && cut.text !== ''
    ? { page: line.page, line: line.line, start: line.offset + cut.start, end: line.offset + cut.end }
    : { page: line.page, line: line.line, start: line.offset, end: line.offset + line.text.length };
}

function gridOf(run: readonly SourceLine[], table: string): Grid {
  // Fenced only when every line is: " | Tổng cộng | …" under "STT | …" has an empty first cell.
  const outer = run.every((l) => fenced(l.text));
  const rows = run.filter((line) => !RULE_ROW.test(line.text)).map((line) => {
    const cuts = cutsOf(line.text, outer);
    const cells: GridCell[] = cuts.map((cut, column) => ({ text: cut.text, column, span: 1, place: placeOf(line, cut) }));
    return { cells, place: placeOf(line) };
  });
  return { table, columns: Math.max(...rows.map((r) => r.cells.length)), rows };
}

export interface PipedTables {
  rows: RawRow[];
  /** Lines of the statistics tables read (to be marked kind='table'). */
  lines: SourceLine[];
  tables: number;
}

/** Read the `|`-separated tables among the body lines of a report. */
export function readPipedTables(lines: readonly SourceLine[], context: GridContext = NO_CONTEXT, firstTable = 1): PipedTables {
  const out: PipedTables = { rows: [], lines: [], tables: 0 };
  for (const run of runs(lines)) {
    const read = readGrid(gridOf(run, `T${firstTable + out.tables}`), context);
    if (!read || read.length === 0) continue;
    out.rows.push(...read);
    out.lines.push(...run);
    out.tables++;
  }
  return out;
}
