/**
 * Checkpoints of a report part-way through the pipeline, kept in the report
 * cache, so that a rule-file edit re-runs only the stages that read rule
 * files: the file is not read (nor OCR'd) again. A checkpoint is the whole
 * Report after a stage (v8 serialisation: Maps and Sets included), keyed by
 * the file's bytes and name and by the rule files the stages up to it read.
 *
 * Which rule files a stage reads is declared here and checked by
 * test/batch/checkpoints.test.ts (it runs the stages and watches which
 * rules/ files they open): read, normalise, metadata and documents read
 * none; tables read the catalogue and the table labels; structure and the
 * stages after it read every rule file, so they always run again.
 */
import { readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import type { Report } from '../model/report.js';
import { writeFileAtomic } from './csv.js';

export interface Checkpoint {
  /** The stage after which the report is kept. */
  after: string;
  /** The rules/ files (relative, with /) that stage and the ones before it read. */
  rules: readonly string[];
}

/** In pipeline order. */
export const CHECKPOINTS: readonly Checkpoint[] = [
  { after: 'documents', rules: [] },
  { after: 'tables', rules: ['catalogue.yaml', 'labels/labels.yaml'] },
];

/** Where one checkpoint of one file is (or would be) kept. */
export interface CheckpointFile {
  after: string;
  path: string;
}

/** The latest checkpoint of the list that the cache holds, with the report as it was then. */
export async function restoreCheckpoint(files: readonly CheckpointFile[]): Promise<{ after: string; report: Report } | undefined> {
  for (const file of [...files].reverse()) {
    try {
      return { after: file.after, report: deserialize(await readFile(file.path)) as Report };
    } catch {
      // not kept yet, or unreadable: an earlier one, or a fresh read
    }
  }
  return undefined;
}

/** Serialised now (the report changes in later stages), written in the background. */
export function keepCheckpoint(file: CheckpointFile, report: Report): Promise<void> {
  return writeFileAtomic(file.path, serialize(report));
}
