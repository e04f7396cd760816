/**
 * Public API of cchc-extract (no process, no argv: the CLI in src/cli is one
 * client of this). Read and process one report, run a batch into an output
 * folder, or write output rows yourself.
 */
export { readReport } from './read/index.js';
export { contentId, pathId, readInputBytes, type FilePath } from './read/input.js';
export { processReport, runStages, loadStages, STAGE_NAMES, type Stage, type StageContext } from './pipeline.js';
export {
  runBatch, findInputs, rulesVersion, InputError, RuleFilesError, BatchOptions, TOOL_VERSION,
  type BatchSummary, type BatchProgress, type InputFile, type FoundInputs,
} from './batch.js';
export {
  reportRows, errorRows, clipEvidence, OutputWriter, RunManifest, CSV_OUTPUTS, RUN_MANIFEST_FILE, type ReportRows,
} from './write/outputs.js';
export { CsvFile, neutraliseCell, writeFileAtomic, type CsvOptions } from './write/csv.js';
export { OutputFolder, OutputFolderBusy, LOCK_FILE } from './write/output-folder.js';
export { normalise } from './text/repair.js';
export { matchForm, foldDiacritics } from './text/match-form.js';
export { loadRuleSet, defaultRuleSet, RuleLoadError } from './extract/rules/load.js';
export { consolidate } from './consolidate.js';
export { CHECKS, runChecks, type Check } from './checks/index.js';
export { writeHtmlReport, renderHtmlReport, readRunFolder, RunFolderError } from './write/html-report/index.js';
export { evaluateRunFolder, evaluate, formatEval, EvalInputError, type EvalResult } from './eval/index.js';
export type { Report } from './model/report.js';
export * from './model/schemas.js';
