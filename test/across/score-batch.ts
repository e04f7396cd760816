/** Scores a run of a fixtures/batches/<name> batch against its expected-flags.csv and expected-duplicates.csv. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CROSS_CHECKS } from '../../src/checks/cross/index.js';

interface Expected { check_id: string; indicator: string; files: string; expect: 'flag' | 'optional'; note: string }

export interface BatchScore {
  found: string[];
  missed: string[];
  optional: string[];
  falseAlarms: string[];
  duplicatesLinked: string[];
  duplicatesMissed: string[];
  /** Reports linked as copies that are none. */
  wrongCopies: string[];
}

const csv = (path: string) => parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];

export function scoreBatch(batchDir: string, runDir: string): BatchScore {
  const expected = csv(join(batchDir, 'expected-flags.csv')) as unknown as Expected[];
  const reports = csv(join(runDir, 'reports.csv'));
  const fileOf = new Map(reports.map((r) => [r.report_id, r.source_file]));
  const crossIds = new Set(CROSS_CHECKS.map((c) => c.id));
  const flags = csv(join(runDir, 'flags.csv')).filter((f) => crossIds.has(f.check_id));
  const matches = (e: Expected, f: Record<string, string>) =>
    e.check_id === f.check_id && f.indicators.split(' ').includes(e.indicator) && e.files.split(';').includes(fileOf.get(f.report_id) ?? '');
  const score: BatchScore = { found: [], missed: [], optional: [], falseAlarms: [], duplicatesLinked: [], duplicatesMissed: [], wrongCopies: [] };
  for (const e of expected.filter((x) => x.expect === 'flag')) (flags.some((f) => matches(e, f)) ? score.found : score.missed).push(`${e.check_id} ${e.indicator}: ${e.note}`);
  for (const f of flags) {
    const gold = expected.find((e) => matches(e, f));
    if (!gold) score.falseAlarms.push(`${fileOf.get(f.report_id)} ${f.check_id}: ${f.message}`);
    else if (gold.expect === 'optional') score.optional.push(`${f.check_id} ${gold.note}`);
  }
  const idOf = new Map(reports.map((r) => [r.source_file, r.report_id]));
  const copies = csv(join(batchDir, 'expected-duplicates.csv'));
  const linked = new Set<string>();
  for (const copy of copies) {
    const [a, b] = [reports.find((r) => r.source_file === copy.file), reports.find((r) => r.source_file === copy.duplicate_of)];
    const ok = a && b && ((a.duplicate_of === b.report_id && !b.duplicate_of) || (b.duplicate_of === a.report_id && !a.duplicate_of));
    (ok ? score.duplicatesLinked : score.duplicatesMissed).push(`${copy.file} = ${copy.duplicate_of}`);
    linked.add(idOf.get(copy.file) ?? '').add(idOf.get(copy.duplicate_of) ?? '');
  }
  score.wrongCopies = reports.filter((r) => r.duplicate_of && !linked.has(r.report_id)).map((r) => r.source_file);
  return score;
}
