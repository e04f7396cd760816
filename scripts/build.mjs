/**
 * `npm run build` (also run by npm install): compiles src/ to dist/ with tsc
 * (tsconfig.build.json), copies src/'s data files (YAML, JSON, CSS, client
 * script) beside the compiled modules, which find them relative to
 * themselves, keeps the parsed values of the YAML files of rules/ and src/
 * (dist/parsed-yaml.json, by file text: src/yaml-file.ts), and records the
 * hash of src/ that bin/cchc.js checks before running dist/. Plain
 * JavaScript: it runs before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildPaths, sourceHash } from '../bin/compiled.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { source, compiled: out, stamp } = buildPaths(ROOT);
// Hashed first: an edit made while tsc runs leaves the build stale, not wrongly fresh.
const hash = sourceHash(ROOT);
rmSync(out, { recursive: true, force: true });

let tsc;
try {
  tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
} catch {
  // An install without dev dependencies: nothing to build with, and nothing is lost but start-up time.
  console.warn('build: typescript is not installed; the CLI runs the TypeScript sources');
  process.exit(0);
}
const tscRun = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
if (tscRun.status !== 0) {
  console.error('build: tsc failed; the CLI keeps running the TypeScript sources');
  rmSync(out, { recursive: true, force: true });
  process.exit(1);
}

cpSync(source, out, { recursive: true, filter: (path) => extname(path) !== '.ts' });
// Every YAML data file parsed once here, not by every worker process at start (src/yaml-file.ts).
const { preparse, PREPARSED_PATH } = await import(pathToFileURL(join(out, 'yaml-file.js')).href);
const yamlFiles = [join(ROOT, 'rules'), source].flatMap((dir) => readdirSync(dir, { recursive: true }).filter((name) => extname(name) === '.yaml').map((name) => join(dir, name)));
writeFileSync(PREPARSED_PATH, JSON.stringify(preparse(yamlFiles)));
writeFileSync(stamp, `${hash}\n`);
