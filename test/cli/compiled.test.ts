/**
 * The compiled build (npm run build → dist/) that the cchc command runs when
 * it is fresh: built in a copy of the project (this one's dist/ may be in use
 * by other tests), it must write the same rows as the TypeScript sources, and
 * count as stale as soon as a source file changes.
 */
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = ['tho-xuan-cchc-quy-1-2024.pdf', 'thach-khe-cchc-quy-3-2025.docx'].map((name) => join(ROOT, 'fixtures/corpus', name));
const OUTPUTS = ['reports.csv', 'figures.csv', 'mentions.csv', 'documents.csv', 'flags.csv', 'tables.csv'];
const run = promisify(execFile);

async function isFresh(root: string): Promise<boolean> {
  const check = `import(${JSON.stringify(join(root, 'bin/compiled.js'))}).then((m) => console.log(m.isCompiledFresh()))`;
  return (await run(process.execPath, ['--input-type=module', '-e', check])).stdout.trim() === 'true';
}

describe('compiled build', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), 'cchc-build-'));
    for (const entry of ['src', 'bin', 'rules', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) {
      await cp(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    await mkdir(join(copy, 'scripts'));
    await cp(join(ROOT, 'scripts/build.mjs'), join(copy, 'scripts/build.mjs'));
    await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    await run(process.execPath, [join(copy, 'scripts/build.mjs')]);
  }, 60_000);

  it('writes the same rows as the TypeScript sources', async () => {
    const compiledOut = join(copy, 'out-compiled');
    await run(process.execPath, [join(copy, 'bin/cchc.js'), 'extract', ...FIXTURES, '--out', compiledOut]);
    const sourceOut = await mkdtemp(join(tmpdir(), 'cchc-build-src-'));
    await runBatch(FIXTURES, { out: sourceOut });
    for (const file of OUTPUTS) {
      expect(await readFile(join(compiledOut, file), 'utf8'), file).toBe(await readFile(join(sourceOut, file), 'utf8'));
    }
  }, 60_000);

  it('is fresh after the build and stale once a source file changes', async () => {
    expect(await isFresh(copy)).toBe(true);
    await appendFile(join(copy, 'src/pipeline.ts'), '\n');
    expect(await isFresh(copy)).toBe(false);
  });
});
