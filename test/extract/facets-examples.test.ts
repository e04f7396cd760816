/** Every example of rules/facets.yaml is a test (rules/README.md, "Number-first reading"). */
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../src/extract/quantities/lexicon.js';
import { checkQuantityExample } from '../../src/extract/quantities/tester.js';
import { defaultRuleSet } from '../../src/extract/rules/load.js';

const lexicon = defaultLexicon();
const ruleSet = defaultRuleSet();

describe('rules/facets.yaml', () => {
  lexicon.examples.forEach((example, i) => {
    it(`example ${i + 1}: ${example.text.slice(0, 70)}`, () => {
      expect(checkQuantityExample(example, lexicon, ruleSet)).toEqual([]);
    });
  });
});
