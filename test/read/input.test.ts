import { execFileSync } from 'node:child_process';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/read/index.js';
import { pathId, readInputBytes } from '../../src/read/input.js';

describe('readInputBytes', () => {
  it('reads a regular file whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-input-'));
    await writeFile(join(dir, 'a.txt'), 'một hai ba');
    expect((await readInputBytes(join(dir, 'a.txt'))).toString('utf8')).toBe('một hai ba');
  });

  it('refuses a FIFO, a device behind a symlink and a socket before opening them (no read blocks)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-input-'));
    execFileSync('mkfifo', [join(dir, 'pipe.pdf')]);
    await symlink('/dev/zero', join(dir, 'zero.docx'));
    const server = createServer().listen(join(dir, 'socket.txt'));
    try {
      await expect(readInputBytes(join(dir, 'pipe.pdf'))).rejects.toThrow('not a regular file: a FIFO (named pipe)');
      await expect(readInputBytes(join(dir, 'zero.docx'))).rejects.toThrow('not a regular file: a device');
      await expect(readInputBytes(join(dir, 'socket.txt'))).rejects.toThrow('not a regular file: a socket');
    } finally {
      server.close();
    }
  });

  it('stops at the size limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-input-'));
    await writeFile(join(dir, 'big.txt'), Buffer.alloc(3 * 1024 * 1024, 0x61));
    await expect(readInputBytes(join(dir, 'big.txt'), 2 * 1024 * 1024)).rejects.toThrow('file is larger than the 2 MB limit');
  });
});

describe('readReport on files without content', () => {
  it('gives each unreadable or empty file its own report_id, from its path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-input-'));
    execFileSync('mkfifo', [join(dir, 'pipe.pdf')]);
    await writeFile(join(dir, 'a.txt'), '');
    await writeFile(join(dir, 'b.txt'), '');
    const reports = await Promise.all(['pipe.pdf', 'a.txt', 'b.txt', 'missing.txt'].map((name) => readReport(join(dir, name), { sourceFile: name })));
    expect(reports.map((r) => r.status)).toEqual(['error', 'error', 'error', 'error']);
    expect(reports.map((r) => r.id)).toEqual(['pipe.pdf', 'a.txt', 'b.txt', 'missing.txt'].map(pathId));
    expect(new Set(reports.map((r) => r.id)).size).toBe(4);
  });

  it('reads a file whose name is not UTF-8, given as bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-input-'));
    const name = Buffer.concat([Buffer.from(join(dir, 'b')), Buffer.from([0xe1, 0xba]), Buffer.from('.txt')]);
    await writeFile(name, 'Báo cáo');
    const report = await readReport(name);
    expect(report.status).toBe('ok');
    expect(report.sourceFile).toBe('b\uFFFD.txt');
  });
});
