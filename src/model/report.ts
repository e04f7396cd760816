/**
 * The Report object that flows through the stages
 * (read → normalise → extract → consolidate → check → write), like a vfile:
 * each stage reads what earlier ones left and adds its own findings. Every
 * finding carries a place (page, line, offsets) and the id of what made it.
 */
import type { ScopeContext } from '../structure/scope.js';
import type { DocumentTree } from '../structure/tree.js';
import type { Flow } from '../text/flow.js';
import type { DocumentRow, FlagRow, Format, Level, MentionSource, PeriodSource, PeriodType, Severity, Status, TableRow } from './schemas.js';

export type LineKind = 'body' | 'footnote' | 'table';

/** A positioned text item of a PDF page (for table reconstruction). */
export interface PdfItem {
  str: string;
  x: number; // left, PDF units, origin at page left
  y: number; // baseline, PDF units, origin at page TOP (grows downwards)
  width: number;
  height: number; // font size
}

export interface SourceLine {
  page: number; // 1-based
  line: number; // 1-based within the page (a .txt without form feeds is one page: line = file line)
  /** Offset of this line's first character in the page text (lines joined by '\n'). */
  offset: number;
  /** Repaired, NFC text. Set by the normalise stage; equals `raw` before it. */
  text: string;
  /** Text as the reader produced it. */
  raw: string;
  /** For each index of `text`, the index in `raw` it came from (length text.length + 1). Absent = identity. */
  rawIndex?: number[];
  kind: LineKind;
  /** Table rows (DOCX tables, PDF tables): the cells, repaired. `text` is the cells joined by ' | '. */
  cells?: string[];
  /** DOCX table rows: the first grid column of each cell (cells merged across or down counted), and the columns it covers. */
  cellColumns?: number[];
  cellSpans?: number[];
  tableId?: number;
  /** Footnote body lines: the footnote's number, on every line of the footnote. */
  footnote?: number;
  /** Lines read by OCR: the mean word confidence (0–100) of their page. */
  ocr?: number;
  /** Reference marks the reader saw on this line (DOCX note references), offsets into `raw`. */
  noteMarks?: NoteMark[];
  /** PDF lines of a text layer: where the line stands on its page, to tell paragraphs by (text/layout.ts). */
  box?: LineBox;
}

/** A PDF line's place on its page, in PDF units (y grows downwards). */
export interface LineBox {
  left: number;
  right: number;
  baseline: number;
  /** The largest font size on the line. */
  size: number;
  /** The width of its first word. */
  firstWord: number;
}

/** A footnote reference mark in a line: the digits of note `footnote` at [start, end). */
export interface NoteMark {
  footnote: number;
  start: number;
  end: number;
}

export interface Page {
  number: number;
  lines: SourceLine[];
  /** PDF only: positioned text items in drawing order, for the tables stage. */
  items?: PdfItem[];
  width?: number;
  height?: number;
}

export interface Place {
  page: number;
  line: number;
  /** Offsets into the page text. */
  start: number;
  end: number;
}

export interface Diagnostic {
  severity: Severity;
  message: string;
  /** Stage, rule or check id that produced it. */
  source: string;
  place?: Place;
}

export interface Period {
  start: string; // ISO date or '' (= report period)
  end: string;
}

export interface Mention {
  indicator: string;
  value: number;
  unit: string;
  level: Level;
  period: Period;
  /** Bound qualifier: 'gt' trên/hơn, 'ge' từ … trở lên, 'lt', 'le', 'approx' gần/khoảng; undefined = exact. */
  qualifier?: 'gt' | 'ge' | 'lt' | 'le' | 'approx';
  place: Place;
  evidence: string;
  rule: string;
  source: MentionSource;
  /** Higher = more specific; consolidation keeps the most specific mention. */
  specificity: number;
}

export interface Figure {
  indicator: string;
  value: number;
  unit: string;
  level: Level;
  period: Period;
  mentions: Mention[]; // [0] is the one whose value was kept
  /** Mentions of the same key whose value disagrees (for mention_conflict). */
  conflicts: Mention[];
}

export interface ReportMeta {
  issuer: string;
  unitLevel: Level;
  unitName: string;
  /** The unit the reporting unit belongs to (a commune's district, a district's province); '' when the report does not say. */
  parentLevel: Level;
  parentName: string;
  province: string;
  reportNumber: string;
  reportDate: string;
  periodType: PeriodType | '';
  periodStart: string;
  periodEnd: string;
  periodSource: PeriodSource;
  /** A department's (sở) report on the whole province's work, not its own (extract/department-subject.ts). */
  forProvince?: boolean;
}

export type DocumentRef = Omit<DocumentRow, 'report_id'>;
/** A check's finding; the numeric columns of flags.csv are read from its expected and actual text on writing. */
export type Flag = Omit<FlagRow, 'report_id' | 'expected_value' | 'actual_value' | 'difference'>;

export interface Report {
  id: string; // first 16 hex chars of the file's SHA-256
  path: string; // absolute or as opened
  sourceFile: string; // relative to the input root
  format: Format;
  status: Status;
  error: string;
  pages: Page[];
  /** What the text needed: nfc, pua, tcvn3, vni, glyph, spacing, windows-1258, ... */
  textRepair: Set<string>;
  meta: ReportMeta;
  mentions: Mention[];
  figures: Figure[];
  documents: DocumentRef[];
  tableRows: TableRowData[];
  flags: Flag[];
  diagnostics: Diagnostic[];
  /** The body as a document tree with scopes (structure stage), over the flow it was built on. */
  structure?: { flow: Flow; tree: DocumentTree; context: ScopeContext };
  /**
   * Footnote number → the place of its reference mark in the body (the glued
   * digits, e.g. "3" of "năm 20233": page, line, start/end in the page text).
   * Set by the normalise stage; a note whose mark was not found has none.
   * A footnote is read in the scope of the sentence that holds its anchor.
   */
  footnoteAnchors: Map<number, Place>;
}

/** One appendix-table row, mapped to an indicator or not (tables.csv). */
export type TableRowData = Omit<TableRow, 'report_id'>;

export function emptyMeta(): ReportMeta {
  return {
    issuer: '', unitLevel: '', unitName: '', parentLevel: '', parentName: '', province: '', reportNumber: '', reportDate: '',
    periodType: '', periodStart: '', periodEnd: '', periodSource: 'none',
  };
}

export function newReport(init: { id: string; path: string; sourceFile: string; format: Format }): Report {
  return {
    ...init,
    status: 'ok',
    error: '',
    pages: [],
    textRepair: new Set(),
    meta: emptyMeta(),
    mentions: [],
    figures: [],
    documents: [],
    tableRows: [],
    flags: [],
    diagnostics: [],
    footnoteAnchors: new Map(),
  };
}

/** Page text: the page's lines joined by '\n' (what mention offsets point into). */
export function pageText(page: Page): string {
  return page.lines.map((l) => l.text).join('\n');
}

/** Recompute line offsets after the text of lines changed. */
export function reindexPage(page: Page): void {
  let offset = 0;
  for (const line of page.lines) {
    line.offset = offset;
    offset += line.text.length + 1;
  }
}
