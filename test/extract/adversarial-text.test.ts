/**
 * The rules and checks take time linear in the text, whatever it repeats:
 * breakdown words ("trong đó"), numbers, ratios, separators, list items.
 * Doubling such a text may double the time, not quadruple it. CPU time of
 * the smaller of three runs, so that other work on the machine counts little
 * (and the pair measured again, up to three times, when over the bound); the
 * bound (3×) sits between linear (2×) and quadratic (4×). A ratio, never an
 * absolute time, is asserted.
 */
import { splitSentences } from '../../src/extract/rules/sentences.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newReport } from '../../src/model/report.js';
import { loadStages, runStages, type Stage } from '../../src/pipeline.js';
import { pagesFromText } from '../../src/read/txt.js';
import { capStarts, MAX_SENTENCE } from '../../src/text/sentence-cap.js';

const HEAD = 'UBND XÃ THẠCH KHÊ\nBÁO CÁO\nKết quả công tác cải cách hành chính quý III năm 2025\nTổng số hồ sơ tiếp nhận 1.000 hồ sơ';

/** Pieces of the clauses that made the checks cubic, and others a damaged text repeats. */
const PIECE = fc.constantFrom(
  ', trong đó', ' trong đó', ', gồm:', ' 10 hồ sơ', ' 1.234.567', ' 16/38', ' (đạt 90%)', ' đúng hạn 90 hồ sơ', '; ', ', ',
  '\n- 10 hồ sơ cấp xã;', ' tăng 5 hồ sơ so với cùng kỳ', ' 99,5%', ' TTHC', ' năm 2024',
);
const CLAUSE = fc.array(PIECE, { minLength: 2, maxLength: 6 }).map((pieces) => pieces.join(''));

let stages: Stage[];

/** CPU milliseconds of the stages over the head and `repeats` copies of `clause` (least of three runs). */
async function cpuMs(clause: string, repeats: number): Promise<number> {
  const text = `${HEAD}${clause.repeat(repeats)}.\n`;
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

describe('rules and checks on adversarial text', () => {
  it('take about twice the time on twice the text', async () => {
    stages = await loadStages();
    await cpuMs(', trong đó 10 hồ sơ', 50); // loads the rule files
    await fc.assert(
      fc.asyncProperty(CLAUSE, async (clause) => {
        // Enough text that the fixed cost of a report does not hide how the rest grows.
        const repeats = Math.ceil(24_000 / clause.length);
        // Measured again when over the bound (a busy machine slows one run): a square stays over it every time.
        let ratio = Infinity;
        for (let attempt = 0; attempt < 3 && ratio >= 3; attempt++) {
          const once = await cpuMs(clause, repeats);
          ratio = Math.min(ratio, (await cpuMs(clause, 2 * repeats)) / Math.max(once, 20));
        }
        expect(ratio).toBeLessThan(3);
      }),
      { numRuns: 6, seed: 14 },
    );
  });
});

describe('the sentence length cap', () => {
  it('cuts a run of text without full stops into pieces of at most MAX_SENTENCE, after a clause', () => {
    const text = `Tổng số 100 hồ sơ${', trong đó 10 hồ sơ trực tuyến'.repeat(400)}.`;
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE);
    for (const span of spans.slice(0, -1)) expect(text[span.end - 1]).toBe(',');
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('leaves sentences under the cap as they are', () => {
    const text = 'Một câu ngắn. Câu thứ hai, trong đó có 2 hồ sơ.';
    expect(capStarts(text, [0, 14])).toEqual([0, 14]);
    expect(splitSentences(text)).toEqual([{ start: 0, end: 13 }, { start: 14, end: text.length }]);
  });
});
