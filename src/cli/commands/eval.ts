/**
 * `cchc eval --gold <dir> --run <dir>`: score a run folder against gold files.
 * `cchc eval --corpus <dir>`: extract the folder's reports first (npm run eval);
 * with --gold too, score them against that folder's gold files instead of the
 * corpus's own (npm run eval:errata: the dev gold with its documented errata).
 * Exit 0 whatever the scores (it is a measurement), 2 on usage errors.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { z } from 'zod';
import type { BatchSummary } from '../../batch.js';
import { progressDisplay } from '../progress.js';
import { summaryLine } from './extract.js';

const FIXTURE_CORPUS = fileURLToPath(new URL('../../../fixtures/corpus', import.meta.url));
const USAGE_EXIT = 2;

const EvalOptions = z
  .object({
    gold: z.string().min(1).optional(),
    run: z.string().min(1).optional(),
    corpus: z.string().min(1).optional(),
    out: z.string().min(1),
    json: z.string().min(1).optional(),
    summary: z.boolean().optional(),
    concurrency: z.coerce.number<string>().int().positive().optional(),
  })
  .refine((o) => (o.corpus !== undefined ? o.run === undefined : o.gold !== undefined && o.run !== undefined), {
    message: 'give either --corpus <dir> (and --gold <dir> to score against other gold files), or both --gold <dir> and --run <dir>',
  });

async function extractCorpus(corpus: string, out: string, concurrency: number | undefined): Promise<string> {
  let dir = corpus;
  if (!existsSync(dir)) {
    process.stderr.write(`note: ${corpus} not found; evaluating the sample corpus ${FIXTURE_CORPUS} instead\n`);
    dir = FIXTURE_CORPUS;
  }
  const progress = progressDisplay();
  let summary: BatchSummary;
  try {
    const { runBatch } = await import('../../batch.js');
    summary = await runBatch([dir], { out, concurrency, existing: 'replace', onProgress: (p) => progress.update(p) });
  } finally {
    progress.stop();
  }
  process.stderr.write(`${summaryLine(summary)}\n`);
  return dir;
}

export function evalCommand(): Command {
  const command: Command = new Command('eval')
    .description('score figures against <name>.gold.csv and flags against <name>.flags.csv')
    .option('--gold <dir>', 'folder of gold files (<name>.gold.csv, <name>.flags.csv); with --corpus, used instead of the corpus\'s own')
    .option('--run <dir>', 'run folder (reports.csv, figures.csv, flags.csv)')
    .option('--corpus <dir>', 'extract every report of this folder, then score it with the gold files found there')
    .option('--out <dir>', 'run folder written by --corpus', 'output/eval')
    .option('--json <file>', 'also write the result as JSON')
    .option('--summary', 'print only the totals per format and per failure class (for a sealed set: no misses shown)')
    .option('--concurrency <n>', 'files processed at once (--corpus)');
  command.action(async (raw: unknown) => {
    const parsed = EvalOptions.safeParse(raw);
    if (!parsed.success) command.error(`error: ${parsed.error.issues.map((i) => i.message).join('; ')}`, { exitCode: USAGE_EXIT });
    const options = parsed.data;
    // Loaded when the command runs: every cchc start builds all commands.
    const { EvalInputError, evaluateRunFolder, formatEval } = await import('../../eval/index.js');
    try {
      const corpusDir = options.corpus ? await extractCorpus(options.corpus, options.out, options.concurrency) : undefined;
      const goldDir = options.gold ?? (corpusDir as string);
      const runDir = options.corpus ? options.out : (options.run as string);
      const result = evaluateRunFolder(goldDir, runDir);
      process.stdout.write(formatEval(result, { summary: options.summary }));
      if (options.json) {
        await mkdir(dirname(resolve(options.json)), { recursive: true });
        await writeFile(options.json, JSON.stringify(result, null, 2) + '\n');
      }
    } catch (err) {
      if (err instanceof EvalInputError) command.error(`error: ${err.message}`, { exitCode: USAGE_EXIT });
      throw err;
    }
  });
  return command;
}
