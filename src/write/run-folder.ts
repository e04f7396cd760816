/**
 * A run into a folder that already holds a run's outputs: stop and say so
 * (the default), replace them, or update them (the previous run's inputs are
 * read again with the new ones; the report cache spares the unchanged files).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { CSV_OUTPUTS, RUN_MANIFEST_FILE } from './outputs.js';

export const ExistingOutputs = z.enum(['stop', 'replace', 'update']);
export type ExistingOutputs = z.infer<typeof ExistingOutputs>;

/** The output folder holds another run's outputs and the run was not told to replace or update them. */
export class OutputsExistError extends Error {}

const PreviousRun = z.object({
  finished_at: z.string().optional(),
  inputs_found: z.number().optional(),
  interrupted: z.object({ done: z.number(), total: z.number() }).optional(),
  options: z.object({ inputs: z.array(z.string()).optional() }).passthrough().optional(),
});

export interface PreviousOutputs {
  /** The previous run's inputs (absolute), when its run.json names them. */
  inputs: string[];
  summary: string;
}

/** What the output folder holds of an earlier run (null: nothing), after checking the run may go on. */
export async function checkOutputFolder(dir: string, existing: ExistingOutputs): Promise<PreviousOutputs | null> {
  const names = new Set(await readdir(dir).catch(() => []));
  const outputs = [RUN_MANIFEST_FILE, ...Object.values(CSV_OUTPUTS).map((output) => output.file)].filter((name) => names.has(name));
  if (outputs.length === 0) return null;
  const manifest = PreviousRun.safeParse(await readFile(join(dir, RUN_MANIFEST_FILE), 'utf8').then(JSON.parse, () => null));
  const run = manifest.success ? manifest.data : null;
  const summary = !run
    ? `outputs (${outputs.join(', ')}) without a readable ${RUN_MANIFEST_FILE}`
    : run.interrupted
      ? `the outputs of an interrupted run (${run.interrupted.done} of ${run.interrupted.total} files done${run.finished_at ? `, stopped ${run.finished_at}` : ''})`
      : `the outputs of a run of ${run.inputs_found ?? '?'} files${run.finished_at ? ` (finished ${run.finished_at})` : ''}`;
  if (existing === 'stop') {
    throw new OutputsExistError(`${dir} holds ${summary}; add --update to add new files to that run, or --replace to overwrite it`);
  }
  return { inputs: existing === 'update' ? (run?.options?.inputs ?? []) : [], summary };
}
