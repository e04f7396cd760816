/**
 * Level reading around a number: which level (province, district, commune) a
 * figure is stated at, from the level cues of its sentence, the reporting
 * unit's level and the unit words after the number (rules/README.md, "What the
 * engine reads"). SentenceReader reads periods and breakdowns; this reads levels.
 */
import type { Level } from '../../model/schemas.js';
import { lowerUnitsLevel } from '../../parse/lower-units.js';
import { LEVEL_RANK, UNIT_WORDS, unitLevelOf } from '../../parse/unit-words.js';
import { type LineToken, type TokenLine, tokenAt } from './tokens.js';

export interface Cue {
  level: Exclude<Level, ''>;
  first: number; // token indexes, inclusive
  last: number;
  /** Communes counted ("12 phường, xã tiếp nhận …"): the number before them counts them, it is no figure the cue names. */
  counted?: boolean;
}

const FIGURE_LETTERS = new Set(['N', 'P', 'M', 'R']);

export function isFigure(t: LineToken | undefined): boolean {
  return t?.placeholder !== undefined && FIGURE_LETTERS.has(t.placeholder.letter);
}

/** Whether a report's unit is known to be below `level`. */
export const isBelow = (unit: Level | undefined, level: Exclude<Level, ''>) => unit !== undefined && unit !== '' && LEVEL_RANK[unit] < LEVEL_RANK[level];

const LEVEL_NEAR = 2; // words between a level cue and its number outside the match ("UBND huyện: 260")
const CONTRAST_NEAR = 8; // … when the sentence contrasts levels ("UBND huyện đã tiếp nhận 3.450 hồ sơ; UBND các xã …")

/** Words between two parts of one list of units ("05 phòng chuyên môn thuộc UBND huyện và 04 xã"). */
const PART_NEAR = 8;

/** Words back from a level cue to the "giữa" of the link it is one end of. */
const LINK_WORDS = 16;

/** Units of a level counted by the number before them (not "tỉnh", not "thành phố", which may be the unit's own name). */
const COUNTED_UNITS = new RegExp(
  String.raw`^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:các\s+)?(${UNIT_WORDS.filter(([w]) => w !== 'tỉnh' && w !== 'thành phố').map(([w]) => w.replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}\p{M}])`,
  'iu',
);

/** Aspect words between a subject and its verb: "Bộ phận một cửa cấp xã đã tiếp nhận 7.350 hồ sơ". */
const ASPECT: ReadonlySet<string> = new Set(['đã', 'đang', 'cũng', 'đều']);
const NONE: ReadonlySet<string> = new Set();
/** Words before a level cue that still leave it the clause's label ("Trong đó, cấp xã: …", "Riêng cấp xã, …"). */
const LABEL_LEAD: ReadonlySet<string> = new Set(['trong', 'đó', ',', 'riêng', 'đối', 'với', 'tại', 'ở']);
/** A clause's opening words before its subject: "trong quý, ", "riêng ", "cùng kỳ, ", "tại …, " are no subject. */
const CLAUSE_OPENER = /^\s*(?:(?:trong|cả|riêng|cùng|tại|ở)(?:\s+[^\s,;]+){0,3}\s*,\s*)?(?:riêng\s+)?/iu;
/** A clause about the whole, not one level: "toàn huyện", "chung", "tổng". */
const WHOLE = /(?<![\p{L}\p{M}])(?:toàn|chung|tổng)(?![\p{L}\p{M}])/iu;

/**
 * A clause or sentence opened by its verb, without a subject of its own: "…; đã giải quyết 1.200 hồ sơ", "Còn 40 hồ sơ
 * đang giải quyết".
 */
export const VERB_OPENED = /^\s*(?:đã\s+|đang\s+)?(?:giải quyết|trả kết quả|tiếp nhận|còn)(?![\p{L}\p{M}])/iu;

