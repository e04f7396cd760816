/**
 * Vietnamese sentence spans of a running text. A sentence ends at . ! ? …
 * followed by white space (so "1.182", "99,5" and "TP. Hà Tĩnh" stay whole),
 * before a line that starts a list item or a numbered row ("- ", "+ ",
 * "• ", "a) ", "(2) ", "1. ", "4.1. ", "3.4.1"), and before a row number inside a
 * line ("… 94,48 3.4.2 Tỷ lệ …"). A line that ends without punctuation, and blank lines,
 * continue the sentence: PDF text wraps anywhere. No span is longer than
 * MAX_SENTENCE (text/sentence-cap.ts).
 */

import { capCuts } from '../../text/sentence-cap.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Words whose full stop is an abbreviation's ("TP. Hà Tĩnh", "ThS. Nguyễn"). */
const ABBREVIATIONS = new Set(['tp', 'tx', 'tt', 'ths', 'ts', 'pgs', 'gs', 'bs', 'q', 'p', 'st', 'đ/c', 'v.v']);

// "3.4.1 Tỷ lệ …" (1–2 digit parts, so a wrapped "1.182 hồ sơ" or "201. Đã …", a count ending its sentence, is not one).
const LIST_ITEM = /^[ \t]*(?:[-+•–*][ \t]|[a-zđ]\)[ \t]|\((?:\d{1,2}|[a-zđ])\)[ \t]|\d{1,2}(?:\.\d+)*[.)](?:[ \t]|$)|\d{1,2}(?:\.\d{1,2})+(?:[ \t]|$)|[IVX]+\.[ \t])/u;

// A row number inside a line (tables flowed into text): "… % 94,48 3.4.2 Tỷ lệ …", "… Thủ tục 8 3.1.3. Tổng số …".
const ROW_NUMBER_MIDLINE = /(?<=[ \t])(?:\d{1,2}\.\d{1,2}\.\d{1,2}\.?|\d{1,2}\.\d{1,2}\.)(?=[ \t]+\p{Lu})/gu;

/** A line ending with a word that takes a number ("… dịch vụ công trực tuyến mức độ" ⏎ "3. Qua rà soát …"). */
const ENDS_IN_LABEL = /(?<![\p{L}\p{M}])(?:mức độ|mức|nhóm|điều|khoản|hạng|loại)[ \t]*$/iu;

/**
 * Whether the line starting at `start` opens with the number a label at the end of the line before wrapped onto
 * it: the label's number, not a heading's ("mức độ" ⏎ "3. Qua rà soát, …").
 */
export function wrappedLabelNumber(text: string, start: number): boolean {
  if (start <= 0 || !/^[ \t]*\d/u.test(text.slice(start, start + 4))) return false;
  return ENDS_IN_LABEL.test(text.slice(Math.max(0, start - 40), start - 1));
}

/** The '.' at `at` closes a heading number ("1.2.1. Đối với …", "II. Kết quả", "… 3.1.2. Số TTHC"), not a sentence. */
function isHeadingNumber(text: string, at: number): boolean {
  const token = /\S+$/.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? '';
  const atLineStart = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, at - token.length - 40), at - token.length));
  if (atLineStart && wrappedLabelNumber(text, text.lastIndexOf('\n', at - 1) + 1)) return false;
  if (/^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]+)$/.test(token) && atLineStart) return true;
  return /^\d{1,2}\.\d{1,2}\.\d{1,2}$/.test(token);
}

export function splitSentences(text: string): SentenceSpan[] {
  const cuts: number[] = [];
  const stop = /[.!?…]+(?=[ \t\n"”’)]*(?:\s|$))/gu;
  for (const m of text.matchAll(stop)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index).match(/[\p{L}.\/]+$/u)?.[0].toLowerCase() ?? '';
    if (m[0] === '.' && ABBREVIATIONS.has(before)) continue;
    if (m[0] === '.' && isHeadingNumber(text, m.index)) continue;
    cuts.push(m.index + m[0].length);
  }
  for (const m of text.matchAll(ROW_NUMBER_MIDLINE)) cuts.push(m.index);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    const next = text.indexOf('\n', at + 1);
    if (LIST_ITEM.test(text.slice(at + 1, next < 0 ? text.length : next)) && !wrappedLabelNumber(text, at + 1)) cuts.push(at + 1);
  }
  cuts.sort((a, b) => a - b);
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut <= start) continue;
    const piece = text.slice(start, cut);
    const lead = piece.length - piece.trimStart().length;
    const trimmedEnd = cut - (piece.length - piece.trimEnd().length);
    if (trimmedEnd > start + lead) {
      let from = start + lead;
      for (const capped of capCuts(text, from, trimmedEnd)) {
        spans.push({ start: from, end: capped });
        from = capped;
      }
      spans.push({ start: from, end: trimmedEnd });
    }
    start = cut;
  }
  return spans;
}
