/**
 * Builds the footnote fixtures (fixtures/footnotes/): small reports written
 * for these tests (no sentence from a real report), each as a DOCX with real
 * Word notes (the docx package), its PDF (LibreOffice) and its TXT
 * (pdftotext -layout: pages split by form feeds, no rule above the notes).
 *
 * - long-notes: 21 footnotes over several pages, body text after the last one;
 *   note 19 starts "+ Năm 2021: …", note 20 with a number, note 21 "- Cấp xã: …".
 * - long-notes-same-size: the same report with notes set in the body's size,
 *   so the PDF's footnote area is not smaller than the body.
 * - anchor-scope: a 2024 report whose notes carry figures that take their
 *   period from the sentence holding the mark.
 * - endnotes: the notes gathered at the end of the report: a DOCX with Word
 *   endnotes, and a TXT typed that way (marks glued, notes after the signature;
 *   Word numbers endnotes i, ii, iii in its PDF, so no PDF of it).
 *
 * Run: npx tsx scripts/make-footnote-fixtures.ts   (needs `soffice` and `pdftotext` on PATH)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, EndnoteReferenceRun, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';

const DIR = fileURLToPath(new URL('../fixtures/footnotes/', import.meta.url));
const FONT = 'Liberation Serif';
const BODY_SIZE = 26; // half-points: 13 pt, as Vietnamese administrative documents are set

/** A paragraph; "{n}" marks the reference of note n. */
type Para = string;

interface Report {
  name: string;
  header: string[];
  body: Para[];
  notes: Record<number, string>;
  noteSize?: number;
  endnotes?: boolean;
}

/** Lines of at most `width` characters, broken at spaces. */
function wrap(text: string, width = 78): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...out, line] : out;
}

/** A plain-text report with its notes gathered after the signature, marks glued to the word before. */
function endnotesText(report: Report): string {
  const body = report.body.flatMap((p) => wrap(p.replace(/\{(\d+)\}/g, (_m, n: string) => (n in report.notes ? n : ''))));
  const notes = Object.entries(report.notes).flatMap(([n, text]) => wrap(`${n} ${text}`, 60));
  return [...report.header, '', ...body, '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', ...notes, ''].join('\n');
}

function runs(text: Para, endnotes: boolean): Array<TextRun | FootnoteReferenceRun | EndnoteReferenceRun> {
  return text.split(/(\{\d+\})/).filter(Boolean).map((piece) => {
    const ref = /^\{(\d+)\}$/.exec(piece);
    if (!ref) return new TextRun(piece);
    return endnotes ? new EndnoteReferenceRun(Number(ref[1])) : new FootnoteReferenceRun(Number(ref[1]));
  });
}

function document(report: Report): Document {
  // The size is set on the note's run: LibreOffice does not take it from the docx package's footnote style.
  const note = (text: string) => ({ children: [new Paragraph({ children: [new TextRun({ text, size: report.noteSize ?? 20 })] })] });
  const notes = Object.fromEntries(Object.entries(report.notes).map(([n, text]) => [n, note(text)]));
  return new Document({
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE }, paragraph: { spacing: { after: 120 } } } } },
    ...(report.endnotes ? { endnotes: notes } : { footnotes: notes }),
    sections: [{
      children: [
        ...report.header.map((text) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true })] })),
        ...report.body.map((text) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: runs(text, report.endnotes === true) })),
      ],
    }],
  });
}

const HEADER_2021 = [
  'ỦY BAN NHÂN DÂN HUYỆN AN BÌNH',
  'Số: 215/BC-UBND',
  'An Bình, ngày 15 tháng 12 năm 2021',
  'BÁO CÁO',
  'Kết quả thực hiện công tác cải cách hành chính năm 2021',
];

/** Filler sentences of ordinary report prose, to make the report run over several pages. */
function filler(topic: string, n: number): Para[] {
  return Array.from({ length: n }, (_, i) =>
    `Về ${topic}, các cơ quan, đơn vị tiếp tục quán triệt nhiệm vụ được giao, rà soát quy trình nội bộ và phân công cán bộ theo dõi từng đầu việc; ` +
    `kết quả từng tháng được tổng hợp, báo cáo Ủy ban nhân dân huyện đúng thời gian quy định (đợt ${i + 1}).`);
}

