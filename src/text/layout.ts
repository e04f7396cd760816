/**
 * What a PDF's layout says of its body lines. A writer ends a paragraph, a
 * heading or an item with a line break: that line ends where the next line's
 * first word would still have fitted, and the next line may stand after a
 * wider gap than the line pitch or be set in from the margin ('new'). A
 * wrapped line goes on at the margin after a full line ('wrap'). DOCX keeps
 * a paragraph on one line; a PDF's wrapped lines joined again read as it does
 * (body-flow.ts), and a line set apart starts a paragraph (structure/build.ts).
 *
 * Judged from the lines' boxes (SourceLine.box) against the document's
 * geometry, taken from its body lines once the tables stage has taken the
 * table rows out: a table's tight rows and narrow cells would skew it.
 */
import type { LineBox, SourceLine } from '../model/report.js';

export type Layout = 'new' | 'wrap';

/** A gap between baselines wider than this (× the line pitch) sets a paragraph, heading or item apart. */
const BLOCK_GAP = 1.3;
/** A line starting more than this (× its font size) right of the margin and of the line above is set in. */
const SET_IN = 0.5;
/** A paragraph's first line is set in by at most this much (× its font size); further in, it is centred. */
const MAX_INDENT = 5;
/** A line starting this close (× its font size) to the margin is at the margin. */
const AT_MARGIN = 0.25;
/** A line ending this close (× its font size) to the edge is full. */
const FULL = 2;
/** The line above ended early when this line's first word would have fitted after it with this much room (× font size) to spare. */
const FIT_SLACK = 1;
/**
 * The widths tell where a line could have ended unless this share of the document's wrapped lines left room for
 * the next word (ragged text, widths measured off): then only gaps and indents say where paragraphs start.
 */
