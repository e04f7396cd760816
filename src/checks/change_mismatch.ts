/**
 * change_mismatch: a stated change against the two values it connects.
 * "còn 34 người (giảm 08 …)" after "có 42 người" needs 42 − 8 = 34;
 * "650 biên chế (tăng 5 so với năm 2015)" after "năm 2015: 645 biên chế"
 * needs 645 + 5 = 650. The earlier value is the only other count of the same
 * unit in the sentence, before the new value or right after the change in the
 * same clause ("tăng 500 hồ sơ so với năm 2023 (4.600 hồ sơ)"); with none or
 * several there is nothing to check.
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

function scanFlow(flow: Flow): Flag[] {
  const text = flow.text.replaceAll('\n', ' ');
  const tokens = flowNumbers(flow).filter((t) => !t.qualifier);
  const starts = sentenceStarts(text);
  const flags: Flag[] = [];
  tokens.forEach((delta, i) => {
    if (delta.kind !== 'integer') return;
    const cue = CHANGE.exec(text.slice(Math.max(0, delta.start - 20), delta.start));
    if (!cue) return;
    const now = tokens[i - 1];
    if (!now || now.kind !== 'integer' || !now.unitWord || delta.start - now.end > NEAR) return;
    if (delta.unitWord && delta.unitWord !== now.unitWord) return;
    const sentence = sentenceStartAt(starts, now.start);
    const ends = starts.find((s) => s > delta.end) ?? text.length;
    const clauseEnd = Math.min(ends, ...[text.indexOf(';', delta.end)].filter((i) => i >= 0));
    const before: NumberToken[] = tokens.filter(
      (t) => t !== now && t !== delta && t.kind === 'integer' && t.unitWord === now.unitWord && ((t.start >= sentence && t.end <= now.start) || (t.start >= delta.end && t.end <= clauseEnd)),
    );
    if (before.length !== 1) return;
    const [then] = before;
    const rising = cue[1].toLowerCase() === 'tăng';
    const expected = round(rising ? then.value + delta.value : then.value - delta.value);
    if (expected === round(now.value)) return;
    const sign = rising ? '+' : '−';
    flags.push(
      flagAt(ID, 'warning', `Số liệu thay đổi không khớp: ${vi(then.value)} ${sign} ${vi(delta.value)} = ${vi(expected)} ≠ ${vi(now.value)} ${now.unitWord}`, flow.place(now.start, delta.end), {
        expected: vi(expected),
        actual: vi(now.value),
        evidence: trimEvidence(text.slice(sentence, ends)),
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
