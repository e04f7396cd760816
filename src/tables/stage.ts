/**
 * The `tables` stage: read the report's statistics tables (DOCX table rows,
 * PDF text-item positions, plain-text layouts) into one row model, give
 * rows their meaning, map them to indicators by label. Lines a table used
 * become kind='table' so the prose rules do not read them again.
 */
import type { Report, SourceLine } from '../model/report.js';
import type { Stage } from '../pipeline.js';
import { mapRows } from './map.js';
import { resolveRows, type RawRow } from './rows.js';
import { readTextTables } from './text.js';

export function readTables(report: Report): RawRow[] {
  const bodyLines: SourceLine[] = report.pages.flatMap((p) => p.lines.filter((l) => l.kind === 'body'));
  const text = readTextTables(bodyLines, 1);
  for (const line of text.lines) line.kind = 'table';
  return text.rows;
}

export const tablesStage: Stage = {
  name: 'tables',
  run(report) {
    const mapped = mapRows(resolveRows(readTables(report)));
    report.tableRows.push(...mapped.rows);
    report.mentions.push(...mapped.mentions);
    report.diagnostics.push(...mapped.diagnostics);
  },
};
