/**
 * The facet lexicon of number-first reading (rules/facets.yaml, described in
 * rules/README.md): cue phrases → facet values with weights, the table from
 * facet combinations to catalogue keys, and the examples that test both.
 * Validated with zod at load; a broken lexicon stops the run naming the path.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { catalogue, type IndicatorUnit, UNITS } from '../../model/catalogue.js';
import { matchForm } from '../../text/match-form.js';
import { Example } from '../rules/format.js';
import { RuleLoadError } from '../rules/load.js';
import { listSource } from '../rules/template.js';
import { tokenize } from '../rules/tokens.js';
import { readYamlFile } from '../../yaml-file.js';

export const FACETS_PATH = fileURLToPath(new URL('../../../rules/facets.yaml', import.meta.url));

/** The facet every quantity needs; its values name what is counted. */
export const SUBJECT = 'subject';
/** The facet saying what was done with it (received, resolved, assigned, …); a sibling figure passes it on. */
export const MEASURE = 'measure';
/** Row fields that are not facets. */
const ROW_FIELDS = new Set(['key', 'rate', 'whole', 'beside', 'unless', 'needs_period', 'read_level', 'unit_level']);
/** In a row's list of values: the facet may be absent. */
export const ABSENT = '-';

const name = z.string().regex(/^[a-z_]+$/, 'lower-case name');
const Cues = z.record(z.string().min(1), z.number().int().min(1).max(9));
const RowValue = z.union([name, z.literal(ABSENT)]);

const Row = z
  .object({
    key: z.string(),
    /** A percentage ("tỷ lệ … 98%"); default: a count. */
    rate: z.boolean().default(false),
    /** Key of a fraction's denominator ("đã giải quyết 12.430/12.512 hồ sơ" → the received whole). */
    whole: z.string().optional(),
    /** The row holds only when the sentence also has a cue of this facet value ("đúng hạn" beside "trước hạn"). */
    beside: z.record(name, name).optional(),
    /** The row does not hold when the sentence has a cue of this facet value ("xếp thứ 44/63" in a sentence about SIPAS). */
    unless: z.record(name, name).optional(),
    /** The figure holds only in a period the text states (a year, a heading's period), never by default the report's. */
    needs_period: z.boolean().default(false),
    /** false: the unit's own figure, never one level's ("Chỉ số CCHC … do UBND tỉnh công bố: huyện đạt 85,72 điểm"); level cues are not read. */
    read_level: z.boolean().default(true),
    /** The row holds only in a report of a unit at this level (a commune's own staff are its commune officials). */
    unit_level: z.enum(['province', 'district', 'commune']).optional(),
  })
  .catchall(z.union([RowValue, z.array(RowValue).min(1)]));

export const LexiconFile = z
  .object({
    /** A facet's best value is clear when it scores at least this and no other value ties it. */
    threshold: z.number().int().min(1),
    /** Facets a figure does not take from the figure it breaks down or follows ("quá hạn" never is). */
    not_inherited: z.array(name).default([]),
    /** Facets a row may leave unnamed and still fit whatever they say ("hiện có": a stock, whatever is counted). */
    optional: z.array(name).default([]),
    /** Subjects whose quantities, when unplaced, are listed for review (mentions.csv, rule `unplaced`) with this unit. */
    review: z.record(name, z.enum(UNITS)),
    /** Phrases read as nothing, so their words cue nothing ("Bộ phận một cửa" is a place, not the one-stop measure). */
    neutral: z.array(z.string().min(1)).default([]),
    /** Words that make the number before them part of a name ("phần mềm 1 cửa"): no quantity. */
    name_words: z.array(z.string().min(1)).default([]),
    /** Nouns that, right after a count, make it a count of places or bodies (subject unit), never cues elsewhere ("23 xã"). */
    place_nouns: z.array(z.string().min(1)).default([]),
    /** Words that make the number after them a document's number ("Nghị định 129/2025"): no quantity. */
    document_words: z.array(z.string().min(1)).default([]),
    facets: z.record(name, z.record(name, Cues)),
    indicators: z.array(Row).min(1),
    examples: z.array(Example).min(1),
  })
  .strict();

export interface Cue {
  facet: string;
  value: string;
  weight: number;
}

/** A trie node over match-form words: the cues of the phrase ending here. */
export interface PhraseNode {
  next: Map<string, PhraseNode>;
  cues: Cue[] | null;
}

export interface IndicatorRow {
  key: string;
  rate: boolean;
  whole?: string;
  beside: Array<[string, string]>;
  unless: Array<[string, string]>;
  needsPeriod: boolean;
  readLevel: boolean;
  unitLevel?: 'province' | 'district' | 'commune';
  /** facet → allowed values (ABSENT = may be absent); a facet the row does not name must be absent. */
  facets: Map<string, Set<string>>;
}

