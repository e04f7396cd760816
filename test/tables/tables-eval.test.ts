/**
 * The tuning half of the table evaluation documents (fixtures/tables-eval/tuning,
 * README there): whole documents through the pipeline, strict precision and
 * recall of their figures against the hand-written gold, per format. The
 * sealed half is scored only by `cchc eval`, never by a test.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/eval/csv.js';
import { matchFigures } from '../../src/eval/figures.js';
import type { RunFigure } from '../../src/eval/run.js';
import { GoldRow } from '../../src/model/schemas.js';
import { processReport } from '../../src/pipeline.js';
import { fixture } from './helpers.js';

const DIR = 'tables-eval/tuning';
const names = readdirSync(fixture(DIR)).filter((f) => f.endsWith('.gold.csv')).map((f) => f.replace(/\.gold\.csv$/, ''));

describe.each(['docx', 'pdf', 'txt'])('table evaluation documents (tuning) as %s', (format) => {
  it('gives their figures with strict precision and recall ≥ 0.95', async () => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    for (const name of names) {
      const report = await processReport(fixture(`${DIR}/${name}.${format}`), `${name}.${format}`);
      const figures: RunFigure[] = report.figures.map((f) => ({
        report_id: report.id, indicator: f.indicator, value: f.value, level: f.level, period_start: f.period.start, period_end: f.period.end,
        page: f.mentions[0].place.page, line: f.mentions[0].place.line, evidence: f.mentions[0].evidence, rule: f.mentions[0].rule,
      }));
      const match = matchFigures(figures, readCsv(fixture(`${DIR}/${name}.gold.csv`), GoldRow), { start: report.meta.periodStart, end: report.meta.periodEnd });
      tp += match.predictions.filter((p) => p.strict === 'tp').length;
      predicted += match.predictions.filter((p) => p.strict !== 'optional').length;
      gold += match.gold.length;
    }
    expect(names.length).toBe(53);
    expect({ precision: tp / predicted >= 0.95, recall: tp / gold >= 0.95 }).toEqual({ precision: true, recall: true });
  }, 120_000);
});
