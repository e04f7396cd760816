/**
 * Which rules can match a sentence, decided without running their regexes:
 * a pattern needs each of its literal words, one phrase of each of its
 * non-optional word lists and a placeholder of each of its slots' kinds as
 * whole tokens of the token line (template.ts, `needs`). Most sentences hold
 * the words of few rules, and a set lookup costs far less than a regex scan.
 */
import type { CompiledRule } from './load.js';
import type { TokenLine } from './tokens.js';

/** The whole tokens of a token line, and `⟦X` for each kind of placeholder on it. */
function tokensOf(tl: TokenLine): Set<string> {
  const tokens = new Set(tl.line.split(' '));
  for (const p of tl.placeholders) tokens.add(`⟦${p.letter}`);
  return tokens;
}

/** The rules (in their order) with a pattern whose needs the sentence meets; the others cannot match it. */
export function rulesFor(rules: readonly CompiledRule[], tl: TokenLine): CompiledRule[] {
  const tokens = tokensOf(tl);
  const has = (alternatives: readonly string[]) => alternatives.some((token) => tokens.has(token));
  return rules.filter((rule) => rule.patterns.some((pattern) => pattern.needs.every(has)));
}
