/**
 * The reporting unit of a text without a header, from its headline and
 * opening sentences: "UBND huyện Nho Quan cho biết", "Theo báo cáo của UBND
 * thành phố Vĩnh Yên", "Bộ phận một cửa xã Tân Lập tiếp nhận", "Huyện Đầm
 * Hà: …", "TP. Hà Tĩnh", "xã Hòa Bình (mới)", "Sở Tư pháp tỉnh Đắk Lắk".
 * A unit named in a cited document's clause ("Kế hoạch … của UBND tỉnh")
 * is not the reporter. Merged units after July 2025 are named like any
 * other (the "(mới)" mark dropped); a commune then has no district.
 */
import type { Level } from '../model/schemas.js';
import { provinceName } from '../parse/provinces.js';
import { caseAlternation, LEVEL_RANK, UNIT_WORDS, unitLevelOf } from '../parse/unit-words.js';

export interface LeadUnit {
  /** The unit word as written, canonical: 'huyện', 'thành phố', 'sở' for a department. */
  word: string;
  level: Level;
  name: string;
  issuer: string;
  /** The province a department or a unit names with it ("Sở Tư pháp tỉnh Đắk Lắk"). */
  province?: string;
}

/** Abbreviations a press item uses ("TP. Vĩnh Yên", "TX. Ba Đồn"). */
const CANONICAL: Readonly<Record<string, string>> = { 'tp.': 'thành phố', 'tx.': 'thị xã' };

/** A unit word or abbreviation in any case ("Huyện", "HUYỆN", "TP."). */
const WORD_ALT = caseAlternation([...UNIT_WORDS.map(([w]) => w), ...Object.keys(CANONICAL)]);
/** A proper name: one to four capitalised syllables, or a number ("phường 3"). */
const NAME = String.raw`(?:\p{Lu}[\p{Ll}\p{M}'’]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’]*){0,3}|\d{1,2}(?![\d/.,]))`;
const UNIT_RE = new RegExp(String.raw`(?<![\p{L}])(${WORD_ALT})(?:[ \t]*(${NAME}))?(?:\s*\(mới\))?(?![\p{L}])`, 'gu');

/**
 * "Xã Thanh Lâm là đơn vị có tỷ lệ … cao nhất huyện": a unit ranked or counted within a higher one, named only by its
 * unit word, is a part of what the text reports on (a report whose first page is lost), not its reporter.
 */
const WITHIN_HIGHER = new RegExp(String.raw`^[^.;]*?(?:nhất|của|toàn|trong)\s+(${caseAlternation(UNIT_WORDS.map(([w]) => w), ['lower'])})(?![\p{L}\p{M}]|\s+\p{Lu})`, 'u');

