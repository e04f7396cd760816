/**
 * A run folder as the writer left it: reports.csv, figures.csv, flags.csv.
 * Only the columns scoring needs are validated; CSV cells arrive as text.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FigureRow, FlagRow, groupByReport, type Level, OutputLevel, ReportRow } from '../model/schemas.js';
import { EvalInputError, readCsv } from './csv.js';

const numberCell = z.string().trim().min(1, 'empty number').pipe(z.coerce.number<string>().finite());
const optionalIntCell = z.union([z.literal(''), z.string().trim().pipe(z.coerce.number<string>().int())]);

const anyId = z.string().min(1);

export const RunReport = ReportRow.pick({ source_file: true, status: true, error: true, period_start: true, period_end: true }).extend({
  /** Any id: runs written before report_id took its `r` prefix are scored too. */
  report_id: anyId,
  format: z.string(),
});
export type RunReport = z.infer<typeof RunReport>;

/** `own` (or empty, in runs before it was written) = the unit's own total, as gold files write it: empty. */
const levelCell = z.union([OutputLevel, z.literal('')]).transform((level): Level => (level === 'own' ? '' : level));

export const RunFigure = FigureRow.pick({ indicator: true, period_start: true, period_end: true, evidence: true, rule: true }).extend({
  report_id: anyId,
  level: levelCell,
  value: numberCell,
  page: optionalIntCell,
  line: optionalIntCell,
});
export type RunFigure = z.infer<typeof RunFigure>;

export const RunFlag = FlagRow.pick({ check_id: true, message: true, expected: true, actual: true, evidence: true, indicators: true }).extend({
  report_id: anyId,
  severity: z.string(),
  page: optionalIntCell,
  line: optionalIntCell,
});
export type RunFlag = z.infer<typeof RunFlag>;

/** A mention's value only: what scoring needs to tell a misnamed number from an unread one. */
export const RunMention = z.object({ report_id: anyId, indicator: z.string(), value: numberCell });
export type RunMention = z.infer<typeof RunMention>;

export interface RunData {
  dir: string;
  reports: RunReport[];
  figures: Map<string, RunFigure[]>;
  flags: Map<string, RunFlag[]>;
  /** mentions.csv (every number read, named or not); empty when the run has none. */
  mentions: Map<string, RunMention[]>;
}


export function loadRun(dir: string): RunData {
  const reportsFile = join(dir, 'reports.csv');
  if (!existsSync(reportsFile)) throw new EvalInputError(`not a run folder (no reports.csv): ${dir}`);
  const figuresFile = join(dir, 'figures.csv');
  const flagsFile = join(dir, 'flags.csv');
  const mentionsFile = join(dir, 'mentions.csv');
  return {
    dir,
    reports: readCsv(reportsFile, RunReport).map((r) => r.row),
    figures: groupByReport(existsSync(figuresFile) ? readCsv(figuresFile, RunFigure).map((r) => r.row) : []),
    flags: groupByReport(existsSync(flagsFile) ? readCsv(flagsFile, RunFlag).map((r) => r.row) : []),
    mentions: groupByReport(existsSync(mentionsFile) ? readCsv(mentionsFile, RunMention).map((r) => r.row) : []),
  };
}
