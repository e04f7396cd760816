/**
 * A report's text fingerprint: the same words and numbers in the same order,
 * whatever the format, line breaks, spacing, punctuation or letter case. Two
 * reports with equal fingerprints are one report delivered twice. Lines of
 * digits only (page numbers) are left out. Empty when no text was read.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../model/report.js';
import { fold } from './unit-key.js';

const PAGE_NUMBER = /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/;

export function textFingerprint(report: Pick<Report, 'pages'>): string {
  const hash = createHash('sha256');
  let words = 0;
  for (const page of report.pages) {
    for (const line of page.lines) {
      if (PAGE_NUMBER.test(line.text)) continue;
      const folded = fold(line.text);
      if (!folded) continue;
      hash.update(`${folded} `);
      words += 1;
    }
  }
  return words === 0 ? '' : hash.digest('hex').slice(0, 16);
}
