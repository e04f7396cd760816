/**
 * Whose work a department's (sở) report is on: its own ("Sở Kế hoạch và Đầu tư báo cáo kết quả như sau", a
 * report it sends the Sở Nội vụ), or the whole province's, which it sums up for the province ("… năm 2019 trên
 * địa bàn tỉnh", "Phân tích kết quả Chỉ số CCHC năm 2023 của tỉnh Quảng Trị", "Sở Nội vụ tổng hợp tình hình của
 * tỉnh như sau"). In the province's report the province-wide figures are the report's own; in the department's
 * they are another body's quoted beside its own (scope.ts: provinceSubjectAt).
 */

/** The province as what the text is about: "của tỉnh", "trên địa bàn tỉnh", "toàn tỉnh". */
const ABOUT_PROVINCE = /(?<![\p{L}\p{M}])(?:của|trên\s+địa\s+bàn|toàn)\s+tỉnh(?![\p{L}\p{M}])/iu;
/** The department itself as what the text is about: "… năm 2023 của Sở Công Thương", "của Sở", "của cơ quan". */
const ABOUT_ITSELF = /(?<![\p{L}\p{M}])của\s+(?:Sở|cơ\s+quan|đơn\s+vị)(?![\p{L}\p{M}])/u;
/** The department the province's secretariat for reform and staffing: with nothing said, its report is the province's. */
const HOME_AFFAIRS = /^Sở\s+Nội\s+vụ$/iu;

/**
 * The opening sentence's own clause, the one that says what is reported: from its last comma to "như sau"
 * ("Thực hiện Công văn … về việc báo cáo công tác CCHC của tỉnh, Sở Tư pháp báo cáo kết quả như sau" is about the
 * department; the call it answers is not).
 */
function reportingClause(opening: string): string {
  const prose = opening.replace(/^\s*Kính\s+gửi\s*:[^\n]*\n/u, '').slice(0, 600);
  const end = /(?<![\p{L}\p{M}])như\s+sau|:/u.exec(prose);
  if (!end) return '';
  const head = prose.slice(0, end.index);
  return head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1);
}

/** Whether a department's report (by `name`) is on the whole province's work, by its title and opening sentence. */
export function reportsForProvince(name: string, title: string, opening: string): boolean {
  const clause = reportingClause(opening);
  for (const text of [title, clause]) {
    if (ABOUT_ITSELF.test(text)) return false;
    if (ABOUT_PROVINCE.test(text)) return true;
  }
  return HOME_AFFAIRS.test(name.trim());
}
