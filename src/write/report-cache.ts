/**
 * The rows of each report from earlier runs, so that a rerun only does new
 * work (as ESLint's --cache). An entry is the report's compact rows, stored
 * under the run key (tool version, hash of the sources, rules version, the
 * options that change rows) and its own key (the file's SHA-256 and its path
 * relative to its input). A file whose size and modification time are those
 * the cache last saw is not read again: its recorded hash stands. Entries
 * are written as each report finishes (an interrupted run keeps its finished
 * work), each by an atomic rename; entries of another run key are removed at
 * the end of a run, and the reason they no longer hold is told.
 *
 * A rerun of the very same files also takes the batch audit (reports.csv,
 * flags across reports, series.csv) from the cache: it is a function of the
 * files' entries in input order, keyed by their keys.
 *
 *   <cache>/index.json          run key, rules file hashes, path → size, mtime, SHA-256
 *   <cache>/<run key>/<key>.json  one report's rows (renderRows: child rows as CSV lines)
 *   <cache>/<run key>/audit.json  the last batch audit and the key of its files
 *   <cache>/checkpoints/<base key>/<file key>.<stage>.<rules key>.v8  a report part-way (checkpoints.ts)
 *
 * The checkpoints' base key leaves the rule files out: after a rule-file
 * edit, a report is taken up from its latest checkpoint whose stages read
 * none of the changed files, instead of being read again.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { MAX_FILE_MB, type FilePath } from '../read/input.js';
import { writeFileAtomic } from './csv.js';
import type { BatchAudit } from '../across/index.js';
import type { RenderedRows } from './outputs.js';
import { CHECKPOINTS, type CheckpointFile } from './checkpoints.js';

/** Folder of the cache when none is named: inside the output folder. */
export const DEFAULT_CACHE_DIR = '.cchc-cache';
const INDEX_FILE = 'index.json';
const AUDIT_FILE = 'audit.json';
const CHECKPOINT_DIR = 'checkpoints';

const CacheIndex = z.object({
  run_key: z.string(),
  tool_version: z.string(),
  source_hash: z.string(),
  /** rules/ file (relative, with /) → SHA-256 prefix: which rule files changed since. */
  rules: z.record(z.string(), z.string()),
  files: z.record(z.string(), z.object({ size: z.number(), mtime_ms: z.number(), sha256: z.string() })),
});
type CacheIndex = z.infer<typeof CacheIndex>;

/** What the rows of a run depend on besides the file itself. */
export interface RunIdentity {
  toolVersion: string;
  /** Hash of the tool's sources: a build of other code never reuses rows. */
  sourceHash: string;
  /** rules/ file → hash of its bytes. */
  rules: Record<string, string>;
  /** Options that change the rows (reference date, stages). */
  options: unknown;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Hash of every file under a folder, by relative path (with /). */
export async function fileHashes(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  const out: Record<string, string> = {};
  for (const file of files) out[relative(dir, file).split(sep).join('/')] = createHash('sha256').update(await readFile(file)).digest('hex').slice(0, 16);
  return out;
}

/** SHA-256 of a regular file: O_NONBLOCK and the check on the open descriptor keep a path swapped for a FIFO from blocking. */
async function contentHash(path: string): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new Error('not a regular file');
    const hash = createHash('sha256');
    const chunk = Buffer.alloc(1 << 20);
    for (let read = 1; read > 0;) {
      ({ bytesRead: read } = await handle.read(chunk, 0, chunk.length));
      hash.update(chunk.subarray(0, read));
    }
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}

