/**
 * Communes against their district (or, from July 2025, their province):
 * what the communes' own reports state cannot add up to more than the
 * parent's commune-level figure for the same indicator and period ("cấp
 * xã 1.240"), nor, for dossiers, to more than the parent's own total when
 * it gives no commune level (a district's dossier total counts its
 * communes' one-stop shops; its documents issued do not). A commune
 * belongs to the parent its report names (reports.csv parent_unit_key).
 *
 * Compared only when every commune the batch holds for that parent and
 * period (a report naming the parent and covering the period) states the
 * indicator: one silent commune leaves the sum unknown. Only quantities a
 * district's commune level sums over its communes are compared: dossier
 * counts and the flows of identities.yaml; never rates, scores or ranks,
 * and never procedures (every commune applies the same set).
 *
 * Whether the batch holds every commune of the parent cannot be known from
 * the batch: no report states the number of communes in a form the
 * pipeline reads, and a commune missing from the batch is
 * indistinguishable from one that does not exist. So more than the parent
 * is an error (missing communes can only add), less is info ("differ":
 * the communes not in the batch may make up the rest). The district's own
 * total against its district and commune levels is sum_mismatch's, within
 * its report.
 */
import type { Observation } from '../../across/observations.js';
import { ofRecord } from '../../across/observations.js';
import { indicatorOf } from '../../model/catalogue.js';
import { vi, viSum } from '../check.js';
import { flows } from '../identities.js';
import { additiveUnit, type CrossCheck, crossFlag, type CrossFlag, sameValue, subject, viPeriod } from './cross-check.js';
import { recordsByPeriod } from './subperiod_sum_mismatch.js';

const ID = 'commune_sum_mismatch';

/** A quantity the commune level of a district sums over its communes. */
export function summedOverCommunes(indicator: string): boolean {
  return additiveUnit(indicator) && !indicator.startsWith('procedure.') && (flows.has(indicator) || indicatorOf(indicator).unit === 'dossier');
}

const periodOf = (o: Pick<Observation, 'period_start' | 'period_end'>) => `${o.period_start}|${o.period_end}`;

/** The communes' observations of one parent, by commune key: only from their reports that name the parent. */
function communesOf(parentKey: string, batch: ReadonlyMap<string, readonly Observation[]>): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const [key, observations] of batch) {
    if (key === parentKey) continue;
    const own = observations.filter((o) => o.report.parent_unit_key === parentKey && o.report.unit_level === 'commune');
    if (own.length > 0) out.set(key, own);
  }
  return out;
}

export const communeSumMismatch: CrossCheck = {
  id: ID,
  description: "the communes' own figures, summed, ≠ their district's commune-level figure (more than its own total: error)",
  run(unit, batch) {
    if (!batch || unit.length === 0) return [];
    const communes = communesOf(unit[0].unitKey, batch);
    if (communes.size === 0) return [];
    const flags: CrossFlag[] = [];
    const parentFigures = unit.filter((o) => summedOverCommunes(o.indicator) && (o.level === 'commune' || (o.level === 'own' && indicatorOf(o.indicator).unit === 'dossier')));
    for (const indicator of new Set(parentFigures.map((o) => o.indicator))) {
      const commune = recordsByPeriod(parentFigures.filter((o) => o.indicator === indicator && o.level === 'commune'));
      const own = recordsByPeriod(parentFigures.filter((o) => o.indicator === indicator && o.level === 'own'));
      for (const period of new Set([...commune, ...own].map(periodOf))) {
        const parent = commune.find((o) => periodOf(o) === period) ?? own.find((o) => periodOf(o) === period)!;
        const parts = communeFigures(communes, indicator, parent);
        if (!parts) continue;
        const sum = parts.reduce((n, p) => n + p.value, 0);
        if (sameValue(sum, parent.value) || (parent.level === 'own' && sum < parent.value)) continue;
        const arithmetic = `${parts.map((p) => p.report.unit_name).join(', ')} cộng lại ${viSum(parts.map((p) => p.value))} = ${vi(sum)}`;
        const [severity, relation] = sum > parent.value ? ['error', 'nhiều hơn'] as const : ['info', 'ít hơn'] as const;
        flags.push(crossFlag(ID, severity, parent,
          `${subject(parent)} kỳ ${viPeriod(parent)} của ${parent.report.unit_name}${parent.level === 'own' ? ' (tổng của đơn vị)' : ''} là ${vi(parent.value)}, nhưng ${parts.length} xã trong lô (${arithmetic}) ${relation} (lệch ${vi(Math.abs(sum - parent.value))})${severity === 'info' ? '; lô có thể thiếu xã' : ''}`,
          { expected: vi(parent.value), actual: vi(sum), involved: [parent, ...parts] }));
      }
    }
    return flags;
  },
};

/**
 * Each commune's own figure for the parent's period, or undefined when a
 * commune the batch holds for that period does not state it.
 */
function communeFigures(communes: ReadonlyMap<string, Observation[]>, indicator: string, parent: Observation): Observation[] | undefined {
  const parts: Observation[] = [];
  for (const observations of communes.values()) {
    const reportsThePeriod = observations.some((o) => periodOf(o) === periodOf(parent));
    if (!reportsThePeriod) continue;
    const stated = observations.filter((o) => o.indicator === indicator && o.level === 'own' && periodOf(o) === periodOf(parent));
    if (stated.length === 0) return undefined;
    parts.push(ofRecord(stated));
  }
  return parts.length > 0 ? parts : undefined;
}
