/** Plain-text rendering of an EvalResult (the JSON form is the object itself). */
import { type Counts, type EvalResult, type FigureScores, type FlagScores, type GroupScores, MISS_CLASSES, type ReportEval } from './score.js';

const pct = (x: number | null): string => (x === null ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

function pr(c: Counts): string {
  return `P ${pct(c.precision)} R ${pct(c.recall)} F1 ${pct(c.f1)} [tp ${c.tp} pred ${c.predicted} gold ${c.gold}]`;
}

function figureLine(label: string, s: FigureScores, width: number): string {
  return `  ${label.padEnd(width)}  strict ${pr(s.strict)}  |  lenient ${pr(s.lenient)}`;
}

function flagLine(label: string, f: FlagScores | undefined, width: number): string {
  if (!f) return `  ${label.padEnd(width)}  (no flag notes)`;
  return `  ${label.padEnd(width)}  found ${f.raised}/${f.expected}  violated ${f.violated}/${f.forbidden}  unexplained ${f.unexplained}/${f.flags}`;
}

const period = (start: string, end: string): string => (start || end ? `${start}..${end}` : '(report period)');
const level = (l: string): string => l || '(total)';

function missLine(label: string, g: GroupScores, width: number): string {
  const total = MISS_CLASSES.reduce((n, c) => n + g.misses[c], 0);
  return `  ${label.padEnd(width)}  ${total} missed: ${MISS_CLASSES.map((c) => `${c} ${g.misses[c]}`).join(', ')}`;
}

function conflictLine(label: string, g: GroupScores, width: number): string {
  return `  ${label.padEnd(width)}  ${g.conflicts.raised} raised: ${g.conflicts.expected} expected by the audit notes, ${g.conflicts.from_scope} from scope`;
}

function reportDetails(r: ReportEval): string[] {
  const out: string[] = [`## ${r.source_file} [${r.group}, ${r.status}${r.error ? `: ${r.error}` : ''}] gold ${r.gold}`];
  for (const m of r.misses) out.push(`  MISS [${m.class}] ${m.indicator} = ${m.value} ${level(m.level)} ${period(m.period_start, m.period_end)} — gold line ${m.gold_line}: ${m.note}`);
  for (const f of r.false_positives) {
    out.push(`  FP   ${f.indicator} = ${f.value} ${level(f.level)} ${period(f.period_start, f.period_end)} @${f.page}:${f.line} [${f.rule}] ${f.evidence}`);
  }
  for (const m of r.missed_flags) out.push(`  FLAG MISSED   ${m.check} (line ${m.line}; ${m.numbers}) — ${m.note}`);
  for (const v of r.violated_flags) out.push(`  FLAG VIOLATED ${v.check} (line ${v.line}; ${v.numbers}) — ${v.note}\n      by ${(v.by ?? []).join('\n      by ')}`);
  for (const u of r.unexplained_flags) out.push(`  FLAG UNEXPLAINED ${u.check_id} [${u.severity}] @${u.page}:${u.line} ${u.message}`);
  return out;
}

/**
 * The scores; with `summary`, only the totals per format and per failure
 * class (what a sealed set may show without exposing its misses).
 */
export function formatEval(result: EvalResult, options: { summary?: boolean } = {}): string {
  const width = Math.max(12, ...Object.keys(result.by_indicator).map((k) => k.length), ...result.reports.map((r) => r.source_file.length));
  const out: string[] = [`Evaluation of ${result.run}`, '', 'Figures'];
  out.push(figureLine('overall', result.overall.figures, width));
  out.push('', 'Figures per format');
  for (const [group, s] of Object.entries(result.by_format)) out.push(figureLine(group, s.figures, width));
  out.push('', 'Missed gold figures per failure class (scope: right value, wrong period/level; wording: number read but not named; unread: no mention has the value)');
  out.push(missLine('overall', result.overall, width));
  for (const [group, s] of Object.entries(result.by_format)) out.push(missLine(group, s, width));
  out.push('', 'mention_conflict flags (from scope: every value is a gold figure of the indicator, for another period or level)');
  out.push(conflictLine('overall', result.overall, width));
  for (const [group, s] of Object.entries(result.by_format)) out.push(conflictLine(group, s, width));
  if (options.summary) return out.join('\n') + '\n';
  out.push('', 'Figures per report');
  for (const r of result.reports) out.push(figureLine(r.source_file, r.figures, width));
  out.push('', 'Figures per indicator');
  for (const [indicator, s] of Object.entries(result.by_indicator)) out.push(figureLine(indicator, s, width));
  out.push('', 'Flags');
  out.push(flagLine('overall', result.overall.flags, width));
  for (const [group, s] of Object.entries(result.by_format)) out.push(flagLine(group, s.flags, width));
  for (const r of result.reports) out.push(flagLine(r.source_file, r.flags, width));
  out.push('', 'Details');
  for (const r of result.reports) out.push(...reportDetails(r));
  if (result.unscored.length > 0) out.push('', `Not scored (no gold): ${result.unscored.join(', ')}`);
  if (result.gold_without_report.length > 0) out.push('', `Gold without a report in the run: ${result.gold_without_report.join(', ')}`);
  return out.join('\n') + '\n';
}
