/**
 * The column tables of docs/outputs.md, written from datapackage.json's Table
 * Schemas: each CSV's section holds a table between
 * `<!-- columns:<resource> -->` and `<!-- /columns -->`.
 * `npx tsx scripts/outputs-doc.ts` rewrites them; a test fails when the
 * document and the schemas disagree.
 */
import type { DataPackage, DataResource, TableField } from './datapackage.js';

const SECTION = /<!-- columns:([a-z_]+) -->\n[^]*?<!-- \/columns -->/g;

function typeOf(field: TableField): string {
  const enums = field.constraints?.enum;
  return enums ? `${field.type}: ${enums.join(', ')}` : field.type;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function columnTable(resource: DataResource): string {
  const keys = new Set(resource.schema.primaryKey ?? []);
  const rows = resource.schema.fields.map((f) =>
    `| \`${f.name}\` | ${cell(typeOf(f))} | ${f.constraints?.required ? 'yes' : ''}${keys.has(f.name) ? ' (key)' : ''} | ${cell(f.description)} |`);
  return ['| column | type | required | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The document with every column table rewritten; throws on a resource without a section, or a section without a resource. */
export function withColumnTables(doc: string, pkg: DataPackage): string {
  const resources = new Map(pkg.resources.map((r) => [r.name, r]));
  const seen = new Set<string>();
  const out = doc.replace(SECTION, (_all, name: string) => {
    const resource = resources.get(name);
    if (!resource) throw new Error(`docs/outputs.md: columns:${name} names no resource of datapackage.json`);
    seen.add(name);
    return `<!-- columns:${name} -->\n${columnTable(resource)}\n<!-- /columns -->`;
  });
  const missing = [...resources.keys()].filter((name) => !seen.has(name));
  if (missing.length > 0) throw new Error(`docs/outputs.md: no column table for ${missing.join(', ')}`);
  return out;
}
