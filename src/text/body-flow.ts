/**
 * The running text that prose rules match on: body lines across pages, one
 * '\n' between lines (each trimmed; a space where a PDF page's layout wraps
 * a line on), with footnote reference marks ("năm 20241" → "năm 2024"),
 * blank lines and page-number lines left out. Every offset maps
 * back to page/line/page offset through the Flow. Also each footnote body as
 * its own flow (footnotes cite documents and figures too).
 */
import type { Report, SourceLine } from '../model/report.js';
import { numberEchoes } from '../parse/spelled-numbers.js';
import { FlowBuilder, type Flow } from './flow.js';
import { footnoteRefsOf, type FootnoteRef } from './footnote-refs.js';
import { type Layout, lineLayouts } from './layout.js';

const PAGE_NUMBER = /^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$/;
const isBlank = (line: SourceLine) => line.text.trim() === '';

/**
 * A lone number that is a page number: right after the footnote area or
 * the rule above it, or followed by the whitespace line that text
 * extraction prints at a page break. A lone number among body lines
 * otherwise stays (a wrapped figure).
 */
function pageNumberLines(lines: SourceLine[]): Set<SourceLine> {
  const out = new Set<SourceLine>();
  lines.forEach((line, i) => {
    if (line.kind !== 'body' || !PAGE_NUMBER.test(line.text)) return;
    let before = i - 1;
    while (before >= 0 && lines[before].text === '') before--;
    const after = lines[i + 1];
    const afterFootnotes = before >= 0 && (lines[before].kind === 'footnote' || isBlank(lines[before]));
    const beforeBreak = after !== undefined && after.text !== '' && isBlank(after) && i + 2 < lines.length;
    const pageEdge = before < 0 || lines[before].page !== line.page || after === undefined || after.page !== line.page;
    if (afterFootnotes || beforeBreak || (pageEdge && lines.length > 1 && lines[0].page !== lines[lines.length - 1].page)) {
      out.add(line);
    }
  });
  return out;
}

/** Pieces of a line left out of a flow, as [start, end) in the line's text, in order. */
type Cuts = Map<SourceLine, Array<[number, number]>>;

/**
 * What joins a line to the one before it in a flow: '\n', or where its PDF page's layout wraps it on (layout.ts) a
 * space, as the lines of one paragraph run on in a DOCX (one line of the flow is one paragraph, heading or item),
 * and nothing after a hyphen that ends a word ("Nghị định số 16/2015/NĐ-" ⏎ "CP").
 */
function separatorBefore(line: SourceLine, before: SourceLine, layouts: ReadonlyMap<SourceLine, Layout>): string {
  if (layouts.get(line) !== 'wrap') return '\n';
  return /[\p{L}\p{N}]-$/u.test(before.text.trimEnd()) ? '' : ' ';
}

function joinLines(lines: SourceLine[], cuts: Cuts, layouts: ReadonlyMap<SourceLine, Layout>, joined: ReadonlySet<SourceLine> = new Set()): Flow {
  const builder = new FlowBuilder();
  let before: SourceLine | undefined;
  for (const line of lines) {
    if (before) builder.appendSeparator(joined.has(line) ? '' : separatorBefore(line, before, layouts));
    before = line;
    // Leading and trailing spaces are layout, not text.
    let from = line.text.length - line.text.trimStart().length;
    const to = line.text.trimEnd().length;
    for (const [start, end] of cuts.get(line) ?? []) {
      if (end <= from) continue;
      builder.appendLine(line, from, Math.max(from, Math.min(start, to)));
      from = end;
    }
    builder.appendLine(line, Math.min(from, to), to);
  }
  return builder.build();
}

/**
 * The flow of the lines without the cut pieces, and without the words that echo a number ("18 (mười tám) nhiệm vụ"
 * reads "18 nhiệm vụ", parse/spelled-numbers.ts): found in the joined text, as a bracket may wrap onto the next line.
 */
