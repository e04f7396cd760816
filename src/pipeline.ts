/**
 * Runs the stages for one file. Bad input never throws out of here: a stage
 * that fails marks the report (error when no text was read, partial after).
 */
import type { Report } from './model/report.js';
import { readReport } from './read/index.js';
import { normalise } from './text/repair.js';
import { metadataStage } from './extract/metadata.js';
import { documentsStage } from './extract/documents.js';
import { rulesStage } from './extract/rules/index.js';
import { tablesStage } from './tables/stage.js';
import { consolidateStage } from './consolidate.js';
import { checksStage } from './checks/index.js';

export interface StageContext {
  /** Resolve relative dates ("nay", "hiện nay") against this, never the clock. */
  readonly referenceDate?: string;
}

export interface Stage {
  name: string;
  run(report: Report, context: StageContext): void | Promise<void>;
}

/** In order. Tables run before the prose rules: the lines they consume are not read again as prose. */
export const STAGES: Stage[] = [
  normalise,
  metadataStage,
  documentsStage,
  tablesStage,
  rulesStage,
  consolidateStage,
  checksStage,
];

export async function runStages(report: Report, context: StageContext, stages: Stage[] = STAGES): Promise<Report> {
  for (const stage of stages) {
    if (report.status === 'error') break;
    try {
      await stage.run(report, context);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      report.status = report.pages.length > 0 ? 'partial' : 'error';
      report.error = `${stage.name} failed: ${message.split('\n')[0]}`;
      report.diagnostics.push({ severity: 'error', message: report.error, source: stage.name });
    }
  }
  return report;
}

/** Read one file and run the stages over it (all of STAGES unless told). Never throws for bad input. */
export async function processReport(
  path: string,
  sourceFile: string,
  context: StageContext = {},
  stages: Stage[] = STAGES,
): Promise<Report> {
  const report = await readReport(path, { sourceFile });
  return runStages(report, context, stages);
}
