/**
 * `cchc text <file> [--raw]`: the text the pipeline sees, one line per
 * source line with its `page:line` prefix (and a kind marker for footnote
 * and table lines). --raw prints what the reader produced, before repairs.
 */
import { Command } from 'commander';
import { z } from 'zod';
import type { Report } from '../../model/report.js';
import { stripControls } from '../../write/csv.js';

const TextOptions = z.object({ raw: z.boolean().optional() });

/** The printable listing of a report's lines. */
export function formatLines(report: Report, raw: boolean): string {
  const out: string[] = [];
  for (const page of report.pages) {
    for (const line of page.lines) {
      const kind = line.kind === 'footnote' ? ` [fn${line.footnote ?? ''}]` : line.kind === 'table' ? ' [table]' : '';
      // A damaged file's text may carry terminal escape sequences: never sent to the terminal.
      out.push(`${line.page}:${line.line}${kind}\t${stripControls(raw ? line.raw : line.text)}`);
    }
  }
  return out.join('\n');
}

export function textCommand(): Command {
  return new Command('text')
    .description('print the normalised text of a report with page:line prefixes')
    .argument('<file>', 'a .pdf, .docx, .doc or .txt report')
    .option('--raw', 'print the text as read, before repairs')
    .action(async (file: string, rawOptions: unknown) => {
      const options = TextOptions.parse(rawOptions);
      // Loaded when the command runs: every cchc start builds all commands.
      const [{ readReport }, { normaliseReport }] = await Promise.all([import('../../read/index.js'), import('../../text/repair.js')]);
      const report = await readReport(file);
      if (report.status === 'error') {
        console.error(stripControls(`${file}: ${report.error}`));
        process.exitCode = 1;
        return;
      }
      if (!options.raw) normaliseReport(report);
      process.stdout.write(`${formatLines(report, options.raw === true)}\n`);
      const repairs = [...report.textRepair].join(', ');
      console.error(stripControls(`${file}: ${report.status}${report.error ? ` (${report.error})` : ''}; ${report.pages.length} page(s)${repairs ? `; repaired: ${repairs}` : ''}`));
    });
}
