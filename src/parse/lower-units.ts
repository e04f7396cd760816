/**
 * Units below the reporting one as the subject or topic of a sentence (or of a clause after ';') name their level:
 * "Các xã, thị trấn giải quyết 1.700 hồ sơ", "Tại 9 xã, thị trấn, Bộ phận một cửa …", "Bộ phận một cửa của 14 xã,
 * thị trấn tiếp nhận …", a list item's label "- UBND 12 xã - thị trấn: …", "…; các huyện, thị xã bố trí
 * tổng cộng 108 phòng chuyên môn". Only at the start (after a comma opener such as "Cùng kỳ,"): as an object
 * ("Huyện kiểm tra 8 xã") they are what the figure counts, not whose it is.
 */
import type { Level } from '../model/schemas.js';
import { caseAlternation, LEVEL_RANK, UNIT_WORDS } from './unit-words.js';

/** Unit words of one level, as a regex alternation (longest first). */
const unitsOf = (level: Level) => caseAlternation(UNIT_WORDS.filter(([, l]) => l === level).map(([w]) => w), ['lower', 'capitalised']);

function lowerUnitsSubject(level: Level): RegExp {
  const units = unitsOf(level);
  return new RegExp(
    String.raw`^(?:[^,.;:\d]{2,30},\s*)?(?:(?:[Tt]ại|[Ởở]|[Rr]iêng|[Đđ]ối với)\s+)?(?:(?:[Bb]ộ phận|UBND|Ủy ban nhân dân)[^,.;:\d]{0,40}?\s+của\s+|[Bb]ộ phận\s+[Mm]ột\s+cửa\s+|(?:UBND|Ủy ban nhân dân)\s+)?(?:(?:[Tt]oàn bộ|[Cc]ả)\s+)?(?:[Cc]ác|\d{1,3})\s+(?:${units})(?:\s*[,-]\s*(?:${units}))*(?=\s*[,:]|\s+\p{Ll})`,
    'u',
  );
}
const LOWER_UNITS: Partial<Record<Level, RegExp>> = { commune: lowerUnitsSubject('commune'), district: lowerUnitsSubject('district') };

/** The level below the reporting unit's that a text's subject (at its start) names by its units, or ''. */
export function lowerUnitsLevel(text: string, unitLevel: Level | undefined): Level {
  if (!unitLevel) return '';
  for (const level of ['district', 'commune'] as const) {
    if (LEVEL_RANK[level] < LEVEL_RANK[unitLevel] && LOWER_UNITS[level]!.test(text.trimStart().replace(/^[-+*•–]\s*/u, ''))) return level;
  }
  return '';
}