/** Before a level cue right after a number: where the figure holds. */
const PLACED = new Set(['ở', 'tại']);
/** Between the counted noun and "tại": where the counted things apply or are handled ("98 thủ tục áp dụng tại cấp xã"). */
const APPLIED = new Set(['áp dụng', 'thực hiện', 'giải quyết']);

/** Between a counted noun and the level cue of who issued or holds it, and the council named with the committee. */
const ISSUED_BY = new Set(['do', 'của', 'thuộc']);
const COUNCIL = new Set(['hđnd', ',', 'và']);

/**
 * Before a level cue, whose competence a thing is ("thẩm quyền của UBND huyện"): that names a level. What merely
 * belongs to the unit ("12 cơ quan chuyên môn thuộc UBND huyện" in the district's report) is its own total.
 */
const OWNED_BY = /(?:của|quyền)\s*$/iu;

/** Words (not ':', nor those `skip` lists) strictly between token indexes a and b. */
export function wordsBetween(tl: TokenLine, a: number, b: number, skip: ReadonlySet<string> = NONE): number {
  return tl.tokens.slice(a + 1, b).filter((t) => t.text !== ':' && !skip.has(t.text.toLowerCase())).length;
}

/** The level of a number in one sentence, read from its level cues. */
export class LevelReader {
  constructor(
    private readonly tl: TokenLine,
    private readonly text: string, // the sentence the token line was made of
    private readonly cues: readonly Cue[],
    private readonly frame: { readonly unitLevel?: Level; readonly department?: boolean },
    private readonly unitWords: RegExp,
    private readonly provinceCentre?: RegExp,
  ) {}

  /**
   * A level cue that labels the clause of token k: at its start after ';' (and "trong đó,", "riêng"),
   * followed by ',' or ':' ("…; cấp xã, gồm 129 xã, phường, tiếp nhận 145.145 hồ sơ").
   */
  private clauseLabel(k: number): Level {
    const { tokens } = this.tl;
    let j = k;
    while (j > 0 && tokens[j - 1].text !== ';') j--;
    // At the sentence's start the sentence's opener labels it (structure/scope.ts), and tells the unit's own total.
    if (j === 0) return '';
    if (this.centreSubject(j, k)) return 'province';
    while (j < k && LABEL_LEAD.has(tokens[j].text.toLowerCase())) j++;
    const cue = this.cues.find((c) => c.first === j && c.last < k);
    if (cue && /^[,:]$/u.test(tokens[cue.last + 1]?.text ?? '') && !this.namesItself(cue)) return cue.level;
    // "…; các huyện, thị xã bố trí tổng cộng 108 phòng chuyên môn": lower units as the clause's subject.
    return lowerUnitsLevel(this.text.slice(tokens[j].start, tokens[k].start), this.frame.unitLevel);
  }

  /**
   * "…; riêng Trung tâm Phục vụ hành chính công tỉnh nhận 14.800 hồ sơ trong kỳ": in a province's own report the
   * province's centre as the subject of a clause after ';' is the province's level, as it is opening a sentence
   * (structure/scope.ts); in a department's report it is every department's (scope.ts).
   */
  private centreSubject(start: number, k: number): boolean {
    if (!this.provinceCentre || this.frame.unitLevel !== 'province' || this.frame.department) return false;
    const { tokens, line } = this.tl;
    const clause = line.slice(tokens[start].at, tokens[k].at);
    const subject = clause.replace(CLAUSE_OPENER, '');
    return this.provinceCentre.exec(subject)?.index === 0;
  }

