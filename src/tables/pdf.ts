/**
 * PDF tables rebuilt from text-item positions. The header ("STT", "Chỉ
 * tiêu", "Đơn vị tính", "Số liệu", "Ghi chú") gives the column boundaries:
 * the gaps between its innermost cells (a cell spanning others, like "Kết
 * quả thống kê" over "Đơn vị tính" and "Số liệu", is left out). Below it,
 * lines whose items each stay inside one column are table lines; a line
 * with an item across a boundary (prose, a signature block) ends the table.
 * Rows are separated by the extra space cell padding leaves between the
 * last line of one row and the first of the next, and by a row code in the
 * code column; a cell that wraps stays one cell. A table still open at the
 * foot of a page continues on the next, with or without a repeated header.
 */
import type { Page, PdfItem, Place, SourceLine } from '../model/report.js';
import { itemsToLines } from '../read/pdf.js';
import { foldDiacritics } from './fold.js';
import { parseCellNumber } from './numbers.js';
import type { RawRow } from './rows.js';

type Role = 'code' | 'label' | 'unit' | 'value' | 'note';

const HEADER_ROLES: ReadonlyArray<[Role, RegExp]> = [
  ['code', /^(stt|tt)$/],
  ['label', /^(chi tieu|noi dung)/],
  ['unit', /^(don vi tinh|dvt)$/],
  ['value', /^(so lieu|gia tri)$/],
  ['note', /^ghi chu$/],
];
const CODE_HEADER = /(^|\s)(stt|tt)(\s|$)/;
const LABEL_HEADER = /(^|\s)(chi tieu|noi dung)(\s|$)/;
const HEADER_WORDS = /^(stt|tt|chi tieu( thong ke)?|noi dung|ket qua( thong ke)?|don vi( tinh)?|tinh|so lieu|ghi chu|ghi|chu|dvt)$/;
const ROW_CODE = /^(\d{1,2}(?:\.\d{1,2})*\.?|[IVX]+\.?|trong( do)?)$/i;
/** Gap between two lines (× font size) above which a new row starts: line pitch is ~1.15. */
const ROW_GAP = 1.3;
/** Slack (PDF units) when testing whether an item crosses a column boundary. */
const SLACK = 2;

interface VLine {
  page: Page;
  y: number;
  size: number;
  items: PdfItem[];
  text: string;
}

interface Column {
  role: Role | undefined;
  left: number;
  right: number;
}

function visualLines(page: Page): VLine[] {
  const solid = (page.items ?? []).filter((i) => i.str.trim() !== '');
  return itemsToLines(solid).map((l) => ({ page, y: l.y, size: l.size, items: l.items, text: l.text }));
}

function roleOf(text: string): Role | undefined {
  const folded = foldDiacritics(text.trim()).replace(/\s*\(.*$/, '');
  return HEADER_ROLES.find(([, cue]) => cue.test(folded))?.[0];
}

/**
 * A header starts at a line naming the code or the label column when both
 * are named within the next few lines ("STT" may sit lower than "Chỉ tiêu"
 * when the cell is centred vertically).
 */
function isHeaderStart(lines: readonly VLine[], i: number): boolean {
  const folded = (l: VLine) => foldDiacritics(l.text);
  if (!CODE_HEADER.test(folded(lines[i])) && !LABEL_HEADER.test(folded(lines[i]))) return false;
  const band = lines.slice(i, i + 4).filter((l) => l.page === lines[i].page && l.y - lines[i].y <= 3 * lines[i].size);
  return band.some((l) => CODE_HEADER.test(folded(l))) && band.some((l) => LABEL_HEADER.test(folded(l)));
}

/** Header lines from `start`: the "STT … Chỉ tiêu" line, its wrapped aside, the "Đơn vị tính | Số liệu" line. */
function headerBlock(lines: readonly VLine[], start: number): number {
  let open = (lines[start].text.match(/\(/g) ?? []).length - (lines[start].text.match(/\)/g) ?? []).length;
  let end = start + 1;
  while (end < lines.length && lines[end].page === lines[start].page) {
    const line = lines[end];
    const headerish = line.items.every((i) => {
      const core = foldDiacritics(i.str).replace(/\([^)]*(\)|$)/g, ' ').replace(/\s+/g, ' ').trim();
      return core === '' || HEADER_WORDS.test(core);
    });
    if (!headerish && open <= 0) break;
    open += (line.text.match(/\(/g) ?? []).length - (line.text.match(/\)/g) ?? []).length;
    end++;
  }
  return end;
}

