/**
 * What the phrasing matrices share (phrasing-b.test.ts, phrasing-c.test.ts): a case file, the reading of a case's
 * text as a run reads it (every rule file, then number-first reading), the figures shown as "key=value[ level][
 * start..end]" (the period only when it is not the report's), and one test per case.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Mention } from '../../src/model/report.js';
import { newReport, reindexPage } from '../../src/model/report.js';
import { consolidate } from '../../src/consolidate.js';
import type { Level } from '../../src/model/schemas.js';
import { defaultLexicon, numberFirst } from '../../src/extract/quantities/index.js';
import { extractProse } from '../../src/extract/rules/index.js';
import { defaultRuleSet } from '../../src/extract/rules/load.js';
import { EXAMPLE_FRAME, readText } from '../../src/extract/rules/tester.js';
import { structure } from '../../src/structure/stage.js';

export interface PhrasingCase {
  /** One sentence, or a short passage: one paragraph (heading, list item) per line. */
  text: string;
  /** "key=value", with " district"/" commune"/… for a level and " start..end" for a period other than the report's. */
  expect: string[];
  /** The reporting unit when not the district: a commune's report, or a department (Sở) of the province. */
  unit?: 'commune' | 'department';
  /** Why the case does not hold yet: the test then expects it to fail (it fails once the reading is made). */
  fails?: string;
}

export const loadCases = (url: URL) => parse(readFileSync(url, 'utf8')) as Record<string, PhrasingCase[]>;

/** "key=value[ level][ start..end]", the period only when the mention states one other than the report's. */
export function showFigure(m: Pick<Mention, 'indicator' | 'value' | 'level' | 'period'>, report = EXAMPLE_FRAME): string {
  const own = m.period.start === '' || (m.period.start === report.periodStart && m.period.end === report.periodEnd);
  return `${m.indicator}=${m.value}${m.level ? ` ${m.level}` : ''}${own ? '' : ` ${m.period.start}..${m.period.end}`}`;
}

/** Each figure once, sorted (a figure read twice, "có 30 nhiệm vụ, hoàn thành 30/30", is one row after consolidation). */
const distinct = (mentions: ReadonlyArray<Parameters<typeof showFigure>[0]>, keep: RegExp) =>
  [...new Set(mentions.filter((m) => keep.test(m.indicator)).map((m) => showFigure(m)))].sort();

const ruleSet = defaultRuleSet();
const lexicon = defaultLexicon();
/** A district's yearly report, the commonest kind ("UBND huyện ban hành …" is the unit itself). */
const SENTENCE_FRAME = { ...EXAMPLE_FRAME, unitLevel: 'district' as const };

/** The figures of `keep`'s families one sentence yields, read alone (no document tree). */
export function readSentence(text: string, keep: RegExp): string[] {
  return distinct(readText(text, ruleSet, ruleSet.rules, SENTENCE_FRAME, numberFirst({ lexicon })), keep);
}

const UNITS: Record<NonNullable<PhrasingCase['unit']> | 'district', { level: Level; name: string }> = {
  district: { level: 'district', name: 'Khánh Lâm' },
  commune: { level: 'commune', name: 'Phú Mỹ' },
  department: { level: 'province', name: 'Sở Tư pháp' },
};

/**
 * The figures of `keep`'s families a passage yields as the body of a unit's 2024 report (one paragraph per line, as a
 * DOCX reads): the document tree scopes each sentence (a heading's period, a list lead-in's level, "Riêng …"), and
 * the mentions are consolidated as in a run (a staff cut split by kind gives the kinds, not the whole).
 */
export function readPassage(text: string, keep: RegExp, unit: PhrasingCase['unit'] = undefined): string[] {
  const report = newReport({ id: 'r0123456789abcdef', path: 'case.docx', sourceFile: 'case.docx', format: 'docx' });
  const { level, name } = UNITS[unit ?? 'district'];
  Object.assign(report.meta, {
    periodStart: EXAMPLE_FRAME.periodStart, periodEnd: EXAMPLE_FRAME.periodEnd, reportDate: EXAMPLE_FRAME.reportDate,
    unitLevel: level, unitName: name,
  });
  const page = { number: 1, lines: text.split('\n').map((line, i) => ({ page: 1, line: i + 1, offset: 0, text: line, raw: line, kind: 'body' as const })) };
  reindexPage(page);
  report.pages = [page];
  structure(report);
  extractProse(report);
  return distinct(consolidate(report), keep);
}

/** One test per case, grouped as the file groups them; a case with `fails` must still fail. */
export function describeCases(cases: Record<string, PhrasingCase[]>, read: (c: PhrasingCase) => string[]): void {
  for (const [group, list] of Object.entries(cases)) {
    describe(group, () => {
      list.forEach((c, i) => {
        const test = c.fails ? it.fails : it;
        test(`${i + 1}: ${c.text.replace(/\n/g, ' ⏎ ').slice(0, 70)}`, () => {
          expect(read(c)).toEqual([...c.expect].sort());
        });
      });
    });
  }
}
