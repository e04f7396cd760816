/**
 * Cue words of a stretch of a sentence, found longest-first in the facet
 * lexicon ("đang giải quyết" is one cue, not "giải quyết"), and the facet
 * values they add up to.
 */
import { type TokenLine, wordForm } from '../rules/tokens.js';
import type { Cue, PhraseNode } from './lexicon.js';

export interface Hit extends Cue {
  /** Token indexes where the phrase starts and ends (exclusive). */
  at: number;
  end: number;
}

/** The match form of each word token; null for a number or a period (a phrase never spans one). */
export function wordForms(tl: TokenLine): Array<string | null> {
  return tl.tokens.map((t) => (t.placeholder ? null : wordForm(t.text)));
}

/**
 * Cue phrases starting in tokens [from, to), longest first, left to right, never overlapping; a phrase may run on
 * to `reach` ("… được cung cấp dịch vụ công trực tuyến toàn trình" is one phrase, even where a window ends inside it).
 */
export function cuesIn(words: ReadonlyArray<string | null>, from: number, to: number, root: PhraseNode, reach: number = to): Hit[] {
  const hits: Hit[] = [];
  let i = from;
  while (i < to) {
    let node: PhraseNode | undefined = root;
    let best: { end: number; node: PhraseNode } | null = null;
    for (let j = i; j < Math.max(to, reach) && node; j++) {
      const word = words[j];
      node = word === null ? undefined : node.next.get(word);
      if (node?.cues) best = { end: j + 1, node };
    }
    if (!best) {
      i++;
      continue;
    }
    for (const cue of best.node.cues!) hits.push({ ...cue, at: i, end: best.end });
    i = best.end;
  }
  return hits;
}

/** Two values of one facet score the same: the cue words do not decide. */
export const TIE = '?';

/**
 * Per facet, the value with the highest summed weight, when it reaches
 * `threshold`; TIE when another value scores as much, or when the facet has
 * only weak cues (below the threshold: the words hint at it, unsure).
 */
export function decide(hits: readonly Hit[], threshold: number): Map<string, string> {
  const scores = new Map<string, Map<string, number>>();
  for (const h of hits) {
    const values = scores.get(h.facet) ?? new Map<string, number>();
    values.set(h.value, (values.get(h.value) ?? 0) + h.weight);
    scores.set(h.facet, values);
  }
  const out = new Map<string, string>();
  for (const [facet, values] of scores) {
    const ranked = [...values].sort((a, b) => b[1] - a[1]);
    out.set(facet, ranked[0][1] < threshold || ranked[1]?.[1] === ranked[0][1] ? TIE : ranked[0][0]);
  }
  return out;
}
