/**
 * Peak memory of a batch of resource attacks: PDF Flate bombs, Word zip
 * bombs and PDF bombs hidden behind a filter chain the stream check does not
 * follow (only the worker memory limit stops those), with good reports among
 * them. Runs `cchc extract` and samples the resident memory of the whole
 * process tree (batch + workers) from /proc every 10 ms; prints the peak
 * against concurrency × worker limit + base, where base is the peak of the
 * same batch with the good reports only.
 *
 *   npx tsx scripts/bomb-rss.ts [--each 3] [--concurrency 2] [--worker-memory 512] [--decoded-mb 2048]
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { docxZipBomb, pdfFlateBomb } from '../test/fuzz/bombs.js';

const { values } = parseArgs({
  options: {
    each: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '2' },
    'worker-memory': { type: 'string', default: '512' },
    'decoded-mb': { type: 'string', default: '2048' },
  },
});
const each = Number(values.each);
const concurrency = Number(values.concurrency);
const workerMemory = Number(values['worker-memory']);
const decodedMb = Number(values['decoded-mb']);
const CLI = new URL('../bin/cchc.js', import.meta.url).pathname;
const CORPUS = new URL('../fixtures/corpus/', import.meta.url).pathname;

async function statField(pid: string): Promise<{ ppid: string; rssKb: number } | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'latin1');
    return { ppid: /^PPid:\s+(\d+)/m.exec(status)?.[1] ?? '', rssKb: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) };
  } catch {
    return undefined;
  }
}

/** Resident memory (MB) of a process and all its descendants. */
async function treeRssMb(root: number): Promise<number> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const info = new Map<string, { ppid: string; rssKb: number }>();
  await Promise.all(pids.map(async (pid) => {
    const fields = await statField(pid);
    if (fields) info.set(pid, fields);
  }));
  const inTree = new Set([String(root)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { ppid }] of info) if (!inTree.has(pid) && inTree.has(ppid)) grew = inTree.add(pid).size > 0;
  }
  return [...inTree].reduce((sum, pid) => sum + (info.get(pid)?.rssKb ?? 0), 0) / 1024;
}

async function peakOf(input: string, out: string): Promise<{ peakMb: number; reports: string }> {
  const child = spawn(process.execPath, [CLI, 'extract', input, '--out', out, '-c', String(concurrency), '--worker-memory', String(workerMemory)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let peakMb = 0;
  const sampler = setInterval(() => void treeRssMb(child.pid!).then((mb) => { peakMb = Math.max(peakMb, mb); }), 10);
  await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  return { peakMb, reports: await readFile(join(out, 'reports.csv'), 'utf8') };
}

const root = await mkdtemp(join(tmpdir(), 'cchc-bombs-'));
const good = join(root, 'good');
const bombs = join(root, 'bombs');
await mkdir(good);
await mkdir(bombs);
for (const name of ['thach-khe-cchc-quy-3-2025.pdf', 'ha-hoa-cchc-nam-2021.docx', 'tho-xuan-cchc-quy-1-2024.pdf']) {
  await copyFile(join(CORPUS, name), join(good, name));
  await copyFile(join(CORPUS, name), join(bombs, name));
}
for (let i = 0; i < each; i++) {
  await writeFile(join(bombs, `flate-bomb-${i}.pdf`), await pdfFlateBomb(decodedMb));
  await writeFile(join(bombs, `zip-bomb-${i}.docx`), await docxZipBomb(decodedMb));
  await writeFile(join(bombs, `hidden-bomb-${i}.pdf`), await pdfFlateBomb(decodedMb, { hidden: true }));
}
const base = await peakOf(good, join(root, 'out-good'));
const attack = await peakOf(bombs, join(root, 'out-bombs'));
const bound = concurrency * workerMemory + base.peakMb;
console.log(attack.reports.split('\n').map((line) => line.split(',').slice(1, 5).join(',')).join('\n'));
console.log(`${each * 3} bombs of ${decodedMb} MB decoded + 3 good reports, concurrency ${concurrency}, worker memory ${workerMemory} MB`);
console.log(`peak RSS: good reports only ${base.peakMb.toFixed(0)} MB; with the bombs ${attack.peakMb.toFixed(0)} MB; bound ${bound.toFixed(0)} MB`);
await rm(root, { recursive: true, force: true });
process.exitCode = attack.peakMb <= bound ? 0 : 1;
