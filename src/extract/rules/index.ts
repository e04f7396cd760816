/**
 * The `rules` stage: prose rules over the body flow (source 'text'), each
 * sentence in the scope the document tree gives it, and over each footnote
 * body on its own (source 'footnote', with its own periods).
 */
import type { Report } from '../../model/report.js';
import type { Stage } from '../../pipeline.js';
import { bodyFlow, footnoteFlows } from '../../text/body-flow.js';
import { defaultRuleSet } from './load.js';
import { scopeOfOpener } from '../../structure/scope.js';
import { type ReadingFrame, readMentions } from './run.js';

export function frameOf(report: Report): ReadingFrame {
  const { periodStart, periodEnd, reportDate, unitLevel } = report.meta;
  return { periodStart, periodEnd, reportDate, unitLevel };
}

export function extractProse(report: Report): void {
  const ruleSet = defaultRuleSet();
  const structure = report.structure;
  const plain = frameOf(report);
  const openingScope = structure && ((text: string) => scopeOfOpener(text, structure.context, false));
  const body = structure?.flow ?? bodyFlow(report);
  const bodyFrame: ReadingFrame = structure ? { ...plain, scopeAt: structure.tree.scopeAt, openingScope } : plain;
  if (body.text.length > 0) report.mentions.push(...readMentions(body, ruleSet, ruleSet.rules, bodyFrame, 'text'));
  // A footnote's offsets are its own flow's: it reads its own words' scope only.
  const noteFrame: ReadingFrame = { ...plain, openingScope };
  for (const { flow } of footnoteFlows(report)) {
    if (flow.text.length > 0) report.mentions.push(...readMentions(flow, ruleSet, ruleSet.rules, noteFrame, 'footnote'));
  }
}

export const rulesStage: Stage = { name: 'rules', run: extractProse };
