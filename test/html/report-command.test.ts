/** `cchc report` and the run-folder reader behind it. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { readRunFolder } from '../../src/write/html-report/index.js';
import { OutputWriter } from '../../src/write/outputs.js';
import { writeHandMadeRun } from './run-fixture.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cchc-report-cmd-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('readRunFolder', () => {
  it('reads numbers as numbers, ids and blanks as text, and undoes formula neutralisation', async () => {
    const dir = join(work, 'cells');
    const writer = await OutputWriter.open(dir);
    await writer.add({
      report: {
        report_id: 'r1234567890123456', source_file: '=cmd.pdf', format: 'pdf', status: 'error', error: 'PDF is encrypted', pages: '', issuer: '',
        unit_level: '', unit_name: '', province: '', report_number: '', report_date: '', period_type: '', period_start: '', period_end: '',
        text_repair: '', figures: 0, flags: 1, unit_key: '', duplicate_of: '', period_source: '', diagnostics: '', parent_unit_key: '',
      },
      figures: [], mentions: [], documents: [], tables: [], fingerprint: '',
      flags: [{ report_id: 'r1234567890123456', check_id: 'sum_mismatch', severity: 'error', message: '-3 + 5 ≠ 1', indicators: '', expected: '1', actual: '2', page: '', line: 7, evidence: '+ Tổng 1', expected_value: 1, actual_value: 2, difference: 1 }],
    });
    await writer.commit({
      tool: 'cchc-extract', tool_version: '0.1.0', rules_version: 'x', started_at: 'a', finished_at: 'b', seconds: 0, inputs_found: 1, skipped: [],
      ok: 0, partial: 0, error: 1, pages: 0, figures: 0, flags: 1, options: {},
    });
    expect(readFileSync(join(dir, 'flags.csv'), 'utf8')).toContain("'-3 + 5");
    const run = readRunFolder(dir);
    expect(run.reports[0]).toMatchObject({ report_id: 'r1234567890123456', source_file: '=cmd.pdf', pages: '', figures: 0 });
    expect(run.flags[0]).toMatchObject({ message: '-3 + 5 ≠ 1', evidence: '+ Tổng 1', page: '', line: 7 });
    expect(run.manifest?.error).toBe(1);
  });
});

describe('cchc report', () => {
  it('writes <run>/report.html by default, or --out', async () => {
    const run = join(work, 'run');
    await writeHandMadeRun(run);
    expect(await main(['node', 'cchc', 'report', '--run', run])).toBe(0);
    expect(readFileSync(join(run, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
    const out = join(work, 'elsewhere.html');
    expect(await main(['node', 'cchc', 'report', '--run', run, '--out', out])).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('exits 2 when the folder is not a run folder, or --run is missing', async () => {
    expect(await main(['node', 'cchc', 'report', '--run', join(work, 'nothing-here')])).toBe(2);
    expect(await main(['node', 'cchc', 'report'])).toBe(2);
  });
});
