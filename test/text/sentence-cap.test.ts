/**
 * The sentence length cap keeps the rules' and checks' work linear in the
 * text: work on one sentence grows with its square, so no sentence they read
 * may be longer than MAX_SENTENCE, whatever a text repeats. (How the time
 * grows is measured by bench/adversarial.ts, never here.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceStarts } from '../../src/checks/check.js';
import { splitSentences } from '../../src/extract/rules/sentences.js';
import { capStarts, MAX_SENTENCE } from '../../src/text/sentence-cap.js';
import { ADVERSARIAL_CLAUSE, adversarialText } from '../extract/adversarial-clauses.js';

/** Several times the cap. */
const CHARACTERS = 12_000;

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

  it('holds for the rules and the checks on adversarial clauses repeated without a full stop', () => {
    expect(MAX_SENTENCE).toBeLessThan(CHARACTERS / 2); // the texts are over the cap: something is cut
    fc.assert(
      fc.property(ADVERSARIAL_CLAUSE, (clause) => {
        const text = adversarialText(clause, Math.ceil(CHARACTERS / clause.length));
        for (const span of splitSentences(text)) expect(span.end - span.start).toBeLessThanOrEqual(MAX_SENTENCE);
        const checks = [...sentenceStarts(text), text.length];
        checks.slice(1).forEach((end, i) => expect(end - checks[i]).toBeLessThanOrEqual(MAX_SENTENCE));
      }),
      { numRuns: 30, seed: 14 },
    );
  });
});
