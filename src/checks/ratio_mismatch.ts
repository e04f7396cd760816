/**
 * ratio_mismatch: a stated percentage against the stated numerator and
 * denominator it summarises, within the precision it is written with
 * (99 % allows rounding to a whole number; 81,23 % rounding or truncation).
 * - Figures: rates of ratios.yaml against their parts (same level and period);
 *   every denominator option is tried and the message says which one fits.
 * - Text: "16/38 nhiệm vụ, đạt 42,1%", "99% (1.182/ 1.194)",
 *   "19,850 tỷ đồng/ 24,434 tỷ đồng = 81,23%" in one sentence.
 */
import type { Figure, Flag, Report } from '../model/report.js';
import { type NumberToken, scanNumbers } from '../parse/numbers.js';
import type { Flow } from '../text/flow.js';
import { addUnreported, type Check, figuresByScope, flagAt, flowNumbers, joinEvidence, placeOf, textFlows, trimEvidence, vi, viLevel } from './check.js';
import { type Enumeration, textEnumerations } from './enumerations.js';
import { decimalsOf, ratios, statesShare } from './ratios.js';
import { round, sumOf } from './sums.js';
import { capCuts } from '../text/sentence-cap.js';

const ID = 'ratio_mismatch';

function percent(numerator: number, denominator: number): number {
  return (numerator / denominator) * 100;
}

function viPercent(value: number): string {
  return `${vi(Math.round(value * 100) / 100)}%`;
}

/**
 * The rate's sentence gives its own ratio ("đạt 99,86% (8.690/8.702)"): the
 * text check compares the two, and figures read elsewhere (perhaps of another
 * base, "hồ sơ trực tuyến được xử lý đúng hạn") must not second-guess it.
 */
function statesItsRatio(rate: Figure): boolean {
  const evidence = rate.mentions[0]?.evidence ?? '';
  return ratiosOf(evidence, scanNumbers(evidence)).length > 0;
}

/** Sums of the non-empty subsets of `values` that include `must` (lists are short). */
function subsetSums(values: readonly number[], must: number): number[] {
  const sums: number[] = [];
  for (let mask = 1; mask < 1 << values.length; mask++) {
    const chosen = values.filter((_, i) => mask & (1 << i));
    if (chosen.includes(must)) sums.push(sumOf(chosen));
  }
  return sums;
}

/**
 * The denominator's sentence lists its parts, adding up, with the numerator
 * among them, and some of those parts give the rate ("15.500 hồ sơ, trong
 * đó: trước hạn 10.200; đúng hạn 5.250; quá hạn 50" and "trước hạn, đúng hạn:
 * 99,68%"): the numerator was read from one part of the parts it sums.
 */
function listedParts(rate: Figure, top: number, denominators: readonly Figure[], enumerations: readonly Enumeration[]): boolean {
  const decimals = decimalsOf(rate.value);
  return enumerations.some((e) => {
    const values = e.parts.map((p) => round(p.value));
    if (values.length > 6 || sumOf(values) !== round(e.total.value) || !values.includes(round(top))) return false;
    if (!denominators.some((d) => round(d.value) === round(e.total.value))) return false;
    return subsetSums(values, round(top)).some((sum) => statesShare(rate.value, decimals, percent(sum, e.total.value)));
  });
}

function figureFlags(report: Report): Flag[] {
  const flags: Flag[] = [];
  const enumerations = textEnumerations(report);
  for (const scope of figuresByScope(report).values()) {
    for (const ratio of ratios) {
      const rate = scope.get(ratio.rate);
      if (!rate || rate.mentions[0]?.qualifier || statesItsRatio(rate)) continue;
      // Every numerator option stated is tried: "trước hạn 35,6%, đúng hạn 63,9%" divides the on-time dossiers alone.
      const numerators = ratio.numerators.map((keys) => keys.map((k) => scope.get(k))).filter((fs): fs is Figure[] => fs.every(Boolean));
      const denominators = ratio.denominators.map((k) => scope.get(k)).filter((f): f is Figure => !!f && f.value > 0);
      if (numerators.length === 0 || denominators.length === 0) continue;
      const decimals = decimalsOf(rate.value);
      const pairs = numerators.flatMap((numerator) => denominators.map((d) => ({ top: numerator.reduce((a, f) => a + f.value, 0), d })));
      if (pairs.some(({ top, d }) => statesShare(rate.value, decimals, percent(top, d.value)))) continue;
      if (pairs.some(({ top }) => listedParts(rate, top, denominators, enumerations))) continue;
      const tried = pairs.map(({ top, d }) => `${vi(top)}/${vi(d.value)} = ${viPercent(percent(top, d.value))} (${d.indicator})`);
      const used = [...new Set([rate, ...numerators.flat(), ...denominators])];
      flags.push(
        flagAt(ID, 'warning', `${ratio.rate}${viLevel(rate.level)} nêu ${vi(rate.value)}% nhưng ${tried.join(' hoặc ')}`, placeOf(rate), {
          indicators: used.map((f) => f.indicator).join('; '),
          expected: tried.map((t) => t.split(' = ')[1].split(' ')[0]).join(' | '),
          actual: `${vi(rate.value)}%`,
          evidence: joinEvidence(used.map((f) => f.mentions[0]).filter(Boolean)),
        }),
      );
    }
  }
  return flags;
}

