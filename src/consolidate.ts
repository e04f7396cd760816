/**
 * The `consolidate` stage: mentions (prose, footnotes, tables) → figures, one
 * per indicator × level × period. A mention whose period is the report's own
 * counts as the report period (''). The most specific mention gives the
 * value (ties: the first in reading order), save a kind split out of a whole
 * beside its complement (splitPart) and a value restated rounded beside its
 * precise statement (roundedFrom); mentions of the same figure with
 * another value are kept as conflicts for the mention_conflict check.
 * Mentions without an indicator (unplaced quantities) are not figures.
 */
import { indicatorOf } from './model/catalogue.js';
import type { Figure, Mention, Period, Report } from './model/report.js';
import type { Stage } from './pipeline.js';

const SOURCE_ORDER = { text: 0, table: 1, footnote: 2 } as const;

function reportScoped(period: Period, report: Report): Period {
  const { periodStart, periodEnd } = report.meta;
  if (period.start === '' || (period.start === periodStart && period.end === periodEnd)) return { start: '', end: '' };
  return period;
}

/** Reading order: page, then offset; body text before tables before footnotes on ties. */
function byPlace(a: Mention, b: Mention): number {
  return a.place.page - b.place.page || a.place.start - b.place.start || SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source];
}

/** The mention that gives a figure its value: the most specific, the first in reading order on a tie. */
const mostSpecific = (mentions: readonly Mention[]) => mentions.reduce((best, m) => (m.specificity > best.specificity ? m : best));

