/**
 * change_mismatch: a stated change against the two values it connects.
 * "còn 34 người (giảm 08 …)" after "có 42 người" needs 42 − 8 = 34;
 * "650 biên chế (tăng 5 so với năm 2015)" after "năm 2015: 645 biên chế"
 * needs 645 + 5 = 650. The earlier value is the only other count of the same
 * unit in the sentence, before the new value or right after the change in the
 * same clause ("tăng 500 hồ sơ so với năm 2023 (4.600 hồ sơ)"). With none,
 * a change "so với năm 2015" takes the only count of that unit in the nearest
 * of the previous sentences that dates itself "năm 2015" ("Năm 2015, huyện
 * được giao 640 biên chế. … 650 biên chế (tăng 5 so với năm 2015)"); with
 * several, or no such sentence, there is nothing to check. A change may also
 * come first and lead to the new value ("giảm 14 đơn vị, …; đến 31/12/2020
 * có 96 đơn vị"; see changeFirst).
 */
import type { Flag, Report } from '../model/report.js';
import type { NumberToken } from '../parse/numbers.js';
import type { Flow } from '../text/flow.js';
import { type Check, flagAt, flowNumbers, sentenceStarts, sentenceStartAt, textFlows, trimEvidence, vi } from './check.js';
import { round } from './sums.js';

const ID = 'change_mismatch';
const CHANGE = /(?<!\p{L})(tăng|giảm)(\s+(thêm|bớt|đi))?\s*$/iu;
/** How far (characters) the new value may stand before its change. */
const NEAR = 40;
const SINCE_YEAR = /so với\s+(?:cùng kỳ\s+)?năm\s+(\d{4})/iu;
/** How many sentences back the value of the year compared with may stand. */
const LOOK_BACK = 3;

/**
 * The count of `unitWord` in the nearest earlier sentence dated `year`, when
 * that sentence has exactly one such count.
 */
function valueOfYear(text: string, starts: readonly number[], sentence: number, tokens: NumberToken[], unitWord: string, year: string): NumberToken | undefined {
  const index = starts.indexOf(sentence);
  for (let i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
    const [from, to] = [starts[i], starts[i + 1]];
    if (!new RegExp(`(?<!\\p{L})năm\\s+${year}(?!\\d)`, 'iu').test(text.slice(from, to))) continue;
    const counts = tokens.filter((t) => t.kind === 'integer' && t.unitWord === unitWord && t.start >= from && t.end <= to);
    return counts.length === 1 ? counts[0] : undefined;
  }
  return undefined;
}

interface Change {
  then: NumberToken;
  now: NumberToken;
  /** Start of the text the finding spans (its first sentence). */
  from: number;
}

/** The value a change leads to, later in its sentence: "còn 96 đơn vị", "đến 31/12/2020 … có 96 đơn vị". */
const LEADS_TO = /(?:(?<!\p{L})còn|(?<!\p{L})(?:đến|tính đến|hiện nay)(?!\p{L})[^.;]*(?<!\p{L})có)\s*$/iu;
/** "còn 34 người (giảm 08 …)": the new value just before its change. */
function valueFirst(text: string, starts: readonly number[], tokens: NumberToken[], i: number): Change | undefined {
  const delta = tokens[i];
  const now = tokens[i - 1];
  if (!now || now.kind !== 'integer' || !now.unitWord || delta.start - now.end > NEAR) return undefined;
  if (delta.unitWord && delta.unitWord !== now.unitWord) return undefined;
  const sentence = sentenceStartAt(starts, now.start);
  if (sentenceStartAt(starts, delta.start) !== sentence) return undefined;
  const ends = starts.find((s) => s > delta.end) ?? text.length;
  const clauseEnd = Math.min(ends, ...[text.indexOf(';', delta.end)].filter((i) => i >= 0));
  const before: NumberToken[] = tokens.filter(
    (t) => t !== now && t !== delta && t.kind === 'integer' && t.unitWord === now.unitWord && ((t.start >= sentence && t.end <= now.start) || (t.start >= delta.end && t.end <= clauseEnd)),
  );
  // "…; giảm 02 người, còn 28 người": the later count is the new value (changeFirst).
  if (before.some((t) => t.start >= delta.end && LEADS_TO.test(text.slice(delta.end, t.start)))) return undefined;
  const since = SINCE_YEAR.exec(text.slice(delta.end, clauseEnd));
  const then = before.length === 0 && since ? valueOfYear(text, starts, sentence, tokens, now.unitWord, since[1]) : before.length === 1 ? before[0] : undefined;
  return then && { then, now, from: Math.min(sentence, sentenceStartAt(starts, then.start)) };
}

