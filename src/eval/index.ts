/** `cchc eval`: score a run folder against the gold files of a folder. */
import { loadGoldDir } from './gold.js';
import { loadRun } from './run.js';
import { evaluate, type EvalResult } from './score.js';

export { EvalInputError } from './csv.js';
export { formatEval } from './print.js';
export { evaluate, type EvalResult } from './score.js';

export function evaluateRunFolder(goldDir: string, runDir: string): EvalResult {
  return evaluate(loadRun(runDir), loadGoldDir(goldDir));
}
