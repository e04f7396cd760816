/**
 * The `consolidate` stage: mentions (prose, footnotes, tables) → figures, one
 * per indicator × level × period. A mention whose period is the report's own
 * counts as the report period (''). The most specific mention gives the
 * value (ties: the first in reading order); mentions of the same figure with
 * another value are kept as conflicts for the mention_conflict check.
 * Mentions without an indicator (unplaced quantities) are not figures.
 */
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

/** A plan's count: one number, whichever sentence restates it. */
const PLAN_TASKS = 'plan.tasks';

/**
 * "Kế hoạch CCHC 6 tháng cuối năm 2025 với 21 nhiệm vụ. … đã hoàn thành 9/21 nhiệm vụ": a plan's count read at the
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
  return [...groups.values()].map((mentions) => {
    const chosen = mentions.reduce((best, m) => (m.specificity > best.specificity ? m : best));
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
