/** Rules and catalogue stay in step: derived from both, never a hand-kept list. */
import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../src/extract/rules/load.js';
import { catalogue } from '../../src/model/catalogue.js';

const ruleSet = defaultRuleSet();
const yielded = new Set(ruleSet.rules.flatMap((r) => [...r.yields]));

describe('rules ↔ catalogue parity', () => {
  it('every rule yields at least one catalogue key', () => {
    expect(ruleSet.rules.filter((r) => r.yields.size === 0).map((r) => r.id)).toEqual([]);
  });

  it('every catalogue key has a rule (the list shows the keys still missing)', () => {
    const missing = [...catalogue.keys()].filter((key) => !yielded.has(key));
    expect(missing).toEqual([]);
  });

  it('every rule has a positive example for each key it yields', () => {
    const untested = ruleSet.rules.flatMap((r) =>
      [...r.yields].filter((key) => !r.examples.some((e) => e.expect?.some((m) => m.indicator === key))).map((key) => `${r.id} → ${key}`),
    );
    expect(untested).toEqual([]);
  });

  it('no rule repeats an example', () => {
    const repeated = ruleSet.rules.flatMap((r) => r.examples.map((e) => e.text).filter((t, i, all) => all.indexOf(t) !== i).map((t) => `${r.id}: ${t}`));
    expect(repeated).toEqual([]);
  });
});
