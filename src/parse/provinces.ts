/**
 * Vietnamese provinces and centrally-run cities (the 63 of 2008–2025; the 34
 * of the 2025 merger keep names from this list), for naming the province of
 * a report that does not state it in its header.
 */
import { matchForm } from '../text/match-form.js';
import { escapeRegExp } from './number-words.js';

export const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'] as const;

export const PROVINCES = [
  ...CENTRAL_CITIES,
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai',
  'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
  'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long',
  'Vĩnh Phúc', 'Yên Bái',
] as const;

const byForm = new Map(PROVINCES.map((p) => [matchForm(p), p]));
const NAME_RE = new RegExp(
  String.raw`(?<![\p{L}])(tỉnh\s+|thành\s+phố\s+)?(${[...byForm.keys()].sort((a, b) => b.length - a.length).map((k) => escapeRegExp(k).replace(/ /g, '\\s+')).join('|')})(?![\p{L}])`,
  'gu',
);

/** The canonical name of a province written in any tone placement or case ("THANH HOÁ" → "Thanh Hóa"). */
export function provinceName(written: string): string | undefined {
  return byForm.get(matchForm(written).replace(/\s+/g, ' ').trim());
}

/**
 * The province a text speaks of most: "tỉnh X" counts three times a bare
 * capitalised "X" (a bare name may be a place in another province).
 */
export function likelyProvince(text: string): string | undefined {
  const form = matchForm(text);
  const score = new Map<string, number>();
  for (const m of form.matchAll(NAME_RE)) {
    const at = m.index + (m[1]?.length ?? 0);
    if (!/^\p{Lu}/u.test(text.slice(at, at + 1))) continue;
    const name = byForm.get(m[2].replace(/\s+/g, ' '));
    if (name) score.set(name, (score.get(name) ?? 0) + (m[1] ? 3 : 1));
  }
  let best: string | undefined;
  for (const [name, s] of score) if (best === undefined || s > (score.get(best) ?? 0)) best = name;
  return best;
}
