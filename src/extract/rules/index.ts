/**
 * The `rules` stage: prose rules over the body flow (source 'text') and over
 * each footnote body on its own (source 'footnote', with its own periods),
 * each sentence then read number-first for the quantities the rules left
 * (src/extract/quantities/).
 */
import type { Report } from '../../model/report.js';
import type { Stage } from '../../pipeline.js';
import { bodyFlow, footnoteFlows } from '../../text/body-flow.js';
import type { Flow } from '../../text/flow.js';
import { defaultLexicon, numberFirst, type ScopeProvider } from '../quantities/index.js';
import { defaultRuleSet } from './load.js';
import { type ReadingFrame, readMentions } from './run.js';

export function frameOf(report: Report): ReadingFrame {
  const { periodStart, periodEnd, reportDate, unitLevel } = report.meta;
  return { periodStart, periodEnd, reportDate, unitLevel };
}

/** The scope of each place of a flow (period, level, body), from the document's structure; default: none known. */
export type FlowScopes = (flow: Flow) => ScopeProvider;

export function extractProse(report: Report, scopesOf: FlowScopes = () => () => ({})): void {
  const ruleSet = defaultRuleSet();
  const lexicon = defaultLexicon();
  const frame = frameOf(report);
  const read = (flow: Flow, source: 'text' | 'footnote') =>
    readMentions(flow, ruleSet, ruleSet.rules, frame, source, numberFirst({ lexicon, scopeAt: scopesOf(flow) }));
  const body = bodyFlow(report);
  if (body.text.length > 0) report.mentions.push(...read(body, 'text'));
  for (const { flow } of footnoteFlows(report)) {
    if (flow.text.length > 0) report.mentions.push(...read(flow, 'footnote'));
  }
}

export const rulesStage: Stage = { name: 'rules', run: (report) => extractProse(report) };