const LONG_NOTES: Record<number, string> = {
  1: 'Kế hoạch số 12/KH-UBND ngày 08/01/2021 về cải cách hành chính năm 2021.',
  2: 'Kế hoạch số 20/KH-UBND ngày 15/01/2021 về kiểm soát thủ tục hành chính.',
  3: 'Công văn số 101/UBND-NV ngày 02/02/2021 về nâng cao chỉ số cải cách hành chính.',
  4: 'Kế hoạch số 35/KH-UBND ngày 01/3/2021 về tuyên truyền cải cách hành chính.',
  5: 'Quyết định số 240/QĐ-UBND ngày 10/3/2021 về thành lập đoàn kiểm tra.',
  6: 'Kế hoạch số 48/KH-UBND ngày 22/3/2021 về rà soát văn bản quy phạm pháp luật.',
  7: 'Công văn số 215/UBND-VP ngày 05/4/2021 về ký số văn bản điện tử.',
  8: 'Kế hoạch số 61/KH-UBND ngày 20/4/2021 về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.',
  9: 'Quyết định số 512/QĐ-UBND ngày 03/5/2021 công bố danh mục thủ tục hành chính.',
  10: 'Công văn số 330/UBND-VP ngày 17/5/2021 về thanh toán trực tuyến phí, lệ phí.',
  11: 'Kế hoạch số 75/KH-UBND ngày 01/6/2021 về đánh giá mức độ hài lòng.',
  12: 'Quyết định số 690/QĐ-UBND ngày 14/6/2021 về vị trí việc làm.',
  13: 'Công văn số 402/UBND-NV ngày 28/6/2021 về tinh giản biên chế.',
  14: 'Kế hoạch số 90/KH-UBND ngày 12/7/2021 về đào tạo, bồi dưỡng cán bộ.',
  15: 'Quyết định số 801/QĐ-UBND ngày 26/7/2021 về giao quyền tự chủ tài chính.',
  16: 'Công văn số 511/UBND-TCKH ngày 09/8/2021 về quản lý tài sản công.',
  17: 'Kế hoạch số 104/KH-UBND ngày 23/8/2021 về chuyển đổi số.',
  18: 'Quyết định số 930/QĐ-UBND ngày 06/9/2021 về hệ thống quản lý chất lượng.',
  19: '+ Năm 2021: Bộ phận một cửa huyện tiếp nhận 4.210 hồ sơ, đã giải quyết 4.105 hồ sơ.',
  20: '12 đơn vị sự nghiệp công lập đã được giao tự chủ một phần chi thường xuyên.',
  21: '- Cấp xã: 14 xã, thị trấn đã kết nối phần mềm một cửa điện tử với hệ thống của tỉnh.',
};

const LONG_BODY: Para[] = [
  // Note 19 starts with a list mark, 20 with a number, 21 with a dash.
  'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
  'Ủy ban nhân dân huyện đã ban hành kế hoạch cải cách hành chính năm{1} và kế hoạch kiểm soát thủ tục hành chính{2}, giao nhiệm vụ cụ thể cho từng cơ quan.',
  'Để nâng cao chỉ số cải cách hành chính, huyện đã ban hành văn bản chỉ đạo{3} và tổ chức tuyên truyền{4} trên Trang thông tin điện tử huyện.',
  ...filler('công tác chỉ đạo', 3),
  'Công tác kiểm tra được thực hiện theo quyết định thành lập đoàn kiểm tra{5}.',
  'II. KẾT QUẢ THỰC HIỆN',
  '1. Cải cách thể chế',
  'Huyện đã rà soát văn bản quy phạm pháp luật theo kế hoạch{6} và chỉ đạo ký số văn bản điện tử{7}.',
  ...filler('cải cách thể chế', 3),
  '2. Cải cách thủ tục hành chính',
  'Việc số hóa hồ sơ được triển khai theo kế hoạch{8}; danh mục thủ tục được công bố đầy đủ{9}; thanh toán trực tuyến được mở rộng{10}.',
  'Mức độ hài lòng của tổ chức, công dân được đánh giá định kỳ{11}.',
  ...filler('cải cách thủ tục hành chính', 3),
  '3. Cải cách tổ chức bộ máy',
  'Huyện đã phê duyệt vị trí việc làm{12} và thực hiện tinh giản biên chế{13}; công tác đào tạo, bồi dưỡng được duy trì{14}.',
  ...filler('cải cách tổ chức bộ máy', 3),
  '4. Cải cách tài chính công',
  'Việc giao quyền tự chủ{15} và quản lý tài sản công{16} được thực hiện đúng quy định.',
  ...filler('cải cách tài chính công', 2),
  '5. Xây dựng chính quyền số',
  'Huyện triển khai kế hoạch chuyển đổi số{17} và duy trì hệ thống quản lý chất lượng{18}.',
  'Kết quả giải quyết thủ tục hành chính của huyện được tổng hợp theo từng năm{19}.',
  'Các đơn vị sự nghiệp tiếp tục được giao tự chủ{20}; phần mềm một cửa điện tử được dùng ở cả hai cấp{21}.',
  ...filler('xây dựng chính quyền số', 3),
  'III. ĐÁNH GIÁ CHUNG',
  'Nhìn chung, công tác cải cách hành chính năm 2021 được triển khai đồng bộ, đúng kế hoạch.',
  // A body paragraph that starts like note 1 would (a number, a space, a word).
  '1 cơ quan còn để hồ sơ quá hạn trong quý III; các cơ quan khác thực hiện đúng quy trình.',
  'Tuy nhiên, một số cơ quan còn chậm cập nhật hồ sơ lên phần mềm; việc số hóa kết quả giải quyết còn ít.',
  'IV. PHƯƠNG HƯỚNG NĂM 2022',
  'Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; nâng tỷ lệ hồ sơ trực tuyến; đẩy mạnh chuyển đổi số.',
  'Nơi nhận: UBND tỉnh; Sở Nội vụ; lưu VT.',
  'TM. ỦY BAN NHÂN DÂN',
];

