/**
 * The prose rules of the institutions, organisation, staffing, finance,
 * e-government and PAR-index families (rules/{legal,org,staff,finance,egov})
 * on the sample reports: every figure they read for these keys is in the gold
 * file (indicator and value), and every gold figure stated in prose is found
 * with the gold's level and period.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../src/extract/rules/load.js';
import { type ReadingFrame, readMentions } from '../../src/extract/rules/run.js';
import { extractMetadata } from '../../src/extract/metadata.js';
import { readReport } from '../../src/read/index.js';
import { scopeOfOpener } from '../../src/structure/scope.js';
import { structure } from '../../src/structure/stage.js';
import { footnoteFlows } from '../../src/text/body-flow.js';
import { normaliseReport } from '../../src/text/repair.js';

const KEYS = /^(legal|org|staff|finance|egov|par_index)\./;
const corpus = (file: string) => fileURLToPath(new URL(`../../fixtures/corpus/${file}`, import.meta.url));

interface Sample {
  name: string;
  frame: ReadingFrame;
  /** Gold figures stated in the body or footnotes (the rest of the gold comes from appendix tables). */
  prose: string[];
}

const SAMPLES: Sample[] = [
  {
    name: 'thach-khe-cchc-quy-3-2025',
    frame: { periodStart: '2025-07-01', periodEnd: '2025-09-30', reportDate: '' },
    prose: [
      'legal.reviewed=3', 'legal.handling_proposed=3', 'org.departments=3', 'org.public_units=8',
      'staff.commune_officials=42', 'staff.commune_officials=34', 'staff.reduced=8',
      'finance.investment_disbursed=19850000000', 'finance.investment_plan=24434000000', 'finance.investment_disbursed_rate=81.23',
      'finance.revenue=2173000000', 'finance.revenue_plan=2143000000', 'finance.revenue_rate=101',
    ],
  },
  {
    name: 'tho-xuan-cchc-quy-1-2024',
    frame: { periodStart: '2024-01-01', periodEnd: '2024-03-31', reportDate: '' },
    prose: ['egov.digital_signature_rate=99.69', 'par_index.score=90.17'],
  },
  {
    name: 'ha-hoa-cchc-nam-2021',
    frame: { periodStart: '2021-01-01', periodEnd: '2021-12-31', reportDate: '' },
    prose: [
      'org.departments=12', 'org.departments=19', 'staff.commune_officials=522', 'finance.autonomous_agencies=116',
      'egov.outgoing_documents=5760', 'egov.e_documents_rate=89',
    ],
  },
];

/** Gold rows as "indicator=value" → "level period" (first row of each). */
function goldFigures(name: string): Map<string, string> {
  const lines = readFileSync(corpus(`${name}.gold.csv`), 'utf8').split('\n').slice(1).filter(Boolean);
  const out = new Map<string, string>();
  for (const [indicator, value, level, start, end] of lines.map((line) => line.split(','))) {
    const key = `${indicator}=${Number(value)}`;
    if (!out.has(key)) out.set(key, `${level} ${start}..${end}`);
  }
  return out;
}

/** Prose mentions as "indicator=value" → "level period" (the report's own period written empty). */
async function proseFigures(sample: Sample): Promise<Map<string, string>> {
  const report = await readReport(corpus(`${sample.name}.txt`));
  normaliseReport(report);
  const ruleSet = defaultRuleSet();
  // The body is read in the scopes of its document tree (a heading's level: "1.2.1. Đối với cấp huyện:").
  report.meta = { ...extractMetadata(report), ...sample.frame };
  structure(report);
  const tree = report.structure!;
  const openingScope = (text: string) => scopeOfOpener(text, tree.context, 'sentence');
  const mentions = readMentions(tree.flow, ruleSet, ruleSet.rules, { ...sample.frame, unitLevel: report.meta.unitLevel, scopeAt: tree.tree.scopeAt, openingScope }, 'text');
  for (const { flow } of footnoteFlows(report)) mentions.push(...readMentions(flow, ruleSet, ruleSet.rules, sample.frame, 'footnote'));
  return new Map(mentions.filter((m) => KEYS.test(m.indicator)).map((m) => [`${m.indicator}=${m.value}`, `${m.level} ${m.period.start}..${m.period.end}`]));
}

describe('rules B on the sample reports (.txt)', () => {
  for (const sample of SAMPLES) {
    it(`${sample.name}: every figure is in the gold, every prose gold figure is found at its level and period`, async () => {
      const found = await proseFigures(sample);
      const gold = goldFigures(sample.name);
      expect([...found.keys()].filter((f) => !gold.has(f))).toEqual([]);
      expect(sample.prose.map((f) => `${f} ${found.get(f) ?? 'missing'}`)).toEqual(sample.prose.map((f) => `${f} ${gold.get(f)}`));
    });
  }
});
