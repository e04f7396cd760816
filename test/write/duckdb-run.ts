/**
 * Loads a run folder into an in-memory DuckDB from what datapackage.json says
 * and nothing else: one table per resource, its columns typed, required and
 * enum constraints as NOT NULL / CHECK, primary and foreign keys declared
 * (DuckDB enforces them), the CSV read with no type sniffing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { DataPackage, DataResource, FieldType } from '../../src/write/datapackage.js';

const SQL_TYPES: Record<FieldType, string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', date: 'DATE' };

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

function createTable(resource: DataResource): string {
  const { fields, primaryKey, foreignKeys } = resource.schema;
  const columns = fields.map((f) => {
    const checks = f.constraints?.enum ? ` CHECK (${f.name} IN (${f.constraints.enum.map(quote).join(', ')}))` : '';
    return `${f.name} ${SQL_TYPES[f.type]}${f.constraints?.required ? ' NOT NULL' : ''}${checks}`;
  });
  // DuckDB's primary key implies NOT NULL; a key column that may be empty becomes a UNIQUE constraint instead.
  const nullable = (primaryKey ?? []).some((name) => !fields.find((f) => f.name === name)?.constraints?.required);
  if (primaryKey) columns.push(`${nullable ? 'UNIQUE' : 'PRIMARY KEY'} (${primaryKey.join(', ')})`);
  for (const key of foreignKeys ?? []) columns.push(`FOREIGN KEY (${key.fields.join(', ')}) REFERENCES ${key.reference.resource} (${key.reference.fields.join(', ')})`);
  return `CREATE TABLE ${resource.name} (${columns.join(', ')})`;
}

function readCsv(dir: string, resource: DataResource): string {
  const columns = resource.schema.fields.map((f) => `${quote(f.name)}: ${quote(SQL_TYPES[f.type])}`).join(', ');
  return `INSERT INTO ${resource.name} SELECT * FROM read_csv(${quote(join(dir, resource.path))}, header = true, auto_detect = false, columns = {${columns}}, nullstr = '', quote = '"', escape = '"', dateformat = '%Y-%m-%d')`;
}

export async function loadRun(dir: string): Promise<{ connection: DuckDBConnection; pkg: DataPackage }> {
  const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as DataPackage;
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  // Referenced resources first.
  const ordered = [...pkg.resources].sort((a, b) => Number(Boolean(a.schema.foreignKeys)) - Number(Boolean(b.schema.foreignKeys)));
  for (const resource of ordered) {
    await connection.run(createTable(resource));
    await connection.run(readCsv(dir, resource));
  }
  return { connection, pkg };
}

export async function rows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}
