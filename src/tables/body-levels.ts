/**
 * Level rows named by the bodies that resolve the dossiers rather than by the
 * level word: "Các cơ quan chuyên môn thuộc UBND huyện" or "Các phòng, ban
 * thuộc UBND huyện" are the district level, "Các sở, ban, ngành" the
 * province's, "UBND các xã, thị trấn" the commune level. One named body
 * ("Phòng Tư pháp", "UBND xã Tân Phú") is a unit, not a level; a count of
 * bodies ("Số cơ quan chuyên môn …") is an indicator.
 */
import type { Level } from '../model/schemas.js';

/** Folded words of a level of local government. */
const LEVEL_WORD: Readonly<Record<string, Level | 'city'>> = {
  tinh: 'province', huyen: 'district', quan: 'district', 'thi xa': 'district', 'thanh pho': 'city', xa: 'commune', phuong: 'commune', 'thi tran': 'commune',
};
const PEOPLES_COMMITTEE = String.raw`(?:ubnd|uy ban nhan dan)`;
/** Departments of a committee: "các cơ quan chuyên môn thuộc UBND huyện", "phòng, ban chuyên môn của UBND quận". */
const DEPARTMENTS_OF = new RegExp(String.raw`^(?:cac\s+)?(?:co quan(?:,\s*don vi)? chuyen mon|phong,? ban(?:,? nganh)?(?: chuyen mon)?|phong chuyen mon|don vi chuyen mon)\s+(?:thuoc|cua|truc thuoc)\s+${PEOPLES_COMMITTEE}\s+(tinh|huyen|quan|thi xa|thanh pho)$`);
/** A province's departments without their committee: "các sở, ban, ngành (tỉnh)". */
const PROVINCE_DEPARTMENTS = /^(?:cac\s+)?so,?\s+ban,?\s+nganh(?:\s+(?:cap\s+)?tinh)?$/;
/** Committees listed by their kinds: "UBND các xã, thị trấn", "UBND xã, phường", "UBND các huyện, thị xã, thành phố". */
const COMMITTEES = new RegExp(String.raw`^${PEOPLES_COMMITTEE}\s+(cac\s+)?((?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho)(?:\s*(?:,|va)\s*(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho))*)$`);

/**
 * The level a row label names by its resolving bodies (folded text, brackets and final punctuation already dropped),
 * or undefined. `cityLevel` is what "thành phố" stands for in a city's own report.
 */
export function levelOfBodies(folded: string, cityLevel?: Level): Level | undefined {
  const text = folded.replace(/\s+/g, ' ').trim();
  const departments = DEPARTMENTS_OF.exec(text);
  if (departments) {
    const level = LEVEL_WORD[departments[1]];
    return level === 'city' ? cityLevel ?? 'district' : level;
  }
  if (PROVINCE_DEPARTMENTS.test(text)) return 'province';
  const committees = COMMITTEES.exec(text);
  if (!committees) return undefined;
  // The committees of a level, "các" or two kinds named ("UBND huyện" alone is one body); every kind of one level
  // (a city beside districts is one of them).
  const kinds = committees[2].split(/\s*(?:,|\bva\b)\s*/);
  const levels = new Set(kinds.map((word) => (LEVEL_WORD[word] === 'city' ? 'district' : LEVEL_WORD[word])));
  return (committees[1] !== undefined || kinds.length >= 2) && levels.size === 1 ? [...levels][0] as Level : undefined;
}
