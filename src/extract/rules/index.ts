/**
 * The `rules` stage: prose rules over the body flow (source 'text') and over
 * each footnote body on its own (source 'footnote', with its own periods, and
 * where it states none, the period of the sentence that holds its mark).
 */
import type { Report } from '../../model/report.js';
import type { Stage } from '../../pipeline.js';
import { bodyFlow, footnoteFlows } from '../../text/body-flow.js';
import { anchorPeriod } from './anchor-scope.js';
import { defaultRuleSet } from './load.js';
import { type ReadingFrame, readMentions } from './run.js';

export function frameOf(report: Report): ReadingFrame {
  const { periodStart, periodEnd, reportDate, unitLevel } = report.meta;
  return { periodStart, periodEnd, reportDate, unitLevel };
}

export function extractProse(report: Report): void {
  const ruleSet = defaultRuleSet();
  const frame = frameOf(report);
  const body = bodyFlow(report);
  if (body.text.length > 0) report.mentions.push(...readMentions(body, ruleSet, ruleSet.rules, frame, 'text'));
  for (const { number, flow } of footnoteFlows(report)) {
    if (flow.text.length === 0) continue;
    const anchor = report.footnoteAnchors.get(number);
    const scope = anchor ? anchorPeriod(body, anchor, ruleSet, frame) : null;
    report.mentions.push(...readMentions(flow, ruleSet, ruleSet.rules, frame, 'footnote', scope));
  }
}

export const rulesStage: Stage = { name: 'rules', run: extractProse };
