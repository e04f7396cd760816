/**
 * The tree of a body flow. A line opens a node by its marker: a numbered
 * heading ("II.", "1.", "1.2.", "a)") a section, a bullet ("-", "+", "•") a
 * list item; other lines continue the open node or start a paragraph.
 * Markers nest by first appearance, as in Markdown-like list readers: a marker
 * type already open closes back to its level, a new one opens below. A
 * paragraph that ends with ':' leads the list items that follow it.
 */
import { wrappedLabelNumber } from '../extract/rules/sentences.js';
import type { DocNode } from './tree.js';

// "II.", "1." / "1)", "1.2." / "1.2" (two parts or more need no closing mark), "a)"; as sentences.ts cuts them.
const HEADING = /^(?:([IVX]{1,4})\.|(\d{1,2}(?:\.\d{1,2})*)[.)]|(\d{1,2}(?:\.\d{1,2})+)|([a-zđ])\))(?=[ \t])/u;
const BULLET = /^([-+•–*])[ \t]/u;
/** "(1) …", "(b) …": items numbered in brackets, a list of their own kind under a heading. */
const BRACKETED = /^\(([0-9]{1,2}|[a-zđ])\)(?=[ \t])/u;
const SENTENCE_END = /[.:;!?…]["”’)]*$/u;
/** How a paragraph's first line starts. */
const PARAGRAPH_START = /^[\p{Lu}\d"“(]/u;
/** A line this much shorter than the text width ends its paragraph (when it ends a sentence). */
const SHORT_LINE = 0.85;
const DEFAULT_WIDTH = 80;

interface FlowLine {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): FlowLine[] {
  const out: FlowLine[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    out.push({ start, end: start + piece.length, text: piece });
    start += piece.length + 1;
  }
  return out;
}

/**
 * "PHỤ LỤC: SỐ LIỆU CHÍNH NĂM 2019", "PHỤ LỤC 01": an appendix's title, unnumbered, is a top section of
 * its own, as a roman heading is; it ends the section before it (its figures are no part of "NHIỆM VỤ NĂM 2020").
 */
const APPENDIX = /^PH[ỤU] L[ỤU]C(?![\p{L}\p{M}])/u;

/** The marker type of a line ('I', '1', '1.1', 'a', '-', '+' …) and its kind, or null for a plain line. */
function markerOf(text: string): { type: string; marker: string; kind: 'section' | 'item' } | null {
  if (APPENDIX.test(text)) return { type: 'I', marker: '', kind: 'section' };
  const h = HEADING.exec(text);
  if (h) {
    const number = h[2] ?? h[3];
    const type = h[1] ? 'I' : number ? `n${number.split('.').length}` : 'a';
    return { type, marker: h[0], kind: 'section' };
  }
  const bracketed = BRACKETED.exec(text);
  if (bracketed) return { type: /\d/u.test(bracketed[1]) ? '(1)' : '(a)', marker: bracketed[0], kind: 'item' };
  const b = BULLET.exec(text);
  // An en dash and a hyphen open the same kind of item.
  if (b) return { type: b[1] === '–' ? '-' : b[1], marker: b[1], kind: 'item' };
  return null;
}

/** The width of a full line of the text, to tell a wrapped line from a paragraph's last. */
function textWidth(lines: FlowLine[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n > 20).sort((a, b) => a - b);
  if (lengths.length < 10) return DEFAULT_WIDTH;
  return lengths[Math.floor(lengths.length * 0.9)];
}

interface Open {
  node: DocNode;
  type: string; // marker type, 'p' for a paragraph
}

export interface TreeOptions {
  /** Every line is a paragraph of its own (DOCX), not a wrapped piece of one. */
  paragraphPerLine: boolean;
  /** Whether the line starting at a flow offset came after a blank line on its page (a text's paragraph break). */
  afterBlank?: (start: number) => boolean;
  /** Whether its PDF page's layout sets the line starting at a flow offset apart from the line above (text/layout.ts). */
  setApart?: (start: number) => boolean;
}

/** A heading's words leave a parenthesis open: its next line goes on with them. */
const openParenthesis = (text: string) => (text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0);
/** A heading that already runs on into a sentence or a label's text ("1. Cải cách thể chế: Năm 2022, …"). */
const RUN_ON = /[.:;!?](?:\s|$)/u;

/** The skeleton of the tree (scopes empty). */
export function buildTree(text: string, options: TreeOptions): DocNode {
  const root: DocNode = { kind: 'document', start: 0, end: text.length, marker: '', scope: {}, children: [] };
  const lines = linesOf(text);
  const width = textWidth(lines);
  const stack: Open[] = [];
  const top = (): DocNode => stack[stack.length - 1]?.node ?? root;
  const open = (kind: DocNode['kind'], type: string, marker: string, line: FlowLine) => {
    const parent = top();
    const node: DocNode = { kind, start: line.start, end: line.end, marker, scope: {}, children: [], parent };
    parent.children.push(node);
    stack.push({ node, type });
  };
  const closeTo = (keep: (o: Open) => boolean) => {
    while (stack.length > 0 && !keep(stack[stack.length - 1])) stack.pop();
  };
  let previous: FlowLine | undefined;
  // The section whose heading the previous line is (its marker's line or a line the heading wrapped onto).
  let heading: DocNode | undefined;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const marker = wrappedLabelNumber(text, line.start) ? null : markerOf(line.text);
    if (!marker && heading && continuesHeading(text.slice(heading.start + heading.marker.length, heading.headEnd), line, previous, options, width)) {
      heading.headEnd = line.end;
      for (const o of stack) o.node.end = line.end;
      previous = line;
      continue;
    }
    const headingLine = heading !== undefined;
    heading = undefined;
    if (marker) {
      const at = stack.findIndex((o) => o.type === marker.type);
      if (at >= 0) stack.length = at;
      else if (marker.kind === 'section') closeTo((o) => o.node.kind === 'section');
      else {
        // An item nests under a paragraph only when that paragraph leads a list ("… như sau:").
        const lead = stack[stack.length - 1];
        if (lead?.type === 'p' && !/:\s*$/u.test(text.slice(lead.node.start, lead.node.end))) stack.pop();
      }
      if (marker.type === 'I') stack.length = 0;
      open(marker.kind, marker.type, marker.marker, line);
      if (marker.kind === 'section') {
        heading = top();
        heading.headEnd = line.end;
      }
    } else if (startsParagraph(line, previous, options, width, headingLine)) {
      closeTo((o) => o.node.kind === 'section');
      open('paragraph', 'p', '', line);
    }
    for (const o of stack) o.node.end = line.end;
    previous = line;
  }
  return root;
}

/**
 * A line that goes on with a heading's words, before they ran on into a sentence or a label's text: the heading
 * left a parenthesis open ("2. Kết quả giải quyết hồ sơ (số liệu từ ngày 16/6/2022 đến" ⏎ "ngày 15/12/2022)"), or
 * filled its line and the next one goes on in lower case ("c) Hồ sơ nộp tại Trung tâm Phục vụ hành chính" ⏎ "công
 * tỉnh: …", a text file's wrapped label). (A PDF line its page's layout wraps on is no line of the flow:
 * body-flow.ts joins it to the line above.)
 */
function continuesHeading(words: string, line: FlowLine, previous: FlowLine | undefined, options: TreeOptions, width: number): boolean {
  if (options.paragraphPerLine || RUN_ON.test(words)) return false;
  const wrapped = previous !== undefined && previous.text.length >= SHORT_LINE * width && /^\p{Ll}/u.test(line.text.trimStart());
  return openParenthesis(words) || wrapped;
}

function startsParagraph(line: FlowLine, previous: FlowLine | undefined, options: TreeOptions, width: number, afterHeading: boolean): boolean {
  if (!previous || options.paragraphPerLine) return true;
  const setApart = options.setApart?.(line.start) === true;
  const short = previous.text.length < SHORT_LINE * width;
  // A heading line without a full stop ("1. Cải cách thủ tục hành chính") ends before the next line.
  if (afterHeading && (short || setApart) && !previous.text.trimEnd().endsWith(',')) return true;
  if (!PARAGRAPH_START.test(line.text)) return false;
  // A line its PDF page sets apart starts a paragraph, also after words without a full stop (a title, a heading without a number).
  if (setApart) return true;
  // A sentence that ends a full line still ends its paragraph when a blank line follows it.
  return SENTENCE_END.test(previous.text.trimEnd()) && (short || options.afterBlank?.(line.start) === true);
}