export interface Lexicon {
  threshold: number;
  notInherited: Set<string>;
  optional: Set<string>;
  review: Map<string, IndicatorUnit>;
  facetNames: string[];
  phrases: PhraseNode;
  /** Matches the token line right after a number that is part of a name. */
  nameWords: RegExp;
  /** Matches the token line right after a count of places or bodies. */
  placeNouns: RegExp;
  /** Matches the token line right before a number that names a document. */
  documentWords: RegExp;
  rows: IndicatorRow[];
  examples: Example[];
}

/** The words of a phrase as the token line shows them. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => matchForm(t.text));
}

function addPhrase(root: PhraseNode, phrase: string, cue: Cue | null): void {
  let node = root;
  for (const word of phraseWords(phrase)) {
    let child = node.next.get(word);
    if (!child) node.next.set(word, (child = { next: new Map(), cues: null }));
    node = child;
  }
  node.cues ??= [];
  if (cue) node.cues.push(cue);
}

function fail(problem: string): never {
  throw new RuleLoadError(`facets.yaml: ${problem}`);
}

export function compileLexicon(raw: unknown): Lexicon {
  const parsed = LexiconFile.safeParse(raw);
  if (!parsed.success) fail(z.prettifyError(parsed.error));
  const spec = parsed.data;
  for (const facet of [SUBJECT, MEASURE]) if (!spec.facets[facet]) fail(`the facet "${facet}" is required`);
  const phrases: PhraseNode = { next: new Map(), cues: null };
  for (const phrase of spec.neutral) addPhrase(phrases, phrase, null);
  for (const [facet, values] of Object.entries(spec.facets)) {
    if (ROW_FIELDS.has(facet)) fail(`facets.${facet}: "${facet}" is a row field, not a facet name`);
    for (const [value, cues] of Object.entries(values)) {
      for (const [phrase, weight] of Object.entries(cues)) {
        for (const one of phrase.split('|')) addPhrase(phrases, one.trim(), { facet, value, weight });
      }
    }
  }
  const known = (facet: string, value: string, where: string) => {
    if (value !== ABSENT && !spec.facets[facet]?.[value]) fail(`${where}: unknown value "${value}" of facet "${facet}"`);
  };
  const rows = spec.indicators.map((row, i): IndicatorRow => {
    const where = `indicators[${i}] (${row.key})`;
    for (const key of [row.key, row.whole]) if (key !== undefined && !catalogue.has(key)) fail(`${where}: unknown indicator key "${key}"`);
    const facets = new Map<string, Set<string>>();
    for (const [field, value] of Object.entries(row)) {
      if (ROW_FIELDS.has(field)) continue;
      if (!spec.facets[field]) fail(`${where}: unknown facet "${field}"`);
      const values = Array.isArray(value) ? value : [value];
      for (const v of values as string[]) known(field, v, where);
      facets.set(field, new Set(values as string[]));
    }
    if (!facets.has(SUBJECT)) fail(`${where}: a row names its subject`);
    const beside = Object.entries(row.beside ?? {});
    for (const [facet, value] of beside) known(facet, value, `${where}.beside`);
    const unless = Object.entries(row.unless ?? {});
    for (const [facet, value] of unless) known(facet, value, `${where}.unless`);
    return { key: row.key, rate: row.rate, whole: row.whole, beside, unless, needsPeriod: row.needs_period, readLevel: row.read_level, unitLevel: row.unit_level, facets };
  });
  for (const subject of Object.keys(spec.review)) known(SUBJECT, subject, 'review');
  for (const facet of spec.not_inherited) if (!spec.facets[facet]) fail(`not_inherited: unknown facet "${facet}"`);
  for (const facet of spec.optional) if (!spec.facets[facet]) fail(`optional: unknown facet "${facet}"`);
  spec.examples.forEach((ex, e) => {
    for (const key of [...(ex.expect ?? []).map((m) => m.indicator), ...(ex.not ?? [])]) {
      if (key !== '' && !catalogue.has(key)) fail(`examples[${e}]: unknown indicator key "${key}"`);
    }
  });
  return {
    threshold: spec.threshold,
    notInherited: new Set(spec.not_inherited),
    optional: new Set(spec.optional),
    review: new Map(Object.entries(spec.review)),
    facetNames: Object.keys(spec.facets),
    phrases,
    nameWords: spec.name_words.length > 0 ? new RegExp(`^${listSource(spec.name_words)}`, 'u') : /$^/u,
    placeNouns: spec.place_nouns.length > 0 ? new RegExp(`^${listSource(spec.place_nouns)}`, 'u') : /$^/u,
    documentWords: spec.document_words.length > 0 ? new RegExp(`(?<![^ ])${listSource(spec.document_words)}(?:số )?$`, 'u') : /$^/u,
    rows,
    examples: spec.examples,
  };
}

export function loadLexicon(path: string = FACETS_PATH): Lexicon {
  let raw: unknown;
  try {
    raw = readYamlFile(path);
  } catch (err) {
    fail(`not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  return compileLexicon(raw);
}

let cached: Lexicon | undefined;
/** The project's lexicon, loaded once per process. */
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}
