/**
 * Sums inside appendix tables (report.tableRows), for rows with or without a
 * catalogue key:
 * - a coded row against its sub-rows that extend its label
 *   (3.4 "Công khai kết quả giải quyết" = 3.4.1 "… trên Cổng DVC" + 3.4.2 "… trên trang TTĐT");
 * - a row against its "Trong đó: - Cấp huyện … - Cấp xã …" sub-rows;
 * - a coded row against bullet sub-rows that qualify it alike (parts above it only);
 * - public service units by autonomy group against the number of units.
 */
import type { Flag, Report, TableRowData } from '../model/report.js';
import { scanNumbers } from '../parse/numbers.js';
import { flagAt, trimEvidence, vi } from './check.js';
import { round, sumMessage, sumOf } from './sums.js';

const ID = 'sum_mismatch';

/** The numbers of a cell ("3.645", "10.651 3.645"); none for a blank cell. */
function cellNumbers(cell: string): number[] {
  return scanNumbers(cell)
    .filter((t) => (t.kind === 'integer' || t.kind === 'decimal') && Number.isFinite(t.value))
    .map((t) => t.value);
}

function codeOf(row: TableRowData): string {
  return row.code.trim().replace(/\.+$/, '');
}

function labelForm(label: string): string {
  return label.normalize('NFC').toLowerCase().replace(/[\s.:;,]+/g, ' ').trim();
}

/** The single number of a cell, or undefined (blank, coded or ambiguous). */
function single(row: TableRowData): number | undefined {
  const values = cellNumbers(row.value);
  return values.length === 1 ? values[0] : undefined;
}

function rowFlag(subject: string, total: TableRowData, totalValue: number, parts: TableRowData[], values: number[], severityBelow: 'warning' | 'info'): Flag | undefined {
  const sum = sumOf(values);
  if (sum === round(totalValue)) return undefined;
  return flagAt(ID, sum > totalValue ? 'error' : severityBelow, sumMessage(subject, { total: totalValue, parts: values }), total, {
    indicators: total.indicator,
    expected: vi(totalValue),
    actual: vi(sum),
    evidence: trimEvidence([total, ...parts].map((r) => `${r.code} ${r.label} ${r.value}`.trim()).join(' | ')),
  });
}

function byTable(rows: readonly TableRowData[]): TableRowData[][] {
  const tables = new Map<string, TableRowData[]>();
  for (const row of rows) tables.set(row.table_id, [...(tables.get(row.table_id) ?? []), row]);
  return [...tables.values()];
}

/**
 * Label extensions that split one quantity: the same kind of qualifier for
 * every sub-row ("trên Cổng DVC …" / "trên trang TTĐT …"), not stages of a
 * process ("đã ban hành" / "đã kiểm tra"), which are not parts of a whole.
 */
function parallel(extensions: string[]): boolean {
  const firstWords = extensions.map((e) => e.trim().split(' ')[0]);
  return new Set(firstWords).size === 1 && !/^(đã|đang|chưa|được|bị|số|tỷ)$/.test(firstWords[0]);
}

function codedBreakdowns(rows: TableRowData[]): Flag[] {
  const flags: Flag[] = [];
  // Every row is looked at for every coded row: codes worked out once, each parent's pattern built once.
  const codes = new Map(rows.map((r) => [r, codeOf(r)]));
  for (const parent of rows) {
    const code = codes.get(parent)!;
    const total = single(parent);
    if (!code || parent.level !== '' || total === undefined) continue;
    const label = labelForm(parent.label);
    const childCode = new RegExp(`^${code.replaceAll('.', '\\.')}\\.\\d+$`);
    const children = rows.filter((r) => r.level === '' && childCode.test(codes.get(r)!));
    const extending = children.filter((r) => label.length > 0 && labelForm(r.label).startsWith(label) && labelForm(r.label) !== label);
    if (extending.length < 2 || [parent, ...extending].some(notAdditive) || !parallel(extending.map((r) => labelForm(r.label).slice(label.length)))) continue;
    const values = extending.map(single);
    if (values.some((v) => v === undefined)) continue;
    const flag = rowFlag(`Dòng ${code} "${parent.label.trim()}"`, parent, total, extending, values as number[], 'warning');
    if (flag) flags.push(flag);
  }
  return flags;
}

/** Levels that make up a row, by the level of the reporting unit. */
const LEVELS_OF_UNIT: Record<string, readonly string[]> = {
  province: ['province', 'district', 'commune'],
  district: ['district', 'commune'],
};

/** A row of rates or codes ("Tỷ lệ …", "%", "Có = 1; Không = 0"): not added up. */
function notAdditive(row: TableRowData): boolean {
  return /%|=/.test(`${row.unit} ${row.value}`) || /^\s*tỷ lệ/i.test(row.label);
}