const DATED = /(?<!\p{L})năm\s+\d{4}|(?<!\p{L})(?:đến|tính đến)\s+(?:ngày\s+)?\d/iu;

/**
 * "Năm 2015, huyện có 112 đơn vị. Sau sắp xếp, giảm 14 đơn vị, …; đến
 * 31/12/2020 toàn huyện có 96 đơn vị": the change before the value it leads
 * to; the earlier value is the only count of the unit before the change in
 * its sentence, or else in the previous sentence when that one is dated.
 */
function changeFirst(text: string, starts: readonly number[], tokens: NumberToken[], delta: NumberToken): Change | undefined {
  if (!delta.unitWord) return undefined;
  const sentence = sentenceStartAt(starts, delta.start);
  const ends = starts.find((s) => s > delta.end) ?? text.length;
  const same = tokens.filter((t) => t !== delta && t.kind === 'integer' && t.unitWord === delta.unitWord);
  const now = same.find((t) => t.start >= delta.end && t.end <= ends);
  if (!now || !LEADS_TO.test(text.slice(delta.end, now.start))) return undefined;
  const inSentence = same.filter((t) => t.start >= sentence && t.end <= delta.start);
  if (inSentence.length > 1) return undefined;
  if (inSentence.length === 1) return { then: inSentence[0], now, from: sentence };
  const previous = starts[starts.indexOf(sentence) - 1];
  if (previous === undefined || !DATED.test(text.slice(previous, sentence))) return undefined;
  const earlier = same.filter((t) => t.start >= previous && t.end <= sentence);
  return earlier.length === 1 ? { then: earlier[0], now, from: previous } : undefined;
}

function scanFlow(flow: Flow): Flag[] {
  const text = flow.text.replaceAll('\n', ' ');
  const tokens = flowNumbers(flow).filter((t) => !t.qualifier);
  const starts = sentenceStarts(text);
  const flags: Flag[] = [];
  tokens.forEach((delta, i) => {
    if (delta.kind !== 'integer') return;
    const cue = CHANGE.exec(text.slice(Math.max(0, delta.start - 20), delta.start));
    if (!cue) return;
    const found = valueFirst(text, starts, tokens, i) ?? changeFirst(text, starts, tokens, delta);
    if (!found) return;
    const { then, now, from } = found;
    const rising = cue[1].toLowerCase() === 'tăng';
    const expected = round(rising ? then.value + delta.value : then.value - delta.value);
    if (expected === round(now.value)) return;
    const sign = rising ? '+' : '−';
    const ends = starts.find((s) => s > Math.max(delta.end, now.end)) ?? text.length;
    flags.push(
      flagAt(ID, 'warning', `Số liệu thay đổi không khớp: ${vi(then.value)} ${sign} ${vi(delta.value)} = ${vi(expected)} ≠ ${vi(now.value)} ${now.unitWord}`, flow.place(Math.min(now.start, delta.start), Math.max(now.end, delta.end)), {
        expected: vi(expected),
        actual: vi(now.value),
        evidence: trimEvidence(text.slice(from, ends)),
      }),
    );
  });
  return flags;
}

export const changeMismatch: Check = {
  id: ID,
  description: 'A stated increase or decrease does not connect the two stated values.',
  run: (report: Report) => textFlows(report).flatMap(scanFlow),
};
