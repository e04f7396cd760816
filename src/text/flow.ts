/**
 * A flow is the running text of a selection of lines (e.g. all body lines of
 * a report, across pages), joined with '\n', so that rules can match
 * sentences that wrap over lines and pages. Pieces of a line can be left out
 * (footnote reference digits, page numbers); every flow offset still maps
 * back to its page, line and page-text offset.
 */
import type { Place, Report, SourceLine } from '../model/report.js';

interface Segment {
  flowStart: number;
  length: number;
  line: SourceLine;
  /** Index in line.text where this segment starts. */
  lineStart: number;
}

export interface Flow {
  text: string;
  /** Where a flow offset lies in the source. An offset at a joint maps to the end of the earlier piece. */
  locate(offset: number): { line: SourceLine; page: number; lineNumber: number; pageOffset: number };
  /** The place covering flow offsets [start, end). */
  place(start: number, end: number): Place;
  /** The source lines the range [start, end) touches. */
  linesOf(start: number, end: number): SourceLine[];
}

export class FlowBuilder {
  private parts: string[] = [];
  private segments: Segment[] = [];
  private length = 0;

  /** Append `line.text.slice(from, to)`. */
  appendLine(line: SourceLine, from = 0, to = line.text.length): this {
    const piece = line.text.slice(from, to);
    this.segments.push({ flowStart: this.length, length: piece.length, line, lineStart: from });
    this.parts.push(piece);
    this.length += piece.length;
    return this;
  }

  /** Append a separator that belongs to no line (e.g. '\n' between lines). */
  appendSeparator(sep = '\n'): this {
    this.parts.push(sep);
    this.length += sep.length;
    return this;
  }

  build(): Flow {
    const text = this.parts.join('');
    const segments = this.segments;
    const find = (offset: number): Segment => {
      let lo = 0;
      let hi = segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segments[mid].flowStart <= offset) lo = mid;
        else hi = mid - 1;
      }
      return segments[lo];
    };
    const locate = (offset: number) => {
      if (segments.length === 0) throw new Error('empty flow');
      const seg = find(offset);
      const within = Math.min(offset - seg.flowStart, seg.length);
      return {
        line: seg.line,
        page: seg.line.page,
        lineNumber: seg.line.line,
        pageOffset: seg.line.offset + seg.lineStart + within,
      };
    };
    return {
      text,
      locate,
      place(start, end) {
        const a = locate(start);
        const b = locate(Math.max(start, end - 1));
        // A range crossing pages is clipped to its first page.
        const endOffset = b.page === a.page ? b.pageOffset + 1 : a.line.offset + a.line.text.length;
        return { page: a.page, line: a.lineNumber, start: a.pageOffset, end: Math.max(a.pageOffset, endOffset) };
      },
      linesOf(start, end) {
        const out: SourceLine[] = [];
        for (const seg of segments) {
          if (seg.flowStart + seg.length < start) continue;
          if (seg.flowStart >= end) break;
          if (out[out.length - 1] !== seg.line) out.push(seg.line);
        }
        return out;
      },
    };
  }
}

/** The flow of every line of the given kinds, in reading order, one '\n' between lines. */
export function flowOf(report: Report, kinds: ReadonlyArray<SourceLine['kind']> = ['body']): Flow {
  const builder = new FlowBuilder();
  let first = true;
  for (const page of report.pages) {
    for (const line of page.lines) {
      if (!kinds.includes(line.kind)) continue;
      if (!first) builder.appendSeparator('\n');
      builder.appendLine(line);
      first = false;
    }
  }
  return builder.build();
}
