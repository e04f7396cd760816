import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROVINCIAL_AGENCY } from '../../src/extract/lead-unit.js';
import { extractMetadata } from '../../src/extract/metadata.js';
import { newReport, type Report, type ReportMeta } from '../../src/model/report.js';
import { readReport } from '../../src/read/index.js';
import { pagesFromText } from '../../src/read/txt.js';
import { normalise } from '../../src/text/repair.js';

const corpus = (name: string) => fileURLToPath(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

async function metaOf(file: string): Promise<ReportMeta> {
  const report = await readReport(corpus(file));
  await normalise.run(report, {});
  return extractMetadata(report);
}

function reportOf(text: string): Report {
  const report = newReport({ id: '0'.repeat(16), path: 'r.txt', sourceFile: 'r.txt', format: 'txt' });
  report.pages = pagesFromText(text);
  return report;
}

/**
 * What each sample states; the .txt copies start at the body, so number and date are not in them,
 * and the period comes from the opening sentence unless the copy kept the "BÁO CÁO" title.
 */
const SAMPLES: Array<[string, ReportMeta, 'header' | 'text']> = [
  ['tho-xuan-cchc-quy-1-2024', {
    issuer: 'UBND huyện Thọ Xuân', unitLevel: 'district', unitName: 'Thọ Xuân', parentLevel: 'province', parentName: 'Thanh Hóa', province: 'Thanh Hóa',
    reportNumber: '97/BC-UBND', reportDate: '2024-03-20', periodType: 'quarter', periodStart: '2024-01-01', periodEnd: '2024-03-31', periodSource: 'header',
  }, 'text'],
  ['thach-khe-cchc-quy-3-2025', {
    issuer: 'UBND xã Thạch Khê', unitLevel: 'commune', unitName: 'Thạch Khê', parentLevel: 'province', parentName: 'Hà Tĩnh', province: 'Hà Tĩnh',
    reportNumber: '112/BC-UBND', reportDate: '2025-09-15', periodType: 'quarter', periodStart: '2025-07-01', periodEnd: '2025-09-30', periodSource: 'header',
  }, 'text'],
  ['ha-hoa-cchc-nam-2021', {
    issuer: 'UBND huyện Hạ Hòa', unitLevel: 'district', unitName: 'Hạ Hòa', parentLevel: 'province', parentName: 'Phú Thọ', province: 'Phú Thọ',
    reportNumber: '286/BC-UBND', reportDate: '2021-12-17', periodType: 'year', periodStart: '2021-01-01', periodEnd: '2021-12-31', periodSource: 'header',
  }, 'header'],
];

describe('extractMetadata on the sample reports', () => {
  for (const [name, expected, txtSource] of SAMPLES) {
    for (const variant of ['.pdf', '.docx', '-reflow.pdf', '-reflow.docx']) {
      it(`${name}${variant}`, async () => {
        expect(await metaOf(`${name}${variant}`)).toEqual(expected);
      });
    }
    it(`${name}.txt (no header block)`, async () => {
      expect(await metaOf(`${name}.txt`)).toEqual({ ...expected, reportNumber: '', reportDate: '', periodSource: txtSource });
    });
  }
});

describe('extractMetadata on headers', () => {
  it('leaves a blank number and a template date empty', () => {
    const meta = extractMetadata(reportOf([
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN THẠCH AN Độc lập - Tự do - Hạnh phúc',
      'Số:      /BC-UBND Thạch An, ngày … tháng 6 năm 2023',
      'BÁO CÁO',
      'Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023',
      'Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh Cao Bằng, UBND huyện báo cáo như sau:',
    ].join('\n')));
    expect(meta).toEqual({
      issuer: 'UBND huyện Thạch An', unitLevel: 'district', unitName: 'Thạch An', parentLevel: 'province', parentName: 'Cao Bằng', province: 'Cao Bằng', reportNumber: '',
      reportDate: '', periodType: 'half_year', periodStart: '2023-01-01', periodEnd: '2023-06-30', periodSource: 'header',
    });
  });

  it('takes the province from a two-level header and the nine months from the title', () => {
    const meta = extractMetadata(reportOf([
      'UBND TỈNH NGHỆ AN',
      'UBND THỊ XÃ HOÀNG MAI',
      'Số: 45/BC-UBND Hoàng Mai, ngày 05 tháng 10 năm 2022',
      'BÁO CÁO',
      'Kết quả cải cách hành chính 9 tháng năm 2022, phương hướng nhiệm vụ quý IV',
    ].join('\n')));
    expect(meta).toMatchObject({
      issuer: 'UBND thị xã Hoàng Mai', unitLevel: 'district', province: 'Nghệ An', reportNumber: '45/BC-UBND',
      reportDate: '2022-10-05', periodType: 'nine_months', periodStart: '2022-01-01', periodEnd: '2022-09-30',
    });
  });

  it.each([
    ['a DOCX header cell (two issuer lines in one)', ['UBND TỈNH THANH HÓA ỦY BAN NHÂN DÂN HUYỆN NÔNG CỐNG Số: 77/BC-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
    ['a PDF header whose name wraps', ['UBND TỈNH THANH HÓA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ỦY BAN NHÂN DÂN HUYỆN Độc lập - Tự do - Hạnh phúc', 'NÔNG CỐNG Nông Cống, ngày 12 tháng 6 năm 2023']],
    ['a PDF header whose date line sits beside the unit word', ['UBND TỈNH THANH HÓA', 'ỦY BAN NHÂN DÂN HUYỆN Nông Cống, ngày 12 tháng 6 năm 2023', 'NÔNG CỐNG', 'Số: 77/BC-UBND']],
    ['a PDF header whose name wraps around the date line', ['UBND TỈNH THANH HÓA', 'ỦY BAN NHÂN DÂN HUYỆN NÔNG Nông Cống, ngày 12 tháng 6 năm 2023', 'CỐNG', 'Số: 77/BC-UBND']],
  ])('takes the district under its province from %s', (_name, header) => {
    const meta = extractMetadata(reportOf([...header, 'BÁO CÁO', 'Công tác cải cách hành chính 6 tháng đầu năm 2023'].join('\n')));
    expect(meta).toMatchObject({ issuer: 'UBND huyện Nông Cống', unitLevel: 'district', unitName: 'Nông Cống', province: 'Thanh Hóa' });
  });

  it("tells a department's report on its own work from one summing up the province's", () => {
    const forProvince = (header: string, title: string[], opening: string) =>
      extractMetadata(reportOf(['UBND TỈNH LONG AN', header, 'Số: 410/BC-SNV Long An, ngày 10 tháng 12 năm 2023', 'BÁO CÁO', ...title, opening].join('\n'))).forProvince ?? false;
    // the province in the title or in what the opening sentence reports; the Sở Nội vụ's report with nothing said
    expect(forProvince('SỞ NỘI VỤ', ['Kết quả cải cách hành chính năm 2023 trên địa bàn tỉnh'], 'Căn cứ Công văn của Bộ Nội vụ, Sở Nội vụ báo cáo như sau:')).toBe(true);
    expect(forProvince('SỞ TƯ PHÁP', ['Kết quả cải cách hành chính năm 2023'], 'Căn cứ Công văn của Bộ Tư pháp, Sở Tư pháp tổng hợp kết quả của tỉnh như sau:')).toBe(true);
    expect(forProvince('SỞ NỘI VỤ', ['Kết quả quản lý biên chế năm 2023'], 'Căn cứ Kế hoạch của UBND tỉnh, Sở Nội vụ báo cáo như sau:')).toBe(true);
    // negatives: a department's own work, the province named only in the call it answers; the Sở Nội vụ on itself
    expect(forProvince('SỞ Y TẾ', ['Kết quả cải cách hành chính năm 2023'], 'Thực hiện Công văn số 900/SNV-CCHC về báo cáo cải cách hành chính của tỉnh, Sở Y tế báo cáo như sau:')).toBe(false);
    expect(forProvince('SỞ NỘI VỤ', ['Kết quả cải cách hành chính năm 2023 của Sở Nội vụ'], 'Sở Nội vụ báo cáo như sau:')).toBe(false);
  });

  it("reads a province's agency named in the header as the unit, reporting on its own work as a department does", () => {
    const unitOf = (agency: string) =>
      extractMetadata(reportOf(['UBND TỈNH BẮC NINH', agency, 'Số: 215/BC-BQL Bắc Ninh, ngày 12 tháng 6 năm 2023', 'BÁO CÁO', 'Kết quả cải cách hành chính 6 tháng đầu năm 2023'].join('\n')));
    expect(unitOf('BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP')).toMatchObject({ unitLevel: 'province', unitName: 'Ban Quản lý các khu công nghiệp', province: 'Bắc Ninh' });
    expect(unitOf('BAN QUẢN LÝ KHU KINH TẾ')).toMatchObject({ unitLevel: 'province', unitName: 'Ban Quản lý Khu kinh tế' });
    // a name that is the agency's whole name still reads as a provincial agency's
    expect(PROVINCIAL_AGENCY.test(unitOf('BAN DÂN TỘC').unitName)).toBe(true);
    // negative: the province's steering board speaks for the province
    expect(unitOf('BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH')).toMatchObject({ unitLevel: 'province', unitName: 'Bắc Ninh' });
  });

  it('reads a period of several years and a centrally-run city as a province', () => {
    const meta = extractMetadata(reportOf([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ ĐÀ NẴNG',
      'BÁO CÁO',
      'Tổng kết cải cách hành chính giai đoạn 2021 - 2025',
    ].join('\n')));
    expect(meta).toMatchObject({
      unitLevel: 'province', unitName: 'Đà Nẵng', province: 'Đà Nẵng', periodType: 'multi_year',
      periodStart: '2021-01-01', periodEnd: '2025-12-31',
    });
  });

  it('takes the title\'s own span in brackets, not the span of the programme it reviews', () => {
    const title = (line: string) => extractMetadata(reportOf(['ỦY BAN NHÂN DÂN', 'HUYỆN BẢO LÂM', 'BÁO CÁO', line].join('\n')));
    expect(title('Sơ kết thực hiện Chương trình cải cách hành chính giai đoạn 2021 - 2030 của huyện (giai đoạn 2021 - 2025)'))
      .toMatchObject({ periodType: 'multi_year', periodStart: '2021-01-01', periodEnd: '2025-12-31' });
    // negative: a plan's year alone is still the report's
    expect(title('Kết quả thực hiện Kế hoạch cải cách hành chính năm 2022'))
      .toMatchObject({ periodType: 'year', periodStart: '2022-01-01', periodEnd: '2022-12-31' });
  });

  it('takes the period after "báo cáo" in the opening sentence, not the cited plan\'s', () => {
    const meta = extractMetadata(reportOf(
      'Thực hiện Kế hoạch giai đoạn 2021-2025, UBND phường Bến Thành báo cáo kết quả 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024 như sau:',
    ));
    expect(meta).toMatchObject({
      issuer: 'UBND phường Bến Thành', unitLevel: 'commune', periodType: 'half_year', periodStart: '2024-01-01', periodEnd: '2024-06-30',
    });
  });

  it('reads "kết quả thực hiện nhiệm vụ … năm 2024" as this year\'s report', () => {
    const meta = extractMetadata(reportOf([
      'ỦY BAN NHÂN DÂN',
      'HUYỆN DIỄN CHÂU',
      'Số: 455/BC-UBND Diễn Châu, ngày 13 tháng 12 năm 2024',
      'BÁO CÁO',
      'Kết quả thực hiện nhiệm vụ cải cách hành chính năm 2024',
    ].join('\n')));
    expect(meta).toMatchObject({ periodType: 'year', periodStart: '2024-01-01', periodEnd: '2024-12-31' });
  });

  it('reads a quarter joined to its whole year ("quý IV và năm …") as the year', () => {
    const title = (line: string) => extractMetadata(reportOf(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TIÊN', 'BÁO CÁO', line].join('\n')));
    expect(title('Tình hình cải cách hành chính quý IV và năm 2021'))
      .toMatchObject({ periodType: 'year', periodStart: '2021-01-01', periodEnd: '2021-12-31' });
    expect(title('Kết quả thực hiện 6 tháng cuối năm và cả năm 2022'))
      .toMatchObject({ periodType: 'year', periodStart: '2022-01-01', periodEnd: '2022-12-31' });
    // negative: a quarter followed by next year's tasks stays the quarter
    expect(title('Kết quả cải cách hành chính quý IV năm 2021 và nhiệm vụ năm 2022'))
      .toMatchObject({ periodType: 'quarter', periodStart: '2021-10-01', periodEnd: '2021-12-31' });
  });

  it('reads a quarter or month joined to the span from January that holds it ("quý II và 6 tháng …") as that span', () => {
    const title = (line: string) => extractMetadata(reportOf(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TIÊN', 'BÁO CÁO', line].join('\n')));
    expect(title('Tình hình thực hiện cải cách hành chính quý III và 9 tháng năm 2020, phương hướng quý cuối năm'))
      .toMatchObject({ periodType: 'nine_months', periodStart: '2020-01-01', periodEnd: '2020-09-30' });
    expect(title('Báo cáo cải cách hành chính quý II và 6 tháng đầu năm 2023'))
      .toMatchObject({ periodType: 'half_year', periodStart: '2023-01-01', periodEnd: '2023-06-30' });
    expect(title('Tình hình cải cách hành chính tháng 9 và 9 tháng đầu năm 2021'))
      .toMatchObject({ periodType: 'nine_months', periodStart: '2021-01-01', periodEnd: '2021-09-30' });
    // negative: a quarter outside the span joined to it stays the quarter (the span is a comparison or a slip)
    expect(title('Kết quả cải cách hành chính quý IV và 6 tháng đầu năm 2020'))
      .toMatchObject({ periodType: 'quarter', periodStart: '2020-10-01', periodEnd: '2020-12-31' });
  });

  it('puts a quarter without a year in the year it had begun by the report\'s date', () => {
    const meta = extractMetadata(reportOf([
      'ỦY BAN NHÂN DÂN',
      'XÃ YÊN LẠC',
      'Số: 201/BC-UBND Yên Lạc, ngày 15 tháng 12 năm 2024',
      'BÁO CÁO',
      'Kết quả cải cách hành chính quý IV, phương hướng nhiệm vụ năm 2025',
    ].join('\n')));
    expect(meta).toMatchObject({ periodType: 'quarter', periodStart: '2024-10-01', periodEnd: '2024-12-31' });
  });

  it('reads a province\'s report with a title in capitals', () => {
    const meta = extractMetadata(reportOf([
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH QUẢNG NINH Độc lập - Tự do - Hạnh phúc',
      'Số: 12 /BC-UBND Quảng Ninh, ngày 05 tháng 7 năm 2023',
      'BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
      '6 THÁNG ĐẦU NĂM 2023',
      'Kính gửi: Bộ Nội vụ',
    ].join('\n')));
    expect(meta).toEqual({
      issuer: 'UBND tỉnh Quảng Ninh', unitLevel: 'province', unitName: 'Quảng Ninh', parentLevel: '', parentName: '', province: 'Quảng Ninh',
      reportNumber: '12/BC-UBND', reportDate: '2023-07-05', periodType: 'half_year', periodStart: '2023-01-01', periodEnd: '2023-06-30',
      periodSource: 'header',
    });
  });

  it('gives empty fields for a text that states nothing', () => {
    expect(extractMetadata(reportOf('Nội dung không có tiêu đề.'))).toMatchObject({ issuer: '', periodType: '', reportDate: '', periodSource: 'none' });
  });
});

describe('the parent unit', () => {
  const body = 'Thực hiện Kế hoạch của UBND huyện, UBND xã báo cáo kết quả công tác cải cách hành chính như sau:';
  const parentOf = (lines: string[]) => {
    const meta = extractMetadata(reportOf(lines.join('\n')));
    return [meta.unitLevel, meta.unitName, meta.parentLevel, meta.parentName];
  };

  it('reads the district above the commune in the header', () => {
    expect(parentOf([
      'UBND HUYỆN THẠCH AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'UBND XÃ ĐỨC LONG Độc lập - Tự do - Hạnh phúc',
      'Số: 21/BC-UBND Đức Long, ngày 28 tháng 3 năm 2024',
      'BÁO CÁO', 'Kết quả công tác cải cách hành chính quý I năm 2024', body,
    ])).toEqual(['commune', 'Đức Long', 'district', 'Thạch An']);
  });

  it('reads a bare district line above "ỦY BAN NHÂN DÂN ⏎ XÃ …"', () => {
    expect(parentOf([
      'HUYỆN THẠCH AN', 'ỦY BAN NHÂN DÂN', 'XÃ ĐỨC LONG',
      'Số: 21/BC-UBND Đức Long, ngày 28 tháng 3 năm 2024',
      'BÁO CÁO', 'Kết quả công tác cải cách hành chính quý I năm 2024', body,
    ])).toEqual(['commune', 'Đức Long', 'district', 'Thạch An']);
  });

  it('takes nothing from the place line, and leaves the parent empty when nothing else names it', () => {
    expect(parentOf([
      'ỦY BAN NHÂN DÂN', 'XÃ ĐỨC LONG',
      'Số: 21/BC-UBND Đức Long, ngày 28 tháng 3 năm 2024',
      'BÁO CÁO', 'Kết quả công tác cải cách hành chính quý I năm 2024', body,
    ])).toEqual(['commune', 'Đức Long', '', '']);
  });

  it('reads "xã Y, huyện X" in the text', () => {
    expect(parentOf([
      'ỦY BAN NHÂN DÂN', 'XÃ ĐỨC LONG', 'BÁO CÁO', 'Kết quả công tác cải cách hành chính quý I năm 2024', body,
      'Bộ phận một cửa xã Đức Long, huyện Thạch An tiếp nhận 120 hồ sơ.',
    ])).toEqual(['commune', 'Đức Long', 'district', 'Thạch An']);
  });

  it('reads the opening "UBND xã Y, huyện X báo cáo …"', () => {
    const meta = extractMetadata(reportOf('UBND xã Đức Long, huyện Thạch An báo cáo kết quả công tác cải cách hành chính quý I năm 2024 như sau:'));
    expect(meta).toMatchObject({ unitLevel: 'commune', unitName: 'Đức Long', parentLevel: 'district', parentName: 'Thạch An', periodStart: '2024-01-01', periodEnd: '2024-03-31' });
  });

  it('gives a commune after July 2025 its province (no districts)', () => {
    expect(parentOf([
      'UBND TỈNH CAO BẰNG', 'UBND XÃ ĐỨC LONG',
      'Số: 21/BC-UBND Đức Long, ngày 26 tháng 9 năm 2025',
      'BÁO CÁO', 'Kết quả công tác cải cách hành chính quý III năm 2025', body,
    ])).toEqual(['commune', 'Đức Long', 'province', 'Cao Bằng']);
  });
});
