/** Small builders of hand-made Report objects for check examples. */
import type { DocumentRef, Figure, Flag, Mention, Report, ReportMeta, SourceLine, TableRowData } from '../../src/model/report.js';
import { emptyMeta, newReport, reindexPage } from '../../src/model/report.js';
import type { Level } from '../../src/model/schemas.js';

export interface MentionSpec {
  value: number;
  line?: number;
  evidence?: string;
  qualifier?: Mention['qualifier'];
  source?: Mention['source'];
}

export interface FigureSpec extends MentionSpec {
  level?: Level;
  period?: { start: string; end: string };
  /** Other mentions of the same key with a different value. */
  conflicts?: MentionSpec[];
}

function mention(indicator: string, spec: MentionSpec, level: Level, period: { start: string; end: string }): Mention {
  const line = spec.line ?? 1;
  return {
    indicator,
    value: spec.value,
    unit: '',
    level,
    period,
    qualifier: spec.qualifier,
    place: { page: 1, line, start: 0, end: 1 },
    evidence: spec.evidence ?? `${indicator} ${spec.value}`,
    rule: 'test',
    source: spec.source ?? 'text',
    specificity: 1,
  };
}

export function figure(indicator: string, spec: number | FigureSpec): Figure {
  const s = typeof spec === 'number' ? { value: spec } : spec;
  const level = s.level ?? '';
  const period = s.period ?? { start: '', end: '' };
  return {
    indicator,
    value: s.value,
    unit: '',
    level,
    period,
    mentions: [mention(indicator, s, level, period)],
    conflicts: (s.conflicts ?? []).map((c) => mention(indicator, c, level, period)),
  };
}

/** A cited document as the documents stage gives it: the symbol carries the number (and year) as written. */
export function doc(init: Partial<DocumentRef> & Pick<DocumentRef, 'number' | 'symbol'>): DocumentRef {
  return { doc_type: 'Kế hoạch', year: '', date: '', issuer: '', subject: '', page: 1, line: 1, raw: `${init.doc_type ?? 'Kế hoạch'} số ${init.symbol}`, ...init };
}

export function row(code: string, label: string, value: string, extra: Partial<TableRowData> = {}): TableRowData {
  return { table_id: '1', code, label, unit: '', value, level: '', page: 1, line: 1, indicator: '', unit_name: '', period_start: '', period_end: '', column_header: '', ...extra };
}

export interface ReportSpec {
  figures?: Figure[];
  documents?: DocumentRef[];
  tableRows?: TableRowData[];
  /** Body text, one string per line (page 1). */
  body?: string[];
  footnotes?: string[];
  meta?: Partial<ReportMeta>;
}

export function reportOf(spec: ReportSpec = {}): Report {
  const report = newReport({ id: 'r0123456789abcdef', path: 'test.txt', sourceFile: 'test.txt', format: 'txt' });
  report.meta = { ...emptyMeta(), periodStart: '2025-07-01', periodEnd: '2025-09-30', ...spec.meta };
  report.figures = spec.figures ?? [];
  report.documents = spec.documents ?? [];
  report.tableRows = spec.tableRows ?? [];
  const lines: SourceLine[] = [
    ...(spec.body ?? []).map((text) => ({ text, kind: 'body' as const })),
    ...(spec.footnotes ?? []).map((text) => ({ text, kind: 'footnote' as const, footnote: 1 })),
  ].map((l, i) => ({ page: 1, line: i + 1, offset: 0, raw: l.text, ...l }));
  if (lines.length > 0) {
    const page = { number: 1, lines };
    reindexPage(page);
    report.pages = [page];
  }
  return report;
}

export type { Flag };