  /**
   * "Tỷ lệ hồ sơ trực tuyến ở cấp huyện đạt 58,79%; tỷ lệ đúng hạn đạt 99,66%": a clause after ';' that names
   * no level of its own (nor the whole: "toàn huyện", "chung") goes on at the level the clause before it placed.
   */
  private previousClauseLevel(k: number): Level {
    const { tokens } = this.tl;
    let start = k;
    while (start > 0 && tokens[start - 1].text !== ';') start--;
    if (start === 0 || this.cues.some((c) => c.first >= start && c.first < k)) return '';
    const clause = this.text.slice(tokens[start].start, tokens[k].start);
    if (WHOLE.test(clause)) return '';
    let before = start - 1;
    while (before > 0 && tokens[before - 1].text !== ';') before--;
    const placed = this.cues.filter((c) => c.first >= before && c.first < start - 1 && PLACED.has(tokens[c.first - 1]?.text.toLowerCase()));
    if (placed.length > 0) return placed.length === 1 && !this.namesItself(placed[0]) ? placed[0].level : '';
    // "Một cửa của 9 xã, phường nhận …; giải quyết 2.731 hồ sơ; còn 8 hồ sơ …": a clause opened
    // by its verb goes on about the level the sentence's subject names, when no other level is named since.
    const subject = VERB_OPENED.test(clause) ? this.subjectCue() : undefined;
    return subject && !this.cues.some((c) => c.first > subject.last && c.first < k) ? subject.level : '';
  }

  /** The level the sentence's subject names: a cue before its first figure naming a level as such ("các xã", "9 xã, phường"). */
  private subjectCue(): Cue | undefined {
    // The number that counts the communes ("của 9 xã, phường") is part of the subject, not its first figure.
    const counting = new Set(this.cues.filter((c) => c.counted).map((c) => c.first - 1));
    const first = this.tl.tokens.findIndex((t, i) => isFigure(t) && !counting.has(i));
    const before = this.cues.filter((c) => c.last < first && !this.tl.tokens.slice(0, c.first).some((t) => t.text === ';'));
    const cue = before[before.length - 1];
    return cue && (cue.counted || this.namesLevel(cue)) && !this.namesItself(cue) ? cue : undefined;
  }

  /** The nearest level cue in the match or right before the number ("UBND huyện: 260"). */
  levelAt(k: number, from: number): Level {
    // "đạt 49,15% ở cấp huyện và 61,8% ở cấp xã": a level placed right after the number is its own.
    const placed = this.levelPlacedAfter(k);
    if (placed) return placed;
    // "UBND huyện đã tiếp nhận 3.450 hồ sơ; UBND các xã tiếp nhận 12.300 hồ sơ": levels contrasted, each clause has its own.
    // Only cues that some figure follows contrast: "… ban hành 06 văn bản, hướng dẫn … UBND các xã" names addressees.
    const contrast = new Set(this.cues.filter((c) => this.tl.tokens.slice(c.last + 1).some(isFigure)).map((c) => c.level)).size > 1;
    // "205 thủ tục thuộc thẩm quyền cấp huyện và 101 thủ tục thuộc thẩm quyền cấp xã": each names its own after it.
    const ownAfter = this.cueAfter(k) !== undefined;
    let best: Cue | undefined;
    for (const c of this.cues) {
      if (c.last >= k) continue;
      const between = this.tl.tokens.slice(c.last + 1, k);
      // A figure, or the end of the parenthesis the cue sits in ("(… cấp xã) với 522 …"), stands between.
      if (between.some((t) => isFigure(t) || t.text === ')') || (ownAfter && this.namesFigureBefore(c)) || this.inLink(c)) continue;
      // Past aspect words only a cue that names a level as such: "UBND huyện đã tiếp nhận …" may be the unit itself.
      // Communes counted as the subject of a receipt ("9 xã, phường tiếp nhận 2.745 hồ sơ") name that level as such.
      const near = c.first >= from || wordsBetween(this.tl, c.last, k, c.counted || this.namesLevel(c) ? ASPECT : NONE) <= LEVEL_NEAR;
      const sameClause = contrast && wordsBetween(this.tl, c.last, k) <= CONTRAST_NEAR && !between.some((t) => t.text === ';');
      // A level named right after the number outranks one in another clause or one that only contrasts ("… của UBND
      // tỉnh, gồm 214 thủ tục áp dụng tại cấp huyện").
      const apart = ownAfter && between.some((t) => t.text === ',');
      if ((near && !apart) || (sameClause && !ownAfter)) best = c;
    }
    // "HĐND, UBND tỉnh ban hành 62 văn bản" in the province's report: the unit naming itself states its own total.
    if (best && this.namesItself(best)) return '';
    return best?.level ?? (this.levelAfter(k) || this.clauseLabel(k) || this.previousClauseLevel(k));
  }

