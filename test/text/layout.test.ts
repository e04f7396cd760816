/**
 * What a PDF page's layout says of its lines (src/text/layout.ts), and what
 * follows from it: wrapped lines joined in the body flow, a heading or a
 * lead-in that wraps keeping its scope. The pages are set here as a word
 * processor sets them: each block's first line set in, its other lines at the
 * margin, every line full but a block's last, a wider gap between blocks.
 */
import { describe, expect, it } from 'vitest';
import { extractProse } from '../../src/extract/rules/index.js';
import { newReport, type Report, type SourceLine } from '../../src/model/report.js';
import { structure } from '../../src/structure/stage.js';
import { bodyFlow } from '../../src/text/body-flow.js';
import { lineLayouts } from '../../src/text/layout.js';

const SIZE = 13;
const CHAR = 6; // the width of one character
const MARGIN = 85;
const EDGE = 538;
const INDENT = 29;
const PITCH = 15.5;

interface Setting {
  /** Blocks start with their first line set in (else at the margin). */
  indent?: boolean;
  /** The gap between two blocks' baselines (else a wider one than the pitch). */
  gap?: number;
  /** How far short of the edge every other full line ends (ragged text, or widths measured off). */
  ragged?: number;
  /** Blocks set centred. */
  centred?: number[];
}

/** The lines of one page holding these blocks (each a list of its lines), with their boxes. */
function typeset(blocks: string[][], { indent = true, gap = 21.5, ragged = 0, centred = [] }: Setting = {}): SourceLine[] {
  const lines: SourceLine[] = [];
  let baseline = 80 - gap;
  let full = 0;
  blocks.forEach((block, b) => {
    baseline += gap - PITCH;
    block.forEach((text, i) => {
      baseline += PITCH;
      const width = text.length * CHAR;
      let left = i === 0 && indent ? MARGIN + INDENT : MARGIN;
      let right = Math.min(EDGE, left + width);
      if (i < block.length - 1) right = EDGE - (full++ % 2 === 1 ? ragged : 0);
      if (centred.includes(b)) [left, right] = [(MARGIN + EDGE - width) / 2, (MARGIN + EDGE + width) / 2];
      const firstWord = (/^\S+/u.exec(text)?.[0].length ?? 0) * CHAR;
      lines.push({ page: 1, line: lines.length + 1, offset: 0, text, raw: text, kind: 'body', box: { left, right, baseline, size: SIZE, firstWord } });
    });
  });
  return lines;
}

const layoutsOf = (lines: SourceLine[]) => {
  const layouts = lineLayouts(lines);
  return lines.map((l) => layouts.get(l) ?? '-');
};

/** Three paragraphs of own words that fill their lines, to give a page its margins. */
const FILLER = [
  ['Các cơ quan chuyên môn của huyện tiếp tục rà soát quy trình nội bộ giải quyết hồ sơ,', 'bảo đảm công khai, minh bạch.'],
  ['Việc tiếp nhận hồ sơ qua dịch vụ bưu chính công ích được duy trì ở tất cả các xã,', 'người dân không phải đi lại nhiều lần.'],
  ['Hệ thống camera giám sát tại bộ phận một cửa hoạt động ổn định trong suốt kỳ báo cáo,', 'góp phần nâng cao tinh thần phục vụ.'],
];