function levelBreakdowns(rows: TableRowData[], unitLevel: string): Flag[] {
  const levels = LEVELS_OF_UNIT[unitLevel] ?? LEVELS_OF_UNIT.district;
  const flags: Flag[] = [];
  rows.forEach((parent, i) => {
    const total = single(parent);
    if (parent.level !== '' || total === undefined || parent.indicator) return;
    const parts: TableRowData[] = [];
    for (const row of rows.slice(i + 1)) {
      if (row.level === '') break;
      parts.push(row);
    }
    if (!levels.every((level) => parts.some((p) => p.level === level)) || parts.length !== levels.length) return;
    if ([parent, ...parts].some(notAdditive)) return;
    // A cell holding two numbers ("10.651 3.645") is fine when either reading adds up.
    const readings = parts.map((p) => cellNumbers(p.value));
    if (readings.some((r) => r.length === 0)) return;
    const fits = (choice: number[]) => sumOf(choice) === round(total);
    const choices = readings.reduce<number[][]>((acc, r) => acc.flatMap((c) => r.map((v) => [...c, v])), [[]]);
    if (choices.some(fits)) return;
    const values = readings.map((r) => r[r.length - 1]);
    const flag = rowFlag(`Dòng ${parent.code} "${parent.label.trim()}" theo cấp`, parent, total, parts, values, 'warning');
    if (flag) flags.push(flag);
  });
  return flags;
}

const BULLET = /^\s*[-+•]\s*/;

/**
 * Uncoded bullet rows under a coded row ("Trong đó: - Trực tuyến … - Trực
 * tiếp …") that qualify it alike: only parts above the row are reported, as
 * such a list may name some parts only.
 */
function bulletBreakdowns(rows: TableRowData[]): Flag[] {
  const flags: Flag[] = [];
  rows.forEach((parent, i) => {
    const total = single(parent);
    if (!codeOf(parent) || parent.level !== '' || total === undefined) return;
    const parts: TableRowData[] = [];
    for (const row of rows.slice(i + 1)) {
      if (codeOf(row) || row.level !== '' || !BULLET.test(row.label)) break;
      parts.push(row);
    }
    const values = parts.map(single);
    if (parts.length < 2 || values.some((v) => v === undefined) || [parent, ...parts].some(notAdditive)) return;
    if (!parallel(parts.map((p) => labelForm(p.label.replace(BULLET, ''))))) return;
    if (sumOf(values as number[]) <= total) return;
    const flag = rowFlag(`Dòng ${parent.code} "${parent.label.trim()}"`, parent, total, parts, values as number[], 'warning');
    if (flag) flags.push(flag);
  });
  return flags;
}

// Decree 60/2021 (16/2015 before it) sorts every public service unit into one
// autonomy group, so the groups cannot hold more units than there are.
const AUTONOMY_GROUP = /(đơn vị|đvsn).*(tự (chủ|bảo đảm|đảm bảo)|nhà nước (bảo đảm|đảm bảo)).*chi thường xuyên/;
const SUB_GROUP = /từ\s*\d+\s*%/;
const ALL_UNITS = /^(tổng )?số (lượng )?(đơn vị sự nghiệp|đơn vị sncl|đvsn|đvsncl)( công lập)?( trên địa bàn| tại địa phương|$)/;

function autonomyGroups(report: Report, rows: TableRowData[]): Flag[] {
  const groups = rows.filter((r) => r.level === '' && AUTONOMY_GROUP.test(labelForm(r.label)) && !SUB_GROUP.test(r.label));
  const values = groups.map(single);
  if (groups.length < 2 || values.some((v) => v === undefined)) return [];
  const figure = report.figures.find((f) => f.indicator === 'org.public_units' && f.level === '');
  const totalRow = rows.find((r) => r.level === '' && ALL_UNITS.test(labelForm(r.label)) && single(r) !== undefined);
  const total = figure?.value ?? (totalRow ? single(totalRow) : undefined);
  const where = figure?.mentions[0]?.place ?? totalRow ?? groups[0];
  const sum = sumOf(values as number[]);
  if (total === undefined || sum <= total) return [];
  return [
    flagAt(ID, 'warning', sumMessage('Số ĐVSNCL theo nhóm tự chủ vượt tổng số ĐVSNCL', { total, parts: values as number[] }), where, {
      indicators: 'org.public_units',
      expected: `≤ ${vi(total)}`,
      actual: vi(sum),
      evidence: trimEvidence(groups.map((r) => `${r.code} ${r.label} ${r.value}`.trim()).join(' | ')),
    }),
  ];
}

export function tableSumFlags(report: Report): Flag[] {
  const flags: Flag[] = [];
  for (const rows of byTable(report.tableRows)) {
    flags.push(...codedBreakdowns(rows), ...levelBreakdowns(rows, report.meta.unitLevel), ...bulletBreakdowns(rows), ...autonomyGroups(report, rows));
  }
  return flags;
}
