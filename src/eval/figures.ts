/**
 * Figure matching (docs/outputs.md): strict = indicator, value, level and
 * period; lenient = indicator and value. One-to-one; required gold rows are
 * matched first, then optional rows absorb what is left (neither TP nor FP).
 * Both relations are equivalences, so this greedy pass is a maximum matching.
 */
import { catalogue } from '../model/catalogue.js';
import type { GoldRow } from '../model/schemas.js';
import type { Located } from './csv.js';
import { isOptionalGold } from './gold.js';
import type { RunFigure } from './run.js';

export type PredictionOutcome = 'tp' | 'fp' | 'optional';

export interface ScoredPrediction {
  figure: RunFigure;
  strict: PredictionOutcome;
  lenient: PredictionOutcome;
}

export interface ScoredGold {
  gold: Located<GoldRow>;
  strict: boolean;
  lenient: boolean;
}

export interface FigureMatch {
  predictions: ScoredPrediction[];
  /** Required (non-optional) gold rows only. */
  gold: ScoredGold[];
}

export interface ReportPeriod {
  start: string;
  end: string;
}

const RELATIVE_TOLERANCE = 1e-9;

export function valuesEqual(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Empty period, and a period equal to the report's own, both mean "the report's period". */
export function periodKey(start: string, end: string, report: ReportPeriod): string {
  if (start === '' && end === '') return '';
  if (report.start !== '' && start === report.start && end === report.end) return '';
  return `${start}..${end}`;
}

/**
 * An indicator whose key names its level (staff.commune_officials) says the
 * level itself: '' and that level are the same figure, whichever one a gold
 * writer chose.
 */
export function levelKey(indicator: string, level: string): string {
  return level === '' ? (catalogue.get(indicator)?.named_level ?? '') : level;
}

interface Comparable {
  indicator: string;
  value: number;
  level: string;
  period_start: string;
  period_end: string;
}

type Same = (prediction: Comparable, gold: Comparable) => boolean;

function strictSame(report: ReportPeriod): Same {
  return (p, g) =>
    p.indicator === g.indicator &&
    valuesEqual(p.value, g.value) &&
    levelKey(p.indicator, p.level) === levelKey(g.indicator, g.level) &&
    periodKey(p.period_start, p.period_end, report) === periodKey(g.period_start, g.period_end, report);
}

const lenientSame: Same = (p, g) => p.indicator === g.indicator && valuesEqual(p.value, g.value);

function oneToOne(predictions: RunFigure[], gold: Located<GoldRow>[], same: Same): { outcomes: PredictionOutcome[]; goldMatched: boolean[] } {
  const outcomes: PredictionOutcome[] = predictions.map(() => 'fp');
  const goldMatched = gold.map(() => false);
  const claim = (optional: boolean): void => {
    gold.forEach((g, gi) => {
      if (isOptionalGold(g.row) !== optional) return;
      const pi = predictions.findIndex((p, i) => outcomes[i] === 'fp' && same(p, g.row));
      if (pi < 0) return;
      outcomes[pi] = optional ? 'optional' : 'tp';
      goldMatched[gi] = true;
    });
  };
  claim(false);
  claim(true);
  return { outcomes, goldMatched };
}

export function matchFigures(predictions: RunFigure[], gold: Located<GoldRow>[], report: ReportPeriod): FigureMatch {
  const strict = oneToOne(predictions, gold, strictSame(report));
  const lenient = oneToOne(predictions, gold, lenientSame);
  return {
    predictions: predictions.map((figure, i) => ({ figure, strict: strict.outcomes[i], lenient: lenient.outcomes[i] })),
    gold: gold.flatMap((g, i) => (isOptionalGold(g.row) ? [] : [{ gold: g, strict: strict.goldMatched[i], lenient: lenient.goldMatched[i] }])),
  };
}
