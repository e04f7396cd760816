/**
 * Report period and unit of texts without a report header: press and
 * portal items (headline, dateline, prose), excerpts that start with a
 * title, reports whose first page is lost. Written for these tests; the
 * units are real places, the numbers invented.
 */
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata.js';
import { readLead } from '../../src/extract/lead.js';
import { dominantYear } from '../../src/extract/report-period.js';
import { newReport, type ReportMeta } from '../../src/model/report.js';
import { pagesFromText } from '../../src/read/txt.js';

function metaOf(lines: string[]): ReportMeta {
  const report = newReport({ id: '0'.repeat(16), path: 'r.txt', sourceFile: 'r.txt', format: 'txt' });
  report.pages = pagesFromText(lines.join('\n'));
  return extractMetadata(report);
}

const month = (y: number, m: number, last: number) => ({
  periodType: 'month' as const, periodStart: `${y}-${String(m).padStart(2, '0')}-01`, periodEnd: `${y}-${String(m).padStart(2, '0')}-${last}`,
});
const quarter = (y: number, q: number) => {
  const [from, to] = [['01-01', '03-31'], ['04-01', '06-30'], ['07-01', '09-30'], ['10-01', '12-31']][q - 1];
  return { periodType: 'quarter' as const, periodStart: `${y}-${from}`, periodEnd: `${y}-${to}` };
};
const half = (y: number) => ({ periodType: 'half_year' as const, periodStart: `${y}-01-01`, periodEnd: `${y}-06-30` });
const year = (y: number) => ({ periodType: 'year' as const, periodStart: `${y}-01-01`, periodEnd: `${y}-12-31` });
const district = (name: string, word = 'huyện') => ({ issuer: `UBND ${word} ${name}`, unitLevel: 'district' as const, unitName: name });
const commune = (name: string, word = 'xã') => ({ issuer: `UBND ${word} ${name}`, unitLevel: 'commune' as const, unitName: name });
const province = (name: string) => ({ issuer: `UBND tỉnh ${name}`, unitLevel: 'province' as const, unitName: name, province: name });