/** Why the entries of the previous run no longer hold, or null when they do; the rule files that changed, if only they did. */
function staleReason(previous: CacheIndex, now: RunIdentity, runKey: string): { reason: string; changedRules?: string[] } | null {
  if (previous.run_key === runKey) return null;
  if (previous.tool_version !== now.toolVersion || previous.source_hash !== now.sourceHash) {
    return { reason: `cchc itself changed (${previous.tool_version} → ${now.toolVersion}${previous.source_hash !== now.sourceHash ? ', other sources' : ''})` };
  }
  const names = [...new Set([...Object.keys(previous.rules), ...Object.keys(now.rules)])].sort();
  const changed = names.filter((name) => previous.rules[name] !== now.rules[name]);
  if (changed.length > 0) {
    const shown = changed.slice(0, 3).map((name) => `rules/${name}`).join(', ');
    return { reason: `rule files changed (${shown}${changed.length > 3 ? `, +${changed.length - 3} more` : ''})`, changedRules: changed };
  }
  return { reason: 'other options (reference date or stages)' };
}

/** Key of the rule files a checkpoint depends on, as they are now. */
const rulesKey = (rules: Record<string, string>, names: readonly string[]) => sha256(JSON.stringify(names.map((name) => rules[name] ?? null))).slice(0, 16);

export class ReportCache {
  private readonly files: CacheIndex['files'] = {};
  private readonly entryDir: string;
  private readonly checkpointDir: string;
  /** Why the previous run's entries do not hold (null: they do, or there were none). */
  readonly invalidated: string | null;
  /**
   * The latest checkpoint stage a report can be taken up after, when only rule files that its stages
   * do not read changed since the previous run; null when the entries hold, or nothing can be taken up.
   */
  readonly resumableAfter: string | null;

  private constructor(
    readonly dir: string,
    private readonly identity: RunIdentity,
    private readonly runKey: string,
    private readonly previous: CacheIndex | null,
    stale: ReturnType<typeof staleReason>,
  ) {
    this.entryDir = join(dir, runKey);
    const baseKey = sha256(JSON.stringify([identity.toolVersion, identity.sourceHash, identity.options])).slice(0, 16);
    this.checkpointDir = join(dir, CHECKPOINT_DIR, baseKey);
    this.invalidated = stale?.reason ?? null;
    const changed = stale?.changedRules;
    this.resumableAfter = changed ? [...CHECKPOINTS].reverse().find((c) => !c.rules.some((name) => changed.includes(name)))?.after ?? null : null;
  }

