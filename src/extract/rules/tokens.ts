/**
 * A sentence as rules see it: a "token line" of match-form words and
 * punctuation, each followed by one space, where every number and period is
 * one typed placeholder (`⟦N3⟧`). Patterns compile to regexes over this line
 * (template.ts); each token keeps its span in the sentence text.
 */
import type { NumberToken } from '../../parse/numbers.js';
import type { PeriodToken } from '../../parse/periods.js';
import { boundedMemo } from '../../bounded-memo.js';
import { matchForm } from '../../text/match-form.js';
import type { PlaceholderLetter } from './template.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A word (letters and digits) or a single punctuation mark. */
const WORD_OR_MARK = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Words (letters and digits) and single punctuation marks. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(WORD_OR_MARK);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

/**
 * A number after one of these is a label, read as a word ("mức độ 3, 4", "Điều 5", "nhóm 2"); "danh mục 356 thủ tục"
 * is a count. A form or an appendix is a reference, with or without "số" ("tổng hợp tại Biểu số 04", "Phụ lục số 2",
 * "theo Mẫu số 06", "Biểu mẫu 01"). A programme named by its number is a name ("Đề án 06", "Đề án 30 của Chính
 * phủ"); programmes counted come before the noun ("phê duyệt 03 đề án").
 */
const LABEL_WORD =
  '(?<![\\p{L}\\p{M}])(?:mức\\s+độ|điều|khoản|chương|(?<!danh\\s+)mục|phụ\\s+lục|biểu(?:\\s+mẫu)?|mẫu\\s+số|bước|nhóm|loại|tiêu\\s+chí|đề\\s+án)(?:\\s+số)?';
const LABEL_BEFORE = new RegExp(`${LABEL_WORD}\\s*$`, 'iu');
/** A list of labels goes on by single digits: "mức độ 3, 4" is two labels, "mức độ 3 và 12 TTHC" a label and a count. */
const LABEL_LIST_BEFORE = new RegExp(`${LABEL_WORD}(?:\\s*\\d\\s*(?:,|và|-|;))+\\s*$`, 'iu');
/** A number followed by one of these is a duration, a date part or a count of rounds, not a figure ("3 tháng đầu năm", "thi tuyển 02 kỳ"). */
const TIME_UNIT = /^\s*(?:tháng|ngày|năm|quý|tuần|giờ|phút|buổi|kỳ)(?![\p{L}\p{M}])/iu;

export interface Placeholder {
  letter: PlaceholderLetter;
  start: number;
  end: number;
  number?: NumberToken;
  period?: PeriodToken;
}

export interface LineToken extends Token {
  /** Offset of this token in the token line. */
  at: number;
  placeholder?: Placeholder;
}

export interface TokenLine {
  line: string;
  tokens: LineToken[];
  placeholders: Placeholder[];
}

/** "gấp hơn 3 lần", "tăng 2,5 lần so với …": a multiplier, not a figure ("kiểm tra 3 lần" still counts times). */
const MULTIPLIER_BEFORE = /(?<![\p{L}\p{M}])(?:gấp|tăng|giảm)(?:\s+(?:hơn|gần|khoảng|trên|xấp\s+xỉ|được))?\s*$/iu;
const TIMES_AFTER = /^\s*lần(?![\p{L}\p{M}])/iu;

function letterOf(n: NumberToken, text: string): PlaceholderLetter {
  if (n.malformed) return 'X'; // unreadable: never a figure
  switch (n.kind) {
    case 'percent':
      return 'P';
    case 'money':
      return 'M';
    case 'ratio':
      return 'R';
    default:
      if (TIMES_AFTER.test(text.slice(n.end)) && MULTIPLIER_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start))) return 'T';
      return TIME_UNIT.test(text.slice(n.end)) ? 'T' : 'N';
  }
}

/**
 * Match forms of words already seen: a report repeats a few thousand words, and every sentence is tokenised
 * (its opening words by the document tree too). Cleared when full: memory stays bounded over a batch.
 */