const CASES: Array<[string, string[], Partial<ReportMeta>]> = [
  ['a headline without a year takes it from the opening', [
    'Can Lộc: tháng 4 tiếp nhận hơn 1.200 hồ sơ thủ tục hành chính',
    '(Báo Hà Tĩnh) – Ngày 03/5/2024, UBND huyện Can Lộc cho biết trong tháng 4/2024, Bộ phận một cửa huyện đã nhận 1.246 hồ sơ.',
  ], { ...district('Can Lộc'), province: 'Hà Tĩnh', ...month(2024, 4, 30), periodSource: 'headline' }],

  ['an excerpt\'s first line is its title', [
    'Kết quả cải cách hành chính quý I/2023 của thành phố Sầm Sơn',
    'Trong quý I/2023, Bộ phận một cửa hai cấp của thành phố tiếp nhận 7.420 hồ sơ, giải quyết 7.301 hồ sơ.',
  ], { ...district('Sầm Sơn', 'thành phố'), ...quarter(2023, 1), periodSource: 'title' }],

  ['a date line in brackets under the headline; the year from the opening', [
    '9 tháng đầu năm, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,2%',
    '(21/09/2022)',
    'Trong 9 tháng đầu năm 2022, các cơ quan hành chính của tỉnh Hòa Bình đã giải quyết 212.400 hồ sơ.',
  ], { ...province('Hòa Bình'), periodType: 'nine_months', periodStart: '2022-01-01', periodEnd: '2022-09-30', periodSource: 'headline' }],

  ['a period named nowhere with its year takes the dateline\'s', [
    'Quý I: huyện Đầm Hà không có hồ sơ trễ hạn',
    '26/03/2021',
    'Trong 3 tháng đầu năm, Trung tâm Hành chính công huyện Đầm Hà đã tiếp nhận 6.105 hồ sơ, không hồ sơ nào quá hạn.',
  ], { ...district('Đầm Hà'), ...quarter(2021, 1), periodSource: 'dateline' }],

  ['a fourth quarter published in January is last year\'s', [
    'Quý IV, xã Hương Trà giải quyết đúng hạn toàn bộ hồ sơ',
    'Cập nhật ngày: 08/01/2024 | 10:15 GMT+7',
    'Trong quý IV, Bộ phận một cửa xã Hương Trà nhận 410 hồ sơ và trả kết quả đúng hạn cả 410 hồ sơ.',
  ], { ...commune('Hương Trà'), ...quarter(2023, 4), periodSource: 'dateline' }],

  ['prose alone: the period of the first sentence with a figure', [
    'Trong tháng 4/2024, Bộ phận một cửa huyện Tam Nông tiếp nhận 1.250 hồ sơ, đã giải quyết 1.198 hồ sơ; số còn lại đang trong hạn.',
  ], { ...district('Tam Nông'), ...month(2024, 4, 30), periodSource: 'text' }],

  ['a commune\'s half year in the opening', [
    '6 tháng đầu năm 2023, UBND xã Quảng Phú nhận 865 hồ sơ, trong đó 402 hồ sơ nộp qua mạng.',
  ], { ...commune('Quảng Phú'), ...half(2023), periodSource: 'text' }],

  ['from the start of the year to a day', [
    'Từ đầu năm đến ngày 15/6/2024, Trung tâm Hành chính công thị xã Kỳ Anh đã tiếp nhận 9.480 hồ sơ.',
  ], { ...district('Kỳ Anh', 'thị xã'), periodType: 'other', periodStart: '2024-01-01', periodEnd: '2024-06-15', periodSource: 'text' }],

  ['from the start of the year to a month, the year from the dateline', [
    'Từ đầu năm đến hết tháng 6, phường Bến Nghé nhận hơn 4.000 hồ sơ',
    '(Báo TP. Hồ Chí Minh) – Ngày 03/7/2024, theo UBND phường Bến Nghé, từ đầu năm đến hết tháng 6 phường đã nhận 4.120 hồ sơ.',
  ], { ...commune('Bến Nghé', 'phường'), ...half(2024), periodSource: 'dateline' }],

  ['a headline that names next year\'s target is not the period', [
    'Huyện Lục Ngạn đặt mục tiêu năm 2025: 80% hồ sơ nộp trực tuyến',
    '(Báo Bắc Giang) – Ngày 10/01/2025, tại hội nghị tổng kết, lãnh đạo huyện cho biết năm 2024 Bộ phận một cửa huyện Lục Ngạn đã nhận 24.300 hồ sơ, 61% qua mạng.',
  ], { ...district('Lục Ngạn'), ...year(2024), periodSource: 'text' }],

  ['the dateline\'s event day is not the period', [
    'Quỳnh Nhai sơ kết cải cách hành chính',
    '(Cổng TTĐT huyện Quỳnh Nhai) – Ngày 12/4/2024, UBND huyện Quỳnh Nhai họp sơ kết công tác cải cách hành chính quý I/2024. Trong quý, Bộ phận một cửa huyện nhận 2.140 hồ sơ.',
  ], { ...district('Quỳnh Nhai'), ...quarter(2024, 1), periodSource: 'text' }],

  ['a cited plan\'s year and its issuer are someone else\'s', [
    'Thực hiện Kế hoạch cải cách hành chính năm 2024 của UBND tỉnh Lào Cai, trong tháng 3/2024 Bộ phận một cửa huyện Bát Xát đã nhận 1.020 hồ sơ.',
  ], { ...district('Bát Xát'), province: 'Lào Cai', ...month(2024, 3, 31), periodSource: 'text' }],

  ['a compared year in the headline is not the period', [
    'Phường Hòa Khánh: hồ sơ nộp qua mạng vượt xa so với năm 2023',
    '(Báo Đà Nẵng) – Trong 6 tháng đầu năm 2024, phường Hòa Khánh nhận 3.200 hồ sơ, 2.650 hồ sơ trong số đó nộp trực tuyến.',
  ], { ...commune('Hòa Khánh', 'phường'), province: 'Đà Nẵng', ...half(2024), periodSource: 'text' }],

  ['a merged commune after July 2025 keeps its name without "(mới)"', [
    'Xã Đồng Tiến (mới): tháng 8 tiếp nhận gần 1.900 hồ sơ',
    '(Báo Thái Nguyên) – Trong tháng 8/2025, Trung tâm Phục vụ hành chính công xã Đồng Tiến nhận 1.874 hồ sơ thủ tục hành chính.',
  ], { ...commune('Đồng Tiến'), province: 'Thái Nguyên', ...month(2025, 8, 31), periodSource: 'headline' }],

  ['a merged province speaks for itself', [
    'Quý III/2025, tỉnh Lâm Đồng (mới) tiếp nhận hơn 450 nghìn hồ sơ',
    '(Báo Lâm Đồng) – Theo Văn phòng UBND tỉnh Lâm Đồng, quý III/2025 toàn tỉnh đã nhận 452.310 hồ sơ.',
  ], { ...province('Lâm Đồng'), ...quarter(2025, 3), periodSource: 'headline' }],

  ['"TP." is a city of a province', [
    'TP. Hà Tĩnh: 6 tháng đầu năm giải quyết 99% hồ sơ đúng hạn',
    '(Báo Hà Tĩnh) - Ngày 05/7/2023, Bộ phận một cửa thành phố cho biết 6 tháng đầu năm 2023 đã nhận 11.200 hồ sơ.',
  ], { ...district('Hà Tĩnh', 'thành phố'), ...half(2023), periodSource: 'headline' }],

  ['a department that reports its own work', [
    'Sở Tư pháp tỉnh Quảng Bình: năm 2023 trả kết quả trước hạn 92% hồ sơ',
    '(Báo Quảng Bình) – Năm 2023, Sở Tư pháp nhận 5.410 hồ sơ, trả trước hạn 4.977 hồ sơ.',
  ], { issuer: 'Sở Tư pháp tỉnh Quảng Bình', unitLevel: 'province', unitName: 'Sở Tư pháp', province: 'Quảng Bình', ...year(2023), periodSource: 'headline' }],

  ['a department quoted as the source speaks of the province', [
    'Theo Sở Nội vụ, năm 2023 Chỉ số cải cách hành chính của tỉnh Bình Phước đạt 85,1%, xếp thứ 30/63.',
  ], { ...province('Bình Phước'), ...year(2023), periodSource: 'text' }],

  ['a report whose first page is lost', [
    '2. Kết quả giải quyết thủ tục hành chính',
    'Trong quý II/2024, UBND xã Tân Phong đã nhận 512 hồ sơ, giải quyết đúng hạn 509 hồ sơ.',
  ], { ...commune('Tân Phong'), ...quarter(2024, 2), periodSource: 'text' }],

  ['a title with a range of days', [
    'Kết quả giải quyết hồ sơ tại Bộ phận một cửa huyện Mường Chà từ ngày 16/5/2024 đến ngày 15/6/2024',
    'Trong kỳ, Bộ phận một cửa đã nhận 830 hồ sơ.',
  ], { ...district('Mường Chà'), periodType: 'other', periodStart: '2024-05-16', periodEnd: '2024-06-15', periodSource: 'title' }],

  ['a headline wrapped onto a second line', [
    'Huyện Mộc Châu: quý III tiếp nhận hơn 5.000',
    'hồ sơ thủ tục hành chính',
    '(Báo Sơn La) - Ngày 02/10/2024, UBND huyện Mộc Châu cho biết trong quý III/2024, Bộ phận một cửa huyện nhận 5.120 hồ sơ.',
  ], { ...district('Mộc Châu'), province: 'Sơn La', ...quarter(2024, 3), periodSource: 'headline' }],

  ['the period before the first figure, not a compared one after it', [
    'Ngày 20/7/2024, UBND thị xã Ba Đồn họp đánh giá cải cách hành chính. Trong 6 tháng đầu năm 2024, thị xã nhận 8.210 hồ sơ, tăng so với cùng kỳ năm 2023.',
  ], { ...district('Ba Đồn', 'thị xã'), ...half(2024), periodSource: 'text' }],

  ['a unit named in a direction\'s clause is not the reporter', [
    'Thực hiện chỉ đạo của UBND huyện Đan Phượng, trong quý I/2024 Bộ phận một cửa xã Tân Hội nhận 320 hồ sơ.',
  ], { ...commune('Tân Hội'), ...quarter(2024, 1), periodSource: 'text' }],

  ['a yearless period takes the year of the report the opening cites', [
    'Xã Hưng Nguyên: hồ sơ trực tuyến tháng 9 đạt 85%',
    '(Báo Nghệ An) - Hai tháng sau khi sáp nhập, bộ phận một cửa của xã hoạt động ổn định.',
    'Theo báo cáo của UBND xã ngày 04/10/2025, trong tháng 9, xã nhận 1.210 hồ sơ.',
  ], { ...month(2025, 9, 30), periodSource: 'text' }],

  ['a lost first page: the one year the text keeps naming', [
    'và các phòng chuyên môn triển khai Kế hoạch cải cách hành chính năm 2021 đầy đủ.',
    'Công tác kiểm tra năm 2021 được duy trì; cả năm 2021 đã kiểm tra 9 cơ quan.',
    'Số hồ sơ chuyển sang năm 2022 là 120 hồ sơ; năm 2020 huyện nhận 20.110 hồ sơ.',
  ], { ...year(2021), periodSource: 'text' }],

  ['a lost first page: a commune ranked within the district is a part, not the reporter; compared years do not count', [
    'giải quyết đúng hạn 2.104 hồ sơ; đang giải quyết 86 hồ sơ.',
    '- Cấp xã: các xã tiếp nhận 7.320 hồ sơ (năm 2022: 6.905 hồ sơ). Xã Yên Phú là đơn vị có tỷ lệ trực tuyến cao nhất huyện (64%).',
    'Năm 2023, huyện được giao 88 biên chế (giảm 01 so với năm 2022). Chỉ số cải cách hành chính năm 2022 của huyện đạt 81,2 điểm.',
    'Năm 2023, huyện hoàn thành 30/32 nhiệm vụ của Kế hoạch cải cách hành chính năm 2023.',
    'IV. NHIỆM VỤ NĂM 2024',
    'Phấn đấu năm 2024 tỷ lệ hồ sơ trực tuyến đạt 60%; giữ vững Chỉ số năm 2024 trong nhóm đầu.',
  ], { issuer: 'UBND huyện', unitLevel: 'district', unitName: '', ...year(2023), periodSource: 'text' }],

  ['a lost first page that never names its unit: the level it calls itself by', [
    'chức của các phường, xã được đánh giá theo quý.',
    'Chương trình cải cách năm 2022 của thị xã có 36 nhiệm vụ, đã xong 35 nhiệm vụ.',
    'Thị xã duy trì Trung tâm Phục vụ hành chính công; năm 2022 Trung tâm Phục vụ hành chính công thị xã nhận 18.400 hồ sơ.',
    'Bộ phận một cửa của 10 phường, xã nhận 9.120 hồ sơ. Năm 2022, thị xã được giao 96 biên chế.',
  ], { issuer: '', unitLevel: 'district', unitName: '', ...year(2022), periodSource: 'text' }],

  ['a lost first page of a commune report that names its district bare: still the commune', [
    'Năm 2024, UBND xã ban hành 04 văn bản triển khai cải cách theo chỉ đạo của huyện.',
    'Năm 2024, Bộ phận một cửa xã nhận 640 hồ sơ; xã còn 01 chức danh công chức chờ huyện tuyển dụng.',
    'Năm 2024, công chức của xã dự đủ các lớp tập huấn do huyện mở; toàn xã có 9 thôn làm tốt quy chế dân chủ.',
  ], { issuer: '', unitLevel: 'commune', unitName: '', ...year(2024), periodSource: 'text' }],

  ['a commune that is the subject of its own report is the reporter', [
    'Trong quý I/2024, UBND xã Yên Phú tiếp nhận 310 hồ sơ, cao nhất từ trước đến nay.',
  ], { ...commune('Yên Phú'), ...quarter(2024, 1), periodSource: 'text' }],

  ['a text that states no period', [
    'Người dân đến làm thủ tục tại bộ phận một cửa ngày càng đông.',
  ], { issuer: '', periodType: '', periodStart: '', periodSource: 'none' }],
];

