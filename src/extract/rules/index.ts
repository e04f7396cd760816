/**
 * The `rules` stage: prose rules over the body flow (source 'text'), each
 * sentence in the scope the document tree gives it, and over each footnote
 * body on its own (source 'footnote', with its own periods, and where it
 * states none, the scope of the sentence that holds its mark). Each sentence
 * is then read number-first for the quantities the rules left
 * (src/extract/quantities/).
 */
import type { Report } from '../../model/report.js';
import type { Stage } from '../../pipeline.js';
import { bodyFlow, footnoteFlows } from '../../text/body-flow.js';
import { levelDeskPassages, type PlacedMention } from '../../structure/desk-passages.js';
import { otherBodyAt, scopeOfOpener } from '../../structure/scope.js';
import type { Scope } from '../../structure/tree.js';
import { defaultLexicon, numberFirst } from '../quantities/index.js';
import { anchorContext, anchorScope, type DatedSentence, datedSentence, offsetOf } from './anchor-scope.js';
import { defaultRuleSet } from './load.js';
import { type ReadingFrame, readMentions } from './run.js';

export function frameOf(report: Report): ReadingFrame {
  const { periodStart, periodEnd, reportDate, unitLevel, unitName } = report.meta;
  return { periodStart, periodEnd, reportDate, unitLevel, department: /^Sở\s/u.test(unitName) };
}

export function extractProse(report: Report): void {
  const ruleSet = defaultRuleSet();
  const lexicon = defaultLexicon();
  const structure = report.structure;
  const plain = frameOf(report);
  const openingScope = structure && ((text: string) => scopeOfOpener(text, structure.context, 'sentence'));
  const otherBody = structure && ((text: string, at: number) => otherBodyAt(text, at, structure.context.meta));
  const body = structure?.flow ?? bodyFlow(report);
  const notes = footnoteFlows(report).filter(({ flow }) => flow.text.length > 0);
  // A note that dates its anchor sentence's data ("¹ Số liệu tính đến ngày …") scopes that whole sentence.
  const dated = notes.flatMap(({ number, flow }) => {
    const anchor = report.footnoteAnchors.get(number);
    const found = anchor ? datedSentence(body, anchor, flow, ruleSet, plain) : null;
    return found ? [found] : [];
  });
  const scopeAt = datedScopes(dated, structure?.tree.scopeAt);
  const bodyFrame: ReadingFrame = structure ? { ...plain, scopeAt, openingScope, otherBodyAt: otherBody } : { ...plain, scopeAt };
  // A table's figures (read before) sit, for the desk's passage, at the end of the body text before the table: a
  // table closes the passage its lead-in opened ("Kết quả tại các xã như sau:"), the next heading opens another.
  const placed: PlacedMention[] = structure
    ? report.mentions.filter((m) => m.source === 'table').map((mention) => ({ mention, at: lastCharBefore(body.text, offsetOf(body, mention.place)) }))
    : [];
  if (body.text.length > 0) {
    const read = readMentions(body, ruleSet, ruleSet.rules, bodyFrame, 'text', numberFirst({ lexicon }));
    report.mentions.push(...read);
    placed.push(...read.map((mention) => ({ mention, at: offsetOf(body, mention.place) })));
  }
  for (const { number, flow } of notes) {
    // A note reads in the scope of the sentence that holds its mark (its offsets are its own flow's).
    const anchor = report.footnoteAnchors.get(number);
    const scope = anchor ? anchorScope(body, anchor, ruleSet, plain, structure?.tree) : {};
    // …and number-first reading gives its quantities what the anchor's figure (or words) count.
    const context = anchor ? anchorContext(body, anchor, report.mentions) : null;
    const read = readMentions(flow, ruleSet, ruleSet.rules, { ...plain, openingScope, otherBodyAt: otherBody, scopeAt: () => scope }, 'footnote', numberFirst({ lexicon, anchor: context ?? undefined }));
    report.mentions.push(...read);
    if (anchor) placed.push(...read.map((mention) => ({ mention, at: offsetOf(body, anchor) })));
  }
  // The unit's own desk beside lower-level figures of the same passage is the unit's level (structure/desk-passages.ts).
  if (structure) levelDeskPassages(body.text, structure.tree, structure.context, placed);
}

/** The offset of the last non-space character of `text` before `offset` (0 when there is none). */
function lastCharBefore(text: string, offset: number): number {
  let at = offset - 1;
  while (at > 0 && /\s/u.test(text[at])) at--;
  return Math.max(0, at);
}

/** The tree's scope at a body offset, with the period a dated note gives the sentence holding its mark. */
function datedScopes(dated: readonly DatedSentence[], tree?: (offset: number) => Scope): ((offset: number) => Scope) | undefined {
  if (dated.length === 0) return tree;
  return (offset) => {
    const scope = tree?.(offset) ?? {};
    const note = dated.find(({ span }) => span.start <= offset && offset < span.end);
    return note ? { ...scope, period: note.period } : scope;
  };
}

export const rulesStage: Stage = { name: 'rules', run: extractProse };
