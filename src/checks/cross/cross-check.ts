/**
 * The shape of a cross-report check: like a check (src/checks/check.ts), but
 * it reads every report of one unit at once (and, when it needs them, the
 * other units of the batch) — the figures of the batch's
 * copies of record, grouped by unit — and raises flags whose evidence names
 * each report involved (file, page, line, value). A flag is carried by the
 * report whose statement the others contradict.
 */
import { indicatorOf } from '../../model/catalogue.js';
import type { FlagRow, Severity } from '../../model/schemas.js';
import type { Observation } from '../../across/observations.js';
import { vi, viDate, viLevel } from '../check.js';

export type CrossFlag = Omit<FlagRow, 'expected_value' | 'actual_value' | 'difference'>;

export interface CrossCheck {
  id: string;
  description: string;
  /**
   * `unit`: the observations of one unit (its copies of record), in input
   * order; `batch`: every unit's, by unit_key, for a check that compares a
   * unit with others (a district with its communes).
   */
  run(unit: readonly Observation[], batch?: ReadonlyMap<string, readonly Observation[]>): CrossFlag[];
}

/** Counts add up; rates, scores and ranks never do. */
export function additiveUnit(indicator: string): boolean {
  return !['percent', 'score', 'rank'].includes(indicatorOf(indicator).unit);
}

/** "Q1/2023 (01/01/2023 – 31/03/2023)" as an auditor reads it: the dates of the period. */
export function viPeriod(o: Pick<Observation, 'period_start' | 'period_end'>): string {
  return o.period_start === o.period_end ? `ngày ${viDate(o.period_end)}` : `${viDate(o.period_start)} – ${viDate(o.period_end)}`;
}

/** "huyen-quy-2.txt, trang 1, dòng 17: 3.273" — where a value was stated. */
export function statedAt(o: Observation): string {
  return `${o.report.source_file}, trang ${o.page}, dòng ${o.line}: ${vi(o.value)}`;
}

export function crossFlag(
  checkId: string,
  severity: Severity,
  carrier: Observation,
  message: string,
  fields: { expected: string; actual: string; involved: readonly Observation[] },
): CrossFlag {
  const others = fields.involved.filter((o) => o !== carrier);
  return {
    report_id: carrier.report.report_id,
    check_id: checkId,
    severity,
    message,
    indicators: carrier.indicator,
    expected: fields.expected,
    actual: fields.actual,
    page: carrier.page,
    line: carrier.line,
    evidence: [carrier, ...others].map(statedAt).join(' | '),
  };
}

/** "dossier.new (cấp xã)". */
export function subject(o: Pick<Observation, 'indicator' | 'level'>): string {
  return `${o.indicator}${viLevel(o.level === 'own' ? '' : o.level)}`;
}

/** Observations by indicator × level, each the value of record of its period (copies and restatements folded). */
export function byIndicatorLevel(unit: readonly Observation[]): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const o of unit) {
    const key = `${o.indicator}|${o.level}`;
    const list = out.get(key);
    if (list) list.push(o);
    else out.set(key, [o]);
  }
  return out;
}

/** Two values equal within the rounding of the less precise (81,2 = 81,23 within 0,05). */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;
  const step = 10 ** -Math.min(decimals(a), decimals(b));
  return Math.abs(a - b) <= step / 2 + 1e-9;
}
