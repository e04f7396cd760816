/**
 * The token line of a sentence, built once: the document tree reads a
 * sentence's opening words (structure/scope.ts) right before the rules read
 * the whole sentence, and both need the same numbers, periods and
 * match-form words. The last few lines built are kept (callers never change
 * a TokenLine).
 */
import { scanNumbers } from '../../parse/numbers.js';
import { scanPeriods } from '../../parse/periods.js';
import { type TokenLine, tokenLine } from './tokens.js';

const KEPT = 8;
const recent = new Map<string, TokenLine>();

/** tokenLine of `text`, with its numbers and its periods read in `year` (relative dates against `reportDate`, running totals to `periodEnd`). */
export function sentenceTokens(text: string, year: number, reportDate: string | undefined, periodEnd?: string): TokenLine {
  const key = `${year}\u0000${reportDate ?? ''}\u0000${periodEnd ?? ''}\u0000${text}`;
  const known = recent.get(key);
  if (known) return known;
  const tl = tokenLine(text, scanNumbers(text), scanPeriods(text, { year, reportDate, periodEnd }));
  if (recent.size >= KEPT) recent.delete(recent.keys().next().value!);
  recent.set(key, tl);
  return tl;
}
