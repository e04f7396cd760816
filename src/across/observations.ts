/** What the cross-report stage keeps of each report's figures: the figure, where it is, and which report and unit state it. */
import type { FigureRow, ReportRow } from '../model/schemas.js';

export type KeptFigure = Pick<FigureRow, 'indicator' | 'value' | 'unit' | 'level' | 'period_start' | 'period_end' | 'page' | 'line'>;

export function keptFigure(f: KeptFigure): KeptFigure {
  return { indicator: f.indicator, value: f.value, unit: f.unit, level: f.level, period_start: f.period_start, period_end: f.period_end, page: f.page, line: f.line };
}

export interface Observation extends KeptFigure {
  report: ReportRow;
  unitKey: string;
}

/** unit × indicator × level × period. */
export function seriesKey(o: Pick<Observation, 'unitKey' | 'indicator' | 'level' | 'period_start' | 'period_end'>): string {
  return `${o.unitKey}|${o.indicator}|${o.level}|${o.period_start}|${o.period_end}`;
}

/** The report's own period is this figure's period: the figure is what the report is about. */
export function ownPeriod(o: Observation): boolean {
  return o.period_start === o.report.period_start && o.period_end === o.report.period_end;
}

/**
 * The value of record among the observations of one key: from a report whose
 * own period it is, then from the latest report (a later report corrects an
 * earlier one), then the first in input order.
 */
export function ofRecord(observations: readonly Observation[]): Observation {
  return [...observations].sort((a, b) =>
    (Number(ownPeriod(b)) - Number(ownPeriod(a))) || b.report.report_date.localeCompare(a.report.report_date))[0];
}

/** Observations grouped by key, in input order within each. */
export function bySeriesKey(observations: readonly Observation[]): Map<string, Observation[]> {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = seriesKey(o);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  return groups;
}
