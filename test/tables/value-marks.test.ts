/**
 * Footnote marks printed as digits glued to a table's numbers in text laid
 * out in columns (pdftotext -layout), with the notes under the table, each
 * number alone on its line: the cells read as their numbers, the notes as
 * notes (their own numbers are no figures).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processReport } from '../../src/pipeline.js';

const TEXT = [
  '      ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '       XÃ BÌNH AN                           Độc lập - Tự do - Hạnh phúc',
  '       Số: 7/BC-UBND                    Bình An, ngày 28 tháng 6 năm 2025',
  '                                    BÁO CÁO',
  '             Kết quả cải cách hành chính quý II năm 2025',
  '     Xã báo cáo kết quả tiếp nhận hồ sơ trong quý như sau.',
  ' TT        Nội dung                             Đơn vị tính     Kết quả',
  '  1        Hồ sơ tiếp nhận                      Hồ sơ            1.5231',
  '  2        Hồ sơ đã giải quyết                  Hồ sơ            1.4982',
  '  3        Số phiếu khảo sát đã thu             Phiếu              215',
  '     1',
  '       Gồm cả hồ sơ nhận qua bưu chính.',
  '     2',
  '       Chưa tính hồ sơ người dân rút lại.',
  '     Xã tiếp tục duy trì tiếp nhận hồ sơ vào sáng thứ Bảy.',
].join('\n');

const work = mkdtempSync(join(tmpdir(), 'cchc-value-marks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('footnote marks glued to table numbers (laid-out text)', () => {
  it('reads 1.5231 as 1.523 with note 1, and no note number as a figure', async () => {
    const path = join(work, 'xa-binh-an.txt');
    writeFileSync(path, TEXT);
    const report = await processReport(path, 'xa-binh-an.txt');
    expect(report.figures.map((f) => `${f.indicator} ${f.value}`).sort()).toEqual(['dossier.received 1523', 'dossier.resolved 1498', 'survey.forms 215']);
    expect(report.pages[0].lines.filter((l) => l.kind === 'footnote').map((l) => l.footnote)).toEqual([1, 1, 2, 2]);
  });
});
