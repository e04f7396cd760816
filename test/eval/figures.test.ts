import { describe, expect, it } from 'vitest';
import { levelKey, matchFigures, periodKey, valuesEqual } from '../../src/eval/figures.js';
import type { RunFigure } from '../../src/eval/run.js';
import type { GoldRow } from '../../src/model/schemas.js';

const REPORT = { start: '2024-01-01', end: '2024-03-31' };

function prediction(p: Partial<RunFigure> & Pick<RunFigure, 'indicator' | 'value'>): RunFigure {
  return { report_id: 'r', level: '', period_start: '', period_end: '', page: 1, line: 1, evidence: '', rule: 'test', ...p };
}

function gold(g: Partial<GoldRow> & Pick<GoldRow, 'indicator' | 'value'>, line = 2) {
  return { line, row: { level: '' as const, period_start: '', period_end: '', note: '', ...g } };
}

describe('valuesEqual', () => {
  it('is relative to 1e-9', () => {
    expect(valuesEqual(19_850_000_000, 19_850_000_000.001)).toBe(true);
    expect(valuesEqual(94.48, 94.48 + 1e-12)).toBe(true);
    expect(valuesEqual(94.48, 94.49)).toBe(false);
    expect(valuesEqual(0, 1e-12)).toBe(false);
  });
});

describe('periodKey', () => {
  it('maps the report period and the empty period to the same key', () => {
    expect(periodKey('2024-01-01', '2024-03-31', REPORT)).toBe(periodKey('', '', REPORT));
    expect(periodKey('2023-01-01', '2023-12-31', REPORT)).not.toBe(periodKey('', '', REPORT));
  });
  it('does not treat a period as the report period when the report period is unknown', () => {
    expect(periodKey('2024-01-01', '2024-03-31', { start: '', end: '' })).not.toBe('');
  });
});

describe('levelKey', () => {
  it("treats '' and the level an indicator's key names as the same level", () => {
    expect(levelKey('staff.commune_officials', '')).toBe(levelKey('staff.commune_officials', 'commune'));
  });
  it('keeps other levels and other indicators apart', () => {
    expect(levelKey('staff.commune_officials', 'district')).not.toBe(levelKey('staff.commune_officials', ''));
    expect(levelKey('dossier.received', '')).not.toBe(levelKey('dossier.received', 'commune'));
  });
});

describe('matchFigures', () => {
  it('counts a predicted period equal to the report period as empty, and an empty gold period as the report period', () => {
    const m = matchFigures(
      [prediction({ indicator: 'dossier.received', value: 8803, period_start: '2024-01-01', period_end: '2024-03-31' }), prediction({ indicator: 'plan.tasks', value: 48 })],
      [gold({ indicator: 'dossier.received', value: 8803 }), gold({ indicator: 'plan.tasks', value: 48, period_start: '2024-01-01', period_end: '2024-03-31' })],
      REPORT,
    );
    expect(m.predictions.map((p) => p.strict)).toEqual(['tp', 'tp']);
    expect(m.gold.map((g) => g.strict)).toEqual([true, true]);
  });

  it('needs level and period for strict, only indicator and value for lenient', () => {
    const m = matchFigures(
      [prediction({ indicator: 'procedure.total', value: 309, level: 'commune' }), prediction({ indicator: 'par_index.score', value: 90.17 })],
      [gold({ indicator: 'procedure.total', value: 309, level: 'district' }), gold({ indicator: 'par_index.score', value: 90.17, period_start: '2023-01-01', period_end: '2023-12-31' })],
      REPORT,
    );
    expect(m.predictions.map((p) => [p.strict, p.lenient])).toEqual([
      ['fp', 'tp'],
      ['fp', 'tp'],
    ]);
    expect(m.gold.map((g) => [g.strict, g.lenient])).toEqual([
      [false, true],
      [false, true],
    ]);
  });

  it('matches one to one: two equal predictions use up one gold row, the second is a false positive', () => {
    const m = matchFigures(
      [prediction({ indicator: 'org.departments', value: 12 }), prediction({ indicator: 'org.departments', value: 12 })],
      [gold({ indicator: 'org.departments', value: 12 }), gold({ indicator: 'org.departments', value: 19 })],
      REPORT,
    );
    expect(m.predictions.map((p) => p.strict)).toEqual(['tp', 'fp']);
    expect(m.gold.map((g) => g.strict)).toEqual([true, false]);
  });

  it('lets an optional gold row absorb a prediction without counting it, and leaves it out of recall', () => {
    const m = matchFigures(
      [prediction({ indicator: 'staff.reduced', value: 3 }), prediction({ indicator: 'staff.reduced', value: 0 })],
      [gold({ indicator: 'staff.reduced', value: 0 }), gold({ indicator: 'staff.reduced', value: 3, note: 'optional: public-unit row' }), gold({ indicator: 'staff.quota', value: 74, note: 'Optional row' })],
      REPORT,
    );
    expect(m.predictions.map((p) => p.strict)).toEqual(['optional', 'tp']);
    expect(m.gold.map((g) => g.gold.row.indicator)).toEqual(['staff.reduced']);
  });

  it('prefers a required gold row over an optional one for the same prediction', () => {
    const m = matchFigures([prediction({ indicator: 'plan.tasks', value: 5 })], [gold({ indicator: 'plan.tasks', value: 5, note: 'optional' }), gold({ indicator: 'plan.tasks', value: 5 })], REPORT);
    expect(m.predictions[0].strict).toBe('tp');
    expect(m.gold).toHaveLength(1);
    expect(m.gold[0].strict).toBe(true);
  });
});
