/** The same report as .txt, .pdf and .docx gives the same figures (for the families of the prose rules). */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processReport } from '../src/pipeline.js';

const corpus = (name: string) => fileURLToPath(new URL(`../fixtures/corpus/${name}`, import.meta.url));
const FAMILIES = /^(dossier|procedure|plan|assigned|direction|inspection|survey)\./;

async function figures(file: string): Promise<string[]> {
  const report = await processReport(corpus(file), file);
  return report.figures
    .filter((f) => FAMILIES.test(f.indicator))
    .map((f) => [f.indicator, f.value, f.level, f.period.start, f.period.end].join('|'))
    .sort();
}

describe('figures do not depend on the file format', () => {
  it.each(['thach-khe-cchc-quy-3-2025', 'tho-xuan-cchc-quy-1-2024'])('%s', async (name) => {
    const txt = await figures(`${name}.txt`);
    expect(txt.length).toBeGreaterThan(10);
    expect(await figures(`${name}.pdf`)).toEqual(txt);
    expect(await figures(`${name}.docx`)).toEqual(txt);
  }, 60_000);
});
