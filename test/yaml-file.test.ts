/**
 * YAML data files read through the build's parsed values (src/yaml-file.ts):
 * the same values as parsing them, and a file edited since is parsed afresh.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { preparse, readYamlFile } from '../src/yaml-file.js';

const RULES = fileURLToPath(new URL('../rules/', import.meta.url));
const RULE_FILES = readdirSync(RULES, { recursive: true, encoding: 'utf8' }).filter((name) => extname(name) === '.yaml').map((name) => join(RULES, name));

describe('readYamlFile', () => {
  it('gives every rule file the value parsing gives it, from the parsed values', () => {
    const preparsed = preparse(RULE_FILES);
    expect(Object.keys(preparsed)).toHaveLength(RULE_FILES.length);
    for (const file of RULE_FILES) expect(readYamlFile(file, preparsed)).toEqual(parse(readFileSync(file, 'utf8')));
  });

  it('reads the value kept for the file\'s text, without parsing it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cchc-yaml-')), 'words.yaml');
    writeFileSync(file, 'words:\n  receive: [tiếp nhận]\n');
    const [key] = Object.keys(preparse([file]));
    expect(readYamlFile(file, { [key]: '{"kept":true}' })).toEqual({ kept: true });
  });

  it('parses a file edited since the values were made, and keeps out what JSON would change', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cchc-yaml-')), 'words.yaml');
    writeFileSync(file, 'words:\n  receive: [tiếp nhận]\n');
    const preparsed = preparse([file]);
    writeFileSync(file, 'words:\n  receive: [tiếp nhận, nhận]\n');
    expect(readYamlFile(file, preparsed)).toEqual({ words: { receive: ['tiếp nhận', 'nhận'] } });
    writeFileSync(file, 'limit: .inf\n');
    expect(preparse([file])).toEqual({});
  });

  it('returns a value of its own on each read', () => {
    const file = RULE_FILES[0];
    const preparsed = preparse([file]);
    expect(readYamlFile(file, preparsed)).not.toBe(readYamlFile(file, preparsed));
  });
});
