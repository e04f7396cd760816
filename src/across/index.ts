/**
 * The batch-level stage, run once every report is read: unit keys (and
 * parent keys) across the batch, copies linked to their copy of record,
 * series.csv, and the cross-report checks over each unit's copies of record. Works on the
 * compact rows the workers send back (reports and the figure columns it
 * needs), never on whole Reports.
 */
import type { FlagRow, ReportRow, SeriesRow } from '../model/schemas.js';
import { runCrossChecks } from '../checks/cross/index.js';
import { flagValues } from '../write/flag-values.js';
import { findDuplicates } from './duplicates.js';
import type { KeptFigure, Observation } from './observations.js';
import { seriesRows } from './series.js';
import { resolveParentKey, unitIdentity, unitKeys } from './unit-key.js';

export { textFingerprint } from './fingerprint.js';
export { keptFigure, type KeptFigure } from './observations.js';

export interface BatchEntry {
  report: ReportRow;
  figures: KeptFigure[];
  fingerprint: string;
  /** report_id of an earlier file with the same bytes (this one got its own id). */
  sameBytesAs?: string;
}

export interface BatchAudit {
  /** The report rows with unit_key, duplicate_of and the cross-report flags counted. */
  reports: ReportRow[];
  series: SeriesRow[];
  flags: FlagRow[];
  /** A cross-report check that failed (a bug, never bad input). */
  problems: string[];
}

export function auditBatch(entries: readonly BatchEntry[]): BatchAudit {
  const keys = unitKeys(entries.map((e) => unitIdentity(e.report)));
  const duplicateOf = findDuplicates(entries, keys);
  const reports = entries.map((e, i) => ({
    ...e.report, unit_key: keys[i], duplicate_of: duplicateOf[i], parent_unit_key: resolveParentKey(e.report.parent_unit_key, keys[i], keys),
  }));

  const units = new Map<string, Observation[]>();
  reports.forEach((report, i) => {
    if (!report.unit_key || report.duplicate_of || report.status === 'error') return;
    const list = units.get(report.unit_key) ?? [];
    for (const figure of entries[i].figures) list.push({ ...figure, report, unitKey: report.unit_key });
    units.set(report.unit_key, list);
  });
  const series = seriesRows([...units.values()].flat());
  const { flags: found, problems } = runCrossChecks(units);
  const flags = found.map((flag) => ({ ...flag, ...flagValues(flag) }));

  const added = new Map<string, number>();
  for (const flag of flags) added.set(flag.report_id, (added.get(flag.report_id) ?? 0) + 1);
  return { reports: reports.map((r) => ({ ...r, flags: r.flags + (added.get(r.report_id) ?? 0) })), series, flags, problems };
}
