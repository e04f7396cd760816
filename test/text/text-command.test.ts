/** `cchc text`: page:line prefixes, kind markers, --raw before repairs. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { formatLines, textCommand } from '../../src/cli/commands/text.js';
import { newReport } from '../../src/model/report.js';

describe('formatLines', () => {
  const report = newReport({ id: '0'.repeat(16), path: 'x', sourceFile: 'x', format: 'pdf' });
  report.pages = [
    { number: 1, lines: [{ page: 1, line: 1, offset: 0, raw: 'ÐIỀ U 1', text: 'ĐIỀU 1', kind: 'body' }] },
    {
      number: 2,
      lines: [
        { page: 2, line: 1, offset: 0, raw: 'a | 1', text: 'a | 1', kind: 'table', cells: ['a', '1'] },
        { page: 2, line: 2, offset: 6, raw: '1 Kế hoạch', text: '1 Kế hoạch', kind: 'footnote', footnote: 1 },
      ],
    },
  ];
  it('prints repaired text with page:line and kind', () => {
    expect(formatLines(report, false)).toBe('1:1\tĐIỀU 1\n2:1 [table]\ta | 1\n2:2 [fn1]\t1 Kế hoạch');
  });
  it('prints raw text with --raw', () => {
    expect(formatLines(report, true).split('\n')[0]).toBe('1:1\tÐIỀ U 1');
  });
});

describe('textCommand', () => {
  it('prints a corpus file line by line', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const file = fileURLToPath(new URL('../../fixtures/corpus/thach-khe-cchc-quy-3-2025.txt', import.meta.url));
      await textCommand().parseAsync(['node', 'text', file]);
      const printed = String(write.mock.calls[0][0]).split('\n');
      expect(printed[0]).toMatch(/^1:1\t/);
      expect(printed).toHaveLength(824 + 1); // `cat -n` numbers 824 lines (the last has no newline)
    } finally {
      write.mockRestore();
      error.mockRestore();
    }
  });
});
