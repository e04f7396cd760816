/** Every example of every rule file is a test (rules/README.md). */
import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../src/extract/rules/load.js';
import { checkExample } from '../../src/extract/rules/tester.js';

const ruleSet = defaultRuleSet();

for (const file of ruleSet.files) {
  describe(file, () => {
    for (const rule of ruleSet.rules.filter((r) => r.file === file)) {
      describe(rule.id, () => {
        rule.examples.forEach((example, i) => {
          it(`example ${i + 1}: ${example.text.slice(0, 60)}`, () => {
            expect(checkExample(rule, example, ruleSet)).toEqual([]);
          });
        });
      });
    }
  });
}
