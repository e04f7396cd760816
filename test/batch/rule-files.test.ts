import { mkdtemp, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';

vi.mock('../../src/extract/rules/load.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/extract/rules/load.js')>()),
  defaultRuleSet: () => {
    throw new Error('rules/dossier/received.yaml: rules[0].patterns: expected array');
  },
}));

it('stops the whole run, naming the file, when a rule file does not load', async () => {
  const { runBatch, RuleFilesError } = await import('../../src/batch.js');
  const dir = await mkdtemp(join(tmpdir(), 'cchc-rules-'));
  await writeFile(join(dir, 'a.txt'), 'Tổng số hồ sơ tiếp nhận 12 hồ sơ.');
  const out = join(dir, 'out');
  const run = runBatch([join(dir, 'a.txt')], { out });
  await expect(run).rejects.toThrow(RuleFilesError);
  await expect(run).rejects.toThrow(/rules\/dossier\/received\.yaml: rules\[0\]\.patterns/);
  expect(existsSync(join(out, 'reports.csv'))).toBe(false);
});
