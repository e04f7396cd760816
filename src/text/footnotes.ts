/**
 * Marks footnote bodies in text that carries no layout (TXT, DOCX whose
 * footnotes were typed as paragraphs): kind='footnote' and footnote=N on each
 * line. Footnotes are numbered 1, 2, 3 … through a report, so a body starts
 * with the NEXT number followed by a space or a capital ("1 Các văn bản",
 * "2Kế hoạch", "19 + Năm 2021: …"), after
 *  - a separator line (non-empty, whitespace only: the rule above the footnote
 *    area as text extraction prints it), or
 *  - the previous footnote, or
 *  - a reference to it glued to a word or year in the body ("ban1", "20241")
 *    or to a number grouped in thousands ("2.7902": "2.790" and mark 2), in
 *    the body or a table's cells.
 * One number may be missing (a note the text lost): inside a footnote area
 * the number after the next one, referenced, goes on from it.
 * A footnote block ends at a page change, a page-number line, a separator, a
 * line with one leading space (how a page's first line looks in pdftotext-like
 * text), or a table row. Without a separator a footnote is its numbered line
 * plus the lines that visibly continue it (the line before ends without
 * punctuation, the next starts in lower case): reflowed paragraphs give no
 * other sign where its body ends; but a note that starts in the last lines
 * of a page (pages from form feeds or a PDF) runs to the page's end. A note
 * number alone on its line (pdftotext -layout) opens the note on the next,
 * and its mark may stand apart from the word before ("năm 1 và").
 * Notes gathered at the end of a report (endnotes) start with a number
 * referenced anywhere in the body, and are followed by the next notes in
 * sequence up to the end.
 * Footnotes the reader already marked (PDF layout) are kept and numbering goes
 * on from them; a DOCX whose notes the reader took from its note parts has
 * those notes only.
 */
import type { Report, SourceLine } from '../model/report.js';

/** A footnote body stands within this many body lines of its reference (about a page of text). */
const REFERENCE_WINDOW = 40;
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
const isSeparator = (text: string) => text.length > 0 && text.trim() === '';
const isEmpty = (text: string) => text.length === 0;

