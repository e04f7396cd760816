/** Hand-made observations of one unit for the cross-report check examples, and a strict tester. */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/across/observations.js';
import type { CrossCheck } from '../../../src/checks/cross/index.js';
import type { ReportRow } from '../../../src/model/schemas.js';

let serial = 0;

/** A report of the unit covering [start, end], dated the day after it ends unless given. */
export function report(start: string, end: string, init: Partial<ReportRow> = {}): ReportRow {
  serial += 1;
  return {
    report_id: `r${serial.toString(16).padStart(16, '0')}`, source_file: `bao-cao-${start}-${end}.txt`, format: 'txt', status: 'ok', error: '', pages: 1,
    issuer: 'UBND huyện Sông Lam', unit_level: 'district', unit_name: 'Sông Lam', province: 'Nghệ An', report_number: `${serial}/BC-UBND`,
    report_date: end, period_type: '', period_start: start, period_end: end, text_repair: 'none', figures: 0, flags: 0,
    unit_key: 'nghe-an/district/song-lam', duplicate_of: '', period_source: 'header', diagnostics: '', parent_unit_key: '', ...init,
  };
}

/** A figure of `r` (for its own period unless `period` is given). */
export function stated(r: ReportRow, indicator: string, value: number, period?: [string, string], level: Observation['level'] = 'own'): Observation {
  return {
    indicator, value, unit: indicator.endsWith('_rate') ? 'percent' : 'dossier', level,
    period_start: period?.[0] ?? r.period_start, period_end: period?.[1] ?? r.period_end, page: 1, line: 10, report: r, unitKey: r.unit_key,
  };
}

/** `others`: the other units' observations of the batch (a district's communes), for a check that reads them. */
export interface CrossCases {
  valid: { name: string; unit: Observation[]; others?: Observation[] }[];
  invalid: { name: string; unit: Observation[]; others?: Observation[]; flags: { says: string[]; carrier: string; severity?: string }[] }[];
}

/** The batch by unit_key, as the cross-report stage hands it to each check. */
function batchOf(unit: Observation[], others: Observation[] = []): Map<string, Observation[]> {
  const batch = new Map<string, Observation[]>();
  for (const o of [...unit, ...others]) batch.set(o.unitKey, [...(batch.get(o.unitKey) ?? []), o]);
  return batch;
}

export function testCrossCheck(check: CrossCheck, cases: CrossCases): void {
  describe(check.id, () => {
    for (const { name, unit, others } of cases.valid) {
      it(`valid: ${name}`, () => expect(check.run(unit, batchOf(unit, others)).map((f) => f.message)).toEqual([]));
    }
    for (const { name, unit, others, flags: wanted } of cases.invalid) {
      it(`invalid: ${name}`, () => {
        const flags = check.run(unit, batchOf(unit, others));
        expect(flags.map((f) => f.message)).toHaveLength(wanted.length);
        wanted.forEach((want, i) => {
          expect(flags[i].check_id).toBe(check.id);
          expect(flags[i].report_id).toBe(want.carrier);
          if (want.severity) expect(flags[i].severity).toBe(want.severity);
          for (const text of want.says) expect(flags[i].message).toContain(text);
          // The evidence names every report involved.
          expect(flags[i].evidence.split(' | ').length).toBeGreaterThan(1);
        });
      });
    }
  });
}
