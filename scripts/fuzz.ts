/**
 * The fuzz suite at scale: seeded damaged PDFs and Word documents
 * (test/fuzz/mutate.ts) in batches with good reports among them, each batch
 * run twice (test/fuzz/harness.ts). Prints the counts (statuses, hangs,
 * worker crashes, unstable rows, cross-file effects) and the peak resident
 * memory of the process tree; exits 1 on any hang, unstable row or
 * cross-file effect.
 *
 *   npx tsx scripts/fuzz.ts [--seed 1] [--count 10000] [--batch 500] [--stages normalise] [--from 0]
 */
import { readdir, readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fuzzBatch, type FuzzResult } from '../test/fuzz/harness.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '0' },
    count: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '500' },
    stages: { type: 'string' },
  },
});
const seed = Number(values.seed);
const from = Number(values.from);
const count = Number(values.count);
const batch = Number(values.batch);
const stages = values.stages?.split(',').filter(Boolean);

/** Resident memory (MB) of this process and its descendants, from /proc. */
async function treeRssMb(): Promise<number> {
  const info = new Map<string, { ppid: string; kb: number }>();
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const status = await readFile(`/proc/${pid}/status`, 'latin1').catch(() => '');
    if (status) info.set(pid, { ppid: /^PPid:\s+(\d+)/m.exec(status)?.[1] ?? '', kb: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) });
  }
  const tree = new Set([String(process.pid)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { ppid }] of info) if (!tree.has(pid) && tree.has(ppid)) grew = Boolean(tree.add(pid));
  }
  return [...tree].reduce((sum, pid) => sum + (info.get(pid)?.kb ?? 0), 0) / 1024;
}

let peakMb = 0;
const sampler = setInterval(() => void treeRssMb().then((mb) => { peakMb = Math.max(peakMb, mb); }), 250);
const totals: FuzzResult = { inputs: 0, statuses: {}, hangs: [], crashes: [], unstable: [], crossFile: [] };
const started = Date.now();
for (let first = from; first < from + count; first += batch) {
  const result = await fuzzBatch({ seed, from: first, count: Math.min(batch, from + count - first), stages });
  totals.inputs += result.inputs;
  for (const [status, n] of Object.entries(result.statuses)) totals.statuses[status] = (totals.statuses[status] ?? 0) + n;
  totals.hangs.push(...result.hangs);
  totals.crashes.push(...result.crashes);
  totals.unstable.push(...result.unstable);
  totals.crossFile.push(...result.crossFile.map((file) => `inputs ${first}-${first + batch - 1}: ${file}`));
  console.log(`${first + batch - from}/${count} fuzz inputs (${totals.inputs} rows with the good reports): ${JSON.stringify(totals.statuses)}; `
    + `hangs ${totals.hangs.length}, crashes ${totals.crashes.length}, unstable ${totals.unstable.length}, cross-file ${totals.crossFile.length}; `
    + `peak RSS ${peakMb.toFixed(0)} MB; ${((Date.now() - started) / 60000).toFixed(1)} min`);
}
clearInterval(sampler);
console.log(JSON.stringify({ seed, from, count, stages: stages ?? 'all', ...totals, peakRssMb: Math.round(peakMb), minutes: (Date.now() - started) / 60000 }, null, 2));
process.exitCode = totals.hangs.length + totals.unstable.length + totals.crossFile.length > 0 ? 1 : 0;