  /**
   * The level of who acts in the clause of token k: the last level cue before the number in its clause (after ';'),
   * with no figure between ("…; cấp huyện tự kiểm tra 1.026 văn bản của cấp xã"). Cues after the number name whose
   * the counted things are, not who counted them; the unit naming itself is its own total.
   */
  actorLevelAt(k: number): Level {
    const { tokens } = this.tl;
    let start = k;
    while (start > 0 && tokens[start - 1].text !== ';') start--;
    const before = this.cues.filter((c) => c.first >= start && c.last < k && !tokens.slice(c.last + 1, k).some(isFigure));
    const cue = before[before.length - 1];
    return cue && !this.namesItself(cue) ? cue.level : '';
  }

  /**
   * A cue of the reporting unit's own level that names no level ("UBND huyện", not "cấp huyện", "các xã"), as the
   * one who acts: "thủ tục thuộc thẩm quyền của UBND huyện: 289" names the level. A province's department reports
   * within its province: "HĐND, UBND tỉnh ban hành 64 văn bản" in its report is the province's own total too.
   */
  namesItself(c: Cue): boolean {
    if (c.level !== this.frame.unitLevel || this.namesLevel(c)) return false;
    const { tokens, line } = this.tl;
    return !OWNED_BY.test(line.slice(Math.max(0, tokens[c.first].at - 30), tokens[c.first].at));
  }

  /**
   * "liên thông giữa cấp huyện với cấp xã", "văn bản gửi qua phần mềm … giữa các phòng chuyên môn và UBND các xã": levels a link
   * or an exchange joins (after "giữa", no figure or ';' between), not a figure's level.
   */
  private inLink(c: Cue): boolean {
    const { tokens } = this.tl;
    for (let j = c.first - 1; j >= Math.max(0, c.first - LINK_WORDS); j--) {
      if (isFigure(tokens[j]) || tokens[j].text === ';') return false;
      if (tokens[j].text.toLowerCase() === 'giữa') return true;
    }
    return false;
  }

  /** A cue that names a level as such ("cấp huyện", "UBND các xã"), not one unit. */
  private namesLevel(c: Cue): boolean {
    const { tokens, line } = this.tl;
    return /(?<![\p{L}\p{M}])(?:cấp|các)(?![\p{L}\p{M}])/iu.test(line.slice(tokens[c.first].at, tokens[c.last].at + tokens[c.last].text.length));
  }

  /** "49,15% ở cấp huyện", "1.200 hồ sơ tại cấp xã": a level cue after "ở"/"tại" right after the number (and its unit). */
  private levelPlacedAfter(k: number): Level {
    const { tokens, line } = this.tl;
    let j = k + 1;
    const unit = tokens[j] ? this.unitWords.exec(line.slice(tokens[j].at)) : null;
    if (unit) j = tokenAt(this.tl, tokens[j].at + unit[0].length);
    // "214 thủ tục áp dụng tại cấp huyện": a verb of where the counted things apply may stand before "tại".
    if (APPLIED.has(`${tokens[j]?.text} ${tokens[j + 1]?.text}`.toLowerCase())) j += 2;
    if (!PLACED.has(tokens[j]?.text.toLowerCase())) return '';
    const cue = this.cues.find((c) => c.first === j + 1);
    return cue && !this.namesItself(cue) ? cue.level : '';
  }

