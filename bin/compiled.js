/**
 * The compiled library in dist/ (npm run build; npm install builds it) is
 * used only while it matches src/ exactly: the build records a hash of every
 * file under src/, and a CLI start compares it (~5 ms). Any edit to src/ makes
 * the CLI run the TypeScript sources through tsx until the next build, so a
 * stale build is never run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeHash } from '../src/tree-hash.js';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export function buildPaths(root = PACKAGE_ROOT) {
  return { source: join(root, 'src'), compiled: join(root, 'dist'), stamp: join(root, 'dist', 'source-hash') };
}

/** Hash of the paths and bytes of every file under src/. */
export function sourceHash(root = PACKAGE_ROOT) {
  return treeHash(buildPaths(root).source);
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
