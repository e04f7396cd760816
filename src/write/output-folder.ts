/**
 * The output folder as a unit. A run holds a lock file in it (a second run
 * into the same folder stops with a message), writes its files into a
 * staging folder inside it, and swaps them in at the end: the staging folder
 * is renamed to a commit folder in one step (the new set is complete), then
 * its files are renamed over the old ones, then the commit folder goes. A
 * run killed during that swap leaves the commit folder, and the next run
 * finishes the swap before anything else; a run killed earlier leaves the
 * staging folder, which the next run removes. Readers never see half a file.
 */
import { hostname } from 'node:os';
import { mkdir, open, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE = '.cchc.lock';
const STAGING_DIR = '.cchc-staging';
const COMMIT_DIR = '.cchc-commit';
/** Temporary files of the atomic writes of earlier versions, which renamed each file separately. */
const OLD_TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Another run is writing into the output folder. */
export class OutputFolderBusy extends Error {}

interface LockOwner {
  pid: number;
  host: string;
  started_at: string;
}

function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // another machine's run (a shared folder): cannot tell
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lock: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(lock, 'utf8')) as LockOwner;
  } catch {
    return undefined; // gone, or written by a run killed before it finished the line
  }
}

async function moveFilesInto(from: string, to: string): Promise<void> {
  for (const name of await readdir(from)) await rename(join(from, name), join(to, name));
}

export class OutputFolder {
  private constructor(readonly dir: string, readonly staging: string, private readonly lock: string) {}

  /** Lock `dir` (created when missing), finish or clear what a killed run left, and start an empty staging folder. */
  static async lock(dir: string): Promise<OutputFolder> {
    await mkdir(dir, { recursive: true });
    const lock = join(dir, LOCK_FILE);
    const owner: LockOwner = { pid: process.pid, host: hostname(), started_at: new Date().toISOString() };
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(lock, 'wx');
        await handle.writeFile(`${JSON.stringify(owner)}\n`);
        await handle.close();
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
        const holder = await readOwner(lock);
        if (holder && isAlive(holder)) {
          throw new OutputFolderBusy(
            `output folder ${dir} is in use by another run (pid ${holder.pid} on ${holder.host}, started ${holder.started_at}); ` +
              `if no run is writing there, delete ${lock}`,
          );
        }
        await rm(lock, { force: true }); // left by a run that was killed
      }
    }
    const folder = new OutputFolder(dir, join(dir, STAGING_DIR), lock);
    try {
      await folder.recover();
      await mkdir(folder.staging);
    } catch (err) {
      await folder.release();
      throw err;
    }
    return folder;
  }

  /**
   * Swap the staged files in: `replaced` names files of the previous run that the new set has no
   * version of and that would not match it (they are removed).
   */
  async swapIn(replaced: readonly string[] = []): Promise<void> {
    const commit = join(this.dir, COMMIT_DIR);
    await Promise.all(replaced.map((name) => rm(join(this.dir, name), { force: true })));
    await rename(this.staging, commit);
    await moveFilesInto(commit, this.dir);
    await rmdir(commit);
  }

  /** Remove the staging folder (if the run did not swap it in) and the lock. */
  async release(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
    await rm(this.lock, { force: true });
  }

  private async recover(): Promise<void> {
    const commit = join(this.dir, COMMIT_DIR);
    const names = await readdir(this.dir);
    if (names.includes(COMMIT_DIR)) {
      await moveFilesInto(commit, this.dir);
      await rmdir(commit);
    }
    await rm(this.staging, { recursive: true, force: true });
    await Promise.all(names.filter((name) => OLD_TEMP_FILE.test(name)).map((name) => rm(join(this.dir, name), { force: true })));
  }
}
