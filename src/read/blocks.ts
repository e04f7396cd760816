/**
 * Word readers (DOCX, .doc) produce blocks in document order, each on the
 * page the document's page breaks put it on; this lays them out as pages of
 * numbered lines with offsets into the page text.
 */
import type { LineKind, NoteMark, Page, SourceLine } from '../model/report.js';

export interface WordBlock {
  kind: LineKind;
  text: string;
  cells?: string[];
  /** First grid column and columns covered of each cell (merged cells counted); parallel to `cells`. */
  cellColumns?: number[];
  cellSpans?: number[];
  tableId?: number;
  footnote?: number;
  /** Note reference marks in `text`. */
  marks?: NoteMark[];
  /** 1-based; absent = page 1. */
  page?: number;
}

export function pagesFromBlocks(blocks: readonly WordBlock[]): Page[] {
  const pages: Page[] = [];
  for (const block of blocks) {
    const number = Math.max(block.page ?? 1, pages.length);
    while (pages.length < number) pages.push({ number: pages.length + 1, lines: [] });
    const page = pages[number - 1];
    const last = page.lines[page.lines.length - 1];
    const line: SourceLine = {
      page: number,
      line: page.lines.length + 1,
      offset: last ? last.offset + last.text.length + 1 : 0,
      text: block.text,
      raw: block.text,
      kind: block.kind,
    };
    if (block.cells) {
      line.cells = block.cells;
      if (block.cellColumns) line.cellColumns = block.cellColumns;
      if (block.cellSpans) line.cellSpans = block.cellSpans;
      line.tableId = block.tableId;
    }
    if (block.footnote !== undefined) line.footnote = block.footnote;
    if (block.marks) line.noteMarks = block.marks;
    page.lines.push(line);
  }
  return pages.length > 0 ? pages : [{ number: 1, lines: [] }];
}
