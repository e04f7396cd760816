/**
 * Reading an input file's bytes, once: the same bytes are hashed for the
 * report_id and parsed. Only regular files are read (a FIFO, device or socket
 * would block the read forever, or never end), checked before opening and
 * again on the open descriptor; the read stops at a size limit.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { reportIdOf } from '../model/schemas.js';
import { ReadError } from './errors.js';

/** A file path: a Buffer when the name's bytes are not valid UTF-8 (they would not round-trip through a string). */
export type FilePath = string | Buffer;

/** The largest file read: far above any report (the largest scanned reports are tens of MB). */
export const MAX_FILE_MB = 512;

export function pathText(path: FilePath): string {
  return typeof path === 'string' ? path : path.toString('utf8');
}

/** report_id of readable content: from its SHA-256. */
export function contentId(bytes: Uint8Array): string {
  return reportIdOf(createHash('sha256').update(bytes).digest('hex'));
}

/** report_id of a file without content to hash (unreadable, empty): from the hash of its path, so each keeps its own. */
export function pathId(path: FilePath): string {
  return reportIdOf(createHash('sha256').update('path:').update(path).digest('hex'));
}

function kindOf(info: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** The bytes of a regular file of at most `maxBytes`; a ReadError with a one-line message otherwise. */
export async function readInputBytes(path: FilePath, maxBytes = MAX_FILE_MB * 1024 * 1024): Promise<Buffer> {
  const tooLarge = () => new ReadError(`file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit`);
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw new ReadError(`cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  if (!info.isFile()) throw new ReadError(`not a regular file: ${kindOf(info)}`);
  if (info.size > maxBytes) throw tooLarge();
  // O_NONBLOCK: should the path be swapped for a FIFO after the check, opening it does not wait for a writer.
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new ReadError(`cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new ReadError(`not a regular file: ${kindOf(opened)}`);
    // One byte more than the limit tells a file that grew past it since stat.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge();
        break; // the file grew since stat: what was there then is read
      }
    }
    return buffer.subarray(0, Math.min(length, opened.size));
  } finally {
    await handle.close();
  }
}