/** The place of a value's last significant digit: 21000 → 1000, 99 → 1, 88.1 → 0.1. */
function stepOf(value: number): number {
  const decimals = String(value).split('.')[1]?.length ?? 0;
  if (decimals > 0 || value === 0) return 10 ** -decimals;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

/**
 * "tiếp nhận hơn 21.000 hồ sơ" in a headline, "21.347 hồ sơ" in the body; "gần 9 nghìn" for 8.871; "đạt 88%" for
 * "88,1%": `rough` restates `precise` rounded, on the side its bound says (unbounded: to whole units only).
 */
function roundedFrom(rough: Mention, precise: number): boolean {
  const step = stepOf(rough.value);
  if (stepOf(precise) >= step) return false;
  const over = precise - rough.value;
  switch (rough.qualifier) {
    case 'gt':
    case 'ge':
      return over > 0 && over < step;
    case 'lt':
    case 'le':
      return over < 0 && -over < step;
    case 'approx':
      return Math.abs(over) < step;
    default:
      return step === 1 && Math.round(precise) === rough.value;
  }
}

/**
 * The mentions that may give the value: a rounded restatement yields to the precise one it restates. Compared by
 * distinct value and bound, not mention by mention: a figure restated a thousand times stays linear.
 */
function precise(mentions: readonly Mention[]): Mention[] {
  const values = [...new Set(mentions.map((m) => m.value))];
  const yields = new Map<string, boolean>();
  return mentions.filter((m) => {
    const key = `${m.qualifier ?? ''} ${m.value}`;
    if (!yields.has(key)) yields.set(key, values.some((value) => roundedFrom(m, value)));
    return !yields.get(key);
  });
}

/** A plan's count: one number, whichever sentence restates it. */
const PLAN_TASKS = 'plan.tasks';

/**
 * "Kế hoạch CCHC 6 tháng cuối năm 2025 gồm 18 nhiệm vụ. … đã hoàn thành 7/18 nhiệm vụ": a plan's count read at the
 * report's period after a plan named by its own span counted the same restates that plan, and takes its span.
 */
function restatedPlan(mention: Mention, period: Period, named: readonly Mention[]): Period {
  if (mention.indicator !== PLAN_TASKS || period.start !== '') return period;
  const plan = named.find((m) => m.value === mention.value && m.level === mention.level && byPlace(m, mention) < 0);
  return plan?.period ?? period;
}

export function consolidate(report: Report): Figure[] {
  const groups = new Map<string, Mention[]>();
  // An unplaced quantity (empty indicator) is listed in mentions.csv for review, never a figure.
  const placed = report.mentions.filter((m) => m.indicator !== '').sort(byPlace);
  const namedPlans = placed.filter((m) => m.indicator === PLAN_TASKS && reportScoped(m.period, report).start !== '');
  for (const mention of placed) {
    const period = restatedPlan(mention, reportScoped(mention.period, report), namedPlans);
    const key = [mention.indicator, mention.level, period.start, period.end].join('|');
    const group = groups.get(key) ?? [];
    group.push({ ...mention, period });
    groups.set(key, group);
  }
  for (const [key, mentions] of groups) if (roughRestatement(key, mentions, groups)) groups.delete(key);
  return [...groups.entries()].map(([key, mentions]) => {
    const chosen = splitPart(key, mentions, groups) ?? mostSpecific(precise(mentions));
    const ordered = [chosen, ...mentions.filter((m) => m !== chosen)];
    return {
      indicator: chosen.indicator,
      value: chosen.value,
      unit: chosen.unit,
      level: chosen.level,
      period: chosen.period,
      mentions: ordered,
      conflicts: ordered.filter((m) => m.value !== chosen.value),
    };
  });
}

/**
 * "TP Tuy Hòa: giải quyết đúng hạn hơn 99% hồ sơ" over a story whose body gives the city's desk 99,1% at its level:
 * a whole's figure stated only with a bound ("hơn", "gần", "khoảng") that rounds a precise figure of the same key and
 * period at a level restates that figure, as it does at its own level (precise); it is no figure of the whole.
 */
function roughRestatement(key: string, mentions: readonly Mention[], groups: ReadonlyMap<string, Mention[]>): boolean {
  const [indicator, level, start, end] = key.split('|');
  if (level !== '' || !mentions.every((m) => m.qualifier)) return false;
  const levelled = [...groups.entries()]
    .filter(([other]) => other !== key && other.split('|')[0] === indicator && other.endsWith(`|${start}|${end}`))
    .flatMap(([, group]) => group.filter((m) => !m.qualifier));
  return mentions.every((rough) => levelled.some((m) => roundedFrom(rough, m.value)));
}

/** Characters between a kind's count and its complement's in one split ("12 công chức, 26 viên chức"). */
const SIDE_BY_SIDE = 30;

/**
 * "tinh giản 41 người²" ⏎ "²Trong đó 12 công chức, 26 viên chức và 3 người hợp đồng": a key that counts one kind of
 * staff when the text splits them (its catalogue complement counts the other kind), stated both as the whole and as
 * its own kind side by side with the complement's count, is the kind's value (the whole holds both: 41 ≥ 12 + 26).
 * Null when the group states no such split.
 */
function splitPart(key: string, mentions: Mention[], groups: Map<string, Mention[]>): Mention | null {
  const [indicator, ...rest] = key.split('|');
  const complement = indicatorOf(indicator).complement;
  const others = complement ? groups.get([complement, ...rest].join('|')) : undefined;
  if (!others) return null;
  const max = Math.max(...mentions.map((m) => m.value));
  const apart = (a: Mention, b: Mention) => (b.place.start >= a.place.end ? b.place.start - a.place.end : a.place.start - b.place.end);
  const beside = (part: Mention) =>
    others.find((o) => o.source === part.source && o.place.page === part.place.page && apart(part, o) >= 0 && apart(part, o) <= SIDE_BY_SIDE);
  const parts = mentions.filter((m) => {
    const other = m.value < max ? beside(m) : undefined;
    return other !== undefined && m.value + other.value <= max;
  });
  return parts.length > 0 ? mostSpecific(parts) : null;
}

/** About a page of text: a report this long that yields no figure was probably not read right. */
const PAGE_OF_TEXT = 3000;

export const consolidateStage: Stage = {
  name: 'consolidate',
  run(report) {
    report.figures = consolidate(report);
    const characters = report.pages.reduce((sum, page) => sum + page.lines.reduce((n, line) => n + line.text.length, 0), 0);
    if (report.status === 'ok' && report.figures.length === 0 && characters > PAGE_OF_TEXT) {
      report.diagnostics.push({ severity: 'warning', message: 'no figures found', source: 'consolidate' });
    }
  },
};
