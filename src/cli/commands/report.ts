/**
 * `cchc report --run <dir> [--out file.html]`: the self-contained HTML audit
 * report of a run folder (default: <dir>/report.html). Exit 2 when the folder
 * is not a run folder.
 */
import { join } from 'node:path';
import { Command } from 'commander';

const USAGE_EXIT = 2;

export function reportCommand(): Command {
  const command: Command = new Command('report')
    .description('write the HTML audit report of a run folder')
    .requiredOption('--run <dir>', 'run folder (reports.csv, figures.csv, flags.csv)')
    .option('--out <file>', 'HTML file to write (default: <run>/report.html)');
  command.action(async (options: { run: string; out?: string }) => {
    const out = options.out ?? join(options.run, 'report.html');
    // Loaded when the command runs: every cchc start builds all commands.
    const { RunFolderError, writeHtmlReport } = await import('../../write/html-report/index.js');
    try {
      const counts = await writeHtmlReport(options.run, out);
      process.stderr.write(`${out}: ${counts.reports} reports, ${counts.figures} figures, ${counts.flags} flags\n`);
    } catch (err) {
      if (err instanceof RunFolderError) command.error(`error: ${err.message}`, { exitCode: USAGE_EXIT });
      throw err;
    }
  });
  return command;
}
