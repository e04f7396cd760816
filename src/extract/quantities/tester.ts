/**
 * The lexicon's examples as tests: each text is read by number-first
 * reading alone (no template rules claim its numbers), and everything it
 * yields, placed or unplaced (indicator ''), must be what the example says.
 */
import type { Example } from '../rules/format.js';
import type { RuleSet } from '../rules/load.js';
import { EXAMPLE_FRAME, readText } from '../rules/tester.js';
import type { Lexicon } from './lexicon.js';
import { numberFirst } from './read.js';

function show(m: { indicator: string; value: number; level: string; period?: readonly string[] }): string {
  const period = m.period && m.period[0] ? ` ${m.period[0]}..${m.period[1]}` : '';
  return `${m.indicator || '(unplaced)'}=${m.value}${m.level ? ` ${m.level}` : ''}${period}`;
}

/** Problems of the lexicon on `example` (empty = the example passes). */
export function checkQuantityExample(example: Example, lexicon: Lexicon, ruleSet: Pick<RuleSet, 'levels'>): string[] {
  const frame = example.report ? { reportDate: EXAMPLE_FRAME.reportDate, ...example.report } : EXAMPLE_FRAME;
  const mentions = readText(example.text, ruleSet, [], frame, numberFirst({ lexicon }));
  const actual = mentions.map((m) => show({ ...m, period: [m.period.start, m.period.end] })).sort();
  const problems: string[] = [];
  if (example.expect) {
    const expected = example.expect.map((e) => show(e)).sort();
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`expected [${expected.join('; ')}] but got [${actual.join('; ')}]`);
  }
  for (const key of example.not ?? []) {
    if (mentions.some((m) => m.indicator === key)) problems.push(`must not yield ${key || '(unplaced)'}, got [${actual.join('; ')}]`);
  }
  return problems;
}
