/** The HTML audit report of a run folder: `writeHtmlReport(runDir, outFile)`. */
import { resolve } from 'node:path';
import { writeFileAtomic } from '../csv.js';
import { readRunFolder } from './read-run.js';
import { renderHtmlReport } from './render.js';

export { readRunFolder, RunFolderError, type RunFolder } from './read-run.js';
export { escapeHtml, renderHtmlReport, type HtmlReportOptions } from './render.js';

/** Read the CSVs of `runDir` and write one self-contained HTML file (atomically). Returns the counts shown. */
export async function writeHtmlReport(runDir: string, outFile: string): Promise<{ reports: number; figures: number; flags: number }> {
  const run = readRunFolder(runDir);
  await writeFileAtomic(outFile, renderHtmlReport(run, { source: resolve(runDir) }));
  return { reports: run.reports.length, figures: run.figures.length, flags: run.flags.length };
}