describe('lineLayouts', () => {
  it('a line at the margin after a full line wraps on; a set-in line, a line after a wider gap, a line after one that ended early start anew', () => {
    const lines = typeset([
      ...FILLER,
      ['3. Kết quả giải quyết hồ sơ tại bộ phận một cửa của huyện (số liệu tính từ ngày', '16/12/2022 đến ngày 15/12/2023)'],
      ['Bộ phận một cửa huyện tiếp nhận 4.310 hồ sơ, trong đó hồ sơ trực tuyến chiếm 61,2%.', 'Tất cả hồ sơ đều được giải quyết đúng hạn.'],
    ]);
    expect(layoutsOf(lines)).toEqual(['-', 'wrap', 'new', 'wrap', 'new', 'wrap', 'new', 'wrap', 'new', 'wrap']);
  });

  it('joins a centred title that wraps, as it starts a line after a shorter one', () => {
    const title = ['Báo cáo tình hình thực hiện công tác cải cách hành chính của huyện trong', 'sáu tháng đầu năm'];
    const lines = typeset([['BÁO CÁO'], title, ...FILLER], { centred: [0, 1] });
    expect(layoutsOf(lines).slice(0, 3)).toEqual(['-', 'new', 'wrap']);
  });

  it('where wrapped lines leave room for the next word (ragged text), only a gap or a set-in line says anything', () => {
    const paragraph = (first: string): string[] => [first, 'không để xảy ra tình trạng chậm trễ, gây phiền hà cho người dân và doanh nghiệp', 'trong quá trình giải quyết thủ tục.'];
    const lines = typeset(['Công chức một cửa hướng dẫn cụ thể, đầy đủ thành phần hồ sơ ngay từ lần đầu,', 'Các phòng chuyên môn phối hợp chặt chẽ với bộ phận một cửa trong xử lý hồ sơ,', 'Hồ sơ được chuyển giữa các cơ quan qua phần mềm một cửa điện tử của tỉnh,', 'Lãnh đạo huyện định kỳ kiểm tra đột xuất hoạt động của bộ phận một cửa,'].map(paragraph), { ragged: 40 });
    expect(layoutsOf(lines)).toEqual(['-', '-', '-', 'new', '-', '-', 'new', '-', '-', 'new', '-', '-']);
  });

  it('a writer who neither sets first lines in nor spaces paragraphs: line ends and markers tell', () => {
    const lines = typeset([
      ['Huyện đã hoàn thành việc số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực', 'của các năm trước và đưa vào kho dữ liệu dùng chung của tỉnh.'],
      ['Việc thanh toán phí, lệ phí trực tuyến được hướng dẫn tận tình tại bộ phận một cửa;'],
      ['- Số hồ sơ tiếp nhận trực tuyến toàn trình tăng mạnh so với cùng kỳ năm trước ở các'],
      ['- Số hồ sơ tiếp nhận trực tiếp giảm.'],
      ['Trong kỳ, các xã tiếp tục thực hiện tốt việc niêm yết công khai thủ tục tại trụ sở', 'UBND xã và trên cổng thông tin điện tử.'],
      ['Các xã duy trì nghiêm chế độ họp giao ban hằng tuần của bộ phận một cửa cấp xã.'],
      ['Số hồ sơ phải bổ sung giảm rõ rệt.'],
      ...FILLER,
    ], { indent: false, gap: PITCH });
    // The line above ended early: anew. A marker after a clause's end, or after a line that is full, is no wrap for
    // a writer who does not set first lines in; a sentence that runs on over a full line wraps; after a full line
    // that ends a sentence nothing tells.
    expect(layoutsOf(lines).slice(0, 9)).toEqual(['-', 'wrap', 'new', '-', '-', 'new', 'wrap', 'new', '-']);
  });
});

function pdfReport(lines: SourceLine[]): Report {
  const report = newReport({ id: 'r0123456789abcdef', path: 'x.pdf', sourceFile: 'x.pdf', format: 'pdf' });
  Object.assign(report.meta, { periodStart: '2023-01-01', periodEnd: '2023-12-31', reportDate: '2023-12-18', unitLevel: 'district', unitName: 'Kim Sơn' });
  let offset = 0;
  for (const line of lines) {
    line.offset = offset;
    offset += line.text.length + 1;
  }
  report.pages = [{ number: 1, lines }];
  return report;
}

describe('a PDF read as its writer wrote it', () => {
  it('joins wrapped lines in the body flow with a space, and without one after a hyphen that ends a word', () => {
    const lines = typeset([...FILLER, ['Huyện thực hiện tinh giản biên chế theo Nghị định số 29/2023/NĐ-', 'CP của Chính phủ.']]);
    const text = bodyFlow(pdfReport(lines)).text;
    expect(text).toContain('quy trình nội bộ giải quyết hồ sơ, bảo đảm công khai, minh bạch.\nViệc tiếp nhận');
    expect(text).toContain('Nghị định số 29/2023/NĐ-CP của Chính phủ.');
  });

  it('a heading that wraps keeps the span it states for the section under it', () => {
    const lines = typeset([
      ...FILLER,
      ['3. Kết quả giải quyết hồ sơ tại bộ phận một cửa của huyện (số liệu tính từ ngày', '16/12/2022 đến ngày 15/12/2023)'],
      ['Bộ phận một cửa huyện tiếp nhận 4.310 hồ sơ, đã giải quyết 4.120 hồ sơ.'],
    ]);
    const report = pdfReport(lines);
    structure(report);
    extractProse(report);
    expect(report.mentions.map((m) => `${m.indicator}=${m.value} ${m.period.start}..${m.period.end}`)).toEqual([
      'dossier.received=4310 2022-12-16..2023-12-15',
      'dossier.resolved=4120 2022-12-16..2023-12-15',
    ]);
  });

  it('a lead-in after a paragraph whose last line is full and ends a sentence leads its items with the span it states', () => {
    const lines = typeset([
      ...FILLER,
      ['Cán bộ một cửa được bố trí đủ theo vị trí việc làm, có trình độ chuyên môn phù hợp.'],
      ['Kết quả giải quyết hồ sơ tại bộ phận một cửa huyện (từ ngày 16/12/2022 đến ngày', '15/12/2023):'],
      ['- Số hồ sơ mới tiếp nhận: 3.870 hồ sơ.'],
      ['- Số hồ sơ đã giải quyết: 3.790 hồ sơ.'],
    ]);
    const report = pdfReport(lines);
    structure(report);
    extractProse(report);
    expect(report.mentions.map((m) => `${m.indicator}=${m.value} ${m.period.start}..${m.period.end}`)).toEqual([
      'dossier.new=3870 2022-12-16..2023-12-15',
      'dossier.resolved=3790 2022-12-16..2023-12-15',
    ]);
  });
});
