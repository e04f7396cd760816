/**
 * Scores a run against the gold sets: figure P/R (strict and lenient) and flag
 * expectations, per report, per format group, per indicator and overall.
 */
import type { GoldFlagRow, GoldRow } from '../model/schemas.js';
import { addConflicts, countConflicts, noConflicts, type ConflictCounts } from './conflicts.js';
import { matchFigures, valuesEqual, type FigureMatch, type PredictionOutcome, type ScoredGold } from './figures.js';
import { matchFlags, type FlagMatch } from './flags.js';
import { formatGroupOf, goldNameOf, type GoldSet } from './gold.js';
import type { RunData, RunFigure, RunFlag, RunMention, RunReport } from './run.js';

export interface Counts {
  /** Matched pairs (= matched predictions = matched gold rows, one-to-one). */
  tp: number;
  /** Predictions that count (those absorbed by optional gold rows do not). */
  predicted: number;
  gold: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface FigureScores {
  strict: Counts;
  lenient: Counts;
}

export interface FlagScores {
  expected: number;
  raised: number;
  forbidden: number;
  violated: number;
  flags: number;
  unexplained: number;
}

/**
 * Why a gold figure was missed: `scope` — its value was found under the right
 * indicator with another period or level; `wording` — the number was read
 * (mentions.csv) but not named as this indicator; `unread` — no mention has
 * the value (a number form not parsed, or no cue reached it).
 */
export type MissClass = 'scope' | 'wording' | 'unread';
export const MISS_CLASSES: readonly MissClass[] = ['scope', 'wording', 'unread'];
export type GoldMiss = GoldRow & { gold_line: number; class: MissClass };
export type FalsePositive = Pick<RunFigure, 'indicator' | 'value' | 'level' | 'period_start' | 'period_end' | 'page' | 'line' | 'evidence' | 'rule'>;
export type FlagRowRef = GoldFlagRow & { gold_line: number; by?: string[] };
export type FlagRef = Pick<RunFlag, 'check_id' | 'severity' | 'message' | 'page' | 'line'>;

export interface ReportEval {
  source_file: string;
  report_id: string;
  format: string;
  group: string;
  status: string;
  error: string;
  gold: string;
  figures: FigureScores;
  flags?: FlagScores;
  conflicts: ConflictCounts;
  misses: GoldMiss[];
  false_positives: FalsePositive[];
  missed_flags: FlagRowRef[];
  violated_flags: FlagRowRef[];
  unexplained_flags: FlagRef[];
}

export interface GroupScores {
  figures: FigureScores;
  flags?: FlagScores;
  /** Strict misses by failure class. */
  misses: Record<MissClass, number>;
  conflicts: ConflictCounts;
}

export interface EvalResult {
  run: string;
  overall: GroupScores;
  by_format: Record<string, GroupScores>;
  by_indicator: Record<string, FigureScores>;
  reports: ReportEval[];
  /** Reports of the run with no gold file (not scored). */
  unscored: string[];
  /** Gold names no report of the run belongs to. */
  gold_without_report: string[];
}

interface Tally {
  tp: number;
  predicted: number;
  gold: number;
}

const emptyTally = (): Tally => ({ tp: 0, predicted: 0, gold: 0 });
const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

function counts(t: Tally): Counts {
  const precision = ratio(t.tp, t.predicted);
  const recall = ratio(t.tp, t.gold);
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { ...t, precision, recall, f1 };
}

class FigureTally {
  strict = emptyTally();
  lenient = emptyTally();

  prediction(strict: PredictionOutcome, lenient: PredictionOutcome): void {
    if (strict !== 'optional') this.strict.predicted++;
    if (strict === 'tp') this.strict.tp++;
    if (lenient !== 'optional') this.lenient.predicted++;
    if (lenient === 'tp') this.lenient.tp++;
  }

  goldRow(): void {
    this.strict.gold++;
    this.lenient.gold++;
  }

  add(other: FigureTally): void {
    for (const mode of ['strict', 'lenient'] as const) {
      this[mode].tp += other[mode].tp;
      this[mode].predicted += other[mode].predicted;
      this[mode].gold += other[mode].gold;
    }
  }