const WRAP_ROOM_QUANTILE = 0.9;
/** Fewer wrapped lines than this do not tell whether the widths can be trusted; they are. */
const MIN_WRAPS = 3;
/** The right edge of the text is where this share of the lines end or before (a few wider lines stay out). */
const EDGE_QUANTILE = 0.8;
/** The line pitch is the gap this share of the gaps are as narrow as or narrower (many paragraphs are one line, set apart). */
const PITCH_QUANTILE = 0.25;
/** Fewer lines than this do not tell a document's margins and pitch. */
const MIN_LINES = 8;
/** The left margin is the leftmost start this many lines share (a stray line or two further left is none). */
const MARGIN_LINES = 3;
/** This many paragraphs whose set-in first line wraps onto the margin show a writer who sets first lines in. */
const INDENTED_PARAGRAPHS = 3;
/** A line that opens with a list or heading marker (its wrapped lines may hang under its text, set in). */
const MARKER_START = /^(?:[-+•–*]|[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))\s/u;
/** Words that end a clause or a sentence, and those that end a sentence, at a line's end. */
const CLAUSE_END = /[.:;,!?…]["”’)]*$/u;
const SENTENCE_END = /[.:;!?…]["”’)]*$/u;
/** No paragraph, heading or item starts in lower case (but for a marker: "b) …"). */
const inLowerCase = (text: string) => /^\p{Ll}/u.test(text) && !MARKER_START.test(text);

/** A line with a box, and the one before it in reading order (the body line above it, or the last one of the page before). */
interface Placed {
  line: SourceLine;
  box: LineBox;
  above?: Placed;
  /** The line above is the one right above on the same page: the gap between their baselines means something. */
  samePage: boolean;
}

interface Geometry {
  margin?: number;
  edge: number;
  pitch?: number;
  /** Paragraphs start with their first line set in: a line at the margin goes on with the one above. */
  indents: boolean;
  /** Wrapped lines leave no room for the next word: a line that leaves it ended early. */
  widthsTell: boolean;
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)];

function geometryOf(placed: readonly Placed[]): Geometry | undefined {
  if (placed.length < MIN_LINES) return undefined;
  const starts = placed.map((p) => p.box.left).sort((a, b) => a - b);
  const margin = starts.find((x, i) => i + MARGIN_LINES - 1 < starts.length && starts[i + MARGIN_LINES - 1] - x <= 1);
  const edge = quantile(placed.map((p) => p.box.right), EDGE_QUANTILE);
  const gaps = placed.flatMap(({ box, above, samePage }) =>
    samePage && above && Math.abs(box.size - above.box.size) < 0.5 && box.baseline > above.box.baseline ? [box.baseline - above.box.baseline] : [],
  );
  // A full first line set in a little, its next line at the margin: a paragraph whose first line is set in.
  const indented = ({ box, above }: Placed) =>
    margin !== undefined && above !== undefined && Math.abs(box.left - margin) <= AT_MARGIN * box.size && above.box.right >= edge - FULL * box.size &&
    above.box.left - margin > SET_IN * box.size && above.box.left - margin <= MAX_INDENT * box.size;
  // A line that starts in lower case goes on with the line above: the room that line left for its first word.
  const rooms = placed.flatMap(({ line, box, above }) => (above && inLowerCase(line.text) ? [edge - above.box.right - box.firstWord] : []));
  return {
    margin,
    edge,
    pitch: gaps.length > 0 ? quantile(gaps, PITCH_QUANTILE) : undefined,
    indents: placed.filter(indented).length >= INDENTED_PARAGRAPHS,
    widthsTell: rooms.length < MIN_WRAPS || quantile(rooms, WRAP_ROOM_QUANTILE) <= 0,
  };
}

/** A line set in from the margin as far as it stops short of the edge. */
function centred(box: LineBox, margin: number, edge: number): boolean {
  const left = box.left - margin;
  return left > SET_IN * box.size && Math.abs(left - (edge - box.right)) <= box.size;
}

/**
 * What the layout says of a line against the line above it. A line in lower case goes on with it. After a full
 * line that ends a sentence, a line at the margin wraps on only where the writer sets first lines in; a line
 * opening with a marker after a clause's end opens an item or a heading. Where the widths cannot be trusted, only
 * a gap or a line set in says anything (a paragraph starts): no line is joined to the one above.
 */
function layoutOf({ line, box, above, samePage }: Placed, { margin, edge, pitch, indents, widthsTell }: Geometry): Layout | undefined {
  if (!above || margin === undefined) return undefined;
  const size = Math.max(box.size, 1);
  const lower = inLowerCase(line.text);
  const atMargin = Math.abs(box.left - margin) <= AT_MARGIN * size;
  const hangs = MARKER_START.test(above.line.text) && box.left <= above.box.left + 3 * size;
  const setIn = box.left > margin + SET_IN * size && box.left > above.box.left + SET_IN * size && !hangs;
  const apart = samePage && pitch !== undefined && box.baseline - above.box.baseline > BLOCK_GAP * pitch;
  if (!widthsTell) return !lower && (apart || setIn) ? 'new' : undefined;
  const centredPair = centred(box, margin, edge) && centred(above.box, margin, edge);
  if (lower) return atMargin || centredPair ? 'wrap' : undefined;
  if (apart) return 'new';
  const word = (0.25 + FIT_SLACK) * size + box.firstWord;
  // Centred lines (a title) wrap where the next word would have made the line above wider than the text.
  if (centredPair) return above.box.right - above.box.left + word <= edge - margin ? 'new' : 'wrap';
  if (above.box.right + word <= edge || setIn) return 'new';
  if (!atMargin || (MARKER_START.test(line.text) && (!indents || CLAUSE_END.test(above.line.text)))) return undefined;
  return indents || !SENTENCE_END.test(above.line.text) ? 'wrap' : undefined;
}

/** The layout of each of the lines (a flow's, in reading order) its PDF page tells; lines without a box are not judged. */
export function lineLayouts(lines: readonly SourceLine[]): Map<SourceLine, Layout> {
  const placed: Placed[] = [];
  let previous: Placed | undefined;
  for (const line of lines) {
    if (!line.box) {
      previous = undefined;
      continue;
    }
    // Only a line right below the one before it has a gap that means something: table rows taken out between two
    // lines (or a page break) leave a gap that says nothing of paragraphs.
    const adjacent = previous?.line.page === line.page && previous.line.line === line.line - 1;
    const p: Placed = { line, box: line.box, above: previous, samePage: adjacent };
    placed.push(p);
    previous = p;
  }
  const out = new Map<SourceLine, Layout>();
  const geometry = geometryOf(placed);
  if (!geometry) return out;
  for (const p of placed) {
    const layout = layoutOf(p, geometry);
    if (layout) out.set(p.line, layout);
  }
  return out;
}
