/**
 * Copies of one report in a batch: the same issuer (unit key), report number
 * and date, or the same text (fingerprint), or the same bytes; or, when one
 * of two reports of a unit and period has lost its header (no number, no
 * date: a TXT of the body), the same figures — every key both state agrees,
 * and they share most keys. Each group
 * keeps one copy of record, the best read; the others point to it
 * (`duplicate_of`). A revised report (other number or date, other text) is
 * no copy: its differences are for the cross-report checks to show.
 */
import type { FigureRow, ReportRow } from '../model/schemas.js';

export interface CopyCandidate {
  report: ReportRow;
  fingerprint: string;
  /** report_id of an earlier file with the same bytes. */
  sameBytesAs?: string;
  /** The report's figures (for a header-less copy). */
  figures?: readonly FigureKey[];
}

type FigureKey = Pick<FigureRow, 'indicator' | 'level' | 'period_start' | 'period_end' | 'value'>;

/** Figures a header-less copy and its original must share: at least this many, and this share of the smaller set. */
const SHARED_MIN = 3;
const SHARED_SHARE = 0.8;

function sameFigures(a: readonly FigureKey[], b: readonly FigureKey[]): boolean {
  const key = (f: FigureKey) => `${f.indicator}|${f.level}|${f.period_start}|${f.period_end}`;
  const values = new Map(a.map((f) => [key(f), f.value]));
  const shared = b.filter((f) => values.has(key(f)));
  return shared.length >= SHARED_MIN && shared.length >= SHARED_SHARE * Math.min(a.length, b.length)
    && shared.every((f) => values.get(key(f)) === f.value);
}

const headerless = (r: ReportRow) => !r.report_number && !r.report_date;

const STATUS_RANK: Record<string, number> = { ok: 0, partial: 1, error: 2 };
const FORMAT_RANK: Record<string, number> = { docx: 0, txt: 1, pdf: 2, doc: 3 };

/** How much the text needed repairing: none < encoding fixes < OCR. */
function repairRank(repair: string): number {
  if (repair === 'none' || repair === 'nfc') return 0;
  if (repair.includes('ocr')) return 2;
  return repair ? 1 : 3;
}

/** Best read first: finished, clean text, most figures, born-digital format, input order. */
function betterRead(a: { c: CopyCandidate; i: number }, b: { c: CopyCandidate; i: number }): number {
  const x = a.c.report;
  const y = b.c.report;
  return (STATUS_RANK[x.status] - STATUS_RANK[y.status])
    || (repairRank(x.text_repair) - repairRank(y.text_repair))
    || (y.figures - x.figures)
    || ((FORMAT_RANK[x.format] ?? 9) - (FORMAT_RANK[y.format] ?? 9))
    || (a.i - b.i);
}

/** For each candidate, the report_id of its copy of record, or '' when it is one (or has no copy). */
export function findDuplicates(candidates: readonly CopyCandidate[], unitKeys: readonly string[]): string[] {
  const parent = candidates.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const union = (a: number, b: number) => {
    parent[root(a)] = root(b);
  };
  const byKey = new Map<string, number>();
  const link = (key: string, i: number) => {
    const other = byKey.get(key);
    if (other === undefined) byKey.set(key, i);
    else union(i, other);
  };
  const byId = new Map(candidates.map((c, i) => [c.report.report_id, i]));
  candidates.forEach((c, i) => {
    const r = c.report;
    if (unitKeys[i] && r.report_number && r.report_date) link(`issue|${unitKeys[i]}|${r.report_number}|${r.report_date}`, i);
    if (c.fingerprint) link(`text|${c.fingerprint}`, i);
    const same = c.sameBytesAs === undefined ? undefined : byId.get(c.sameBytesAs);
    if (same !== undefined) union(i, same);
  });
  const byUnitPeriod = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    if (!unitKeys[i] || !c.report.period_start || !c.figures?.length) return;
    const key = `${unitKeys[i]}|${c.report.period_start}|${c.report.period_end}`;
    byUnitPeriod.set(key, [...(byUnitPeriod.get(key) ?? []), i]);
  });
  for (const group of byUnitPeriod.values()) {
    for (const i of group) {
      if (!headerless(candidates[i].report)) continue;
      for (const j of group) if (j !== i && sameFigures(candidates[i].figures!, candidates[j].figures!)) union(i, j);
    }
  }
  const groups = new Map<number, { c: CopyCandidate; i: number }[]>();
  candidates.forEach((c, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), { c, i }]));
  const out = candidates.map(() => '');
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const record = [...group].sort(betterRead)[0];
    for (const member of group) if (member !== record) out[member.i] = record.c.report.report_id;
  }
  return out;
}
