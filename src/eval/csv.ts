/**
 * Reads a CSV file into zod-validated rows. A bad row becomes an EvalInputError
 * naming file and line, so a typo in a hand-made gold file is found at once.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export class EvalInputError extends Error {
  override name = 'EvalInputError';
}

export interface Located<T> {
  /** 1-based line of the record in the file (the header is line 1). */
  line: number;
  row: T;
}

export function readCsv<S extends z.ZodType>(file: string, schema: S): Located<z.infer<S>>[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(readFileSync(file, 'utf8'), { bom: true, columns: true, info: true, skip_empty_lines: true, relax_column_count: true });
  } catch (err) {
    throw new EvalInputError(`${file}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  return records.map(({ record, info }) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`).join('; ');
      throw new EvalInputError(`${file}:${info.lines}: ${issues}`);
    }
    return { line: info.lines, row: parsed.data };
  });
}
