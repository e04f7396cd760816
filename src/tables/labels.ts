/**
 * Row → indicator by label: the dictionary in rules/labels/labels.yaml,
 * validated at load, and the matcher (folded tokens + string similarity,
 * a threshold, and near ties left unmapped).
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { catalogue } from '../model/catalogue.js';
import { Level } from '../model/schemas.js';
import { foldDiacritics, foldedTokens } from './fold.js';
import { levelsIn, stripLevelPhrases } from './levels.js';
import { readYamlFile } from '../yaml-file.js';
import { boundedMemo } from '../bounded-memo.js';

const Wording = z.union([z.string().min(1), z.object({ text: z.string().min(1), level: Level })]);

const LabelExample = z.object({
  label: z.string().min(1),
  indicator: z.string(),
  level: Level.optional(),
  percent: z.boolean().optional(),
  tie: z.boolean().optional(),
});
export type LabelExample = z.infer<typeof LabelExample>;

const RowGroups = z.object({
  /** Column facet → the lowest headings that name it. */
  columns: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  groups: z.array(z.object({ words: z.array(z.string().min(1)).min(1), indicators: z.record(z.string(), z.string()) })).min(1),
});
export type RowGroups = z.infer<typeof RowGroups>;

const Plans = z.record(z.string(), z.object({ plan: z.string(), share: z.string() }));
export type Plans = z.infer<typeof Plans>;

const LabelFile = z.object({
  threshold: z.number().min(0).max(1),
  margin: z.number().min(0).max(1),
  units: z.array(z.string().min(1)).min(1),
  abbreviations: z.record(z.string(), z.string()),
  heading_abbreviations: z.record(z.string(), z.string().min(1)),
  indicators: z.record(z.string(), z.array(Wording).min(1)),
  not_indicators: z.array(z.string().min(1)),
  examples: z.array(LabelExample).min(1),
  plans: Plans,
  row_groups: RowGroups,
});

export const LABELS_PATH = fileURLToPath(new URL('../../rules/labels/labels.yaml', import.meta.url));

interface Entry {
  /** '' = a known template row that is not a catalogue indicator. */
  indicator: string;
  text: string;
  /** Level fixed by the wording; undefined = read from the row. */
  level?: Level;
  form: MatchForm;
}

interface MatchForm {
  tokens: Set<string>;
  numbers: string;
  /** Says "not (yet)": tasks not done are never tasks done, dossiers not resolved never resolved ones. */
  negated: boolean;
  /** Character bigrams of the tokens joined by spaces, worked out once per form. */
  bigrams: Set<string>;
}

/**
 * Character bigrams as Dice's coefficient counts them (a one-character text
 * pads with a space). natural's DiceCoefficient re-derived both texts'
 * bigrams on every call, and each row meets every wording of the dictionary:
 * a fifth of a full run's CPU.
 */
function bigramsOf(text: string): Set<string> {
  const padded = text.length === 1 ? `${text} ` : text;
  const bigrams = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) bigrams.add(padded.slice(i, i + 2));
  return bigrams;
}

/** Dice's coefficient of two sets: twice the shared members over the sum of the sizes. */
function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const member of a) if (b.has(member)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Whom apology letters went to, after "xin lỗi" ("thư xin lỗi đã gửi tổ chức, công dân"): no part of what is counted. */
const APOLOGY_RECIPIENTS = /\b(xin loi)(?:\s+(?:da\s+)?gui(?:\s+(?:den|toi|cho))?)?(?:\s+(?:cac\s+)?(?:to chuc|ca nhan|cong dan|nguoi dan|doanh nghiep)(?:\s*(?:,|va|\/)\s*(?:to chuc|ca nhan|cong dan|nguoi dan|doanh nghiep))*)?\b/g;

/** Folded words that deny what follows ("chưa", "không"). */
const NEGATIONS = new Set(['chua', 'khong']);

function loadDictionary() {
  const parsed = LabelFile.safeParse(readYamlFile(LABELS_PATH));
  if (!parsed.success) throw new Error(`${LABELS_PATH}: ${z.prettifyError(parsed.error)}`);
  const file = parsed.data;
  const abbreviations = new Map(Object.entries(file.abbreviations).map(([k, v]) => [k, foldedTokens(v)]));
  const formOf = (text: string): MatchForm => {
    const words = foldedTokens(stripLevelPhrases(text.replace(/\([^)]*\)?/g, ' '), true).replace(APOLOGY_RECIPIENTS, '$1'));
    const tokens = words.flatMap((w) => abbreviations.get(w) ?? [w]);
    return {
      tokens: new Set(tokens),
      numbers: tokens.filter((t) => /^\d+$/.test(t)).map(Number).sort((a, b) => a - b).join(' '),
      negated: tokens.some((t) => NEGATIONS.has(t)),
      bigrams: bigramsOf(tokens.join(' ')),
    };
  };
  const entries: Entry[] = [];
  for (const [indicator, wordings] of Object.entries(file.indicators)) {
    if (!catalogue.has(indicator)) throw new Error(`${LABELS_PATH}: unknown indicator ${indicator}`);
    for (const w of wordings) {
      const text = typeof w === 'string' ? w : w.text;
      entries.push({ indicator, text, level: typeof w === 'string' ? undefined : w.level, form: formOf(text) });
    }
  }
  for (const text of file.not_indicators) entries.push({ indicator: '', text, form: formOf(text) });
  for (const [result, keys] of Object.entries(file.plans)) {
    for (const key of [result, keys.plan, keys.share]) if (!catalogue.has(key)) throw new Error(`${LABELS_PATH}: plans: unknown indicator ${key}`);
  }
  for (const group of file.row_groups.groups) {
    for (const [facet, indicator] of Object.entries(group.indicators)) {
      if (!file.row_groups.columns[facet]) throw new Error(`${LABELS_PATH}: row_groups: unknown column ${facet}`);
      if (!catalogue.has(indicator)) throw new Error(`${LABELS_PATH}: row_groups: unknown indicator ${indicator}`);
    }
  }
  return { ...file, entries, formOf };
}