  scores(): FigureScores {
    return { strict: counts(this.strict), lenient: counts(this.lenient) };
  }
}

function flagScores(match: FlagMatch): FlagScores {
  return {
    expected: match.expected.length,
    raised: match.expected.filter((row) => row.by.length > 0).length,
    forbidden: match.forbidden.length,
    violated: match.forbidden.filter((row) => row.by.length > 0).length,
    flags: match.flags.length,
    unexplained: match.flags.filter((f) => !f.explained).length,
  };
}

function addFlagScores(into: FlagScores | undefined, add: FlagScores): FlagScores {
  if (!into) return { ...add };
  for (const key of Object.keys(add) as (keyof FlagScores)[]) into[key] += add[key];
  return into;
}

const flagRef = (flag: RunFlag): FlagRef => ({ check_id: flag.check_id, severity: flag.severity, message: flag.message, page: flag.page, line: flag.line });

function missClass(g: ScoredGold, mentions: RunMention[]): MissClass {
  if (g.lenient) return 'scope';
  return mentions.some((m) => valuesEqual(m.value, g.gold.row.value)) ? 'wording' : 'unread';
}

const noMisses = (): Record<MissClass, number> => ({ scope: 0, wording: 0, unread: 0 });

function addMisses(into: Record<MissClass, number>, misses: GoldMiss[]): void {
  for (const m of misses) into[m.class]++;
}

function scoreReport(
  report: RunReport, gold: GoldSet, figures: RunFigure[], flags: RunFlag[], mentions: RunMention[], byIndicator: Map<string, FigureTally>,
): { result: ReportEval; tally: FigureTally } {
  const figureMatch: FigureMatch = matchFigures(figures, gold.figures, { start: report.period_start, end: report.period_end });
  const tally = new FigureTally();
  const indicatorTally = (indicator: string): FigureTally => {
    let t = byIndicator.get(indicator);
    if (!t) byIndicator.set(indicator, (t = new FigureTally()));
    return t;
  };
  for (const p of figureMatch.predictions) {
    tally.prediction(p.strict, p.lenient);
    indicatorTally(p.figure.indicator).prediction(p.strict, p.lenient);
  }
  for (const g of figureMatch.gold) {
    tally.goldRow();
    indicatorTally(g.gold.row.indicator).goldRow();
  }
  const flagMatch = gold.flags ? matchFlags(flags, gold.flags) : undefined;
  const result: ReportEval = {
    source_file: report.source_file,
    report_id: report.report_id,
    format: report.format,
    group: formatGroupOf(report.source_file, report.format),
    status: report.status,
    error: report.error,
    gold: gold.name,
    figures: tally.scores(),
    flags: flagMatch && flagScores(flagMatch),
    conflicts: countConflicts(flags, gold.figures, new Set(flagMatch?.flags.filter((f) => f.explained).map((f) => f.flag))),
    misses: figureMatch.gold.filter((g) => !g.strict).map((g) => ({ ...g.gold.row, gold_line: g.gold.line, class: missClass(g, mentions) })),
    false_positives: figureMatch.predictions
      .filter((p) => p.strict === 'fp')
      .map(({ figure: f }) => ({ indicator: f.indicator, value: f.value, level: f.level, period_start: f.period_start, period_end: f.period_end, page: f.page, line: f.line, evidence: f.evidence, rule: f.rule })),
    missed_flags: (flagMatch?.expected ?? []).filter((row) => row.by.length === 0).map((row) => ({ ...row.gold.row, gold_line: row.gold.line })),
    violated_flags: (flagMatch?.forbidden ?? [])
      .filter((row) => row.by.length > 0)
      .map((row) => ({ ...row.gold.row, gold_line: row.gold.line, by: row.by.map((flag) => `${flag.check_id}: ${flag.message}`) })),
    unexplained_flags: (flagMatch?.flags ?? []).filter((f) => !f.explained).map((f) => flagRef(f.flag)),
  };
  return { result, tally };
}

export function evaluate(run: RunData, goldSets: Map<string, GoldSet>): EvalResult {
  const reports: ReportEval[] = [];
  const unscored: string[] = [];
  const used = new Set<string>();
  const overall = new FigureTally();
  let overallFlags: FlagScores | undefined;
  const overallMisses = noMisses();
  const overallConflicts = noConflicts();
  const byFormat = new Map<string, { tally: FigureTally; flags?: FlagScores; misses: Record<MissClass, number>; conflicts: ConflictCounts }>();
  const byIndicator = new Map<string, FigureTally>();

  for (const report of run.reports) {
    const gold = goldSets.get(goldNameOf(report.source_file));
    if (!gold) {
      unscored.push(report.source_file);
      continue;
    }
    used.add(gold.name);
    const id = report.report_id;
    const { result, tally } = scoreReport(report, gold, run.figures.get(id) ?? [], run.flags.get(id) ?? [], run.mentions.get(id) ?? [], byIndicator);
    reports.push(result);
    overall.add(tally);
    addMisses(overallMisses, result.misses);
    addConflicts(overallConflicts, result.conflicts);
    const group = byFormat.get(result.group) ?? { tally: new FigureTally(), misses: noMisses(), conflicts: noConflicts() };
    group.tally.add(tally);
    addMisses(group.misses, result.misses);
    addConflicts(group.conflicts, result.conflicts);
    if (result.flags) {
      group.flags = addFlagScores(group.flags, result.flags);
      overallFlags = addFlagScores(overallFlags, result.flags);
    }
    byFormat.set(result.group, group);
  }

  const sortedEntries = <T, U>(map: Map<string, T>, f: (v: T) => U): Record<string, U> =>
    Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, f(v)]));

  return {
    run: run.dir,
    overall: { figures: overall.scores(), flags: overallFlags, misses: overallMisses, conflicts: overallConflicts },
    by_format: sortedEntries(byFormat, (g) => ({ figures: g.tally.scores(), flags: g.flags, misses: g.misses, conflicts: g.conflicts })),
    by_indicator: sortedEntries(byIndicator, (t) => t.scores()),
    reports,
    unscored,
    gold_without_report: [...goldSets.keys()].filter((name) => !used.has(name)),
  };
}
