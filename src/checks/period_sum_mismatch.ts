/**
 * period_sum_mismatch: sub-periods against the whole period.
 * - A flow (identities.yaml `flows`: new, resolved, late, …) stated for a
 *   period and for sub-periods that exactly tile it: the parts must add up.
 *   A sub-period value not stated but given by complete parts counts too.
 * - Dossiers received over the period = carried over into the first
 *   sub-period + the new dossiers of every sub-period.
 * - Continuity: dossiers pending at the end of one sub-period are the ones
 *   carried over into the next.
 * - Text: "N … (năm 2016: a; …; năm 2020: e)", for any quantity
 *   (period-enumerations.ts); the same sum read from the figures is reported once.
 */
import type { Figure, Flag, Report } from '../model/report.js';
import { addUnreported, type Check, flagAt, joinEvidence, placeOf, vi, viDate, viLevel } from './check.js';
import { flows, identities } from './identities.js';
import { periodEnumerationFlags } from './period-enumerations.js';
import { round, sumMessage, sumOf } from './sums.js';

const ID = 'period_sum_mismatch';

interface Span {
  start: string;
  end: string;
}

interface Value {
  value: number;
  span: Span;
  /** The figures it was read from (one when stated). */
  from: Figure[];
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const spanKey = (s: Span) => `${s.start}|${s.end}`;
const viSpan = (s: Span) => `${viDate(s.start)}–${viDate(s.end)}`;

/** Sub-spans of `whole` that tile it end to end (at least two), or undefined. */
function tiling(whole: Span, spans: Span[]): Span[] | undefined {
  const inside = spans.filter((s) => s.start >= whole.start && s.end <= whole.end && spanKey(s) !== spanKey(whole) && s.start < s.end);
  const walk = (cursor: string, chain: Span[]): Span[] | undefined => {
    for (const s of inside.filter((x) => x.start === cursor).sort((a, b) => b.end.localeCompare(a.end))) {
      if (s.end === whole.end) return [...chain, s];
      const found = walk(nextDay(s.end), [...chain, s]);
      if (found) return found;
    }
    return undefined;
  };
  const found = walk(whole.start, []);
  return found && found.length >= 2 ? found : undefined;
}

/** Values by indicator, then by span, for one level: stated, or derived from complete parts. */
function valuesOf(report: Report, figures: Figure[]): Map<string, Map<string, Value>> {
  const own = { start: report.meta.periodStart, end: report.meta.periodEnd };
  const out = new Map<string, Map<string, Value>>();
  const put = (indicator: string, v: Value) => {
    if (!out.has(indicator)) out.set(indicator, new Map());
    const bySpan = out.get(indicator) as Map<string, Value>;
    if (!bySpan.has(spanKey(v.span))) bySpan.set(spanKey(v.span), v);
  };
  for (const f of figures) {
    if (f.mentions[0]?.qualifier) continue;
    const span = f.period.start || f.period.end ? f.period : own;
    if (span.start && span.end) put(f.indicator, { value: f.value, span, from: [f] });
  }
  // A value not stated but given by complete parts (resolved = early_or_on_time + late),
  // or the one part missing from a stated total (new = received − carried over).
  for (const identity of identities) {
    if (!identity.complete || identity.optional.length > 0) continue;
    const keys = [identity.total, ...identity.parts];
    const spans = new Set(keys.flatMap((k) => [...(out.get(k)?.keys() ?? [])]));
    for (const key of spans) {
      if (identity.unless.some((k) => out.get(k)?.has(key))) continue;
      const total = out.get(identity.total)?.get(key);
      const parts = identity.parts.map((k) => out.get(k)?.get(key));
      const missing = identity.parts.filter((_, i) => !parts[i]);
      const stated = parts.filter((p): p is Value => !!p);
      if (!total && missing.length === 0 && flows.has(identity.total)) {
        put(identity.total, { value: sumOf(stated.map((p) => p.value)), span: stated[0].span, from: stated.flatMap((p) => p.from) });
      } else if (total && missing.length === 1 && flows.has(missing[0])) {
        put(missing[0], { value: round(total.value - sumOf(stated.map((p) => p.value))), span: total.span, from: [...total.from, ...stated.flatMap((p) => p.from)] });
      }
    }
  }
  return out;
}

function flag(subject: string, whole: Value, parts: Value[], expectedParts: number[]): Flag {
  const sum = sumOf(expectedParts);
  return flagAt(ID, 'warning', sumMessage(subject, { total: whole.value, parts: expectedParts }), placeOf(whole.from[0]), {
    indicators: [...new Set([whole, ...parts].flatMap((v) => v.from.map((f) => f.indicator)))].join('; '),
    expected: vi(whole.value),
    actual: vi(sum),
    evidence: joinEvidence([whole, ...parts].flatMap((v) => v.from.map((f) => f.mentions[0])).filter(Boolean)),
  });
}

function levelFlags(report: Report, figures: Figure[]): Flag[] {
  const values = valuesOf(report, figures);
  const level = viLevel(figures[0]?.level ?? '');
  const flags: Flag[] = [];
  for (const [indicator, bySpan] of values) {
    if (!flows.has(indicator)) continue;
    for (const whole of bySpan.values()) {
      if (whole.from.length !== 1) continue;
      const parts = tiling(whole.span, [...bySpan.values()].map((v) => v.span))?.map((s) => bySpan.get(spanKey(s)) as Value);
      if (!parts || sumOf(parts.map((p) => p.value)) === round(whole.value)) continue;
      flags.push(flag(`${indicator}${level} ${viSpan(whole.span)} theo các kỳ ${parts.map((p) => viSpan(p.span)).join(', ')}`, whole, parts, parts.map((p) => p.value)));
    }
  }
  const received = values.get('dossier.received');
  const fresh = values.get('dossier.new');
  const carried = values.get('dossier.carried_over');
  for (const whole of received?.values() ?? []) {
    if (!fresh || !carried) continue;
    const spans = tiling(whole.span, [...fresh.values()].map((v) => v.span));
    const first = spans && carried.get(spanKey(spans[0]));
    if (!spans || !first) continue;
    const parts = [first, ...spans.map((s) => fresh.get(spanKey(s)) as Value)];
    if (sumOf(parts.map((p) => p.value)) === round(whole.value)) continue;
    flags.push(flag(`dossier.received${level} ${viSpan(whole.span)} = tồn đầu kỳ + tiếp nhận mới từng kỳ`, whole, parts, parts.map((p) => p.value)));
  }
  const pending = values.get('dossier.pending');
  for (const next of carried?.values() ?? []) {
    const before = [...(pending?.values() ?? [])].find((p) => nextDay(p.span.end) === next.span.start && p.span.start < p.span.end);
    if (!before || round(before.value) === round(next.value)) continue;
    flags.push(
      flagAt(ID, 'warning', `Hồ sơ tồn cuối kỳ ${viSpan(before.span)} là ${vi(before.value)} nhưng kỳ ${viSpan(next.span)} nhận chuyển sang ${vi(next.value)}`, placeOf(next.from[0]), {
        indicators: 'dossier.pending; dossier.carried_over',
        expected: vi(before.value),
        actual: vi(next.value),
        evidence: joinEvidence([...before.from, ...next.from].map((f) => f.mentions[0]).filter(Boolean)),
      }),
    );
  }
  return flags;
}

function run(report: Report): Flag[] {
  const byLevel = new Map<string, Figure[]>();
  for (const f of report.figures) byLevel.set(f.level, [...(byLevel.get(f.level) ?? []), f]);
  const fromFigures = [...byLevel.values()].flatMap((figures) => levelFlags(report, figures));
  return addUnreported(fromFigures, periodEnumerationFlags(report), (f) => `${f.expected}|${f.actual}`);
}

export const periodSumMismatch: Check = {
  id: ID,
  description: 'Sub-period values do not add up to the period, or dossiers pending at one period end are not those carried into the next.',
  run,
};
