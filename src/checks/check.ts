/**
 * The shape every check shares (like an ESLint rule): plain metadata plus a
 * function that only reports flags. The file name of a check is its id.
 */
import type { DocumentRef, Figure, Flag, Mention, Report } from '../model/report.js';
import type { Severity } from '../model/schemas.js';
import { type NumberToken, scanNumbers } from '../parse/numbers.js';
import { bodyFlow, footnoteFlows } from '../text/body-flow.js';
import type { Flow } from '../text/flow.js';

export interface Check {
  id: string;
  description: string;
  run(report: Report): Flag[];
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

/** A number the way the report writes it (8.803; 81,23), so an auditor can search for it. */
export function vi(value: number): string {
  return numberFormat.format(value);
}

/** "4.167 + 2.515 + 2.119". */
export function viSum(values: readonly number[]): string {
  return values.map(vi).join(' + ');
}

const EVIDENCE_MAX = 300;

export function trimEvidence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EVIDENCE_MAX ? `${flat.slice(0, EVIDENCE_MAX - 1)}…` : flat;
}

/** Evidence of several mentions, each sentence once. */
export function joinEvidence(mentions: readonly Pick<Mention, 'evidence'>[]): string {
  return trimEvidence([...new Set(mentions.map((m) => m.evidence.trim()).filter(Boolean))].join(' | '));
}

export function flagAt(
  checkId: string,
  severity: Severity,
  message: string,
  where: { page: number; line: number } | undefined,
  fields: { indicators?: string; expected?: string; actual?: string; evidence?: string } = {},
): Flag {
  return {
    check_id: checkId,
    severity,
    message,
    indicators: fields.indicators ?? '',
    expected: fields.expected ?? '',
    actual: fields.actual ?? '',
    page: where?.page ?? '',
    line: where?.line ?? '',
    evidence: fields.evidence ?? '',
  };
}

/** `first`, then those of `more` whose key none of `first` has: one finding read two ways is reported once. */
export function addUnreported(first: Flag[], more: Flag[], key: (flag: Flag) => string): Flag[] {
  const reported = new Set(first.map(key));
  return [...first, ...more.filter((flag) => !reported.has(key(flag)))];
}

/** Where a figure was first stated. */
export function placeOf(figure: Figure): { page: number; line: number } | undefined {
  const first = figure.mentions[0];
  return first ? { page: first.place.page, line: first.place.line } : undefined;
}

const LEVEL_NAMES: Record<string, string> = { province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' };

/** " (cấp xã)" or '' for the unit's own total. */
export function viLevel(level: string): string {
  return LEVEL_NAMES[level] ? ` (${LEVEL_NAMES[level]})` : '';
}

/** Figures grouped by level and period: the scope within which catalogue identities hold. */
export function figuresByScope(report: Report): Map<string, Map<string, Figure>> {
  const scopes = new Map<string, Map<string, Figure>>();
  for (const figure of report.figures) {
    const key = scopeKey(report, figure);
    let scope = scopes.get(key);
    if (!scope) scopes.set(key, (scope = new Map()));
    scope.set(figure.indicator, figure);
  }
  return scopes;
}

/** level|start|end, the report's own period written as empty. */
export function scopeKey(report: Report, figure: Pick<Figure, 'level' | 'period'>): string {
  return `${figure.level}|${periodKey(report, figure.period)}`;
}

export function periodKey(report: Report, period: { start: string; end: string }): string {
  const own = period.start === report.meta.periodStart && period.end === report.meta.periodEnd;
  return own ? '|' : `${period.start}|${period.end}`;
}

/** Flows a text check reads: the body, then each footnote on its own. */
export function textFlows(report: Report): Flow[] {
  if (report.pages.length === 0) return [];
  return [bodyFlow(report), ...footnoteFlows(report).map((f) => f.flow)].filter((flow) => flow.text.length > 0);
}

/** 2021-01-29 → 29/01/2021. */
export function viDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/** "Nghị định số 113/2018/NĐ-CP": the symbol as extracted carries the number and year when the text did. */
export function citation(doc: DocumentRef): string {
  const number = doc.symbol.startsWith(`${doc.number}/`) || !doc.number ? doc.symbol : `${doc.number}/${doc.year ? `${doc.year}/` : ''}${doc.symbol}`;
  return `${doc.doc_type} số ${number}`.trim();
}

const numberCache = new WeakMap<Flow, NumberToken[]>();

/**
 * The numbers of a flow, scanned once for all text checks. Line breaks read
 * as spaces (same offsets), so "08\nnhiệm vụ" keeps its unit word.
 */
export function flowNumbers(flow: Flow): NumberToken[] {
  let tokens = numberCache.get(flow);
  if (!tokens) numberCache.set(flow, (tokens = scanNumbers(flow.text.replaceAll('\n', ' ')).filter((t) => Number.isFinite(t.value))));
  return tokens;
}

/** Start offsets of the sentences of a text, for `sentenceStartAt`. */
export function sentenceStarts(text: string, end: RegExp = /[.!?](?=\s|$)/gu): number[] {
  return [0, ...[...text.matchAll(end)].map((m) => m.index + 1)];
}

/** Start of the sentence holding offset `at` (binary search over `starts`). */
export function sentenceStartAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo];
}
