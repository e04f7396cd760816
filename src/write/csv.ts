/**
 * Atomic, formula-safe CSV files. Rows are streamed to a temporary file in the
 * target folder and renamed over the target on commit, so a run that dies
 * leaves either the previous file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';

const UTF8_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number typed as text ("-3", "+1.5") is data, not a formula. */
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/**
 * Neutralise a text cell a spreadsheet would run as a formula. Only text goes
 * through here: numbers are written as they are (csv-stringify's
 * escape_formulas would turn -3 into '-3).
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls (damaged PDFs and text files carry NUL, ESC, …). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Text without control characters: no cell or message carries NUL or a terminal escape sequence. */
export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

export type Cell = string | number;

/** A cell that must be quoted: it holds a quote, a comma or a line break. */
const NEEDS_QUOTES = /[",\n\r]/;

/** A cell as csv-stringify writes it by default (quoted only where it must be, quotes doubled), without building a stringifier per row. */
function cellText(value: Cell | undefined): string {
  const text = value === undefined ? '' : typeof value === 'string' ? value : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row as a CSV line (newline included), cells in `columns` order, text cells made safe. */
export function csvLine<Row extends Record<string, Cell>>(columns: readonly (keyof Row & string)[], row: Row): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const value = row[columns[i]];
    line += (i > 0 ? ',' : '') + cellText(typeof value === 'string' ? neutraliseCell(stripControls(value)) : value);
  }
  return `${line}\n`;
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Write a whole file atomically (temp file in the same folder, then rename). */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

export interface CsvOptions {
  /** Start with a UTF-8 BOM so Excel reads the file as UTF-8. */
  bom?: boolean;
}

/** One CSV file being written: `write` rows, then `commit` (rename into place) or `abort`. */
export class CsvFile<Row extends Record<string, Cell>> {
  private constructor(
    readonly target: string,
    private readonly temp: string,
    private readonly columns: readonly (keyof Row & string)[],
    private readonly stream: WriteStream,
  ) {}

  static async open<Row extends Record<string, Cell>>(
    target: string,
    columns: readonly (keyof Row & string)[],
    options: CsvOptions = {},
  ): Promise<CsvFile<Row>> {
    const temp = tempPathFor(target);
    const stream = createWriteStream(temp, { encoding: 'utf8' });
    await once(stream, 'open');
    const file = new CsvFile<Row>(target, temp, columns, stream);
    await file.put((options.bom ? UTF8_BOM : '') + stringify([columns as string[]]));
    return file;
  }

  async write(row: Row): Promise<void> {
    await this.put(csvLine(this.columns, row));
  }

  /** Lines made by `csvLine` with this file's columns. */
  async writeLines(lines: readonly string[]): Promise<void> {
    if (lines.length > 0) await this.put(lines.join(''));
  }

  async commit(): Promise<void> {
    await this.close();
    await rename(this.temp, this.target);
  }

  async abort(): Promise<void> {
    // Ending (rather than destroying) lets pending writes settle before the temp file goes.
    this.stream.end();
    await finished(this.stream).catch(() => undefined);
    await rm(this.temp, { force: true });
  }

  private async put(chunk: string): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  private async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
