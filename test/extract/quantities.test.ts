/** Number-first reading as a step of the rules stage: what it skips, its scope fallback, its lexicon's load errors. */
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate.js';
import { newReport } from '../../src/model/report.js';
import { compileLexicon, defaultLexicon } from '../../src/extract/quantities/lexicon.js';
import { numberFirst, UNPLACED_RULE } from '../../src/extract/quantities/read.js';
import { RuleLoadError, defaultRuleSet } from '../../src/extract/rules/load.js';
import { EXAMPLE_FRAME, readText } from '../../src/extract/rules/tester.js';
import type { Scope } from '../../src/structure/tree.js';
import { reportRows } from '../../src/write/outputs.js';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { FACETS_PATH } from '../../src/extract/quantities/lexicon.js';

const lexicon = defaultLexicon();
const ruleSet = defaultRuleSet();
const read = (text: string) => readText(text, ruleSet, ruleSet.rules, undefined, numberFirst({ lexicon }));
/** Number-first reading alone, in the scope the document tree would give the sentence. */
const readIn = (text: string, scope: Scope) => readText(text, ruleSet, [], { ...EXAMPLE_FRAME, scopeAt: () => scope }, numberFirst({ lexicon }));

describe('number-first reading after the template rules', () => {
  it('leaves the numbers a template rule claimed to that rule', () => {
    const mentions = read('Số hồ sơ đã giải quyết: 11.664 hồ sơ.');
    expect(mentions).toHaveLength(1);
    expect(mentions[0].rule).not.toMatch(/^quantities:/);
  });

  it('reads the parts a template rule left with the facets of the figure they break down', () => {
    const mentions = read('Số lượng hồ sơ đang giải quyết: 42; trong đó, trong hạn: 40, quá hạn: 2.');
    expect(mentions.map((m) => `${m.indicator}=${m.value}`).sort()).toEqual(['dossier.pending=42', 'dossier.pending_in_time=40', 'dossier.pending_late=2']);
  });

  it("falls back to the tree's scope when the clause states no period or level", () => {
    const scope = { period: { start: '2023-01-01', end: '2023-12-31' }, level: 'commune' as const };
    const [m] = readIn('Có 57 hồ sơ cơ quan thụ lý trả lại.', scope);
    expect(m).toMatchObject({ indicator: 'dossier.returned', value: 57, level: 'commune', period: scope.period });
  });

  it("keeps a clause's own period over the tree's", () => {
    const [m] = readIn('Năm 2022 có 57 hồ sơ cơ quan thụ lý trả lại.', { period: { start: '2023-01-01', end: '2023-12-31' } });
    expect(m.period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });

  it("reads a figure beside another in that one's cut-off after a comma, not past ';'", () => {
    const periods = (text: string) => read(text).filter((m) => m.indicator === 'staff.contracts').map((m) => m.period.start);
    expect(periods('Biên chế năm 2024 được giao 80, có mặt đến 30/9/2024 là 77 người, hợp đồng lao động 9 người.')).toEqual(['2024-09-30']);
    expect(periods('Biên chế năm 2024 được giao 80, có mặt đến 30/9/2024 là 77 người; hợp đồng lao động 9 người.')).toEqual(['']);
  });

  it('reads no result under a plan heading', () => {
    expect(readIn('Tiếp nhận 1.200 hồ sơ trực tuyến.', { plan: true })).toEqual([]);
  });

  it("lists another body's count as unplaced, not as the unit's figure", () => {
    const mentions = readIn('Có 57 hồ sơ cơ quan thụ lý trả lại.', { body: 'other' });
    expect(mentions).toEqual([expect.objectContaining({ indicator: '', unit: 'dossier', value: 57, rule: UNPLACED_RULE })]);
  });
});

describe('unplaced quantities', () => {
  it('are written to mentions.csv with an empty indicator and never become figures', () => {
    const report = newReport({ id: 'r0123456789abcdef', path: '/in/a.txt', sourceFile: 'a.txt', format: 'txt' });
    report.pages = [{ number: 1, lines: [{ page: 1, line: 1, offset: 0, text: 'x', raw: 'x', kind: 'body' }] }];
    report.mentions = readText('Có 25 hồ sơ.', ruleSet, [], undefined, numberFirst({ lexicon }));
    expect(report.mentions).toEqual([expect.objectContaining({ indicator: '', rule: UNPLACED_RULE })]);
    expect(consolidate(report)).toEqual([]);
    const rows = reportRows(report);
    expect(rows.mentions).toEqual([expect.objectContaining({ indicator: '', value: 25, unit: 'dossier', rule: UNPLACED_RULE })]);
    expect(rows.report.status).toBe('ok');
  });
});

describe('facets.yaml load errors', () => {
  const valid = parse(readFileSync(FACETS_PATH, 'utf8')) as Record<string, unknown>;
  const broken = (change: (spec: Record<string, any>) => void) => {
    const spec = structuredClone(valid) as Record<string, any>;
    change(spec);
    return () => compileLexicon(spec);
  };

  it('names an unknown indicator key', () => {
    expect(broken((s) => s.indicators.push({ key: 'dossier.nope', subject: 'dossier', measure: 'received' }))).toThrow(/unknown indicator key "dossier.nope"/);
  });
  it('names an unknown facet value in a row', () => {
    expect(broken((s) => s.indicators.push({ key: 'dossier.received', subject: 'dossier', measure: 'gotten' }))).toThrow(RuleLoadError);
  });
  it('rejects a weight that is not a small whole number', () => {
    expect(broken((s) => (s.facets.measure.received['nhận về'] = 0.5))).toThrow(/facets\.yaml/);
  });
  it('needs a subject in every row', () => {
    expect(broken((s) => s.indicators.push({ key: 'dossier.received', measure: 'received' }))).toThrow(/names its subject/);
  });
  it('names an unknown optional facet', () => {
    expect(broken((s) => (s.optional = ['mood']))).toThrow(/optional: unknown facet "mood"/);
  });
  it('rejects a row level that is no unit level', () => {
    expect(broken((s) => s.indicators.push({ key: 'staff.present', subject: 'staff', measure: 'present', unit_level: 'hamlet' }))).toThrow(/facets\.yaml/);
  });
});
