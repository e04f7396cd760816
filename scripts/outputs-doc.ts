/** Rewrites the column tables of docs/outputs.md from the row schemas (see src/write/contract-doc.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TOOL_VERSION } from '../src/batch.js';
import { withColumnTables } from '../src/write/contract-doc.js';
import { dataPackage } from '../src/write/datapackage.js';
import { CSV_OUTPUTS } from '../src/write/outputs.js';

const path = fileURLToPath(new URL('../docs/outputs.md', import.meta.url));
writeFileSync(path, withColumnTables(readFileSync(path, 'utf8'), dataPackage(CSV_OUTPUTS, TOOL_VERSION)));
