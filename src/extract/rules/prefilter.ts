/**
 * Which patterns can match a sentence, decided without running their regexes:
 * a pattern needs each of its literal words, one phrase of each of its
 * non-optional word lists and a placeholder of each of its slots' kinds as
 * whole tokens of the token line (template.ts, `needs`). Most sentences hold
 * the words of few patterns, and a set lookup costs far less than a regex scan.
 * Each pattern is filed under the words of one of its needs (the one with the
 * fewest words, a word rather than a placeholder kind): a sentence checks only
 * the patterns its own words bring up, not every pattern of every rule.
 */
import type { CompiledRule } from './load.js';
import type { CompiledPattern } from './template.js';
import type { TokenLine } from './tokens.js';

/** A rule and those of its patterns (in their order) that can match the sentence. */
export interface RulePatterns {
  rule: CompiledRule;
  patterns: CompiledPattern[];
}

interface Filed {
  /** Position among all patterns of all rules: candidates are put back in rule and pattern order. */
  order: number;
  rule: CompiledRule;
  pattern: CompiledPattern;
}

/** Patterns by the whole tokens they are filed under. */
type PatternIndex = Map<string, Filed[]>;

const indexes = new WeakMap<readonly CompiledRule[], PatternIndex>();

const isPlaceholderKind = (need: readonly string[]) => need.length === 1 && need[0].startsWith('⟦');

/**
 * The need a pattern is filed under: a word need rather than a slot's kind, the one with the fewest alternatives.
 * Every pattern has a number slot (template.ts), so it has a need.
 */
function keyNeed(needs: readonly string[][]): readonly string[] {
  const rank = (need: readonly string[]) => (isPlaceholderKind(need) ? Infinity : need.length);
  return needs.reduce((best, need) => (rank(need) < rank(best) ? need : best));
}

function indexOf(rules: readonly CompiledRule[]): PatternIndex {
  const known = indexes.get(rules);
  if (known) return known;
  const index: PatternIndex = new Map();
  let order = 0;
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      const filed = { order: order++, rule, pattern };
      for (const token of new Set(keyNeed(pattern.needs))) {
        const list = index.get(token);
        if (list) list.push(filed);
        else index.set(token, [filed]);
      }
    }
  }
  indexes.set(rules, index);
  return index;
}

/** The whole tokens of a token line, and `⟦X` for each kind of placeholder on it. */
function tokensOf(tl: TokenLine): Set<string> {
  const tokens = new Set(tl.line.split(' '));
  for (const p of tl.placeholders) tokens.add(`⟦${p.letter}`);
  return tokens;
}

/** The rules (in their order) with the patterns whose needs the sentence meets; the others cannot match it. */
export function rulesFor(rules: readonly CompiledRule[], tl: TokenLine): RulePatterns[] {
  const index = indexOf(rules);
  const tokens = tokensOf(tl);
  const has = (alternatives: readonly string[]) => alternatives.some((token) => tokens.has(token));
  // A pattern filed under several words the sentence holds comes up once for each: a set.
  const found = new Set<Filed>();
  for (const token of tokens) for (const filed of index.get(token) ?? []) found.add(filed);
  const out: RulePatterns[] = [];
  for (const { rule, pattern } of [...found].filter((f) => f.pattern.needs.every(has)).sort((a, b) => a.order - b.order)) {
    const last = out.at(-1);
    if (last?.rule === rule) last.patterns.push(pattern);
    else out.push({ rule, patterns: [pattern] });
  }
  return out;
}