const ANCHOR_NOTES: Record<number, string> = {
  1: 'Số biên chế được giao: 65 biên chế.',
  2: 'Tiếp nhận 1.250 hồ sơ, đã giải quyết 1.200 hồ sơ.',
  3: 'Năm 2022: tiếp nhận 980 hồ sơ.',
  4: 'Tiếp nhận 1.430 hồ sơ.',
};

const ANCHOR_BODY: Para[] = [
  '1. Tổ chức bộ máy',
  'Ủy ban nhân dân huyện đã thực hiện giao biên chế cho các phòng chuyên môn năm 2023{1}.',
  '2. Thủ tục hành chính',
  'Trong năm 2023, Bộ phận một cửa huyện đã tiếp nhận và trả kết quả cho tổ chức, công dân{2}, không có hồ sơ trả chậm.',
  'Số hồ sơ tiếp nhận của các năm trước được lưu trữ đầy đủ{3}.',
  'Trong kỳ báo cáo, Bộ phận một cửa huyện tiếp tục tiếp nhận hồ sơ đúng quy trình{4}.',
  'Nơi nhận: UBND tỉnh; lưu VT.',
];

const REPORTS: Report[] = [
  { name: 'long-notes', header: HEADER_2021, body: LONG_BODY, notes: LONG_NOTES },
  { name: 'long-notes-same-size', header: HEADER_2021, body: LONG_BODY, notes: LONG_NOTES, noteSize: BODY_SIZE },
  {
    name: 'anchor-scope',
    header: ['ỦY BAN NHÂN DÂN HUYỆN AN BÌNH', 'Số: 190/BC-UBND', 'An Bình, ngày 16 tháng 12 năm 2024', 'BÁO CÁO', 'Kết quả thực hiện công tác cải cách hành chính năm 2024'],
    body: ANCHOR_BODY,
    notes: ANCHOR_NOTES,
  },
  // Seven notes, all referenced in the first page's worth of text, gathered some 60 lines further.
  {
    name: 'endnotes',
    header: HEADER_2021,
    body: LONG_BODY.map((p) => p.replace(/\{(\d+)\}/g, (m, n: string) => (Number(n) <= 7 ? m : ''))),
    notes: Object.fromEntries(Object.entries(LONG_NOTES).slice(0, 7)),
    endnotes: true,
  },
];

mkdirSync(DIR, { recursive: true });
for (const report of REPORTS) {
  const docx = `${DIR}${report.name}.docx`;
  writeFileSync(docx, await Packer.toBuffer(document(report)));
  if (report.endnotes) {
    writeFileSync(`${DIR}${report.name}.txt`, endnotesText(report));
    console.log(`${report.name}: docx, txt`);
    continue;
  }
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', DIR, docx], { stdio: 'ignore' });
  execFileSync('pdftotext', ['-layout', `${DIR}${report.name}.pdf`, `${DIR}${report.name}.txt`]);
  console.log(`${report.name}: docx, pdf, txt`);
}
