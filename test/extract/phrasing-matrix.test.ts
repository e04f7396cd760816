/**
 * Phrasing matrix: the wordings provinces use for the dossier, procedure and
 * survey figures (phrasing-matrix.yaml), each read by the whole pipeline as
 * the body of a district's year report. A case marked `open` states a reading
 * not yet made (the test fails once it is made, so the mark is dropped).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { processReport } from '../../src/pipeline.js';
import { readYamlFile } from '../../src/yaml-file.js';

interface Expected { indicator: string; value: number; level?: string }
interface Case { text: string; expect?: Expected[]; none?: string[]; open?: string }

const MATRIX = fileURLToPath(new URL('./phrasing-matrix.yaml', import.meta.url));
const { cases } = readYamlFile(MATRIX) as { cases: Case[] };

const HEAD = [
  'UBND HUYỆN KHÁNH LÂM                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Số: 88/BC-UBND                            Khánh Lâm, ngày 15 tháng 12 năm 2024',
  '',
  'BÁO CÁO',
  'Kết quả công tác cải cách hành chính năm 2024',
  '',
].join('\n');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cchc-matrix-'));
});

/** What the case's text yields: "indicator=value@level" per figure of the report period. */
async function figuresOf(text: string, index: number): Promise<string[]> {
  const path = join(dir, `case-${index}.txt`);
  await writeFile(path, `${HEAD}${text}\n`);
  const report = await processReport(path, `case-${index}.txt`);
  return report.figures
    .filter((f) => f.indicator !== '' && f.period.start === '' )
    .map((f) => `${f.indicator}=${f.value}@${f.level}`);
}

/** Why the case fails ('' when it holds). */
function failure(c: Case, got: string[]): string {
  const missing = (c.expect ?? []).map((e) => `${e.indicator}=${e.value}@${e.level ?? ''}`).filter((want) => !got.includes(want));
  const unwanted = got.filter((g) => (c.none ?? []).some((key) => g.startsWith(`${key}=`)));
  if (missing.length === 0 && unwanted.length === 0) return '';
  return `missing [${missing.join(', ')}] unwanted [${unwanted.join(', ')}] got [${got.join(', ')}]`;
}

describe('phrasing matrix (dossier, procedure, survey)', () => {
  cases.forEach((c, index) => {
    const test = c.open ? it.fails : it;
    test(c.text, async () => {
      expect(failure(c, await figuresOf(c.text, index))).toBe('');
    });
  });
});