function buildFlow(lines: SourceLine[], cuts: Cuts, layouts: ReadonlyMap<SourceLine, Layout> = new Map()): Flow {
  const flow = joinLines(lines, cuts, layouts);
  const echoes = numberEchoes(flow.text);
  if (echoes.length === 0) return flow;
  const all: Cuts = new Map([...cuts].map(([line, pieces]) => [line, [...pieces]]));
  // A line break inside the echo goes with it: "1.318 (một nghìn ba" ⏎ "trăm mười tám) hồ sơ" reads "1.318 hồ sơ".
  const joined = new Set<SourceLine>();
  for (const [start, end] of echoes) {
    lineCuts(flow, start, end).forEach(([line, piece], i) => {
      all.set(line, [...(all.get(line) ?? []), piece]);
      if (i > 0) joined.add(line);
    });
  }
  for (const pieces of all.values()) pieces.sort((a, b) => a[0] - b[0]);
  return joinLines(lines, all, layouts, joined);
}

/** The flow range [start, end) as pieces of the lines it covers, in each line's text. */
function lineCuts(flow: Flow, start: number, end: number): Array<[SourceLine, [number, number]]> {
  const first = flow.locate(start);
  const last = flow.locate(end - 1);
  return flow.linesOf(start, end).map((line) => {
    const from = line === first.line ? first.pageOffset - line.offset : 0;
    const to = line === last.line ? last.pageOffset - line.offset + 1 : line.text.length;
    return [line, [from, to]];
  });
}

function refCuts(refs: FootnoteRef[]): Cuts {
  const cuts: Cuts = new Map();
  for (const ref of refs) cuts.set(ref.source, [...(cuts.get(ref.source) ?? []), [ref.lineStart, ref.lineEnd]]);
  return cuts;
}

const bodyCache = new WeakMap<Report, { pages: Report['pages']; flow: Flow; layouts: Map<SourceLine, Layout> }>();

function cachedBody(report: Report): { flow: Flow; layouts: Map<SourceLine, Layout> } {
  const cached = bodyCache.get(report);
  if (cached && cached.pages === report.pages) return cached;
  const lines = report.pages.flatMap((p) => p.lines);
  const skip = pageNumberLines(lines);
  const body = lines.filter((l) => l.kind === 'body' && !isBlank(l) && !skip.has(l));
  const layouts = lineLayouts(body);
  const entry = { pages: report.pages, flow: buildFlow(body, refCuts(footnoteRefsOf(report)), layouts), layouts };
  bodyCache.set(report, entry);
  return entry;
}

/** Body lines across pages, footnote marks, blank and page-number lines removed. Cached per report. */
export function bodyFlow(report: Report): Flow {
  return cachedBody(report).flow;
}

/** What their PDF pages' layout says of the body flow's lines (layout.ts), with the flow. */
export function bodyLayouts(report: Report): ReadonlyMap<SourceLine, Layout> {
  return cachedBody(report).layouts;
}

/**
 * Forget the cached body flow: a stage that changes line kinds (the tables
 * stage marks the lines it read kind='table') calls this, so later stages
 * never read those lines again as prose.
 */
export function forgetBodyFlow(report: Report): void {
  bodyCache.delete(report);
}

/** Each footnote's body as its own flow, by footnote number, in reading order. */
export function footnoteFlows(report: Report): { number: number; flow: Flow }[] {
  const groups = new Map<number, SourceLine[]>();
  for (const page of report.pages) {
    for (const line of page.lines) {
      if (line.kind !== 'footnote' || line.footnote === undefined || isBlank(line)) continue;
      groups.set(line.footnote, [...(groups.get(line.footnote) ?? []), line]);
    }
  }
  return [...groups].map(([number, lines]) => {
    // The note's own number opens its first line ("1 Kế hoạch số ..."): not part of its text.
    const cuts: Cuts = new Map();
    // The cut starts where the line's text does (a number alone set in from the margin: pdftotext -layout).
    const opening = new RegExp(String.raw`^(\s*)${number}(?!\p{N})\s*`, 'u').exec(lines[0].text);
    if (opening) cuts.set(lines[0], [[opening[1].length, opening[0].length]]);
    return { number, flow: buildFlow(lines, cuts) };
  });
}

export { footnoteRefsOf };