const dictionary = loadDictionary();

/** Units of the "Đơn vị tính" column, longest first. */
export const tableUnits: readonly string[] = [...dictionary.units].sort((a, b) => b.length - a.length);

export const labelExamples: readonly LabelExample[] = dictionary.examples;

/** Results whose plan and share of the plan have keys of their own (finance.revenue → finance.revenue_plan, finance.revenue_rate). */
export const plans: Plans = dictionary.plans;

const headingAbbreviation = new RegExp(`(?<![\\p{L}&])(${Object.keys(dictionary.heading_abbreviations).join('|')})(?![\\p{L}&])`, 'gu');

/** A header cell with its capitalised short headings written out ("TN" → "Tiếp nhận", "Đang GQ" → "Đang Giải quyết"). */
export function expandHeading(text: string): string {
  return text.replace(headingAbbreviation, (word) => dictionary.heading_abbreviations[word]);
}

/** Staff groups by row and what is counted of them by column (src/tables/row-groups.ts). */
export const rowGroups: RowGroups = dictionary.row_groups;

const wordsOf = (text: string) => text.normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? [];
const lexiconWords = new Set(dictionary.entries.flatMap((e) => wordsOf(e.text)));

const abbreviationWords = new Set(Object.keys(dictionary.abbreviations));

/** Whether a word (any case) is an abbreviation the dictionary expands ("BCCI", "TTHC"). */
export function isAbbreviation(word: string): boolean {
  return abbreviationWords.has(foldDiacritics(word.normalize('NFC').toLowerCase()));
}

/** Whether a word (any case) is written in some wording of the dictionary ("chuyển", "tiếp"). */
export function isLexiconWord(word: string): boolean {
  return lexiconWords.has(word.normalize('NFC').toLowerCase());
}

/** Similarity of two match forms in [0, 1]; 0 when their numbers differ ("mức độ 3" vs "mức độ 4") or one denies and the other not. */
function similarity(a: MatchForm, b: MatchForm): number {
  if (a.numbers !== b.numbers || a.negated !== b.negated || a.tokens.size === 0 || b.tokens.size === 0) return 0;
  return (dice(a.tokens, b.tokens) + dice(a.bigrams, b.bigrams)) / 2;
}

export interface LabelMatch {
  /** '' when the row maps to no indicator. */
  indicator: string;
  score: number;
  /** The wording that matched best (also when it was rejected). */
  wording?: string;
  /** Level: fixed by the wording, else the one level the label names, else ''. */
  level: Level;
  /** Set when another indicator scored within the margin: the row stays unmapped. */
  nearTie?: { indicators: [string, string]; scores: [number, number] };
}

export interface MatchOptions {
  /** The row is a rate ('%' unit or "Tỷ lệ" label): only percent indicators; false: only counts. */
  percent?: boolean;
}

function unitFits(indicator: string, percent: boolean | undefined): boolean {
  if (indicator === '' || percent === undefined) return true;
  return (catalogue.get(indicator)?.unit === 'percent') === percent;
}

const LEADING_CODE = /^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u;

/**
 * Matches already made, by label and unit option: a table's labels are matched again and again (a row's, its
 * parent's, a header's by several readers), each against every wording. Callers never change a LabelMatch.
 * Cleared when full: memory stays bounded over a batch.
 */
const matchOfKey = boundedMemo(10_000, (key) => {
  const cut = key.indexOf('\u0000');
  const percent = key.slice(0, cut);
  return bestMatch(key.slice(cut + 1), { percent: percent === '' ? undefined : percent === 'true' });
});

/** Map one row label to an indicator. */
export function matchLabel(label: string, options: MatchOptions = {}): LabelMatch {
  return matchOfKey(`${options.percent ?? ''}\u0000${label}`);
}

function bestMatch(label: string, options: MatchOptions): LabelMatch {
  // A row code left in the label ("1.1.1. Số …") would count as numbers.
  const form = dictionary.formOf(label.replace(LEADING_CODE, ''));
  const labelLevels = levelsIn(label.replace(/\([^)]*\)?/g, ' '));
  const ownLevel: Level = labelLevels.length === 1 ? labelLevels[0] : '';
  // Best score per indicator ('' = not an indicator).
  const best = new Map<string, { score: number; entry: Entry }>();
  for (const entry of dictionary.entries) {
    if (!unitFits(entry.indicator, options.percent)) continue;
    const score = similarity(form, entry.form);
    const seen = best.get(entry.indicator);
    if (!seen || score > seen.score) best.set(entry.indicator, { score, entry });
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const [first, second] = ranked;
  if (!first || first.score < dictionary.threshold || first.entry.indicator === '') {
    return { indicator: '', score: first?.score ?? 0, wording: first?.entry.text, level: ownLevel };
  }
  const level = first.entry.level ?? ownLevel;
  if (second && first.score - second.score < dictionary.margin) {
    return {
      indicator: '',
      score: first.score,
      wording: first.entry.text,
      level,
      nearTie: {
        indicators: [first.entry.indicator, second.entry.indicator || '(not an indicator)'],
        scores: [first.score, second.score],
      },
    };
  }
  return { indicator: first.entry.indicator, score: first.score, wording: first.entry.text, level };
}
