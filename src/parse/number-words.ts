/**
 * Word lists used by the number scanner, kept as data: the regex
 * alternations are built from these lists (longest first), so a word can
 * never be accepted by a pattern and missing from its lookup table.
 */

/** Money multipliers → factor in đồng. */
export const MONEY_MULTIPLIERS: Readonly<Record<string, number>> = {
  'nghìn': 1e3,
  'ngàn': 1e3,
  'triệu': 1e6,
  'tỷ': 1e9,
  'tỉ': 1e9,
};

/** Currency words that make a bare number an amount of money (in đồng). */
export const CURRENCY_WORDS = ['đồng', 'VNĐ', 'VND', 'vnđ', 'đ'] as const;

/**
 * Units of things that are counted one by one (so the value is whole): a
 * comma followed by exactly three digits before one of these is a
 * thousands separator ("15,488 hồ sơ"). Lower case; matched case-folded.
 */
export const COUNT_UNITS = [
  'hồ sơ', 'người', 'văn bản', 'thủ tục', 'tthc', 'nhiệm vụ', 'lượt', 'lượt người', 'cuộc', 'đợt',
  'đơn vị', 'cơ quan', 'phòng', 'ban', 'xã', 'phường', 'thị trấn', 'huyện', 'thôn', 'tổ dân phố',
  'phiếu', 'cán bộ', 'công chức', 'viên chức', 'cán bộ, công chức', 'lao động', 'biên chế',
  'doanh nghiệp', 'hộ', 'hộ gia đình', 'tài khoản', 'kiến nghị', 'phản ánh', 'vấn đề', 'quyết định',
  'kế hoạch', 'báo cáo', 'công văn', 'tin', 'tin bài', 'bài', 'bài viết', 'tin, bài', 'buổi', 'lớp',
  'học viên', 'trường hợp', 'giấy', 'chứng thư', 'chữ ký số', 'máy', 'máy tính', 'bộ', 'dịch vụ',
  'hồ sơ tthc', 'thủ tục hành chính', 'đơn', 'đơn thư', 'vụ', 'việc', 'cá nhân', 'tổ chức', 'mô hình',
  'sáng kiến', 'đề án', 'chỉ tiêu', 'nội dung', 'trang', 'tập', 'quy trình', 'lĩnh vực', 'vị trí',
  'vị trí việc làm', 'chi bộ', 'đảng viên', 'câu hỏi', 'cuộc họp', 'hội nghị', 'phần mềm', 'thẻ',
  'nhóm', 'điểm', 'kênh', 'cổng', 'trang tin', 'cơ sở', 'trường', 'trạm', 'khu', 'khu dân cư', 'đội',
  // Abbreviations and set nouns of dossiers and services ("6,42 ngàn HS", "2.010 bộ hồ sơ", "198 DVC").
  'hs', 'bộ hồ sơ', 'dvc', 'dịch vụ công',
] as const;

/** Words before a number that make it a bound, longest first in the pattern. */
export const QUALIFIER_WORDS: Readonly<Record<string, 'gt' | 'ge' | 'lt' | 'le' | 'approx'>> = {
  'trên': 'gt',
  'hơn': 'gt',
  'vượt': 'gt',
  'vượt quá': 'gt',
  'nhiều hơn': 'gt',
  'ít nhất': 'ge',
  'tối thiểu': 'ge',
  'không dưới': 'ge',
  'dưới': 'lt',
  'chưa đến': 'lt',
  'chưa tới': 'lt',
  'ít hơn': 'lt',
  'không quá': 'le',
  'tối đa': 'le',
  'gần': 'approx',
  'khoảng': 'approx',
  'khoảng gần': 'approx',
  'xấp xỉ': 'approx',
  'ước khoảng': 'approx',
  'ước đạt': 'approx',
  'khoảng hơn': 'approx',
  'gần như': 'approx',
};

/** Escape for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of the words, longest first, spaces matching any run of spaces. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');
}