  /** A level named right after the number and its unit: "318 thủ tục hành chính cấp huyện", "48 TTHC cấp xã". */
  private levelAfter(k: number): Level {
    const { tokens, line } = this.tl;
    if (!tokens[k + 1]) return '';
    // "kiểm tra tại 8 xã, thị trấn", "09 UBND xã, thị trấn": the number counts units of a level.
    // Only as a part: "4 phòng chuyên môn và 8 xã" (the units alone are the unit's own total: "kiểm tra 14 xã",
    // also after another act's figure: "ban hành 08 văn bản chỉ đạo … và tổ chức kiểm tra tại 6 xã").
    const counted = COUNTED_UNITS.exec(line.slice(tokens[k + 1].at));
    if (counted) return this.partNear(k) ? unitLevelOf(counted[1], '').level : '';
    return this.cueAfter(k)?.level ?? '';
  }

  /** The level cue that names whose the counted things are, right after the number and its unit. */
  private cueAfter(k: number): Cue | undefined {
    const { tokens, line } = this.tl;
    let j = k + 1;
    if (!tokens[j] || !isFigure(tokens[k])) return undefined;
    const unit = this.unitWords.exec(line.slice(tokens[j].at));
    if (!unit) return undefined;
    j = tokenAt(this.tl, tokens[j].at + unit[0].length);
    if (tokens[j]?.text.toLowerCase() === 'hành' && tokens[j + 1]?.text.toLowerCase() === 'chính') j += 2;
    // "12 văn bản do HĐND, UBND các xã ban hành", "04 cơ quan thuộc UBND huyện", "218 thủ tục thuộc thẩm quyền
    // (giải quyết) của cấp huyện": whose they are names their level; "98 thủ tục áp dụng tại cấp xã" too.
    const issued = ISSUED_BY.has(tokens[j]?.text.toLowerCase());
    let competence = false;
    if (issued) {
      j++;
      competence = tokens[j]?.text.toLowerCase() === 'thẩm' && tokens[j + 1]?.text.toLowerCase() === 'quyền';
      if (competence) {
        j += 2;
        if (tokens[j]?.text.toLowerCase() === 'giải' && tokens[j + 1]?.text.toLowerCase() === 'quyết') j += 2;
        if (tokens[j]?.text.toLowerCase() === 'của') j++;
      }
      while (tokens[j] && COUNCIL.has(tokens[j].text.toLowerCase())) j++;
    } else if (tokens[j]?.text.toLowerCase() === 'áp' && tokens[j + 1]?.text.toLowerCase() === 'dụng' && PLACED.has(tokens[j + 2]?.text.toLowerCase())) {
      // "214 thủ tục áp dụng tại cấp huyện": where the procedures apply is their level, as a competence is.
      j += 3;
      competence = true;
    }
    const cue = this.cues.find((c) => c.first === j);
    // Whose: a level word, or a unit not the reporting one ("UBND huyện" where the unit's level is unknown may be itself).
    if (!cue || this.namesItself(cue) || (issued && !this.namesLevel(cue) && !this.frame.unitLevel)) return undefined;
    // A competence names a level only against a known unit: "thuộc thẩm quyền của cấp xã" may be a commune's own,
    // and "tiếp nhận hồ sơ của 1.127 thủ tục thuộc thẩm quyền cấp tỉnh" in a commune's report are procedures it only takes in.
    if (competence && (!this.frame.unitLevel || isBelow(this.frame.unitLevel, cue.level))) return undefined;
    return cue;
  }

  /**
   * "205 thủ tục thuộc thẩm quyền cấp huyện và 101 thủ tục …": a cue that already names the level of the figure before it
   * (up to "274 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện": 12 words).
   */
  private namesFigureBefore(c: Cue): boolean {
    if (c.counted) return false;
    for (let j = c.first - 1; j >= 0 && c.first - j <= 12; j--) {
      if (isFigure(this.tl.tokens[j])) return this.cueAfter(j) === c;
    }
    return false;
  }

  /** Whether a figure stands before token k in its clause (up to ';'), near enough to be a part of the same list. */
  private partNear(k: number): boolean {
    for (let j = k - 1; j >= 0 && this.tl.tokens[j].text !== ';'; j--) if (isFigure(this.tl.tokens[j])) return wordsBetween(this.tl, j, k) <= PART_NEAR;
    return false;
  }
}