/**
 * Columns from the header items: innermost cells, merged when they overlap.
 * Each boundary lies in the gap between two header cells, where the fewest
 * items of the lines below cross it (headers are often centred in wide
 * columns, so the gap's middle may cut through labels); ties go to the middle.
 */
function columnsOf(header: readonly VLine[], below: readonly PdfItem[]): Column[] {
  const items = header.flatMap((l) => l.items);
  const spans = items.map((i) => ({ left: i.x, right: i.x + i.width, text: i.str }));
  const overlaps = (a: { left: number; right: number }, b: { left: number; right: number }) => a.left < b.right && b.left < a.right;
  const leaves = spans.filter((s) => spans.filter((o) => o !== s && overlaps(s, o) && o.right - o.left < s.right - s.left).length < 2);
  leaves.sort((a, b) => a.left - b.left);
  const merged: Array<{ left: number; right: number; texts: string[] }> = [];
  for (const s of leaves) {
    const last = merged[merged.length - 1];
    if (last && s.left <= last.right + SLACK) {
      last.right = Math.max(last.right, s.right);
      last.texts.push(s.text);
    } else merged.push({ left: s.left, right: s.right, texts: [s.text] });
  }
  const crossings = (x: number) => below.filter((i) => i.x < x - SLACK && i.x + i.width > x + SLACK).length;
  const boundaries = merged.slice(1).map((m, i) => {
    const from = merged[i].right;
    const to = m.left;
    const middle = (from + to) / 2;
    const inGap = (x: number) => x > from && x < to;
    const candidates = [middle, from + SLACK, to - SLACK, ...below.flatMap((b) => [b.x - SLACK / 2, b.x + b.width + SLACK / 2]).filter(inGap)];
    return candidates.reduce((best, x) => {
      const [cx, cb] = [crossings(x), crossings(best)];
      return cx < cb || (cx === cb && Math.abs(x - middle) < Math.abs(best - middle)) ? x : best;
    });
  });
  return merged.map((m, i) => ({
    role: m.texts.map(roleOf).find((r) => r !== undefined),
    left: i === 0 ? -Infinity : boundaries[i - 1],
    right: i === merged.length - 1 ? Infinity : boundaries[i],
  }));
}

function columnOf(item: PdfItem, columns: readonly Column[]): Column | undefined {
  return columns.find((c) => item.x >= c.left - SLACK && item.x + item.width <= c.right + SLACK);
}

function fits(line: VLine, columns: readonly Column[]): boolean {
  return line.items.every((i) => columnOf(i, columns) !== undefined);
}

interface Region {
  columns: Column[];
  lines: VLine[];
  /** Header lines (first and repeated), consumed but not rows. */
  headers: VLine[];
}

/** Table regions over the pages: from a header down to the first line that does not fit, across page breaks. */
function regions(pages: readonly Page[]): Region[] {
  const out: Region[] = [];
  let open: Region | undefined;
  for (const page of pages) {
    const lines = visualLines(page);
    let i = 0;
    while (i < lines.length) {
      if (isHeaderStart(lines, i)) {
        const end = headerBlock(lines, i);
        const header = lines.slice(i, end);
        if (!open) {
          open = { columns: columnsOf(header, lines.slice(end).flatMap((l) => l.items)), lines: [], headers: [] };
          out.push(open);
        }
        open.headers.push(...header);
        i = end;
        continue;
      }
      if (open && fits(lines[i], open.columns)) {
        open.lines.push(lines[i]);
      } else if (open) {
        open = undefined; // prose after the table
      }
      i++;
    }
  }
  return out;
}