const SENTENCE_END = /[.!?;](?=\s|$)/gu;
/** How far (characters) a percentage may stand from the ratio it states. */
const NEAR = 60;

interface Stated {
  start: number;
  end: number;
  top: number;
  bottom: number;
}

function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const add = (end: number) => {
    for (const cut of capCuts(text, start, end)) {
      out.push([start, cut]);
      start = cut;
    }
    out.push([start, end]);
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    add(m.index);
    start = m.index + 1;
  }
  add(text.length);
  return out;
}

/** "16/38", "1.182/ 1.194", and amounts "19,850 tỷ đồng/ 24,434 tỷ đồng". */
function ratiosOf(text: string, tokens: NumberToken[]): Stated[] {
  const out: Stated[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'ratio' && t.denominator) out.push({ start: t.start, end: t.end, top: t.value, bottom: t.denominator });
    const next = tokens[i + 1];
    if (t.kind === 'money' && next?.kind === 'money' && next.value > 0 && /^\s*\/\s*$/.test(text.slice(t.unitEnd ?? t.end, next.start))) {
      out.push({ start: t.start, end: next.end, top: t.value, bottom: next.value });
    }
  });
  return out;
}

function decimalsWritten(raw: string): number {
  const comma = raw.lastIndexOf(',');
  return comma >= 0 ? raw.length - comma - 1 : 0;
}

function scanFlow(flow: Flow): Flag[] {
  const flags: Flag[] = [];
  const text = flow.text.replaceAll('\n', ' ');
  const tokens = flowNumbers(flow).filter((t) => !t.qualifier);
  let next = 0;
  for (const [start, end] of sentences(text)) {
    // Tokens come in text order: take this sentence's in one sweep.
    const inside: NumberToken[] = [];
    while (next < tokens.length && tokens[next].start < end) {
      if (tokens[next].start >= start && tokens[next].end <= end) inside.push(tokens[next]);
      next++;
    }
    const stated = ratiosOf(text, inside);
    const shares = inside.filter((t) => t.kind === 'percent');
    const gap = (a: { start: number; end: number }, b: { start: number; end: number }) => (a.start >= b.end ? a.start - b.end : b.start - a.end);
    for (const ratio of stated) {
      // The share follows its ratio ("16/38 nhiệm vụ, đạt 42,1%"), or comes just before it in brackets ("99% (1.182/ 1.194)").
      const bracketedAfter = (share: NumberToken) => share.end <= ratio.start && /^\s*%?\s*\(\s*$/.test(text.slice(share.unitEnd ?? share.end, ratio.start));
      const nearest = shares.filter((share) => share.start >= ratio.end || bracketedAfter(share)).sort((a, b) => gap(a, ratio) - gap(b, ratio))[0];
      if (!nearest || gap(nearest, ratio) > NEAR) continue;
      // The percentage must belong to this ratio, not to another one nearer to it.
      if (stated.some((other) => other !== ratio && gap(nearest, other) < gap(nearest, ratio))) continue;
      const computed = percent(ratio.top, ratio.bottom);
      if (statesShare(nearest.value, decimalsWritten(nearest.raw), computed)) continue;
      const written = text.slice(ratio.start, ratio.end).replace(/\s+/g, ' ');
      flags.push(
        flagAt(ID, 'warning', `Tỷ lệ nêu ${nearest.raw}% nhưng ${written} = ${viPercent(computed)}`, flow.place(ratio.start, ratio.end), {
          expected: viPercent(computed),
          actual: `${nearest.raw}%`,
          evidence: trimEvidence(text.slice(start, end)),
        }),
      );
    }
  }
  return flags;
}

function textFlags(report: Report): Flag[] {
  return textFlows(report).flatMap(scanFlow);
}

function run(report: Report): Flag[] {
  // A rate stated in a sentence that already gave its own ratio is reported once, from the text.
  return addUnreported(textFlags(report), figureFlags(report), (f) => `${f.page}|${f.line}`);
}

export const ratioMismatch: Check = {
  id: ID,
  description: 'A stated percentage disagrees with the stated numerator and denominator.',
  run,
};
