/**
 * datapackage.json: the run folder as a Frictionless Data Package, one
 * Tabular Data Resource per CSV with its Table Schema (types, enums,
 * required fields, primary and foreign keys). Generated from the zod row
 * schemas (through their JSON Schema), so the description a database or a
 * dashboard reads cannot drift from what the writer validates.
 */
import { z } from 'zod';
import type { CsvOutput } from './outputs.js';

export const DATA_PACKAGE_FILE = 'datapackage.json';

export type FieldType = 'string' | 'integer' | 'number' | 'date';

export interface TableField {
  name: string;
  type: FieldType;
  description: string;
  constraints?: { required?: boolean; enum?: string[]; minimum?: number; pattern?: string };
}

export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

export interface DataResource {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  description: string;
  schema: TableSchema;
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  version: string;
  resources: DataResource[];
}

interface JsonSchemaNode {
  type?: string;
  format?: string;
  enum?: string[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  description?: string;
  anyOf?: JsonSchemaNode[];
}

/** A string no row may leave empty (an enum, a pattern that needs characters, a minimum length). */
function excludesEmpty(node: JsonSchemaNode): boolean {
  if (node.enum) return !node.enum.includes('');
  if ((node.minLength ?? 0) > 0) return true;
  return node.pattern !== undefined && !new RegExp(node.pattern).test('');
}

/** One Table Schema field from the JSON Schema of a zod column. An empty cell is the missing value. */
export function tableField(name: string, node: JsonSchemaNode): TableField {
  const branches = node.anyOf ?? [node];
  const mayBeEmpty = branches.some((b) => b.const === '');
  const main = branches.find((b) => b.const !== '');
  if (!main) throw new Error(`column ${name}: no type besides empty`);
  const type: FieldType = main.format === 'date' ? 'date' : main.type === 'integer' ? 'integer' : main.type === 'number' ? 'number' : 'string';
  const required = !mayBeEmpty && (type !== 'string' || excludesEmpty(main));
  const constraints: TableField['constraints'] = {};
  if (required) constraints.required = true;
  if (main.enum) constraints.enum = main.enum;
  if (type === 'string' && main.pattern && main.format === undefined) constraints.pattern = main.pattern;
  if (type === 'integer' && main.minimum !== undefined && main.minimum > Number.MIN_SAFE_INTEGER) constraints.minimum = main.minimum;
  if (type === 'integer' && main.exclusiveMinimum !== undefined) constraints.minimum = main.exclusiveMinimum + 1;
  const description = node.description ?? main.description ?? '';
  if (!description) throw new Error(`column ${name}: no description (.describe it in src/model/schemas.ts)`);
  return { name, type, description, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
}

export function tableSchema(output: CsvOutput): TableSchema {
  const json = z.toJSONSchema(output.schema, { io: 'output' }) as { properties: Record<string, JsonSchemaNode> };
  const fields = Object.entries(json.properties).map(([name, node]) => tableField(name, node));
  const parent = output.references;
  return {
    fields,
    missingValues: [''],
    ...(output.primaryKey ? { primaryKey: [...output.primaryKey] } : {}),
    ...(parent ? { foreignKeys: [{ fields: ['report_id'], reference: { resource: parent, fields: ['report_id'] } }] } : {}),
  };
}

export function dataPackage(outputs: Readonly<Record<string, CsvOutput>>, version: string): DataPackage {
  return {
    profile: 'tabular-data-package',
    name: 'cchc-extract-run',
    title: 'Figures and audit flags extracted from administrative-reform (CCHC) reports',
    version,
    resources: Object.entries(outputs).map(([name, output]) => ({
      name,
      path: output.file,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: output.description,
      schema: tableSchema(output),
    })),
  };
}
