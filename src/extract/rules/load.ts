/**
 * Loads and compiles the rule files: every `rules/<family>/<topic>.yaml`
 * (every folder of rules/ except labels/, the table-label dictionary) plus
 * the shared word lists of rules/words.yaml. Any problem stops the run with
 * a message naming the file and the zod path: a broken rule must never be
 * silently skipped.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { catalogue } from '../../model/catalogue.js';
import type { Level } from '../../model/schemas.js';
import { escapeRegExp } from '../../parse/number-words.js';
import { UNIT_WORDS } from '../../parse/unit-words.js';
import { type Example, RuleFile, WordLists } from './format.js';
import { type CompiledPattern, TemplateError, compilePattern, listSource } from './template.js';
import { readYamlFile } from '../../yaml-file.js';

export const RULES_DIR = fileURLToPath(new URL('../../../rules/', import.meta.url));
/** Folders of rules/ that hold other data than prose rules. */
const NOT_RULE_FOLDERS = new Set(['labels']);

export class RuleLoadError extends Error {}

export interface CompiledRule {
  id: string;
  file: string; // relative to the rules folder
  indicator: string;
  patterns: CompiledPattern[];
  /** One regex per required word list; each must match the sentence's token line. */
  require: RegExp[];
  /** One regex per word list a list item's lead-in must hold (Context.require_in_lead_in). */
  requireInLeadIn: RegExp[];
  forbid: RegExp | null;
  forbidInClause: RegExp | null;
  /** Forbidden words that hold only in a report whose unit is known to be below the level. */
  forbidBelow: Array<{ level: 'province' | 'district'; regex: RegExp }>;
  specificity: number;
  /** Keys the matched number states too (RuleSpec.also). */
  also: string[];
  level?: Level;
  readLevel: boolean;
  breakdown: boolean;
  /** The figure is a change against a base: not dropped as a difference. */
  change: boolean;
  /** Parts read after a match: a phrase (anchored regex over the token line) and the key it yields. */
  parts: Array<{ phrase: RegExp; indicator: string; require: RegExp | null; notAfter: RegExp | null }>;
  examples: Example[];
  /** Every catalogue key this rule can yield. */
  yields: Set<string>;
}

/** Level cues and unit words of words.yaml, as regexes over a token line. */
export interface LevelCues {
  province: RegExp;
  district: RegExp;
  commune: RegExp;
  /** Communes counted right before a receipt ("12 phường, xã tiếp nhận …"): the commune level, the count before them no figure of theirs. */
  communeCounted: RegExp;
  /** Communes as the subject of a clause after ';' ("…; các xã, phường ban hành 09 văn bản"): the commune level. */
  communeSubject: RegExp;
  /** Communes as the place a figure right after them is at ("hồ sơ trực tuyến ở các xã, thị trấn là 742"): the commune level. */
  communePlaced: RegExp;
  notAfter: RegExp;
  notBefore: RegExp;
  /** Unit words that may stand between a breakdown cue and its number ("cấp huyện: Thủ tục 289"). */
  unitWords: RegExp;
  /** Words of change right before a number ("giảm 08 người"): a change between two points in time. */
  changeWords: RegExp;
  /** Words that make the rest of their clause a target, not a result ("Phấn đấu tỷ lệ … đạt 98%"). */
  targetWords: RegExp;
  /** After a change and its number, these make it a difference from another time ("tăng 320 hồ sơ so với 6 tháng đầu năm 2009"). */
  comparisonWords: RegExp;
  /** Right before a year, these make it part of a name ("Kế hoạch CCHC năm 2024"), not a scope. */
  namedByYear: RegExp;
  /** These end a token line where what was said starts a clause ("bà B cho biết năm 2023 …"). */
  reportedSpeech: RegExp;
  /** The province's one-stop centre: the province level in a province's report, another body in any other. */
  provinceCentre: RegExp;
  /** A list item's label naming the unit's own one-stop desk by a unit word ("- Bộ phận Một cửa huyện: …"); group 1 is the word. */
  unitDesk: RegExp;
  /** The same desk anywhere in a sentence ("Năm 2009, Bộ phận một cửa (của) huyện tiếp nhận …"); group 1 is the unit word. */
  unitDeskNamed: RegExp;
  /** A desk named with its level ("Bộ phận một cửa cấp huyện"); group 1 is the unit word. */
  deskOfLevel: RegExp;
  /** A sentence that keeps its count out of the unit's totals ("…, không tổng hợp vào số liệu trên"), over the raw text. */
  outsideTotals: RegExp;
  /** A heading of the next period's work ("Phương hướng, nhiệm vụ …"), matched at the heading's first words (its marker left out). */
  planHeading: RegExp;
  /** A sentence's comma opener that makes it a schedule ("Theo kế hoạch, …"), matched at the start of its token line; undone by "đã". */
  planOpener: RegExp;
  /** A paragraph's comma opener that sets what the whole paragraph is about ("Riêng cấp xã, …"), over the raw text. */
  paragraphTopic: RegExp;
  /** The same opener of one sentence, which may count what it is about ("Đối với 118 thủ tục cấp tỉnh, …"). */
  sentenceTopic: RegExp;
  /** A footnote's first words that make it a date of its anchor sentence's data ("Số liệu tính đến …"), over the raw text. */
  dataNote: RegExp;
  /** Words of such a note's clause that send some data to another report ("… sẽ được tổng hợp vào báo cáo năm sau"), over the raw text. */
  dataElsewhere: RegExp;
  /** Words that announce what follows their ':' ("… như sau: Số mới tiếp nhận …"), over the raw text. */
  leadIn: RegExp;
}