export const wordForm = boundedMemo(50_000, matchForm);

const BASELINE_BEFORE = /so\s+v[ớơ]i\s+(?:cùng\s+kỳ\s+)?$/iu;
/** After a baseline: a "khi" clause, a parenthesis or "là" and a number that states the baseline's own figure. */
const WHEN_AFTER = /^\s*(?:,\s*khi(?![\p{L}\p{M}])|\(|là\s*\d)/iu;
/** "so với năm 2015 là 10,2%": a share after a plain year's baseline is the change against it, not the baseline's own. */
const SHARE_AFTER = /^\s*là\s*[\d.,]+\s*%/u;
const SAME_SPAN_BASELINE = /cùng\s+kỳ\s+$/iu;

/** Build the token line of `text`. Periods win over numbers they overlap (a year is not a count). */
export function tokenLine(text: string, numbers: readonly NumberToken[], periods: readonly PeriodToken[]): TokenLine {
  const taken: Placeholder[] = [];
  const overlaps = (s: number, e: number) => taken.some((p) => s < p.end && p.start < e);
  for (const p of periods) {
    // "so với năm 2015" names a baseline, not the figure's period: it stays words a pattern can require. Unless a
    // "khi" clause or a parenthesis states the baseline's own figure: "so với tháng 2/2024, khi Trung tâm tiếp nhận
    // 6.300 hồ sơ", "so với tháng 2/2024 (nhận 6.300 hồ sơ)", "so với cùng kỳ năm 2023 là 14 văn bản".
    const lead = text.slice(Math.max(0, p.start - 24), p.start);
    const after = text.slice(p.end);
    const ownFigure = WHEN_AFTER.test(after) && !(SHARE_AFTER.test(after) && !SAME_SPAN_BASELINE.test(lead));
    if (BASELINE_BEFORE.test(lead) && !ownFigure) continue;
    if (!overlaps(p.start, p.end)) taken.push({ letter: 'D', start: p.start, end: p.end, period: p });
  }
  for (const n of numbers) {
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    if (overlaps(n.start, n.end) || LABEL_BEFORE.test(before) || (n.end - n.start === 1 && LABEL_LIST_BEFORE.test(before))) continue;
    // The unit is part of a percentage or an amount ("99 %", "19,850 tỷ đồng").
    const end = (n.kind === 'percent' || n.kind === 'money') && n.unitEnd !== undefined ? n.unitEnd : n.end;
    taken.push({ letter: letterOf(n, text), start: n.start, end, number: n });
  }
  taken.sort((a, b) => a.start - b.start);

  const tokens: LineToken[] = [];
  const placeholders: Placeholder[] = [];
  let line = '';
  const push = (t: Token, shown: string, placeholder?: Placeholder) => {
    tokens.push({ text: t.text, start: t.start, end: t.end, at: line.length, placeholder });
    line += shown + ' ';
  };
  let cursor = 0;
  // The words between placeholders, each made a line token at once (no Token of its own first: every sentence is tokenised).
  const words = (to: number) => {
    WORD_OR_MARK.lastIndex = cursor;
    for (let m = WORD_OR_MARK.exec(text); m && m.index < to; m = WORD_OR_MARK.exec(text)) {
      const end = Math.min(m.index + m[0].length, to);
      const word = end === m.index + m[0].length ? m[0] : text.slice(m.index, end);
      tokens.push({ text: word, start: m.index, end, at: line.length, placeholder: undefined });
      line += wordForm(word) + ' ';
    }
  };
  for (const p of taken) {
    words(p.start);
    push({ text: text.slice(p.start, p.end), start: p.start, end: p.end }, `⟦${p.letter}${placeholders.length}⟧`, p);
    placeholders.push(p);
    cursor = p.end;
  }
  words(text.length);
  return { line, tokens, placeholders };
}

/** Index of the token that starts at `at` in the token line (or the last one before it). */
export function tokenAt(tl: TokenLine, at: number): number {
  let lo = 0;
  let hi = tl.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tl.tokens[mid].at <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