  static async open(dir: string, identity: RunIdentity): Promise<ReportCache> {
    const runKey = sha256(JSON.stringify([identity.toolVersion, identity.sourceHash, identity.rules, identity.options])).slice(0, 16);
    let previous: CacheIndex | null = null;
    try {
      previous = CacheIndex.parse(JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')));
    } catch {
      previous = null; // no cache yet, or one this version cannot read: start afresh
    }
    return new ReportCache(dir, identity, runKey, previous, previous ? staleReason(previous, identity, runKey) : null);
  }

  /** The entry key of a file (reading it only when its size or time changed since the cache saw it). */
  async keyOf(path: FilePath, sourceFile: string): Promise<string | null> {
    // The index is keyed by path text: a name that is not UTF-8 is not cached (the worker reads it).
    if (typeof path !== 'string') return null;
    let info;
    try {
      info = await stat(path);
    } catch {
      return null; // unreadable: the worker makes its error row
    }
    // Only regular files within the read limit are hashed here (a FIFO or device would block the batch).
    if (!info.isFile() || info.size > MAX_FILE_MB * 1024 * 1024) return null;
    const seen = this.previous?.files[path];
    let hash = seen && seen.size === info.size && seen.mtime_ms === info.mtimeMs ? seen.sha256 : undefined;
    if (!hash) {
      try {
        hash = await contentHash(path);
      } catch {
        return null;
      }
    }
    this.files[path] = { size: info.size, mtime_ms: info.mtimeMs, sha256: hash };
    return sha256(`${hash}\0${sourceFile}`).slice(0, 32);
  }

  /** Where the checkpoints of a file whose key was just taken (keyOf) are kept, in pipeline order. */
  checkpointsOf(path: FilePath, sourceFile: string): CheckpointFile[] | undefined {
    const seen = typeof path === 'string' ? this.files[path] : undefined;
    if (!seen) return undefined;
    const fileKey = sha256(`${seen.sha256}\0${sourceFile}`).slice(0, 32);
    return CHECKPOINTS.map((c) => ({ after: c.after, path: join(this.checkpointDir, `${fileKey}.${c.after}.${rulesKey(this.identity.rules, c.rules)}.v8`) }));
  }

  /** The checkpoint folder exists before any worker writes into it. */
  async prepareCheckpoints(): Promise<void> {
    await mkdir(this.checkpointDir, { recursive: true });
  }

  /** The rows stored under `key`, or undefined. */
  async get(key: string): Promise<RenderedRows | undefined> {
    try {
      return JSON.parse(await readFile(join(this.entryDir, `${key}.json`), 'utf8')) as RenderedRows;
    } catch {
      return undefined;
    }
  }

  async has(key: string): Promise<boolean> {
    return stat(join(this.entryDir, `${key}.json`)).then(() => true, () => false);
  }

  async put(key: string, rows: RenderedRows): Promise<void> {
    await mkdir(this.entryDir, { recursive: true });
    await writeFileAtomic(join(this.entryDir, `${key}.json`), JSON.stringify(rows));
  }

  /** The key of a batch audit: the entry keys of its files, in input order. */
  static batchKey(keys: readonly string[]): string {
    return sha256(keys.join('\n'));
  }

  /** The batch audit of the files whose entry keys make `batchKey`, when the last one stored is theirs. */
  async getAudit(batchKey: string): Promise<BatchAudit | undefined> {
    try {
      const stored = JSON.parse(await readFile(join(this.entryDir, AUDIT_FILE), 'utf8')) as { key: string; audit: BatchAudit };
      return stored.key === batchKey ? stored.audit : undefined;
    } catch {
      return undefined;
    }
  }

  async putAudit(batchKey: string, audit: BatchAudit): Promise<void> {
    await mkdir(this.entryDir, { recursive: true });
    await writeFileAtomic(join(this.entryDir, AUDIT_FILE), JSON.stringify({ key: batchKey, audit }));
  }

  /** Record what this run saw (the files' hashes, the run key) and drop entries of other run keys. */
  async save(): Promise<void> {
    const index: CacheIndex = {
      run_key: this.runKey,
      tool_version: this.identity.toolVersion,
      source_hash: this.identity.sourceHash,
      rules: this.identity.rules,
      files: { ...(this.previous?.run_key === this.runKey ? this.previous.files : {}), ...this.files },
    };
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(join(this.dir, INDEX_FILE), `${JSON.stringify(index)}\n`);
    const others = (await readdir(this.dir, { withFileTypes: true })).filter((entry) => entry.isDirectory() && entry.name !== this.runKey && entry.name !== CHECKPOINT_DIR);
    await Promise.all(others.map((entry) => rm(join(this.dir, entry.name), { recursive: true, force: true })));
    await this.dropOtherCheckpoints();
  }

  /** Checkpoints made by other code or options, or under rule files that are no longer those of now, go. */
  private async dropOtherCheckpoints(): Promise<void> {
    const root = join(this.dir, CHECKPOINT_DIR);
    const bases = await readdir(root).catch(() => [] as string[]);
    await Promise.all(bases.filter((name) => join(root, name) !== this.checkpointDir).map((name) => rm(join(root, name), { recursive: true, force: true })));
    const current = new Set(CHECKPOINTS.map((c) => `.${c.after}.${rulesKey(this.identity.rules, c.rules)}.v8`));
    const kept = await readdir(this.checkpointDir).catch(() => [] as string[]);
    const stale = kept.filter((name) => !current.has(name.slice(name.indexOf('.'))));
    await Promise.all(stale.map((name) => rm(join(this.checkpointDir, name), { force: true })));
  }
}
