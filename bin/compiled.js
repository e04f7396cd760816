/**
 * The compiled library in dist/ (npm run build; npm install builds it) is
 * used only while it matches src/ exactly: the build records a hash of every
 * file under src/, and a CLI start compares it (~5 ms). Any edit to src/ makes
 * the CLI run the TypeScript sources through tsx until the next build, so a
 * stale build is never run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export function buildPaths(root = PACKAGE_ROOT) {
  return { source: join(root, 'src'), compiled: join(root, 'dist'), stamp: join(root, 'dist', 'source-hash') };
}

/** Hash of the paths and bytes of every file under src/. */
export function sourceHash(root = PACKAGE_ROOT) {
  const { source } = buildPaths(root);
  const hash = createHash('sha256');
  const files = readdirSync(source, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(relative(source, file).split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** True when dist/ was built from the current src/. */
export function isCompiledFresh(root = PACKAGE_ROOT) {
  let stamp;
  try {
    stamp = readFileSync(buildPaths(root).stamp, 'utf8').trim();
  } catch {
    return false;
  }
  return stamp === sourceHash(root);
}
