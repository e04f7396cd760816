/**
 * A footnote is read in the scope of the sentence that holds its reference
 * mark: body "… giao biên chế cho các phòng năm 2023³." and note "³ Tổng số
 * 65 biên chế." → the 65 is a 2023 figure. The anchor's period is the last
 * one the sentence states before the mark, else the one leading it. One that
 * covers the report's own period says nothing more (in a Q1 report "Kế hoạch
 * kiểm soát TTHC năm 2024¹" names a plan): the note keeps the report period.
 */
import type { Mention, Period, Place } from '../../model/report.js';
import type { DocumentTree, Scope } from '../../structure/tree.js';
import type { Flow } from '../../text/flow.js';
import type { RuleSet } from './load.js';
import { isFigure } from './level-reading.js';
import { type ReadingFrame, SentenceReader } from './run.js';
import { type SentenceSpan, splitSentences } from './sentences.js';

/** The flow offset of a place's start (the first offset at or after it; a cut mark maps to the joint). */
export function offsetOf(flow: Flow, place: Place): number {
  let lo = 0;
  let hi = flow.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = flow.locate(mid);
    if (at.page < place.page || (at.page === place.page && at.pageOffset < place.start)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The scope the anchor gives the note at `anchor`: the node's (level, body,
 * plan, period) from the document tree, the period the sentence states
 * before the mark first.
 */
export function anchorScope(body: Flow, anchor: Place, ruleSet: Pick<RuleSet, 'levels'>, frame: ReadingFrame, tree?: DocumentTree): Scope {
  if (body.text.length === 0) return {};
  const at = offsetOf(body, anchor);
  const inherited = tree?.scopeAt(at) ?? {};
  const period = anchorPeriod(body, at, ruleSet, frame);
  return period ? { ...inherited, period } : inherited;
}

/** What a note's anchor sentence says before the mark: its words, and the last figure read there (if any). */
export interface AnchorContext {
  words: string;
  figure: Mention | null;
}

/**
 * The anchor sentence's words before the mark at `anchor` and the last of `mentions` (the body's) read in
 * them: "… mới tiếp nhận 12.120 hồ sơ²." gives the note "² Quý I: 2.900 hồ sơ; …" what it counts.
 */
export function anchorContext(body: Flow, anchor: Place, mentions: readonly Mention[]): AnchorContext | null {
  if (body.text.length === 0) return null;
  const at = offsetOf(body, anchor);
  const span = splitSentences(body.text).find((s) => s.start < at && at <= s.end);
  if (!span) return null;
  let figure: Mention | null = null;
  let figureAt = -1;
  for (const m of mentions) {
    if (m.source !== 'text' || m.indicator === '') continue;
    const offset = offsetOf(body, m.place);
    if (offset >= span.start && offset < at && offset > figureAt) [figure, figureAt] = [m, offset];
  }
  return { words: body.text.slice(span.start, at), figure };
}

/** The body sentence a note's mark ends, and the period the note dates its data to. */
export interface DatedSentence {
  span: SentenceSpan;
  period: Period;
}

/**
 * A note that only dates the data of the sentence holding its mark: "Tổng số thủ tục … là 1.210, trong đó cấp
 * tỉnh 905, cấp huyện 190, cấp xã 115².", "² Số liệu tính đến ngày 31/10/2023 …". It opens with a `data_note`
 * phrase and states a period and no figure; every figure of the sentence, not only the part the mark ends, is
 * counted then. A note citing a document ("¹ Kế hoạch số 12/KH-UBND ngày 10/01/2023 …") dates nothing, nor does a
 * clause sending data elsewhere ("Số liệu tháng 12 sẽ được tổng hợp vào báo cáo năm sau").
 */
export function datedSentence(body: Flow, anchor: Place, note: Flow, ruleSet: Pick<RuleSet, 'levels'>, frame: ReadingFrame): DatedSentence | null {
  if (body.text.length === 0 || !ruleSet.levels.dataNote.test(note.text)) return null;
  const reader = new SentenceReader(note.text, 0, note, frame, 'footnote', ruleSet.levels, null);
  if (reader.tl.tokens.some(isFigure)) return null;
  const own = withoutDataElsewhere(note.text, ruleSet.levels.dataElsewhere);
  const period = own === note.text ? reader.periodBefore(note.text.length) : new SentenceReader(own, 0, note, frame, 'footnote', ruleSet.levels, null).periodBefore(own.length);
  const at = offsetOf(body, anchor);
  const span = splitSentences(body.text).find((s) => s.start < at && at <= s.end);
  return period && span ? { span, period } : null;
}

/** A clause (between , ; . and brackets) sending data to another report, blanked out: its periods date other data. */
function withoutDataElsewhere(text: string, elsewhere: RegExp): string {
  if (!elsewhere.test(text)) return text;
  return text.replace(/[^,;.()]+/gu, (clause) => (elsewhere.test(clause) ? ' '.repeat(clause.length) : clause));
}

/** The period the anchor sentence states before the mark at flow offset `at`, or null. */
function anchorPeriod(body: Flow, at: number, ruleSet: Pick<RuleSet, 'levels'>, frame: ReadingFrame): Period | null {
  // A mark after the full stop ("năm 2023.³") still belongs to the sentence it ends.
  const span = splitSentences(body.text).find((s) => s.start < at && at <= s.end);
  if (!span) return null;
  const text = body.text.slice(span.start, span.end);
  const period = new SentenceReader(text, span.start, body, frame, 'text', ruleSet.levels, null).periodBefore(at - span.start);
  const coversReport = period !== null && frame.periodStart !== '' && period.start <= frame.periodStart && period.end >= frame.periodEnd;
  return coversReport ? null : period;
}
