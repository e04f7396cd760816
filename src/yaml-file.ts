/**
 * The YAML data files (rules/, the catalogue, the checks' tables) as values.
 * Parsing YAML costs every worker process about half a second of CPU for the
 * ~400 KB of rules, more than a long report's prose rules. `npm run build`
 * parses each YAML file of rules/ and src/ once and keeps its value as JSON
 * text under the SHA-1 of the parser's version and the file's text
 * (dist/parsed-yaml.json, read in milliseconds); a file edited since the build
 * (rules/ is outside the hash that keeps dist/ fresh) or a parser updated since
 * has another key and is parsed as before. Each read returns a value of its own.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

/** JSON text of a YAML file's value, by the SHA-1 of the parser's version and the file's text. */
export type Preparsed = Record<string, string>;

export const PREPARSED_PATH = new URL('./parsed-yaml.json', import.meta.url);

const require = createRequire(import.meta.url);

/** Another version of the parser may give a text another value: the version is part of the key. */
const PARSER_VERSION = (require('yaml/package.json') as { version: string }).version;

/** The parser, loaded on first use: a process whose files were all parsed by the build never loads it. */
const parse = (text: string): unknown => (require('yaml') as typeof import('yaml')).parse(text);

const keyOf = (text: string) => createHash('sha1').update(`${PARSER_VERSION}\n${text}`).digest('hex');

let built: Preparsed | undefined;
/** What the build parsed (nothing when the sources run unbuilt). */
function builtValues(): Preparsed {
  built ??= existsSync(PREPARSED_PATH) ? (JSON.parse(readFileSync(PREPARSED_PATH, 'utf8')) as Preparsed) : {};
  return built;
}

/** The value of a YAML file; throws the parser's error when it is not valid YAML. */
export function readYamlFile(path: string | URL, preparsed: Preparsed = builtValues()): unknown {
  const text = readFileSync(path, 'utf8');
  const json = preparsed[keyOf(text)];
  return json === undefined ? parse(text) : JSON.parse(json);
}

/**
 * The files' values for dist/parsed-yaml.json: those JSON keeps exactly (a value JSON would change, such as
 * `.inf`, stays out and is parsed at run time); an invalid file stays out too (its error shows at run time).
 */
export function preparse(paths: readonly string[]): Preparsed {
  const out: Preparsed = {};
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    let value: unknown;
    try {
      value = parse(text);
    } catch {
      continue;
    }
    const json = JSON.stringify(value);
    if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) out[keyOf(text)] = json;
  }
  return out;
}