/** Group a region's lines into rows (cells as text, items kept for places). */
function rowsOf(region: Region): VLine[][] {
  const rows: VLine[][] = [];
  const column = (role: Role) => region.columns.find((c) => c.role === role);
  const itemIn = (line: VLine, role: Role) => {
    const c = column(role);
    return c && line.items.find((i) => columnOf(i, [c]));
  };
  let previous: VLine | undefined;
  for (const line of region.lines) {
    const gap = previous && previous.page === line.page ? line.y - previous.y : Infinity;
    const codeItem = itemIn(line, 'code');
    const startsCode = codeItem !== undefined && ROW_CODE.test(foldDiacritics(codeItem.str.trim()));
    // Without padding between rows: a sub-row marker, or a second value, also starts a row.
    const startsMarker = /^([-+•]|Tại cấp|Trong đó)/u.test(itemIn(line, 'label')?.str.trim() ?? '');
    const value = itemIn(line, 'value');
    const lastValue = rows.length > 0 ? rows[rows.length - 1].map((l) => itemIn(l, 'value')).filter((v) => v !== undefined).pop() : undefined;
    // (a value cell that wraps, "Cấp huyện" / "289, cấp xã 159", goes on)
    const secondValue = value !== undefined && lastValue !== undefined && parseCellNumber(value.str) !== undefined && parseCellNumber(lastValue.str) !== undefined;
    const continues = previous && previous.page !== line.page && /^\p{Ll}/u.test(line.items[0]?.str.trim() ?? '');
    if (!previous || startsCode || startsMarker || secondValue || (gap > ROW_GAP * Math.max(line.size, 1) && !continues)) rows.push([line]);
    else rows[rows.length - 1].push(line);
    previous = line;
  }
  return rows;
}

/** The page's source line drawn at baseline `y` (the reader built its lines from the same items). */
function sourceLineAt(page: Page, y: number): SourceLine | undefined {
  const drawn = itemsToLines((page.items ?? []).filter((i) => i.str.length > 0));
  const target = drawn.reduce((best, l) => (Math.abs(l.y - y) < Math.abs(best.y - y) ? l : best), drawn[0]);
  return target && page.lines.find((l) => l.raw === target.text);
}

export interface PdfTables {
  rows: RawRow[];
  lines: SourceLine[];
  tables: number;
}

/** Read the statistics tables of PDF pages from their text items. */
export function readPdfTables(pages: readonly Page[], firstTable = 1): PdfTables {
  const rows: RawRow[] = [];
  const consumed = new Set<SourceLine>();
  const found = regions(pages.filter((p) => p.items && p.items.length > 0)).filter((r) => r.columns.some((c) => c.role === 'label'));
  found.forEach((region, t) => {
    const table = `T${firstTable + t}`;
    for (const line of [...region.headers, ...region.lines]) {
      const source = sourceLineAt(line.page, line.y);
      if (source) consumed.add(source);
    }
    for (const rowLines of rowsOf(region)) {
      const cell = (role: Role) => {
        const column = region.columns.find((c) => c.role === role);
        const items = column ? rowLines.flatMap((l) => l.items.filter((i) => columnOf(i, [column]))) : [];
        return { text: items.map((i) => i.str.trim()).join(' ').replace(/\s+/g, ' ').trim(), items };
      };
      const value = cell('value');
      const first = value.items[0];
      const anchorLine = first ? rowLines.find((l) => l.items.includes(first))! : rowLines[0];
      const source = sourceLineAt(anchorLine.page, anchorLine.y);
      const at = source && first ? source.text.indexOf(first.str.trim()) : -1;
      const place: Place = source
        ? at >= 0
          ? { page: source.page, line: source.line, start: source.offset + at, end: source.offset + at + value.text.length }
          : { page: source.page, line: source.line, start: source.offset, end: source.offset + source.text.length }
        : { page: anchorLine.page.number, line: 1, start: 0, end: 0 };
      const cells = { code: cell('code').text, label: cell('label').text, unit: cell('unit').text, value: value.text, note: cell('note').text };
      rows.push({ table, ...cells, place, text: Object.values(cells).filter(Boolean).join(' | ') });
    }
  });
  return { rows, lines: [...consumed], tables: found.length };
}
