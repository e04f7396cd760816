/** Word-sequence similarity of two texts: 2·LCS / (|a| + |b|) over word tokens. */
import type { Report } from '../../src/model/report.js';
import { matchForm } from '../../src/text/match-form.js';

/** Words of the body, footnote and table lines, ignoring lines that are only a (page) number. */
export function reportWords(report: Report): string[] {
  return report.pages
    .flatMap((p) => p.lines)
    .filter((l) => !/^\s*\d{1,3}\s*$/.test(l.text))
    .flatMap((l) => matchForm(l.text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
}

/**
 * Length of the longest common subsequence, via Myers' O((N+M)·D) shortest
 * edit script (D = insertions + deletions; LCS = (N + M − D) / 2): fast when
 * the texts are nearly the same, as they should be.
 */
export function lcsLength(a: string[], b: string[]): number {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) return (n + m - d) / 2;
    }
  }
  return 0;
}

export function wordSimilarity(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 1;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}
