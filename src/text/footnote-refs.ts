/**
 * Footnote reference marks in the body. Text extraction (PDF, DOCX, TXT)
 * prints a superscript reference as digits glued to what comes before:
 * "năm 20241" (2024 + note 1), "0,52%19", "ban hành4", "UBND)7". Reading
 * "20241" as a number would be wrong, so the marks are found here and left
 * out of the body flow.
 *
 * Footnotes are numbered 1, 2, 3 … in reading order, and the mark of note N
 * comes after the mark of note N-1 and before the body of note N (on the
 * same page in a PDF). So for each note the first glued occurrence of its
 * number in that window is its mark. Marks the reader saw (DOCX note
 * references, SourceLine.noteMarks) are taken as they are.
 *
 * A mark glued to a number ("quá hạn 112)": 11 and mark 2) is ambiguous, so
 * it is taken only where the note's body is about that item: it repeats the
 * two words before the number, or its figures add up to what is left. Without
 * such a mark, the first loose one that leaves a well-formed number
 * ("2.912" is not "2.91" and mark 2: a group of thousands has three digits).
 */
import type { Place, Report, SourceLine } from '../model/report.js';

export interface FootnoteRef {
  page: number;
  line: number;
  /** Offset of the mark's first digit in the page text. */
  pageOffset: number;
  number: number;
  /** The body line that carries the mark, and where in its text. */
  source: SourceLine;
  lineStart: number;
  lineEnd: number;
}

/** What a mark may be glued to: a letter, a closing mark, punctuation after a word, or a year. */
const GLUED_TO = String.raw`(?<=\p{L}|[)\]”"’'%]|(?<![\p{N}])[.,;:]|(?<![\p{N}.,])(?:19|20)\d\d)`;
/** Fallback when no mark is glued that way: digits ending a word that is not the first of its line ("mức độ 3,4.2"). */
const LOOSELY_GLUED_TO = String.raw`(?<=\s\S*\S)`;

function markPattern(n: number, glued: string, end: string): RegExp {
  return new RegExp(String.raw`${glued}${n}(?![\p{N}]|[.,]\p{N}|/)${end}`, 'gu');
}
const strictMark = (n: number) => markPattern(n, GLUED_TO, '');
const looseMark = (n: number) => markPattern(n, LOOSELY_GLUED_TO, String.raw`(?=\s|$)`);
/** A mark glued to a number: the label words before it, the number left without it, the mark (the last group, as in findMark). */
const numberMark = (n: number) =>
  new RegExp(String.raw`((?:\p{L}+\s+){0,2})(?<![\p{N}.,])(\d+(?:[.,]\d+)*)(${n})(?![\p{N}]|[.,]\p{N}|/)(?=[\s.,;:)]|$)`, 'gu');
/** Digits left before a loose mark that no number ends with: a last group of thousands cut short ("2.91"). */
const CUT_GROUP = /(?<![\p{N}.,])\d{1,3}(?:\.\d{3})*\.\d{1,2}$/u;

interface Position {
  index: number; // index into the report's line list
  char: number; // index into the line's text
}

interface FootnoteStart {
  number: number;
  index: number; // line list index of the note's first body line
}

function footnoteStarts(lines: SourceLine[]): FootnoteStart[] {
  const seen = new Set<number>();
  const out: FootnoteStart[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'footnote' || line.footnote === undefined || seen.has(line.footnote)) return;
    seen.add(line.footnote);
    out.push({ number: line.footnote, index });
  });
  return out.sort((a, b) => a.number - b.number);
}

type Found = { index: number; start: number; end: number };

function findMark(lines: SourceLine[], re: RegExp, from: Position, to: number, accept: (text: string, m: RegExpExecArray) => boolean = () => true): Found | null {
  for (let i = from.index; i < to; i++) {
    const line = lines[i];
    if (line.kind !== 'body') continue;
    re.lastIndex = i === from.index ? from.char : 0;
    for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
      if (accept(line.text, m)) return { index: i, start: m.index + m[0].length - m[m.length - 1].length, end: m.index + m[0].length };
    }
  }
  return null;
}

