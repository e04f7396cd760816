/** Every registered check has its module, its example file and a Vietnamese name in the HTML report, so none is forgotten. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { CROSS_CHECKS } from '../../src/checks/cross/index.js';
import { catalogue } from '../../src/model/catalogue.js';
import { CHECK_LABELS, INDICATOR_LABELS } from '../../src/write/html-report/labels.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

describe('check parity', () => {
  it('has distinct ids', () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  });
  for (const check of CHECKS) {
    it(`${check.id}: module, examples, label`, () => {
      expect(existsSync(root(`src/checks/${check.id}.ts`))).toBe(true);
      expect(existsSync(root(`test/checks/${check.id}.test.ts`))).toBe(true);
      expect(CHECK_LABELS[check.id]).toBeTruthy();
    });
  }
});

describe('cross-report check parity', () => {
  it('has ids distinct from each other and from the per-report checks', () => {
    const ids = [...CHECKS, ...CROSS_CHECKS].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const check of CROSS_CHECKS) {
    it(`${check.id}: module, examples, label`, () => {
      expect(existsSync(root(`src/checks/cross/${check.id}.ts`))).toBe(true);
      expect(existsSync(root(`test/checks/cross/${check.id}.test.ts`))).toBe(true);
      expect(CHECK_LABELS[check.id]).toBeTruthy();
    });
  }
});

describe('indicator names', () => {
  it('names every catalogue indicator in Vietnamese, and nothing else', () => {
    expect(Object.keys(INDICATOR_LABELS).sort()).toEqual([...catalogue.keys()].sort());
  });
});
