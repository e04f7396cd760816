/**
 * The rule tester (like ESLint's RuleTester, Duckling's corpus): reads one
 * example of a rule with all the rules of its file (they compete for numbers
 * as they do in a run) and compares what THIS rule yields.
 */
import type { Mention } from '../../model/report.js';
import { FlowBuilder } from '../../text/flow.js';
import type { Example } from './format.js';
import type { CompiledRule, RuleSet } from './load.js';
import { type ReadingFrame, readMentions, type SentenceStep } from './run.js';

/** The report an example is read in unless it says otherwise. */
export const EXAMPLE_FRAME: ReadingFrame = { periodStart: '2024-01-01', periodEnd: '2024-12-31', reportDate: '2024-12-15' };

/** Mentions `rules` (then `after`, number-first reading) yield on a plain text (one line, page 1). */
export function readText(
  text: string, ruleSet: Pick<RuleSet, 'levels'>, rules: readonly CompiledRule[], frame: ReadingFrame = EXAMPLE_FRAME, after?: SentenceStep,
): Mention[] {
  const flow = new FlowBuilder().appendLine({ page: 1, line: 1, offset: 0, text, raw: text, kind: 'body' }).build();
  return readMentions(flow, ruleSet, rules, frame, 'text', after);
}

function show(m: { indicator: string; value: number; level: string; period?: readonly string[]; qualifier?: string }): string {
  const period = m.period && m.period[0] ? ` ${m.period[0]}..${m.period[1]}` : '';
  return `${m.indicator}=${m.value}${m.level ? ` ${m.level}` : ''}${period}${m.qualifier ? ` (${m.qualifier})` : ''}`;
}

/** Problems of `rule` on `example` (empty = the example passes). */
export function checkExample(rule: CompiledRule, example: Example, ruleSet: Pick<RuleSet, 'levels' | 'rules'>): string[] {
  const frame = example.report ? { reportDate: EXAMPLE_FRAME.reportDate, ...example.report } : EXAMPLE_FRAME;
  const sameFile = ruleSet.rules.filter((r) => r.file === rule.file);
  const mentions = readText(example.text, ruleSet, sameFile, frame).filter((m) => m.rule === rule.id);
  const actual = mentions.map((m) => show({ ...m, period: [m.period.start, m.period.end] })).sort();
  const problems: string[] = [];
  if (example.expect) {
    const expected = example.expect.map((e) => show(e)).sort();
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      problems.push(`expected [${expected.join('; ')}] but got [${actual.join('; ')}]`);
    }
  }
  for (const key of example.not ?? []) {
    if (mentions.some((m) => m.indicator === key)) problems.push(`must not yield ${key}, got [${actual.join('; ')}]`);
  }
  return problems;
}