export interface RuleSet {
  rules: CompiledRule[];
  files: string[];
  levels: LevelCues;
}

function fail(file: string, problem: string): never {
  throw new RuleLoadError(`${file}: ${problem}`);
}

function readYaml(path: string, file: string): unknown {
  try {
    return readYamlFile(path);
  } catch (err) {
    fail(file, `not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
}

function sharedWords(dir: string): WordLists {
  const path = join(dir, 'words.yaml');
  const parsed = z.object({ words: WordLists }).strict().safeParse(readYaml(path, 'words.yaml'));
  if (!parsed.success) fail('words.yaml', z.prettifyError(parsed.error));
  return parsed.data.words;
}

function lineRegex(phrases: readonly string[]): RegExp {
  return new RegExp(`(?<![^ ])${listSource(phrases)}`, 'u');
}

/** The unit words as an alternation over raw text (any white space between words). */
const UNIT_WORD_ALTERNATION = UNIT_WORDS.map(([w]) => w.replace(/ /g, '\\s+')).join('|');

/** A list as written (not in match form), for a regex over raw text: any white space between words. */
function rawAlternation(phrases: readonly string[]): string {
  return phrases.flatMap((p) => p.split('|')).map((p) => escapeRegExp(p.trim()).replace(/ +/g, '\\s+')).join('|');
}

export function levelCues(shared: WordLists): LevelCues {
  const list = (name: string) => {
    const phrases = shared[name];
    if (!phrases) fail('words.yaml', `the engine needs the word list "${name}"`);
    return listSource(phrases);
  };
  const anywhere = (name: string) => new RegExp(`(?<![^ ])${list(name)}`, 'gu');
  const raw = (name: string) => shared[name] ?? fail('words.yaml', `the engine needs the word list "${name}"`);
  return {
    province: anywhere('level_province'),
    district: anywhere('level_district'),
    commune: anywhere('level_commune'),
    // "12 phường, xã tiếp nhận 15.124 hồ sơ": communes counted as the subject of a receipt (not "các xã, phường", which
    // may join the unit's own one-stop desk: "Bộ phận Một cửa thị xã và các xã, phường đã tiếp nhận …").
    communeCounted: new RegExp(`(?<=⟧\\s)${list('level_commune_counted')}(?=(?:đã )?tiếp nhận)`, 'gu'),
    // Also after the comma closing a clause that stated a figure ("TTHCC tỉnh tiếp nhận 800 hồ sơ, các xã tiếp nhận 950").
    communeSubject: new RegExp(`(?<=; |⟧[^;,]*, )${list('level_commune_subject')}(?=\\p{L})`, 'gu'),
    communePlaced: new RegExp(`(?<=(?:^| )${listSource(['ở', 'tại', 'của'])})${list('level_commune_subject')}(?=${listSource(['là', 'đạt', 'có'])}?(?:: )?⟦[NPM])`, 'gu'),
    notAfter: new RegExp(`(?<![^ ])${list('level_not_after')}$`, 'u'),
    notBefore: new RegExp(`^${list('level_not_before')}`, 'u'),
    unitWords: new RegExp(`^${list('unit_word')}`, 'u'),
    changeWords: new RegExp(`(?<![^ ])${list('change_word')}(?:\\S+ )?$`, 'u'),
    targetWords: new RegExp(`(?<![^ ])${list('target_word')}`, 'u'),
    comparisonWords: new RegExp(`(?<![^ ])${list('comparison_word')}`, 'u'),
    namedByYear: new RegExp(`(?<![^ ])${list('named_by_year')}$`, 'u'),
    reportedSpeech: new RegExp(`(?<![^ ])${list('reported_speech')}$`, 'u'),
    provinceCentre: new RegExp(`(?<![^ ])${list('province_centre')}`, 'u'),
    unitDesk: new RegExp(`^[^\\p{L}]*(?:\\p{L}[).]\\s+)?(?:(?:tại|ở)\\s+)?(?:${rawAlternation(raw('unit_desk'))})\\s+(${UNIT_WORD_ALTERNATION})\\s*:`, 'iu'),
    // "Bộ phận tiếp nhận và trả kết quả của UBND huyện": the desk of the unit's committee is the unit's own desk.
    unitDeskNamed: new RegExp(`(?<![\\p{L}\\p{M}])(?:${rawAlternation(raw('unit_desk'))})\\s+(?:của\\s+)?(?:(?:UBND|Ủy\\s+ban\\s+nhân\\s+dân|Uỷ\\s+ban\\s+nhân\\s+dân)\\s+)?(${UNIT_WORD_ALTERNATION})(?![\\p{L}\\p{M}])`, 'giu'),
    deskOfLevel: new RegExp(`(?<![\\p{L}\\p{M}])(?:${rawAlternation(raw('unit_desk'))})\\s+(?:của\\s+)?cấp\\s+(${UNIT_WORD_ALTERNATION})(?![\\p{L}\\p{M}])`, 'iu'),
    outsideTotals: new RegExp(`(?<![\\p{L}\\p{M}])(?:${rawAlternation(raw('outside_totals'))})`, 'iu'),
    planHeading: new RegExp(`^(?:(?:[ivx]+|\\d+|[a-zđ]) [.)] )*${list('plan_heading')}`, 'u'),
    planOpener: new RegExp(`^${list('plan_opener')}(?:[^,;.]*? )?, (?!.*(?<![^ ])đã )`, 'u'),
    paragraphTopic: new RegExp(`^(?:${rawAlternation(raw('paragraph_topic'))})\\s[^,:.;\\d]{2,40},`, 'iu'),
    sentenceTopic: new RegExp(`^(?:${rawAlternation(raw('paragraph_topic'))})\\s(?:[^,:.;]|\\d[.,]\\d){2,60},`, 'iu'),
    dataNote: new RegExp(`^\\s*\\(?\\s*(?:${rawAlternation(raw('data_note'))})(?![\\p{L}\\p{M}])`, 'iu'),
    dataElsewhere: new RegExp(`(?<![\\p{L}\\p{M}])(?:${rawAlternation(raw('data_elsewhere'))})(?![\\p{L}\\p{M}])`, 'iu'),
    leadIn: new RegExp(`(?<![\\p{L}\\p{M}])(?:${rawAlternation(raw('lead_in'))})\\s*:`, 'iu'),
  };
}

/** Compile the rule file at `path` (for the tester and for loadRuleSet). */
export function compileRuleFile(path: string, file: string, shared: WordLists): CompiledRule[] {
  const parsed = RuleFile.safeParse(readYaml(path, file));
  if (!parsed.success) fail(file, z.prettifyError(parsed.error));
  const spec = parsed.data;
  const family = basename(join(path, '..'));
  const prefix = `${family}.${basename(path).replace(/\.ya?ml$/, '')}.`;
  for (const name of Object.keys(spec.words)) {
    if (name in shared) fail(file, `word list "${name}" is already defined in words.yaml (one list, one place)`);
  }
  const lists = new Map<string, readonly string[]>([...Object.entries(shared), ...Object.entries(spec.words)]);
  const listRegex = (name: string, where: string) => {
    const phrases = lists.get(name);
    if (!phrases) fail(file, `${where}: unknown word list "${name}"`);
    return lineRegex(phrases);
  };
  const known = (key: string, where: string) => {
    if (!catalogue.has(key)) fail(file, `${where}: unknown indicator key "${key}" (not in rules/catalogue.yaml)`);
  };

  return spec.rules.map((rule, r) => {
    const at = `rules[${r}] (${rule.id})`;
    if (!rule.id.startsWith(prefix)) fail(file, `${at}: id must start with "${prefix}"`);
    known(rule.indicator, `${at}.indicator`);
    const patterns = rule.patterns.map((source, p) => {
      try {
        return compilePattern(source, lists, rule.indicator);
      } catch (err) {
        if (err instanceof TemplateError) fail(file, `${at}.patterns[${p}]: ${err.message}`);
        throw err;
      }
    });
    const yields = new Set<string>();
    for (const slot of patterns.flatMap((p) => p.slots)) {
      for (const key of [slot.target, slot.denominatorTarget]) {
        if (key === null) continue;
        known(key, `${at}.patterns`);
        yields.add(key);
      }
    }
    rule.examples.forEach((ex, e) => {
      for (const key of [...(ex.expect ?? []).map((m) => m.indicator), ...(ex.not ?? [])]) known(key, `${at}.examples[${e}]`);
    });
    const context = { require: [...(spec.context?.require ?? []), ...(rule.context?.require ?? [])], forbid: [...(spec.context?.forbid ?? []), ...(rule.context?.forbid ?? [])] };
    const forbidden = context.forbid.flatMap((name) => {
      if (!lists.has(name)) fail(file, `${at}.context.forbid: unknown word list "${name}"`);
      return lists.get(name)!;
    });
    const inClause = [...(spec.context?.forbid_in_clause ?? []), ...(rule.context?.forbid_in_clause ?? [])].flatMap((name) => {
      if (!lists.has(name)) fail(file, `${at}.context.forbid_in_clause: unknown word list "${name}"`);
      return lists.get(name)!;
    });
    const below = { ...(spec.context?.forbid_below ?? {}), ...(rule.context?.forbid_below ?? {}) };
    const forbidBelow = Object.entries(below).map(([level, names]) => {
      const phrases = names.flatMap((name) => {
        if (!lists.has(name)) fail(file, `${at}.context.forbid_below.${level}: unknown word list "${name}"`);
        return lists.get(name)!;
      });
      return { level: level as 'province' | 'district', regex: lineRegex(phrases) };
    });
    return {
      id: rule.id,
      file,
      indicator: rule.indicator,
      patterns,
      require: context.require.map((name) => listRegex(name, `${at}.context.require`)),
      requireInLeadIn: [...(spec.context?.require_in_lead_in ?? []), ...(rule.context?.require_in_lead_in ?? [])].map((name) => listRegex(name, `${at}.context.require_in_lead_in`)),
      forbid: forbidden.length > 0 ? lineRegex(forbidden) : null,
      forbidInClause: inClause.length > 0 ? lineRegex(inClause) : null,
      forbidBelow,
      specificity: rule.specificity,
      level: rule.level,
      readLevel: rule.readLevel,
      breakdown: rule.breakdown,
      change: rule.change,
      also: rule.also.map((key, i) => {
        known(key, `${at}.also[${i}]`);
        yields.add(key);
        return key;
      }),
      parts: rule.parts.map((part, i) => {
        known(part.indicator, `${at}.parts[${i}]`);
        yields.add(part.indicator);
        const phrases = lists.get(part.words);
        if (!phrases) fail(file, `${at}.parts[${i}]: unknown word list "${part.words}"`);
        const require = part.require ? listRegex(part.require, `${at}.parts[${i}].require`) : null;
        const notAfter = part.not_after ? new RegExp(`${listRegex(part.not_after, `${at}.parts[${i}].not_after`).source}$`, 'u') : null;
        return { phrase: new RegExp(`^${listSource(phrases)}`, 'u'), indicator: part.indicator, require, notAfter };
      }),
      examples: rule.examples,
      yields,
    };
  });
}

function ruleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !NOT_RULE_FOLDERS.has(name) && statSync(join(dir, name)).isDirectory())
    .sort()
    .flatMap((folder) =>
      readdirSync(join(dir, folder))
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => join(dir, folder, name)),
    );
}

/** Load every rule file under `dir`. Throws RuleLoadError on the first problem. */
export function loadRuleSet(dir: string = RULES_DIR): RuleSet {
  const shared = sharedWords(dir);
  const files = ruleFiles(dir);
  const rules: CompiledRule[] = [];
  const seen = new Map<string, string>();
  for (const path of files) {
    const file = relative(dir, path);
    for (const rule of compileRuleFile(path, file, shared)) {
      const other = seen.get(rule.id);
      if (other) fail(file, `duplicate rule id "${rule.id}" (also in ${other})`);
      seen.set(rule.id, file);
      rules.push(rule);
    }
  }
  return { rules, files: files.map((p) => relative(dir, p)), levels: levelCues(shared) };
}

let cached: RuleSet | undefined;
/** The project's rule set, loaded once per process. */
export function defaultRuleSet(): RuleSet {
  cached ??= loadRuleSet();
  return cached;
}
