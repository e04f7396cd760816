/**
 * Marks footnote bodies in text that carries no layout (TXT, DOCX whose
 * footnotes were typed as paragraphs): kind='footnote' and footnote=N on each
 * line. Footnotes are numbered 1, 2, 3 … through a report, so a body starts
 * with the NEXT number followed by a space or a capital ("1 Các văn bản",
 * "2Kế hoạch"), after
 *  - a separator line (non-empty, whitespace only: the rule above the footnote
 *    area as text extraction prints it), or
 *  - the previous footnote, or
 *  - a reference to it glued to a word or year in the body ("ban1", "20241").
 * A footnote block ends at a page change, a page-number line, a separator, a
 * line with one leading space (how a page's first line looks in pdftotext-like
 * text), or a table row. Without a separator a footnote is only its numbered
 * line: reflowed paragraphs give no sign where its body ends.
 * Reports whose reader already marked footnotes (PDF geometry, DOCX notes)
 * are left alone.
 */
import type { Report, SourceLine } from '../model/report.js';

const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
const isSeparator = (text: string) => text.length > 0 && text.trim() === '';
const isEmpty = (text: string) => text.length === 0;

/** The number a footnote body line starts with ("1 Các", "2Kế"), if any. */
export function footnoteNumberAt(text: string): number | undefined {
  const m = /^\s{0,3}(\d{1,3})(?:\s+|(?=\p{Lu}))[\p{L}\p{N}"“(]/u.exec(text);
  return m ? Number(m[1]) : undefined;
}

const startsFootnote = (text: string, expected: number) => footnoteNumberAt(text) === expected;

/**
 * Is footnote n referenced in this body text: its number glued to a word
 * ("ban1"), a year ("20241") or closing punctuation ("3,4.2", "(PAPI)3")?
 */
export function isReferenced(body: string, n: number): boolean {
  return new RegExp(`(?:\\p{L}|\\b(?:19|20)\\d\\d|[)”".,;:])${n}(?!\\p{N})`, 'u').test(body);
}

export function markFootnotes(report: Report): void {
  const lines: SourceLine[] = report.pages.flatMap((p) => p.lines);
  if (lines.some((l) => l.kind === 'footnote')) return;

  let expected = 1;
  let current: number | undefined; // footnote whose block we are in
  let blockFromSeparator = false;
  let sawSeparator = false; // a separator since the last non-empty line
  let bodySinceLast = '';
  let previous: SourceLine | undefined; // previous non-empty line

  const endBlock = () => {
    current = undefined;
    blockFromSeparator = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    if (isEmpty(text)) continue;
    if (line.kind === 'table') {
      endBlock();
      previous = line;
      continue;
    }
    if (isSeparator(text)) {
      endBlock();
      sawSeparator = true;
      continue;
    }
    const pageChanged = previous !== undefined && previous.page !== line.page;
    const pageStart = /^ \S/.test(text) && i > 0 && !isEmpty(lines[i - 1].text);
    if (current !== undefined && (pageChanged || pageStart || PAGE_NUMBER.test(text))) endBlock();

    if (startsFootnote(text, expected) && (sawSeparator || current !== undefined || isReferenced(bodySinceLast, expected))) {
      blockFromSeparator = blockFromSeparator || sawSeparator;
      current = expected;
      expected += 1;
      bodySinceLast = '';
      mark(line, current);
    } else if (current !== undefined && blockFromSeparator) {
      mark(line, current);
    } else if (sawSeparator && expected > 1 && continuesPrevious(lines, i, expected)) {
      // Continuation of the last footnote at the top of the next page's footnote area.
      current = expected - 1;
      blockFromSeparator = true;
      mark(line, current);
    } else {
      endBlock();
      bodySinceLast += `${text}\n`;
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
