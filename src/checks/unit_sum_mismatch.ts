/**
 * unit_sum_mismatch: in a per-unit table (one row per commune, department
 * or agency, and a total row), the units of a column do not add up to the
 * total row. Rates ("Tỷ lệ …", "%") are not added up. Whether the total
 * agrees with the same figure in the prose is mention_conflict's finding
 * (the total row is a mention like any other).
 */
import type { Flag, Report, TableRowData } from '../model/report.js';
import { isTotalLabel } from '../tables/dimensions.js';
import { parseCellNumber } from '../tables/numbers.js';
import { type Check, flagAt, trimEvidence, vi } from './check.js';
import { round, sumOf } from './sums.js';

const ID = 'unit_sum_mismatch';
const NO_VALUE = /^[-–—x]?$/i;

/** A column of rates: not a quantity that adds up. */
function isRate(rows: readonly TableRowData[]): boolean {
  return rows.some((r) => /%/.test(`${r.unit} ${r.value} ${r.column_header}`) || /tỷ lệ/i.test(r.column_header));
}

function byColumn(rows: readonly TableRowData[]): TableRowData[][] {
  const groups = new Map<string, TableRowData[]>();
  for (const row of rows) {
    const key = `${row.table_id}\u0000${row.column_header}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()];
}

function run(report: Report): Flag[] {
  const flags: Flag[] = [];
  for (const rows of byColumn(report.tableRows)) {
    const units = rows.filter((r) => r.unit_name !== '');
    const totals = rows.filter((r) => r.unit_name === '' && isTotalLabel(r.label));
    if (units.length < 2 || totals.length !== 1 || isRate(rows)) continue;
    const [totalRow] = totals;
    const total = parseCellNumber(totalRow.value);
    // A unit's cell left blank or "-" counts nothing; any other text makes the column unreadable.
    const values = units.map((r) => (NO_VALUE.test(r.value.trim()) ? 0 : parseCellNumber(r.value)));
    if (total === undefined || values.some((v) => v === undefined)) continue;
    const sum = sumOf(values as number[]);
    if (sum === round(total)) continue;
    const gap = round(Math.abs(sum - total));
    const subject = totalRow.column_header ? `Cột "${totalRow.column_header}"` : 'Bảng theo đơn vị';
    const how = sum > total ? `các đơn vị vượt tổng ${vi(gap)}` : `lệch ${vi(gap)}`;
    flags.push(flagAt(ID, sum > total ? 'error' : 'warning', `${subject}: dòng ${totalRow.label.trim()} ${vi(total)} ≠ tổng ${units.length} đơn vị ${vi(sum)} (${how})`, totalRow, {
      indicators: totalRow.indicator,
      expected: vi(total),
      actual: vi(sum),
      evidence: trimEvidence([...units, totalRow].map((r) => `${r.unit_name || r.label} ${r.value}`).join(' | ')),
    }));
  }
  return flags;
}

export const unitSumMismatch: Check = {
  id: ID,
  description: 'A per-unit table whose units do not add up to its total row.',
  run,
};
