/**
 * Table rows → tables.csv rows and mentions. A row maps by its meaning (its
 * label, or its parent's for a level sub-row); coded answers and empty cells
 * never become figures; a near tie between two indicators leaves the row
 * unmapped with a diagnostic.
 */
import { indicatorOf } from '../model/catalogue.js';
import type { Diagnostic, Mention, TableRowData } from '../model/report.js';
import type { Level } from '../model/schemas.js';
import { foldDiacritics } from './fold.js';
import { matchLabel, type LabelMatch } from './labels.js';
import { moneyFactor } from './numbers.js';
import { isRate, type TableRowEntry } from './rows.js';

/** Above every prose rule (0–9): a table row states exactly one figure. */
export const TABLE_SPECIFICITY = 10;
export const TABLE_RULE = 'tables.label';
const EVIDENCE_LENGTH = 200;
/** "thuộc UBND cấp huyện": units the committee of a level runs, a part of the area's units, never their count at that level. */
const OWNED_BY_LEVEL = /\bthuoc\s+(?:ubnd|uy ban nhan dan)\b/;

/**
 * "Đang giải quyết (trong hạn) | 53": an aside saying the pending dossiers are all within their deadline makes the
 * count both the pending total and its in-time part, as the prose reading of "còn 53 hồ sơ đang giải quyết trong hạn".
 */
const ALL_IN_TIME_ASIDE = /\(\s*(?:deu\s+)?(?:trong han|con han|con trong han|chua den han)\s*\)/;

export interface MappedTables {
  rows: TableRowData[];
  mentions: Mention[];
  diagnostics: Diagnostic[];
}

export function mapRows(entries: readonly TableRowEntry[]): MappedTables {
  const out: MappedTables = { rows: [], mentions: [], diagnostics: [] };
  const levels: Level[] = [];
  entries.forEach((entry, i) => {
    const parent = entry.parent !== undefined ? entries[entry.parent] : undefined;
    const rate = isRate(entry.byColumn ? { ...entry, label: entry.meaning } : entry, parent?.label);
    const own = matchLabel(entry.meaning, { percent: rate });
    // A sub-row after "Trong đó" names only what sets it apart ("- Trực tuyến"): read it with its parent's label.
    const breakdown = own.indicator === '' && !own.nearTie && parent && entry.markerLevel === undefined && !entry.byColumn
      ? matchLabel(`${parent.meaning} ${entry.meaning.replace(/^[-+•\s]+/, '')}`, { percent: rate })
      : undefined;
    // … and only when that names something other than the parent itself (not a subset of it: "Trả trực tiếp"),
    // or the parent's count at a level the sub-row names and the parent does not: a row naming only a level
    // ("a) Thuộc thẩm quyền cấp xã" under the procedures) or a coded sub-row ("1.1 | Thuộc thẩm quyền của cấp
    // huyện"); not "Số đơn vị thuộc UBND cấp huyện", a subset.
    const parentHasNoLevel = parent !== undefined && levels[entry.parent!] === '';
    const namesOnlyLevel = parentHasNoLevel && entry.rowLevel !== undefined && entry.rowLevel !== '';
    const levelSplit = parentHasNoLevel && own.level !== '' && !OWNED_BY_LEVEL.test(foldDiacritics(entry.meaning));
    const splits = breakdown?.indicator
      && (namesOnlyLevel || levelSplit || breakdown.indicator !== matchLabel(parent!.meaning, { percent: rate }).indicator);
    // The row and its column named the indicator together (a staff group under "Có mặt").
    const match: LabelMatch = entry.indicator !== undefined ? { indicator: entry.indicator, score: 1, level: '' } : splits ? breakdown! : own;
    // A total row of a table that splits one level's figures by field ("Số hồ sơ cấp huyện theo lĩnh vực:" ⏎ … ⏎
    // "Tổng cộng") is that level's total, as the lead-in says; a total of units or levels states its own.
    const rowLevel = entry.rowLevel === '' && entry.leadLevel ? entry.leadLevel : entry.rowLevel;
    const level = rowLevel ?? entry.columnLevel ?? entry.markerLevel ?? (match.level || (entry.parent !== undefined ? levels[entry.parent] : '') || entry.leadLevel || '');
    levels[i] = level;
    const counts = !entry.coded && entry.number !== undefined;
    const period = entry.period ?? { start: '', end: '' };
    // A plan or share-of-plan cell counts nothing; a unit's row still says what it counts.
    const indicator = counts && (entry.figure !== false || entry.unitName !== undefined) ? match.indicator : '';
    if (counts && match.nearTie) {
      const [a, b] = match.nearTie.indicators;
      const [sa, sb] = match.nearTie.scores;
      out.diagnostics.push({
        severity: 'warning',
        source: TABLE_RULE,
        place: entry.place,
        message: `table row "${entry.label}" left unmapped: near tie between ${a} (${sa.toFixed(2)}) and ${b} (${sb.toFixed(2)})`,
      });
    }
    out.rows.push({
      table_id: entry.table,
      code: entry.code,
      label: entry.label,
      unit: entry.unit,
      value: entry.value,
      level,
      page: entry.place.page,
      line: entry.place.line,
      indicator,
      unit_name: entry.unitName ?? '',
      period_start: period.start,
      period_end: period.end,
      column_header: entry.column ?? '',
    });
    if (indicator === '' || entry.number === undefined || entry.figure === false) return;
    // An amount in a money unit ("13.476,3" in "Tỷ đồng") is counted in đồng.
    const factor = indicatorOf(indicator).unit === 'vnd' ? moneyFactor(entry.unit) ?? 1 : 1;
    const keys = indicator === 'dossier.pending' && ALL_IN_TIME_ASIDE.test(foldDiacritics(entry.label).toLowerCase()) ? [indicator, 'dossier.pending_in_time'] : [indicator];
    for (const key of keys) {
      out.mentions.push({
        indicator: key,
        value: factor === 1 ? entry.number : Math.round(entry.number * factor),
        unit: indicatorOf(key).unit,
        level,
        period,
        place: entry.place,
        evidence: entry.text.length > EVIDENCE_LENGTH ? `${entry.text.slice(0, EVIDENCE_LENGTH - 1)}…` : entry.text,
        rule: TABLE_RULE,
        source: 'table',
        specificity: TABLE_SPECIFICITY,
      });
    }
  });
  return out;
}