describe('period and unit of a text without a header', () => {
  for (const [title, lines, expected] of CASES) {
    it(title, () => {
      expect(metaOf(lines)).toMatchObject(expected);
    });
  }
});

describe('dominantYear', () => {
  it('takes a year named at least three times and more than twice as often as any other', () => {
    expect(dominantYear('năm 2021 … năm 2021 … cả năm 2021 … năm 2020')).toEqual(year(2021));
    expect(dominantYear('năm 2021 … năm 2021 … năm 2021 … năm 2020 … năm 2020')).toBeNull();
    expect(dominantYear('năm 2021 … năm 2021')).toBeNull();
    // Years a figure is compared with, and those of the next period's tasks, are not what the text reports on.
    expect(dominantYear('năm 2021 … năm 2021 … năm 2021 … so với năm 2020 … (năm 2020: 12) … cùng kỳ năm 2020')).toEqual(year(2021));
    expect(dominantYear('năm 2021 … năm 2021 … năm 2021\nIII. PHƯƠNG HƯỚNG NĂM 2022\nnăm 2022 … năm 2022')).toEqual(year(2021));
  });
});

describe('readLead', () => {
  it('splits headline, source tag with its date, and prose', () => {
    expect(readLead('Nho Quan: hơn 3.100 hồ sơ trong tháng 5\n(Báo Ninh Bình) - Ngày 04/6/2024, UBND huyện cho biết')).toEqual({
      headline: 'Nho Quan: hơn 3.100 hồ sơ trong tháng 5', headlineKind: 'headline', published: '2024-06-04', opening: 'UBND huyện cho biết',
    });
  });

  it.each([
    ['Cập nhật: 27-01-2022 | 09:08:07', '2022-01-27'],
    ['11/10/2020 - 19:22', '2020-10-11'],
    ['Thứ năm, 30/05/2024 11:24 (GMT+7)', '2024-05-30'],
    ['Ngày 22 tháng 05 năm 2018', '2018-05-22'],
    ['(21/09/2022)', '2022-09-21'],
    ['Đăng lúc: 17:00:00 02/01/2024 (GMT+7)', '2024-01-02'],
  ])('reads the date line %j under a headline', (line, published) => {
    expect(readLead(`Huyện tiếp nhận hơn 100 hồ sơ\n${line}\nTrong năm 2020, huyện nhận 104 hồ sơ.`)).toEqual({
      headline: 'Huyện tiếp nhận hơn 100 hồ sơ', headlineKind: 'headline', published, opening: 'Trong năm 2020, huyện nhận 104 hồ sơ.',
    });
  });

  it('takes no headline from a formal report body', () => {
    expect(readLead('Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh\nCao Bằng, UBND huyện báo cáo như sau:')).toMatchObject({ headline: '', headlineKind: '' });
  });

  it('takes no headline from a wrapped first sentence', () => {
    expect(readLead('Trong quý I/2024, xã nhận 320 hồ sơ. Số hồ sơ\nđúng hạn là 318.')).toMatchObject({ headline: '' });
  });
});
