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

/** Weighted bare mentions needed before the text is taken to speak of itself at all. */
const MIN_MENTIONS = 4;
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

/** A unit acting on the reporter: a superior ("do huyện tổ chức", "chờ huyện tuyển dụng", "theo chỉ đạo của tỉnh"). */
const SUPERIOR_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{M}])(?:do|chờ|theo|lên|gửi|trình|được)|(?:chỉ\s+đạo|hướng\s+dẫn|dùng\s+chung|quy\s+định)(?:\s+\p{Ll}+){0,3}\s+của)\s+(?:UBND\s+)?$`,
  'iu',
);
/** The unit as the subject of its sentence or clause ("Thị xã tiếp tục", "; huyện đã", "UBND xã ban hành") or the whole of it ("toàn xã"). */
const SELF_BEFORE = /(?:(?:^|[.;:!?\n(]|,)\s*(?:UBND\s+|Ủy\s+ban\s+nhân\s+dân\s+)?|(?<![\p{L}\p{M}])(?:toàn|trên\s+địa\s+bàn)\s+)$/u;

/** How much a bare mention says the text speaks of itself at that level: 2 as subject or whole, 0 as a superior, else 1. */
function weightOf(before: string): number {
  if (SUPERIOR_BEFORE.test(before)) return 0;
  return SELF_BEFORE.test(before) ? 2 : 1;
}

/** The level the text's bare unit words name most often, when it leads clearly; '' otherwise. */
export function selfLevel(text: string): Level {
  const counts: Record<UnitLevel, number> = { province: 0, district: 0, commune: 0 };
  for (const m of text.matchAll(BARE)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (OTHERS_BEFORE.test(before) || OTHERS_AFTER.test(after) || RANKING_BEFORE.test(before)) continue;
    const { level } = unitLevelOf(m[1], '');
    if (level) counts[level] += weightOf(before);
  }
  const [first, second] = (Object.entries(counts) as Array<[UnitLevel, number]>).sort((a, b) => b[1] - a[1]);
  return first[1] >= MIN_MENTIONS && first[1] >= LEAD_RATIO * second[1] ? first[0] : '';
}
