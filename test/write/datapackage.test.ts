/**
 * datapackage.json: generated from the zod schemas, agreeing with
 * docs/outputs.md, and enough to load a real run into DuckDB with typed
 * columns, constraints and keys: no casts, no sniffing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runBatch } from '../../src/index.js';
import { withColumnTables } from '../../src/write/contract-doc.js';
import { dataPackage, type DataPackage, tableField } from '../../src/write/datapackage.js';
import { CSV_OUTPUTS } from '../../src/write/outputs.js';
import { loadRun, rows } from './duckdb-run.js';

const DOC = fileURLToPath(new URL('../../docs/outputs.md', import.meta.url));
const BATCH = fileURLToPath(new URL('../../fixtures/batches/gold/reports/', import.meta.url));

const field = (schema: z.ZodType) => tableField('x', z.toJSONSchema(z.object({ x: schema.describe('d') }), { io: 'output' }).properties!.x as never);

describe('Table Schema fields from zod columns', () => {
  it('types dates, integers, numbers and enums; an empty-able column is not required', () => {
    expect(field(z.union([z.iso.date(), z.literal('')]))).toEqual({ name: 'x', type: 'date', description: 'd' });
    expect(field(z.number().int().positive())).toEqual({ name: 'x', type: 'integer', description: 'd', constraints: { required: true, minimum: 1 } });
    expect(field(z.union([z.number().finite(), z.literal('')]))).toEqual({ name: 'x', type: 'number', description: 'd' });
    expect(field(z.enum(['a', 'b']))).toEqual({ name: 'x', type: 'string', description: 'd', constraints: { required: true, enum: ['a', 'b'] } });
    expect(field(z.union([z.enum(['a']), z.literal('')]))).toEqual({ name: 'x', type: 'string', description: 'd', constraints: { enum: ['a'] } });
    expect(field(z.string())).toEqual({ name: 'x', type: 'string', description: 'd' });
    expect(field(z.string().min(1))).toEqual({ name: 'x', type: 'string', description: 'd', constraints: { required: true } });
  });

  it('refuses a column without a description', () => {
    expect(() => tableField('x', { type: 'string' })).toThrow(/no description/);
  });
});

describe('docs/outputs.md', () => {
  it('has the column tables the schemas give (run `npx tsx scripts/outputs-doc.ts` after changing a schema)', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(withColumnTables(doc, dataPackage(CSV_OUTPUTS, 'x'))).toBe(doc);
  });

  it('fails when a column table is missing or names no resource', () => {
    const pkg = dataPackage(CSV_OUTPUTS, 'x');
    expect(() => withColumnTables('<!-- columns:nothing -->\n<!-- /columns -->', pkg)).toThrow(/names no resource/);
    expect(() => withColumnTables('', pkg)).toThrow(/no column table for reports/);
  });
});

describe('a run loaded into DuckDB from datapackage.json alone', () => {
  let work: string;
  let pkg: DataPackage;
  let db: Awaited<ReturnType<typeof loadRun>>['connection'];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cchc-duckdb-'));
    await runBatch([BATCH], { out: join(work, 'run'), concurrency: 2 });
    ({ connection: db, pkg } = await loadRun(join(work, 'run')));
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('describes every CSV the run wrote, with the columns in file order', () => {
    for (const resource of pkg.resources) {
      const header = readFileSync(join(work, 'run', resource.path), 'utf8').split('\n')[0];
      expect(header).toBe(resource.schema.fields.map((f) => f.name).join(','));
    }
  });

  it('needs no quoted column name: none is a DuckDB reserved word', async () => {
    const reserved = new Set((await rows(db, "SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category = 'reserved'")).map((r) => r.keyword_name));
    const names = pkg.resources.flatMap((r) => r.schema.fields.map((f) => f.name));
    expect(names.filter((name) => reserved.has(name))).toEqual([]);
  });

  it('loads every row under the declared types, constraints and keys', async () => {
    for (const resource of pkg.resources) {
      const lines = readFileSync(join(work, 'run', resource.path), 'utf8').trim().split('\n').length - 1;
      const [{ n }] = await rows(db, `SELECT count(*) AS n FROM ${resource.name}`);
      expect(Number(n), resource.name).toBe(lines);
    }
    const types = await rows(db, "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'figures' AND column_name IN ('value', 'period_start', 'page')");
    expect(Object.fromEntries(types.map((t) => [t.column_name, t.data_type]))).toEqual({ value: 'DOUBLE', period_start: 'DATE', page: 'BIGINT' });
  });

  it('answers typed questions without casts: numbers are numbers, dates are dates, no own-level gaps', async () => {
    const [gaps] = await rows(db, "SELECT count(*) FILTER (WHERE level IS NULL) AS no_level, count(*) FILTER (WHERE period_start IS NULL) AS no_period FROM figures");
    expect(gaps).toEqual({ no_level: 0n, no_period: 0n });
    const [received] = await rows(db, "SELECT sum(value) AS total FROM figures WHERE indicator = 'dossier.new' AND level = 'own' AND period_start >= DATE '2023-01-01' AND period_end <= DATE '2023-03-31' AND period_end - period_start < 31");
    expect(received.total).toBeGreaterThan(1000);
  });
});

describe('a unit series from DuckDB', () => {
  let work: string;
  let db: Awaited<ReturnType<typeof loadRun>>['connection'];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cchc-duckdb-series-'));
    await runBatch([BATCH], { out: join(work, 'run'), concurrency: 2 });
    ({ connection: db } = await loadRun(join(work, 'run')));
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is one query on series.csv: no join, no cast, copies already left out', async () => {
    const quarters = await rows(db, `SELECT period_start, value, disagreeing_values FROM series
      WHERE unit_key = 'nghe-an/district/song-lam' AND indicator = 'dossier.resolved' AND level = 'own' AND period_kind = 'quarter'
      ORDER BY period_start`);
    expect(quarters).toHaveLength(8);
    expect(quarters.every((q) => typeof q.value === 'number' && q.disagreeing_values === null)).toBe(true);
    const [rate] = await rows(db, `SELECT value, disagreeing_values FROM series
      WHERE unit_key = 'nghe-an/district/song-lam' AND indicator = 'dossier.on_time_rate' AND period_start = DATE '2023-10-01' AND period_end = DATE '2023-12-31'`);
    expect(rate.disagreeing_values).not.toBeNull();
  });
});
