/**
 * The `cchc` command line: one file per command in src/cli/commands/, each
 * exporting `<name>Command(): Command`. To add one: import it and add it to
 * COMMANDS. Exit codes: 0 ran, 1 what the command reports as failure
 * (e.g. extract --strict), 2 usage error.
 */
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { InputError, RuleFilesError, TOOL_VERSION } from '../batch.js';
import { OutputsExistError } from '../write/run-folder.js';
import { evalCommand } from './commands/eval.js';
import { extractCommand } from './commands/extract.js';
import { reportCommand } from './commands/report.js';
import { textCommand } from './commands/text.js';

const COMMANDS: Array<() => Command> = [
  extractCommand,
  evalCommand,
  reportCommand,
  textCommand,
];

/** addCommand() does not pass settings down, so exit handling is set on every command. */
function throwInsteadOfExit(command: Command): void {
  command.exitOverride();
  for (const sub of command.commands) throwInsteadOfExit(sub);
}

export function buildProgram(): Command {
  const program = new Command('cchc')
    .description('Turn Vietnamese administrative-reform (CCHC) reports into audited CSV data')
    .version(TOOL_VERSION)
    .showHelpAfterError();
  for (const command of COMMANDS) program.addCommand(command());
  throwInsteadOfExit(program);
  return program;
}

/** Run the CLI on argv (as process.argv); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await buildProgram().parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof InputError || err instanceof RuleFilesError || err instanceof OutputsExistError) {
      console.error(`cchc: ${err.message}`);
      return 2;
    }
    if (err instanceof z.ZodError) {
      console.error(`cchc: ${z.prettifyError(err)}`);
      return 2;
    }
    console.error(`cchc: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv);
}