const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
const numberValue = (raw: string) => Number(raw.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.'));

/** Is note n's body about the number a mark glued to it would leave: its label words, or figures that add up to it? */
function bodyIsAbout(lines: SourceLine[], n: number, label: string, left: string): boolean {
  const body = fold(
    lines
      .filter((l) => l.kind === 'footnote' && l.footnote === n)
      .map((l) => l.text)
      .join(' ')
      .replace(/^\s*\d{1,3}/, ''),
  );
  const words = fold(label).trim();
  if (words.split(' ').length === 2 && ` ${body} `.replace(/[^\p{L}\p{N}]+/gu, ' ').includes(` ${words} `)) return true;
  const figures = [...body.matchAll(/(?<![\p{N}/])\d+(?:[.,]\d+)*(?![\p{N}/])/gu)].map((m) => numberValue(m[0]));
  return figures.length >= 2 && figures.reduce((a, b) => a + b, 0) === numberValue(left);
}

/** The mark of note n the reader recorded, as [start, end) in the repaired text, if its digits survived repair. */
function recordedMark(line: SourceLine, n: number): { start: number; end: number } | null {
  const mark = line.noteMarks?.find((m) => m.footnote === n);
  if (!mark) return null;
  const toText = (rawOffset: number) => (line.rawIndex ? line.rawIndex.findIndex((r) => r >= rawOffset) : rawOffset);
  const start = toText(mark.start);
  const end = toText(mark.end);
  return start >= 0 && line.text.slice(start, end) === String(n) ? { start, end } : null;
}

function recordedMarks(lines: SourceLine[]): Map<number, { index: number; start: number; end: number }> {
  const out = new Map<number, { index: number; start: number; end: number }>();
  lines.forEach((line, index) => {
    if (line.kind !== 'body') return;
    for (const { footnote } of line.noteMarks ?? []) {
      const at = recordedMark(line, footnote);
      if (at && !out.has(footnote)) out.set(footnote, { index, ...at });
    }
  });
  return out;
}

const cache = new WeakMap<Report, { pages: Report['pages']; refs: FootnoteRef[] }>();

/** The reference mark of every footnote that has one, in reading order. */
export function footnoteRefsOf(report: Report): FootnoteRef[] {
  const cached = cache.get(report);
  if (cached && cached.pages === report.pages) return cached.refs;
  const lines = report.pages.flatMap((p) => p.lines);
  const refs: FootnoteRef[] = [];
  const recorded = recordedMarks(lines);
  let cursor: Position = { index: 0, char: 0 };
  for (const note of footnoteStarts(lines)) {
    const exact = recorded.get(note.number);
    if (exact) {
      const line = lines[exact.index];
      refs.push({ page: line.page, line: line.line, pageOffset: line.offset + exact.start, number: note.number, source: line, lineStart: exact.start, lineEnd: exact.end });
      cursor = { index: exact.index, char: exact.end };
      continue;
    }
    // The body of the note bounds the search; the note's own page is tried first.
    const bound = note.index > cursor.index ? note.index : lines.length;
    const page = lines[note.index].page;
    const firstOfPage = lines.findIndex((l) => l.page === page);
    const samePage = firstOfPage > cursor.index ? { index: firstOfPage, char: 0 } : cursor;
    const strict = strictMark(note.number);
    const found =
      findMark(lines, strict, samePage, bound) ??
      findMark(lines, strict, cursor, bound) ??
      findMark(lines, numberMark(note.number), cursor, bound, (_, m) => !CUT_GROUP.test(m[2]) && bodyIsAbout(lines, note.number, m[1], m[2])) ??
      findMark(lines, looseMark(note.number), cursor, bound, (text, m) => !CUT_GROUP.test(text.slice(0, m.index)));
    if (!found) continue;
    const line = lines[found.index];
    refs.push({
      page: line.page,
      line: line.line,
      pageOffset: line.offset + found.start,
      number: note.number,
      source: line,
      lineStart: found.start,
      lineEnd: found.end,
    });
    cursor = { index: found.index, char: found.end };
  }
  cache.set(report, { pages: report.pages, refs });
  return refs;
}

/** Footnote number → the place of its reference mark (Report.footnoteAnchors). */
export function footnoteAnchorsOf(report: Report): Map<number, Place> {
  return new Map(footnoteRefsOf(report).map((ref) => [ref.number, { page: ref.page, line: ref.line, start: ref.pageOffset, end: ref.pageOffset + ref.lineEnd - ref.lineStart }]));
}
