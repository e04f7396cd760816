/**
 * Footnotes of the reports in fixtures/footnotes (scripts/make-footnote-fixtures.ts):
 * every note found, in order, with the body text around them left as body,
 * and each note's anchor pointing at its mark glued in the body.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Report, SourceLine } from '../../src/model/report.js';
import { loadStages, processReport } from '../../src/pipeline.js';
import { readReport } from '../../src/read/index.js';
import { footnoteFlows } from '../../src/text/body-flow.js';
import { normaliseReport } from '../../src/text/repair.js';

const DIR = fileURLToPath(new URL('../../fixtures/footnotes/', import.meta.url));

async function read(name: string): Promise<Report> {
  const report = await readReport(`${DIR}${name}`);
  normaliseReport(report);
  return report;
}

const lines = (report: Report) => report.pages.flatMap((p) => p.lines);
const noteNumbers = (report: Report) => [...new Set(lines(report).filter((l) => l.kind === 'footnote').map((l) => l.footnote))];
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const lineAt = (report: Report, page: number, line: number): SourceLine => report.pages[page - 1].lines[line - 1];

describe.each(['long-notes.docx', 'long-notes.pdf', 'long-notes-same-size.pdf', 'long-notes.txt', 'long-notes-same-size.txt'])('%s', (name) => {
  it('finds all 21 notes in order', async () => {
    expect(noteNumbers(await read(name))).toEqual(range(21));
  });

  // pdftotext -layout prints mark 19 of the same-size PDF after its note's first line: not read there.
  it.skipIf(name === 'long-notes-same-size.txt')('reads note 19 as "+ Năm 2021: …", 20 as a number, 21 as "- Cấp xã: …"', async () => {
    const report = await read(name);
    const flows = new Map(footnoteFlows(report).map((f) => [f.number, f.flow.text.trim()]));
    expect(flows.get(19)).toMatch(/^\+ Năm 2021: Bộ phận một cửa huyện tiếp nhận 4\.210 hồ sơ/);
    expect(flows.get(20)).toMatch(/^12 đơn vị sự nghiệp/);
    expect(flows.get(21)).toMatch(/^- Cấp xã: 14 xã/);
  });

  it('leaves the body text after the notes as body', async () => {
    const report = await read(name);
    const body = lines(report).filter((l) => l.kind === 'body').map((l) => l.text).join('\n');
    for (const text of ['III. ĐÁNH GIÁ CHUNG', '1 cơ quan còn để hồ sơ quá hạn', 'IV. PHƯƠNG HƯỚNG NĂM 2022', 'TM. ỦY BAN NHÂN DÂN']) expect(body).toContain(text);
  });
});

describe.each(['long-notes.docx', 'long-notes.pdf', 'long-notes-same-size.pdf', 'anchor-scope.docx', 'anchor-scope.pdf', 'anchor-scope.txt', 'endnotes.docx', 'endnotes.txt'])('%s anchors', (name) => {
  it("gives every note the place of its mark: the note's number glued to the word or year before it", async () => {
    const report = await read(name);
    const numbers = noteNumbers(report);
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) {
      const anchor = report.footnoteAnchors.get(n!);
      expect(anchor, `note ${n}`).toBeDefined();
      const line = lineAt(report, anchor!.page, anchor!.line);
      expect(line.kind).toBe('body');
      const at = anchor!.start - line.offset;
      expect(line.text.slice(at, anchor!.end - line.offset)).toBe(String(n));
      expect(line.text.slice(0, at)).toMatch(/[\p{L}\d.,)]$/u);
    }
  });
});

describe('notes gathered at the end', () => {
  it('are read as notes in a TXT, the body above them left alone', async () => {
    const report = await read('endnotes.txt');
    expect(noteNumbers(report)).toEqual(range(7));
    const notes = lines(report).filter((l) => l.kind === 'footnote');
    expect(notes[0].text).toMatch(/^1 Kế hoạch số 12\/KH-UBND/);
    expect(lines(report).find((l) => l.text === 'CHỦ TỊCH')?.kind).toBe('body');
  });

  it('come from the note parts of a DOCX (Word endnotes)', async () => {
    const report = await read('endnotes.docx');
    expect(noteNumbers(report)).toEqual(range(7));
    expect(lines(report).filter((l) => l.kind === 'footnote')).toHaveLength(7);
  });
});

describe.each(['anchor-scope.docx', 'anchor-scope.pdf', 'anchor-scope.txt'])('%s read in the scope of its anchors', (name) => {
  it("gives a note that states no period its anchor sentence's, keeps a note's own, and the report's when the anchor states none", async () => {
    const stages = await loadStages(['normalise', 'metadata', 'documents', 'tables', 'rules']);
    const report = await processReport(`${DIR}${name}`, name, {}, stages);
    const notes = report.mentions.filter((m) => m.source === 'footnote').map((m) => `${m.indicator}=${m.value} ${m.period.start}..${m.period.end}`);
    expect(notes).toEqual([
      'staff.quota=65 2023-01-01..2023-12-31', // "… giao biên chế cho các phòng chuyên môn năm 2023¹."
      'dossier.received=1250 2023-01-01..2023-12-31', // "Trong năm 2023, … cho tổ chức, công dân², …"
      'dossier.resolved=1200 2023-01-01..2023-12-31',
      'dossier.received=980 2022-01-01..2022-12-31', // the note says "Năm 2022"
      'dossier.received=1430 ..', // "Trong kỳ báo cáo, …⁴": the report's period
    ]);
  });
});
