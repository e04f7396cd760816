/** A report read as ok that gives no figure from more than a page of text says so in reports.csv. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processReport } from '../src/pipeline.js';
import { reportRows } from '../src/write/outputs.js';

/** Prose with no number in it: nothing for the rules to find. */
const SENTENCE = 'Trong kỳ, các phòng ban tiếp tục phối hợp chặt chẽ, duy trì nề nếp làm việc và lắng nghe ý kiến của người dân.\n';

async function rowFor(text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'cchc-nofig-'));
  const path = join(dir, 'bao-cao.txt');
  await writeFile(path, text);
  return reportRows(await processReport(path, 'bao-cao.txt')).report;
}

describe('no figures found', () => {
  it('is a diagnostic of an ok report with more than a page of text', async () => {
    const row = await rowFor(SENTENCE.repeat(40));
    expect(row).toMatchObject({ status: 'ok', figures: 0, diagnostics: 'no figures found' });
  });

  it('is not said of a short note', async () => {
    expect((await rowFor(SENTENCE.repeat(3))).diagnostics).toBe('');
  });
});