/** Provincial departments, as they are usually named. */
const DEPARTMENTS = [
  'Nội vụ', 'Tư pháp', 'Tài chính', 'Kế hoạch và Đầu tư', 'Giao thông vận tải', 'Xây dựng', 'Công Thương', 'Y tế',
  'Giáo dục và Đào tạo', 'Tài nguyên và Môi trường', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường',
  'Lao động - Thương binh và Xã hội', 'Văn hóa, Thể thao và Du lịch', 'Văn hóa và Thể thao', 'Thông tin và Truyền thông',
  'Khoa học và Công nghệ', 'Ngoại vụ', 'Dân tộc và Tôn giáo',
];
/** "Sở Tư pháp", "SỞ TƯ PHÁP" (a header line); no /i, which would let the province's name run on into lower-case words. */
const DEPARTMENT_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:Sở|SỞ)\s+(${DEPARTMENTS.flatMap((d) => [d, d.toLocaleUpperCase('vi')]).map((d) => d.replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}])(?:\s+(?:tỉnh|thành\s+phố)\s+(${NAME}))?`,
  'gu',
);

/**
 * A province's agencies that report on their own work as a department does ("UBND TỈNH VĨNH PHÚC ⏎ BAN QUẢN LÝ CÁC
 * KHU CÔNG NGHIỆP"): fixed names, read in a header only (a body names them as partners and sources).
 */
const AGENCIES = ['Ban Quản lý các khu công nghiệp', 'Ban Quản lý các khu kinh tế', 'Ban Quản lý Khu kinh tế', 'Ban Quản lý Khu công nghệ cao', 'Ban Dân tộc'];
const AGENCY_RE = new RegExp(String.raw`(?<![\p{L}])(${AGENCIES.map((a) => a.replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}])`, 'iu');

/** A unit name of a province's department or agency reporting at the province's level: "Sở Y tế", "Ban Quản lý các khu công nghiệp". */
export const PROVINCIAL_AGENCY = /^(?:Sở|Ban Quản lý|Ban Dân tộc)(?:\s|$)/u;

/** Words before a unit in its clause that make it someone else's: a cited document, a direction, an addressee. */
const CITED = /(?:kế\s+hoạch|công\s+văn|văn\s+bản|quyết\s+định|chỉ\s+thị|nghị\s+quyết|hướng\s+dẫn|chỉ\s+đạo|yêu\s+cầu|kính\s+gửi|so\s+với|cùng\s+với)(?![\p{L}])[^,;.]*$/iu;
/** A department that is only the source of what follows ("Theo Sở Nội vụ", "Sở Nội vụ cho biết") speaks of the province. */
const SOURCE_ONLY_BEFORE = /(?:theo|lãnh\s+đạo|đại\s+diện)\s+$/iu;
const SOURCE_ONLY_AFTER = /^[^,.;]{0,40}?(?:cho\s+biết|thông\s+tin|công\s+bố)/iu;

function levelOf(word: string, name: string): { level: Level; word: string } {
  const lower = word.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  return unitLevelOf(CANONICAL[lower] ?? lower, name);
}

function departmentName(written: string): string {
  const folded = written.replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  return DEPARTMENTS.find((d) => d.toLocaleLowerCase('vi') === folded) ?? written;
}

interface Mention {
  at: number;
  word: string;
  name: string;
}

/** Unit mentions of a text in order; those inside a cited document's clause left out. */
function mentionsIn(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(UNIT_RE)) {
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    if (CITED.test(before)) continue;
    out.push({ at: m.index, word: m[1], name: (m[2] ?? '').trim() });
  }
  return out;
}

/** The department a header names ("UBND TỈNH HÀ GIANG ⏎ SỞ GIAO THÔNG VẬN TẢI"), or null. */
export function departmentIn(header: string): LeadUnit | null {
  return department(header)?.unit ?? agencyIn(header);
}

function agencyIn(header: string): LeadUnit | null {
  const m = AGENCY_RE.exec(header);
  if (!m || CITED.test(header.slice(Math.max(0, m.index - 100), m.index))) return null;
  const name = AGENCIES.find((a) => a.toLocaleLowerCase('vi') === m[1].replace(/\s+/g, ' ').toLocaleLowerCase('vi')) ?? m[1];
  return { word: 'sở', level: 'province', name, issuer: name };
}

function department(text: string): { at: number; unit: LeadUnit } | null {
  for (const m of text.matchAll(DEPARTMENT_RE)) {
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    if (CITED.test(before) || SOURCE_ONLY_BEFORE.test(before)) continue;
    if (SOURCE_ONLY_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const name = `Sở ${departmentName(m[1])}`;
    const province = m[2] ? provinceName(m[2]) ?? m[2] : undefined;
    return { at: m.index, unit: { word: 'sở', level: 'province', name, issuer: province ? `${name} tỉnh ${province}` : name, province } };
  }
  return null;
}

function unitOf(word: string, name: string): LeadUnit {
  const { level, word: canonical } = levelOf(word, name);
  return { word: canonical, level, name, issuer: `UBND ${canonical} ${name}` };
}

/**
 * The unit a headline and opening speak for: the headline's subject
 * ("Huyện Nho Quan: …", "Nho Quan: …" named with its unit word in the
 * opening), else the first unit the opening names outside cited
 * documents. A unit word without a name ("UBND tỉnh") takes the name the
 * headline gives or, for a province, `province`.
 */
export function leadUnit(headline: string, opening: string, province?: string): LeadUnit | null {
  const lead = `${headline}\n${opening.slice(0, 800)}`.replace(/\n/g, ' \n');
  const firstDepartment = department(lead);
  const mentions = mentionsIn(lead);
  const firstNamed = mentions.find((m) => m.name !== '');
  if (firstDepartment && (!firstNamed || firstDepartment.at < firstNamed.at)) return firstDepartment.unit;

  // "Huyện Đầm Hà: …": the headline opens with its unit.
  if (firstNamed && firstNamed.at === 0) return unitOf(firstNamed.word, firstNamed.name);
  // "Nho Quan: …" / "Tuyên Quang tăng 13 bậc …": a name the opening (or the province list) gives a level.
  const subject = /^(\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3})(?=\s*:|\s+\p{Ll})/u.exec(headline)?.[1];
  if (subject && !firstNamed?.name.startsWith(subject)) {
    const named = mentions.find((m) => m.name === subject);
    if (named) return unitOf(named.word, subject);
    if (provinceName(subject)) return { word: 'tỉnh', level: 'province', name: provinceName(subject) ?? subject, issuer: `UBND tỉnh ${provinceName(subject)}` };
  }
  if (firstNamed) {
    const named = unitOf(firstNamed.word, firstNamed.name);
    const within = WITHIN_HIGHER.exec(lead.slice(firstNamed.at));
    const whole = within ? unitOf(within[1], '') : null;
    if (whole && LEVEL_RANK[whole.level as Exclude<Level, ''>] > LEVEL_RANK[named.level as Exclude<Level, ''>]) return { ...whole, issuer: `UBND ${whole.word}` };
    return named;
  }
  const bare = mentions[0];
  if (bare && /^tỉnh$/iu.test(bare.word) && province) return { word: 'tỉnh', level: 'province', name: province, issuer: `UBND tỉnh ${province}` };
  return null;
}
