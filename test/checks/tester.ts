/**
 * A strict tester for checks, in the manner of ESLint's RuleTester: `valid`
 * examples must raise nothing, each `invalid` example must raise exactly the
 * flags listed, each stating the given numbers (as the report writes them)
 * in its message, at the given line and severity.
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/checks/check.js';
import type { Flag, Report } from '../../src/model/report.js';
import type { Severity } from '../../src/model/schemas.js';

export interface ExpectedFlag {
  /** Substrings the message must contain, e.g. '8.803', '≠'. */
  says: string[];
  line?: number;
  severity?: Severity;
}

export interface CheckCases {
  valid: { name: string; report: Report }[];
  invalid: { name: string; report: Report; flags: ExpectedFlag[] }[];
}

export function testCheck(check: Check, cases: CheckCases): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  describe(check.id, () => {
    it('has distinct example names and at least one valid and one invalid example', () => {
      expect(new Set(names).size).toBe(names.length);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const { name, report } of cases.valid) {
      it(`valid: ${name}`, () => {
        expect(check.run(report).map((f) => f.message)).toEqual([]);
      });
    }
    for (const { name, report, flags: wanted } of cases.invalid) {
      it(`invalid: ${name}`, () => {
        const flags: Flag[] = check.run(report);
        expect(flags.map((f) => f.message), 'number of flags').toHaveLength(wanted.length);
        wanted.forEach((want, i) => {
          const flag = flags[i];
          expect(flag.check_id).toBe(check.id);
          for (const text of want.says) expect(flag.message).toContain(text);
          if (want.line !== undefined) expect(flag.line).toBe(want.line);
          if (want.severity) expect(flag.severity).toBe(want.severity);
          expect(flag.message.length).toBeGreaterThan(0);
        });
      });
    }
  });
}
