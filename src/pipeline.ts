/**
 * Runs the stages for one file. Bad input never throws out of here: a stage
 * that fails marks the report (error when no text was read, partial after).
 */
import type { Report } from './model/report.js';
import type { FilePath } from './read/input.js';

export interface StageContext {
  /** Resolve relative dates ("nay", "hiện nay") against this, never the clock. */
  readonly referenceDate?: string;
}

export interface Stage {
  name: string;
  run(report: Report, context: StageContext): void | Promise<void>;
}

/**
 * The stages in order, each module loaded when a run first needs it: a run of
 * some stages (ingestion only: normalise) does not load the rule, table and
 * check modules and their rule files. Tables run before the prose rules: the
 * lines they consume are not read again as prose. The structure stage builds
 * the document tree over what is left; the prose rules read in its scopes.
 */
const STAGE_MODULES: ReadonlyArray<readonly [name: string, load: () => Promise<Stage>]> = [
  ['normalise', async () => (await import('./text/repair.js')).normalise],
  ['metadata', async () => (await import('./extract/metadata.js')).metadataStage],
  ['documents', async () => (await import('./extract/documents.js')).documentsStage],
  ['tables', async () => (await import('./tables/stage.js')).tablesStage],
  ['structure', async () => (await import('./structure/stage.js')).structureStage],
  ['rules', async () => (await import('./extract/rules/index.js')).rulesStage],
  ['consolidate', async () => (await import('./consolidate.js')).consolidateStage],
  ['checks', async () => (await import('./checks/index.js')).checksStage],
];

export const STAGE_NAMES: readonly string[] = STAGE_MODULES.map(([name]) => name);

/** The named stages (all by default), in pipeline order; unknown names are ignored. */
export function loadStages(names: readonly string[] = STAGE_NAMES): Promise<Stage[]> {
  return Promise.all(STAGE_MODULES.filter(([name]) => names.includes(name)).map(([, load]) => load()));
}

/** Told how long each stage took on a file (milliseconds, 'read' included), for run.json's stage_seconds. */
export type StageTimer = (stage: string, ms: number) => void;

export async function runStages(report: Report, context: StageContext, stages?: Stage[], onStage?: StageTimer): Promise<Report> {
  stages ??= await loadStages();
  for (const stage of stages) {
    if (report.status === 'error') break;
    const started = performance.now();
    try {
      await stage.run(report, context);
      onStage?.(stage.name, performance.now() - started);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      report.status = report.pages.length > 0 ? 'partial' : 'error';
      report.error = `${stage.name} failed: ${message.split('\n')[0]}`;
      report.diagnostics.push({ severity: 'error', message: report.error, source: stage.name });
    }
  }
  return report;
}

/** Read one file and run the stages over it (all of them unless told). Never throws for bad input. */
export async function processReport(
  path: FilePath,
  sourceFile: string,
  context: StageContext = {},
  stages?: Stage[],
  onStage?: StageTimer,
): Promise<Report> {
  // Loaded here, not with the stage list: the batch process never reads a file (pdf.js stays out of it).
  const { readReport } = await import('./read/index.js');
  const started = performance.now();
  const report = await readReport(path, { sourceFile });
  onStage?.('read', performance.now() - started);
  return runStages(report, context, stages, onStage);
}
