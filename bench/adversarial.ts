/**
 * `npm run bench` (alone: `npm run bench:adversarial`): the rules and checks
 * take time linear in the text, whatever it repeats: breakdown words ("trong
 * đó"), numbers, ratios, separators, list items. For each of six clauses
 * (fast-check, fixed seed; test/extract/adversarial-clauses.ts) it times
 * every stage over a report of the clause repeated to ~24,000 characters and
 * to twice that: CPU time, the least of three runs, so other work on the
 * machine counts little. Linear is 2×, quadratic 4×; a ratio of 3× or more
 * is SUPERLINEAR (measured again up to three times first: a busy machine
 * slows one run, a square stays over every time) and the bench exits
 * non-zero. Runs the TypeScript sources: a ratio does not depend on the build.
 */
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { newReport } from '../src/model/report.js';
import { loadStages, runStages, type Stage } from '../src/pipeline.js';
import { pagesFromText } from '../src/read/txt.js';
import { ADVERSARIAL_CLAUSE, adversarialText } from '../test/extract/adversarial-clauses.js';

const CLAUSES = 6;
const SEED = 14;
/** Enough text that the fixed cost of a report does not hide how the rest grows. */
const CHARACTERS = 24_000;
/** Between linear (2×) and quadratic (4×). */
const BOUND = 3;
/** Below this a ratio is mostly noise: the smaller run counts as at least this many ms. */
const FLOOR_MS = 20;

/** CPU milliseconds of the stages over the head and `repeats` copies of `clause` (least of three runs). */
async function cpuMs(stages: Stage[], clause: string, repeats: number): Promise<number> {
  const text = adversarialText(clause, repeats);
  let least = Infinity;
  for (let run = 0; run < 3; run++) {
    const report = newReport({ id: 'adversarial', path: 'a.txt', sourceFile: 'a.txt', format: 'txt' });
    report.pages = pagesFromText(text);
    const before = process.cpuUsage();
    await runStages(report, {}, stages);
    const used = process.cpuUsage(before);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

/** Prints the ratio of every clause and the worst; true when none is SUPERLINEAR. */
export async function adversarialBench(): Promise<boolean> {
  const stages = await loadStages();
  await cpuMs(stages, ', trong đó 10 hồ sơ', 50); // loads the rule files
  console.log(`adversarial text (${CLAUSES} clauses, seed ${SEED}; ~${CHARACTERS.toLocaleString('en')} characters and twice that; CPU, least of 3 runs):`);
  let worst = 0;
  for (const clause of fc.sample(ADVERSARIAL_CLAUSE, { numRuns: CLAUSES, seed: SEED })) {
    const repeats = Math.ceil(CHARACTERS / clause.length);
    let best = { ratio: Infinity, once: 0, twice: 0 };
    for (let attempt = 0; attempt < 3 && best.ratio >= BOUND; attempt++) {
      const once = await cpuMs(stages, clause, repeats);
      const twice = await cpuMs(stages, clause, 2 * repeats);
      const ratio = twice / Math.max(once, FLOOR_MS);
      if (ratio < best.ratio) best = { ratio, once, twice };
    }
    const { ratio, once, twice } = best;
    worst = Math.max(worst, ratio);
    console.log(`  ${ratio.toFixed(2)}× (${once.toFixed(0)} → ${twice.toFixed(0)} ms)${ratio >= BOUND ? ' SUPERLINEAR' : ''}  ${JSON.stringify(clause)}`);
  }
  console.log(`adversarial text: worst ratio ${worst.toFixed(2)} on twice the text (linear 2×, quadratic 4×)${worst >= BOUND ? ' SUPERLINEAR' : ''}`);
  return worst < BOUND;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!(await adversarialBench())) process.exitCode = 1;
}
