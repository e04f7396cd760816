/**
 * sum_mismatch: a stated total against the sum of its stated parts, from
 * - catalogue identities between figures (identities.yaml),
 * - a unit total against its per-level figures (cấp huyện + cấp xã),
 * - appendix tables (row codes, "Trong đó - Cấp huyện - Cấp xã", autonomy groups),
 * - enumerations in one sentence ("N hồ sơ, trong đó: a …, b …, c …").
 */
import { catalogue } from '../model/catalogue.js';
import type { Figure, Flag, Report } from '../model/report.js';
import { type Check, figuresByScope, flagAt, joinEvidence, periodKey, placeOf, vi, viLevel } from './check.js';
import { type Enumeration, enumerationFlags, textEnumerations } from './enumerations.js';
import { identities } from './identities.js';
import { round, sumMessage, sumOf } from './sums.js';
import { tableSumFlags } from './table-sums.js';

const ID = 'sum_mismatch';
const NOT_ADDITIVE = new Set(['percent', 'score', 'rank']);

function isExact(figure: Figure): boolean {
  return !figure.mentions[0]?.qualifier;
}

function figureFlag(subject: string, total: Figure, parts: Figure[], complete: boolean): Flag | undefined {
  if (![total, ...parts].every(isExact)) return undefined;
  const finding = { total: total.value, parts: parts.map((p) => p.value) };
  const sum = sumOf(finding.parts);
  if (sum === round(total.value) || (sum < total.value && !complete)) return undefined;
  return flagAt(ID, sum > total.value ? 'error' : 'warning', sumMessage(subject, finding), placeOf(total), {
    indicators: [...new Set([total, ...parts].map((f) => f.indicator))].join('; '),
    expected: vi(total.value),
    actual: vi(sum),
    evidence: joinEvidence([total, ...parts].map((f) => f.mentions[0]).filter(Boolean)),
  });
}

/**
 * The part's own sentence lists it under another total that it adds up to
 * ("trả kết quả 8.702 hồ sơ, trong đó … 1.230 hồ sơ và trả trực tiếp 7.472
 * hồ sơ"): the text says where the number belongs, whatever key it was read as.
 */
function belongsElsewhere(part: Figure, total: Figure, enumerations: readonly Enumeration[]): boolean {
  const evidence = part.mentions[0]?.evidence ?? '';
  return enumerations.some(
    (e) =>
      round(e.total.value) !== round(total.value) &&
      sumOf(e.parts.map((p) => p.value)) === round(e.total.value) &&
      e.parts.some((p) => round(p.value) === round(part.value)) &&
      evidence.includes(e.total.raw),
  );
}

/**
 * The total's own sentence lists more parts that add up to it ("15.500 hồ
 * sơ, trong đó: trước hạn 10.200; đúng hạn 5.250; quá hạn 50") and the
 * figures hold only some of them: a part was read under another key.
 */
function listedInText(total: Figure, parts: readonly Figure[], enumerations: readonly Enumeration[]): boolean {
  const evidence = total.mentions[0]?.evidence ?? '';
  return enumerations.some((e) => {
    const values = e.parts.map((p) => round(p.value));
    return (
      round(e.total.value) === round(total.value) &&
      sumOf(values) === round(total.value) &&
      values.length > parts.length &&
      parts.every((p) => values.includes(round(p.value))) &&
      evidence.includes(e.total.raw)
    );
  });
}

function identityFlags(report: Report): Flag[] {
  const flags: Flag[] = [];
  const enumerations = textEnumerations(report);
  for (const scope of figuresByScope(report).values()) {
    for (const identity of identities) {
      const total = scope.get(identity.total);
      if (!total || identity.unless.some((k) => scope.has(k))) continue;
      const parts = identity.parts.map((k) => scope.get(k));
      if (parts.some((p) => !p)) continue;
      const optional = identity.optional.map((k) => scope.get(k));
      const stated = [...(parts as Figure[]), ...optional.filter((f): f is Figure => !!f)];
      if (stated.some((part) => belongsElsewhere(part, total, enumerations)) || listedInText(total, stated, enumerations)) continue;
      // The required parts alone make the total: an optional one (returned, postal) is counted inside them.
      if (stated.length > parts.length && sumOf((parts as Figure[]).map((p) => p.value)) === round(total.value)) continue;
      const complete = identity.complete && optional.every(Boolean);
      const flag = figureFlag(`${identity.total}${viLevel(total.level)}`, total, stated, complete);
      if (flag) flags.push(flag);
    }
  }
  return flags;
}

/** Which levels exhaust a unit's own total, by the unit's level. */
const LEVELS_OF_UNIT: Record<string, readonly string[]> = {
  province: ['province', 'district', 'commune'],
  district: ['district', 'commune'],
};

function levelFlags(report: Report): Flag[] {
  const flags: Flag[] = [];
  const byKey = new Map<string, Figure[]>();
  for (const figure of report.figures) {
    if (NOT_ADDITIVE.has(catalogue.get(figure.indicator)?.unit ?? 'percent')) continue;
    const key = `${figure.indicator}|${periodKey(report, figure.period)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), figure]);
  }
  for (const group of byKey.values()) {
    const total = group.find((f) => f.level === '');
    const parts = group.filter((f) => f.level !== '');
    if (!total || parts.length < 2) continue;
    const exhaustive = LEVELS_OF_UNIT[report.meta.unitLevel];
    const complete = !!exhaustive && exhaustive.every((level) => parts.some((p) => p.level === level));
    const flag = figureFlag(`${total.indicator} theo cấp`, total, parts, complete);
    if (flag) flags.push(flag);
  }
  return flags;
}

/** One finding once: the same sum read from the figures and from the sentence is reported from the figures. */
function distinct(flags: Flag[]): Flag[] {
  const seen = new Set<string>();
  return flags.filter((f) => {
    const key = `${f.page}|${f.line}|${f.expected}|${f.actual}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const sumMismatch: Check = {
  id: ID,
  description: 'A stated total differs from the sum of its stated parts.',
  run: (report) => distinct([...identityFlags(report), ...levelFlags(report), ...tableSumFlags(report), ...enumerationFlags(report)]),
};
