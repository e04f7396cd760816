/**
 * The phrasing matrix of the institutions, organisation, staffing, finance,
 * e-government, PAR-index, plan, assignment, direction and inspection
 * families (test/extract/phrasing-b.yaml): each sentence, written the way a
 * province might, is read by every rule file and the number-first reading
 * together, as in a run, and what it yields for these families must be what
 * the case says ([] for the negatives).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultLexicon, numberFirst } from '../../src/extract/quantities/index.js';
import { defaultRuleSet } from '../../src/extract/rules/load.js';
import { EXAMPLE_FRAME, readText } from '../../src/extract/rules/tester.js';

const FAMILIES = /^(staff|org|finance|egov|legal|inspection|plan|assigned|direction|par_index)\./;

interface Case {
  text: string;
  /** "key=value", with " district"/" commune"/... for a level and " start..end" for a period other than the report's. */
  expect: string[];
}

/** A district's yearly report, the commonest kind ("UBND huyện ban hành …" is the unit itself). */
const FRAME = { ...EXAMPLE_FRAME, unitLevel: 'district' as const };
const cases = parse(readFileSync(fileURLToPath(new URL('./phrasing-b.yaml', import.meta.url)), 'utf8')) as Record<string, Case[]>;
const ruleSet = defaultRuleSet();
const lexicon = defaultLexicon();

/** The figures a sentence yields, each once (a figure read twice, "có 30 nhiệm vụ, hoàn thành 30/30", is one row after consolidation). */
function read(text: string): string[] {
  const figures = readText(text, ruleSet, ruleSet.rules, FRAME, numberFirst({ lexicon }))
    .filter((m) => FAMILIES.test(m.indicator))
    .map((m) => `${m.indicator}=${m.value}${m.level ? ` ${m.level}` : ''}${m.period.start ? ` ${m.period.start}..${m.period.end}` : ''}`)
  return [...new Set(figures)].sort();
}

for (const [group, list] of Object.entries(cases)) {
  describe(group, () => {
    list.forEach(({ text, expect: expected }, i) => {
      it(`${i + 1}: ${text.slice(0, 70)}`, () => {
        expect(read(text)).toEqual([...expected].sort());
      });
    });
  });
}
