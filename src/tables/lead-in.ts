/**
 * The sentence that introduces a table ("Tính đến ngày 30/11/2023, số thủ
 * tục … theo từng cấp như sau:") may scope it to a period: rows that name
 * no period of their own (by row label or column header) take it. A period
 * equal to the report's, a comparison base ("so với năm 2020") or a cited
 * document's date scopes nothing (labelScope). A lead-in that names one
 * level ("Kết quả tại Bộ phận một cửa cấp huyện qua các năm:") gives it to
 * the rows that name none.
 */
import type { Report, SourceLine } from '../model/report.js';
import type { Level } from '../model/schemas.js';
import { LEVEL_RANK } from '../parse/unit-words.js';
import { labelScope, type ReportPeriod } from './dimensions.js';
import { levelsIn } from './levels.js';
import type { RawRow } from './rows.js';

/** Lines of a lead-in sentence looked at, at most (a paragraph wrapped over lines). */
const MAX_LINES = 4;

/** The text of the sentence right above the table line `first`, when it opens the table (ends with ':'). */
function leadIn(lines: readonly SourceLine[], first: number): string | undefined {
  let i = first - 1;
  while (i >= 0 && (lines[i].kind === 'table' || lines[i].text.trim() === '')) i--;
  const parts: string[] = [];
  for (; i >= 0 && parts.length < MAX_LINES && lines[i].kind === 'body' && lines[i].text.trim() !== ''; i--) {
    parts.unshift(lines[i].text.trim());
    if (i > 0 && /[.;!?]$/.test(lines[i - 1].text.trim())) break;
  }
  const text = parts.join(' ');
  if (!/:$/.test(text)) return undefined;
  // Only the last sentence: one ended inside the paragraph says nothing of the table.
  return text.split(/(?<=[.!?;])\s+(?=\p{Lu})/u).at(-1);
}

/** Rows of each table that name no period take the period the table's lead-in sentence names. */
export function scopeByLeadIn(rows: readonly RawRow[], report: Report, period: ReportPeriod): RawRow[] {
  const lines = report.pages.flatMap((p) => p.lines);
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (firstLine.has(row.table)) continue;
    const at = lines.findIndex((l) => l.page === row.place.page && l.line === row.place.line);
    if (at < 0) continue;
    // The table's first line: back over the lines the tables took (its header).
    let first = at;
    while (first > 0 && lines[first - 1].kind === 'table') first--;
    firstLine.set(row.table, first);
  }
  const scopes = new Map<string, ReturnType<typeof labelScope>['period']>();
  const levels = new Map<string, Level>();
  for (const [table, first] of firstLine) {
    const text = leadIn(lines, first);
    if (text === undefined) continue;
    const scope = labelScope(text, period).period;
    if (scope && scope.start !== '') scopes.set(table, scope);
    const level = leadLevel(text, report.meta.unitLevel);
    if (level) levels.set(table, level);
  }
  return rows.map((row) => {
    const scope = scopes.get(row.table);
    const level = levels.get(row.table);
    return { ...row, ...(scope && row.period === undefined ? { period: scope } : {}), ...(level ? { leadLevel: level } : {}) };
  });
}

/** The one level a lead-in names, if it is a level of the report's figures: not above the unit's, not a commune's own. */
function leadLevel(text: string, unitLevel: Level): Level {
  const named = levelsIn(text);
  if (named.length !== 1 || !unitLevel) return '';
  const [level] = named;
  if (!level || LEVEL_RANK[level] > LEVEL_RANK[unitLevel] || (level === 'commune' && unitLevel === 'commune')) return '';
  return level;
}