// Patterns with \p{…} live at module level: tsx (esbuild) compiles such a literal to `new RegExp(…)`,
// which inside a function is rebuilt on every call.
// After the number: a word, a number, a quote or bracket, or a list mark ("19 + Năm 2021: …", "19+ Năm", "4 - Cấp xã: …").
const FOOTNOTE_NUMBER = /^\s{0,3}(\d{1,3})(?:\s*[-+–—•*]\s|\s+[\p{L}\p{N}"“'‘([]|(?=\p{Lu}))/u;
const STARTS_LOWER_CASE = /^\s*\p{Ll}/u;
const STARTS_NOTE_IN_LOWER_CASE = /^\s*\d{1,3}\s+\p{Ll}/u;

/** The number a footnote body line starts with ("1 Các", "2Kế"), if any. */
export function footnoteNumberAt(text: string): number | undefined {
  const m = FOOTNOTE_NUMBER.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * Does a line that starts with a number read as a table row rather than a note: it ends in two bare numbers in
 * a row (a value and a rank, "7 Xã Bình An 84,10 7")? A note is prose; it never ends on two cells of numbers.
 */
export function readsAsTableRow(text: string): boolean {
  return /(?:^|\s)\d+(?:[.,]\d+)*\s+\d+(?:[.,]\d+)*\s*$/.test(text.replace(FOOTNOTE_NUMBER, ' '));
}

const startsFootnote = (text: string, expected: number) => footnoteNumberAt(text) === expected;

/**
 * Is footnote n referenced in this body text: its number glued to a word
 * ("ban1", "quy định.3"), a year ("20241"), a closing bracket or quote, or a
 * percent sign ("tăng 9,5%2.": a percent is never followed by a digit otherwise)?
 * After a number and a point ("mức độ 3,4.2") only at the end of a line:
 * elsewhere that is a section number ("1.2.2.", "1.2 Số …").
 */
export function isReferenced(body: string, n: number): boolean {
  const glued = new RegExp(`(?:\\p{L}[.,;:]?|\\b(?:19|20)\\d\\d|[)”"%])${n}(?=[\\s.,;:)]|$)`, 'u');
  const afterNumber = new RegExp(`\\d[.,]${n}[ \\t]*$`, 'mu');
  // A mark after a number grouped in thousands leaves a last group of more than three digits ("2.790" + "2" = "2.7902").
  const afterGrouped = new RegExp(`(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+${n}(?=[\\s;:)]|$)`, 'mu');
  return glued.test(body) || afterNumber.test(body) || afterGrouped.test(body);
}

/** A note this close to its page's end (in non-empty lines, and within the page's last third) runs to the end of the page. */
const PAGE_BOTTOM_LINES = 12;

/** Does the line at `i` stand in the last lines of a page that has several? */
function atPageBottom(lines: SourceLine[], i: number, pageSizes: Map<number, number>, pageIndex: Map<SourceLine, number>): boolean {
  const size = pageSizes.get(lines[i].page) ?? 0;
  const after = size - (pageIndex.get(lines[i]) ?? 0) - 1;
  return size >= 6 && after <= Math.min(PAGE_BOTTOM_LINES, size / 3);
}

/**
 * The number of a note whose mark stands alone on its line, its text on the
 * next (pdftotext -layout prints a raised mark on a line of its own): a
 * number alone, followed on the same page by a line that is not.
 */
function loneNoteNumber(lines: SourceLine[], i: number): number | undefined {
  const m = /^\s*(\d{1,3})\s*$/.exec(lines[i].text);
  if (!m) return undefined;
  const next = lines.slice(i + 1).find((l) => !isEmpty(l.text) && !isSeparator(l.text));
  return next && next.page === lines[i].page && next.kind === 'body' && !PAGE_NUMBER.test(next.text) ? Number(m[1]) : undefined;
}

/** Do lines from `from` to the end hold notes expected, expected+1, … (at least two) and nothing else numbered out of turn? */
function endNotesFrom(lines: SourceLine[], from: number, expected: number): boolean {
  let next = expected;
  for (let j = from; j < lines.length; j++) {
    const text = lines[j].text;
    if (isEmpty(text) || isSeparator(text) || PAGE_NUMBER.test(text)) continue;
    if (lines[j].kind !== 'body' || lines[j].page !== lines[from].page) return false;
    if (footnoteNumberAt(text) === next) next += 1;
  }
  return next - expected >= 2;
}

/** Is note n marked apart from its word ("năm 1 và", as pdftotext -layout prints a mark in a justified line)? */
function isMarkedApart(body: string, n: number): boolean {
  return new RegExp(`\\p{L} ${n}(?=[ .,;:]|$)`, 'mu').test(body);
}

export function markFootnotes(report: Report): void {
  const lines: SourceLine[] = report.pages.flatMap((p) => p.lines);
  // The reader took the notes from the document's note parts: lines in the body are body.
  if (report.format === 'docx' && lines.some((l) => l.kind === 'footnote')) return;
  const paged = report.pages.length > 1;
  const pageSizes = new Map<number, number>();
  const pageIndex = new Map<SourceLine, number>();
  for (const line of lines) {
    if (isEmpty(line.text) || isSeparator(line.text)) continue;
    pageIndex.set(line, pageSizes.get(line.page) ?? 0);
    pageSizes.set(line.page, (pageSizes.get(line.page) ?? 0) + 1);
  }

  // A mark printed on a line of its own is pdftotext -layout's (text files): in a DOCX or a PDF read by its items, a
  // number alone on its line is a cell of a table flattened one cell per line ("1" / "Số hồ sơ tiếp nhận" / "Hồ sơ").
  const loneNote = (i: number) => (report.format === 'txt' ? loneNoteNumber(lines, i) : undefined);
  let expected = 1;
  let current: number | undefined; // footnote whose block we are in
  let blockFromSeparator = false;
  let blockToPageEnd = false;
  let endNotes = false; // in the notes gathered at the report's end
  let sawSeparator = false; // a separator since the last non-empty line
  const recentBody: string[] = []; // where a reference to the next footnote may stand
  const allBody: string[] = []; // where a reference to an endnote may stand
  let previous: SourceLine | undefined; // previous non-empty line
  let openedBy: SourceLine | undefined; // a note number alone on its line, whose text follows
  let lonelyNotes = false; // the current note's number stood alone on its line

  const endBlock = () => {
    current = undefined;
    blockFromSeparator = false;
    blockToPageEnd = false;
  };
  /** The note number this line starts, if it may start one here. */
  const noteStartingAt = (i: number): number | undefined => {
    const lone = loneNote(i);
    const n = footnoteNumberAt(lines[i].text) ?? lone;
    if (n === undefined || n < expected || n > expected + 1 || readsAsTableRow(lines[i].text)) return undefined;
    const inNotes = sawSeparator || current !== undefined || endNotes;
    const referenced = (k: number) => isReferenced(recentBody.join('\n'), k) || (lone !== undefined && isMarkedApart(recentBody.join('\n'), k));
    // One lost number is skipped only inside a footnote area, and only for a referenced note.
    if (n === expected + 1 && !(inNotes && referenced(n))) return undefined;
    if (inNotes) return n;
    // Outside a footnote area a note opens like a sentence: "1 cơ quan còn …" is a body line that starts with a count.
    if (STARTS_NOTE_IN_LOWER_CASE.test(lines[i].text)) return undefined;
    if (referenced(n)) return n;
    if (isReferenced(allBody.join('\n'), n) && endNotesFrom(lines, i, n)) {
      endNotes = true;
      return n;
    }
    return undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    if (isEmpty(text)) continue;
    if (line.kind === 'footnote' && line.footnote !== undefined) {
      // Marked by the reader from layout: trust it and number on from it.
      expected = Math.max(expected, line.footnote + 1);
      current = line.footnote;
      blockFromSeparator = false;
      previous = line;
      continue;
    }
    if (line.kind === 'table') {
      endBlock();
      endNotes = false;
      previous = line;
      // A note typed under a table may be marked in one of its cells ("2.790²").
      recentBody.push(text);
      if (recentBody.length > REFERENCE_WINDOW) recentBody.shift();
      allBody.push(text);
      continue;
    }
    if (isSeparator(text)) {
      endBlock();
      sawSeparator = true;
      continue;
    }
    const pageChanged = previous !== undefined && previous.page !== line.page;
    // Text with no page breaks shows a page's first line by one leading space.
    const pageStart = !paged && /^ \S/.test(text) && i > 0 && !isEmpty(lines[i - 1].text);
    const wraps = current !== undefined && previous !== undefined && !/[.;:!?]\s*$/.test(previous.text) && STARTS_LOWER_CASE.test(text);
    // Notes whose numbers stand alone on their lines: the next number alone opens the next note, not a page's end.
    const nextLoneNote = current !== undefined && lonelyNotes && !pageChanged && loneNote(i) === expected;
    if (current !== undefined && !wraps && !endNotes && !nextLoneNote && (pageChanged || pageStart || PAGE_NUMBER.test(text))) endBlock();

    const n = noteStartingAt(i);
    if (n === undefined && openedBy === previous && current !== undefined) {
      // The text of a note whose number stood alone on the line before.
      mark(line, current);
    } else if (n !== undefined) {
      openedBy = loneNote(i) !== undefined ? line : undefined;
      lonelyNotes = openedBy !== undefined;
      blockFromSeparator = blockFromSeparator || sawSeparator;
      // A note whose number stands alone is its text's lines, however near the page's end (pdftotext -layout).
      blockToPageEnd = blockToPageEnd || (paged && openedBy === undefined && atPageBottom(lines, i, pageSizes, pageIndex));
      current = n;
      expected = n + 1;
      mark(line, current);
    } else if (current !== undefined && (blockFromSeparator || blockToPageEnd || endNotes || wraps)) {
      mark(line, current);
    } else if (sawSeparator && expected > 1 && continuesPrevious(lines, i, expected)) {
      // Continuation of the last footnote at the top of the next page's footnote area.
      current = expected - 1;
      blockFromSeparator = true;
      mark(line, current);
    } else {
      endBlock();
      recentBody.push(text);
      if (recentBody.length > REFERENCE_WINDOW) recentBody.shift();
      allBody.push(text);
    }
    sawSeparator = false;
    previous = line;
  }
}

function mark(line: SourceLine, n: number): void {
  line.kind = 'footnote';
  line.footnote = n;
}

/** After a separator, lines before the next footnote's number continue the previous footnote. */
function continuesPrevious(lines: SourceLine[], from: number, expected: number): boolean {
  for (let j = from; j < lines.length; j++) {
    const text = lines[j].text;
    if (isEmpty(text)) continue;
    if (isSeparator(text) || PAGE_NUMBER.test(text) || lines[j].kind === 'table') return false;
    if (j > from && /^ \S/.test(text) && !isEmpty(lines[j - 1].text)) return false;
    if (startsFootnote(text, expected)) return true;
  }
  return false;
}
