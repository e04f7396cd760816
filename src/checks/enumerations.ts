/**
 * Enumerations in running text, for any quantity (in the catalogue or not):
 * "N <unit>, trong đó/gồm: a <unit> …, b <unit> …". Parts are the counts
 * after the cue that carry the total's unit word (hồ sơ, nhiệm vụ, người, …),
 * outside nested brackets and before the sentence ends, a new cue starts or
 * a clause states another measure ("; đã giải quyết …").
 * Only parts above the total are reported (error): parts below it are
 * usually a list of SOME parts ("trong đó có 03 …") or leave out a channel
 * the text does not name (8.803 hồ sơ = 4.167 + 2.515 + 2.119 + 2 BCCI).
 */
import type { Flag, Report } from '../model/report.js';
import type { NumberToken } from '../parse/numbers.js';
import type { Flow } from '../text/flow.js';
import { flagAt, flowNumbers, sentenceStarts, sentenceStartAt, textFlows, trimEvidence, vi } from './check.js';
import { round, sumMessage, sumOf } from './sums.js';

const ID = 'sum_mismatch';
const CUE = /(?<!\p{L})(trong đó|bao gồm|gồm)(?!\p{L})(\s+có)?\s*:?/giu;
const SENTENCE_END = /[.!?](?=\s|$)/gu;
// A clause that opens with one of these states another measure of the same
// thing ("…, trong đó 600 hồ sơ trực tuyến; đã giải quyết 950 hồ sơ"): the list ends there.
// Parts counted at different stages ("8 đơn vị đạt, 10 đơn vị đã kiểm tra") are no partition.
const STAGE = /(?<!\p{L})(tiếp nhận|giải quyết|hoàn thành|đạt|kiểm tra|ban hành|trả kết quả|xử lý|tuyển dụng|đào tạo|bồi dưỡng|khảo sát|số hóa|công khai|thanh tra|tham gia)(?!\p{L})/giu;
const NEXT_MEASURE = /[;,]\s+(?:[-+•]\s*)?(?:số|tổng|tỷ lệ|đã|đang|chưa|còn|có|lũy kế)(?!\p{L})/iu;

/** Counts with their unit word ("24 nhiệm vụ"). */
function countsOf(flow: Flow): NumberToken[] {
  return flowNumbers(flow).filter((t) => t.kind === 'integer' && t.unitWord && !t.qualifier);
}

/** Bracket depth at every offset of `text`. */
function depthAt(text: string): number[] {
  const depth: number[] = [];
  let d = 0;
  for (const ch of text) {
    if (ch === '(') d++;
    depth.push(d);
    if (ch === ')') d = Math.max(0, d - 1);
  }
  return depth;
}

/** Brackets still open at the end of `text`. */
function openBrackets(text: string): number {
  let d = 0;
  for (const ch of text) d = ch === '(' ? d + 1 : ch === ')' ? Math.max(0, d - 1) : d;
  return d;
}

/** Whether the parts are counted at one stage: the stage words of their clauses never differ. */
function sameStage(text: string, from: number, parts: NumberToken[]): boolean {
  const stages = new Set<string>();
  parts.forEach((part, i) => {
    const clauseEnd = parts[i + 1]?.start ?? text.slice(part.end).search(/[,;.]/) + part.end;
    for (const m of text.slice(i === 0 ? from : parts[i - 1].end, clauseEnd).matchAll(STAGE)) stages.add(m[1].toLowerCase());
  });
  return stages.size <= 1;
}

function windowEnd(text: string, from: number): number {
  const stop = new RegExp(SENTENCE_END.source, 'gu');
  stop.lastIndex = from;
  const cue = new RegExp(CUE.source, 'giu');
  cue.lastIndex = from;
  return Math.min(stop.exec(text)?.index ?? text.length, cue.exec(text)?.index ?? text.length);
}

/** A stated total and the parts a cue lists for it, in one sentence. */
export interface Enumeration {
  total: NumberToken;
  parts: NumberToken[];
  /** The sentence up to the end of the list, flattened. */
  text: string;
  flow: Flow;
}

/** First index of `tokens` (in text order) that starts at or after `at`. */
function firstFrom(tokens: readonly NumberToken[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens that start in [from, to): a cue looks at its sentence's numbers, not the whole flow's (linear in the text). */
function startingIn(tokens: readonly NumberToken[], from: number, to: number): NumberToken[] {
  return tokens.slice(firstFrom(tokens, from), firstFrom(tokens, to));
}

function scanFlow(flow: Flow): Enumeration[] {
  const text = flow.text;
  const counts = countsOf(flow);
  const starts = sentenceStarts(text, SENTENCE_END);
  const found: Enumeration[] = [];
  for (const cue of text.matchAll(CUE)) {
    const at = cue.index;
    let start = sentenceStartAt(starts, at);
    // "… giao 24 nhiệm vụ. Trong đó …": the cue opens a sentence, the total ends the previous one.
    if (start > 0 && text.slice(start, at).trim() === '') start = sentenceStartAt(starts, start - 1);
    // Not a count inside brackets closed before the cue: "856 hồ sơ (quý I: 402 …, quý II: 436 …), trong đó …" lists parts of the 856.
    const before = depthAt(text.slice(start, at));
    const cueDepth = openBrackets(text.slice(start, at));
    const total = startingIn(counts, start, at).filter((t) => t.end <= at && before[t.start - start] <= cueDepth).at(-1);
    if (!total) continue;

    const from = at + cue[0].length;
    const window = text.slice(from, windowEnd(text, from));
    const depth = depthAt(window);
    // Inside the cue's own bracket ("(trong đó có 03 …, 02 …)"): up to its closing bracket.
    const close = [...window].findIndex((ch, i) => ch === ')' && depth[i] === 0);
    const bracketed = close >= 0 ? window.slice(0, close) : window;
    const next = NEXT_MEASURE.exec(bracketed);
    let end = from + (next ? next.index : bracketed.length);
    const inList = (t: NumberToken) => t.start >= from && t.end <= end && t.unitWord === total.unitWord && depth[t.start - from] === 0;
    // Items separated by commas end at a semicolon ("nam 20 người, nữ 22 người; đảng viên 40 người").
    const first = startingIn(counts, from, end).find(inList);
    if (first && /[,;]/.exec(text.slice(first.end, end))?.[0] === ',') {
      const semicolon = text.indexOf(';', first.end);
      if (semicolon >= 0 && semicolon < end) end = semicolon;
    }
    const parts = startingIn(counts, from, end).filter(inList);
    if (parts.length < 2 || !sameStage(text, from, parts)) continue;
    found.push({ total, parts, text: trimEvidence(text.slice(start, end + 1)), flow });
  }
  return found;
}

/** Every enumeration of the report's text, whether it adds up or not. */
export function textEnumerations(report: Report): Enumeration[] {
  return textFlows(report).flatMap(scanFlow);
}

export function enumerationFlags(report: Report): Flag[] {
  return textEnumerations(report).flatMap(({ total, parts, text, flow }) => {
    const values = parts.map((p) => p.value);
    if (round(sumOf(values) - total.value) <= 0) return [];
    return [
      flagAt(ID, 'error', sumMessage(`${total.raw} ${total.unitWord}`, { total: total.value, parts: values }), flow.place(total.start, total.end), {
        expected: vi(total.value),
        actual: vi(sumOf(values)),
        evidence: text,
      }),
    ];
  });
}
