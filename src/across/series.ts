/** series.csv: one row per unit × indicator × level × period, its value of record and every value that disagrees. */
import type { SeriesRow } from '../model/schemas.js';
import { bySeriesKey, type Observation, ofRecord } from './observations.js';
import { periodKind } from './period-kind.js';

export function seriesRows(observations: readonly Observation[]): SeriesRow[] {
  const rows: SeriesRow[] = [];
  for (const group of bySeriesKey(observations).values()) {
    const record = ofRecord(group);
    const kind = periodKind(record.period_start, record.period_end);
    if (!kind) continue;
    const others = group.filter((o) => o.value !== record.value);
    rows.push({
      unit_key: record.unitKey,
      unit_name: record.report.unit_name,
      province: record.report.province,
      unit_level: record.report.unit_level,
      indicator: record.indicator,
      level: record.level,
      period_start: record.period_start,
      period_end: record.period_end,
      period_kind: kind,
      value: record.value,
      unit: record.unit,
      report_id: record.report.report_id,
      page: record.page,
      line: record.line,
      reports: new Set(group.map((o) => o.report.report_id)).size,
      disagreeing_values: others.map((o) => String(o.value)).join(';'),
      disagreeing_reports: others.map((o) => o.report.report_id).join(';'),
    });
  }
  return rows.sort((a, b) => a.unit_key.localeCompare(b.unit_key) || a.indicator.localeCompare(b.indicator) || a.level.localeCompare(b.level)
    || a.period_start.localeCompare(b.period_start) || a.period_end.localeCompare(b.period_end));
}
