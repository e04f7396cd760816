import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newReport } from '../../src/model/report.js';
import { readReport } from '../../src/read/index.js';
import { normaliseReport } from '../../src/text/repair.js';
import { pagesFromText } from '../../src/read/txt.js';

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

function textReport(text: string) {
  const report = newReport({ id: 'x', path: 'x.txt', sourceFile: 'x.txt', format: 'txt' });
  report.pages = pagesFromText(text);
  normaliseReport(report);
  return report;
}

describe('a text layer of unmapped glyph codes', () => {
  it('makes a PDF whose font has no Unicode map partial, saying OCR is needed', async () => {
    const report = await readReport(fixture('broken/glyph-codes.pdf'));
    expect(report.status).toBe('ok');
    normaliseReport(report);
    expect(report.status).toBe('partial');
    expect(report.error).toMatch(/^text layer is mostly unmapped glyph codes \(\d+% of characters unreadable; .*\): OCR needed$/);
  });

  it('leaves a real report, and a report with a few damaged characters, ok', async () => {
    const report = await readReport(fixture('corpus/thach-khe-cchc-quy-3-2025.pdf'));
    normaliseReport(report);
    expect(report.status).toBe('ok');
    const text = 'Tổng số hồ sơ tiếp nhận: 8.803 hồ sơ; đã giải quyết đúng hạn 8.790 hồ sơ.\n'.repeat(5);
    expect(textReport(`${text}\u0001\u0002\uFFFD`).status).toBe('ok');
    expect(textReport(text.replace(/[a-zđ]/g, '\u0003')).status).toBe('partial');
  });
});
