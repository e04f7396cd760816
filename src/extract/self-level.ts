/**
 * The reporting unit's level from how its text speaks of itself, for a report whose header (and any sentence naming
 * the unit) is lost: "Thị xã tiếp tục …", "UBND huyện đã hoàn thành …", "toàn xã", "Kế hoạch năm 2021 của thị xã".
 * A unit speaks of itself by its bare unit word far more often than of any other; other units come named ("huyện
 * Phú Lương"), in the plural or by tier ("các xã", "cấp xã", "mỗi phường"), in lists ("phường, xã", "huyện và các
 * xã") or in a ranking ("đứng thứ 5 toàn tỉnh"), and none of those counts. A superior named bare ("phần mềm dùng
 * chung của tỉnh", "chờ huyện tuyển dụng") does count, so the commonest level must lead clearly.
 */
import type { Level } from '../model/schemas.js';
import { caseAlternation, UNIT_WORDS, unitLevelOf, type UnitLevel } from '../parse/unit-words.js';

/** Bare mentions needed before the text is taken to speak of itself at all. */
const MIN_MENTIONS = 3;
/** How far the commonest level must lead the next one (mentions of a superior are many in some reports). */
const LEAD_RATIO = 2;

const WORD_ALT = caseAlternation(UNIT_WORDS.map(([w]) => w), ['lower', 'capitalised']);
const ALL_ALT = caseAlternation(UNIT_WORDS.map(([w]) => w), ['lower', 'capitalised', 'capitals']);
const BARE = new RegExp(String.raw`(?<![\p{L}\p{M}])(${WORD_ALT})(?![\p{L}\p{M}])`, 'gu');

/** Before the word: a tier, a plural, a count, or a list's earlier item ("các xã", "cấp huyện", "12 phường", "phường, xã"). */
const OTHERS_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{M}])(?:các|cấp|những|mỗi|từng|mọi|nhiều|một\s+số|số)|\d+|(?<![\p{L}\p{M}])(?:${ALL_ALT})\s*(?:,|và|-|/|hoặc))\s*$`,
  'u',
);
/** After the word: its name or number, a list's next item, or another word that only starts with it ("xã hội"). */
const OTHERS_AFTER = new RegExp(
  String.raw`^(?:[ \t]*\(?\p{Lu}|[ \t]*\d|\s*(?:,|và|-|/|hoặc)\s*(?:các\s+)?(?:${ALL_ALT})(?![\p{L}\p{M}])|\s+(?:hội|viên|đội|khác|bạn|lân\s+cận|giáp\s+ranh|đoàn)(?![\p{L}\p{M}]))`,
  'u',
);
/** A ranking among the superior's units ("xếp thứ 4/9 huyện", "đứng thứ 3 toàn tỉnh", "dẫn đầu tỉnh"). */
const RANKING_BEFORE = /(?:thứ\s+\d+(?:\/\d+)?|dẫn\s+đầu|cao\s+nhất|thấp\s+nhất)[^,.;:]{0,20}$/iu;

/** The level the text's bare unit words name most often, when it leads clearly; '' otherwise. */
export function selfLevel(text: string): Level {
  const counts: Record<UnitLevel, number> = { province: 0, district: 0, commune: 0 };
  for (const m of text.matchAll(BARE)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (OTHERS_BEFORE.test(before) || OTHERS_AFTER.test(after) || RANKING_BEFORE.test(before)) continue;
    const { level } = unitLevelOf(m[1], '');
    if (level) counts[level]++;
  }
  const [first, second] = (Object.entries(counts) as Array<[UnitLevel, number]>).sort((a, b) => b[1] - a[1]);
  return first[1] >= MIN_MENTIONS && first[1] >= LEAD_RATIO * second[1] ? first[0] : '';
}
