/**
 * Runs compiled rules over a flow: sentence by sentence, every pattern match
 * becomes mentions with value, level, period, place and evidence. Level and
 * period are read around the match (rules/README.md, "What the engine reads").
 */
import { indicatorOf } from '../../model/catalogue.js';
import type { Mention, Period, Place } from '../../model/report.js';
import type { Level, MentionSource } from '../../model/schemas.js';
import type { PeriodToken } from '../../parse/periods.js';
import { caseAlternation, UNIT_WORDS, unitLevelOf } from '../../parse/unit-words.js';
import { type Flow, FlowBuilder } from '../../text/flow.js';
import type { Scope } from '../../structure/tree.js';
import type { CompiledRule, LevelCues, RuleSet } from './load.js';
import { type Cue, isBelow, isFigure, LevelReader, VERB_OPENED, wordsBetween } from './level-reading.js';
import { isDifferenceAt, isFormerStateAt, isProportionAt, isTargetAt } from './not-figures.js';
import { rulesFor } from './prefilter.js';
import { sentenceTokens } from './sentence-tokens.js';
import { splitSentences } from './sentences.js';
import type { CompiledPattern } from './template.js';
import { type LineToken, type TokenLine, tokenAt } from './tokens.js';

/**
 * "Sở đã tham mưu UBND tỉnh ban hành 07 văn bản": in a department's report, the documents the province issues on its
 * advice are the province's, not the department's. Procedures the province's chairman publishes on its advice
 * ("tham mưu Chủ tịch UBND tỉnh công bố 21 thủ tục") are its sector's and stay its figures.
 */
const ADVISED_PROVINCE = /tham\s+mưu\s+(?:cho\s+)?(?:Chủ\s+tịch\s+)?(?:HĐND,?\s*)?(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+tỉnh\s+ban\s+hành\s*$/iu;

/** "năm 2023 và năm 2024 cùng là 92": the words that say one number holds for the periods joined before it. */
const SHARED = new Set(['cùng', 'đều']);
const SHARED_LINK = new Set(['cùng', 'đều', 'là', 'đạt', 'bằng', ':']);
const JOINS = new Set(['và', ',']);

/** Dossier figures: flows over a span, and the pending ones counted at its end. */
const DOSSIER = 'dossier.';
const PLAN_TASKS = 'plan.tasks'; // the plan's own count, stated right after its name

/** The report a text is read in: its own period is written as '' (empty). */
export interface ReadingFrame {
  periodStart: string;
  periodEnd: string;
  reportDate: string;
  /** A commune's report has no level below its own: "UBND xã 120 hồ sơ" is its own total (''). */
  unitLevel?: Level;
  /** A provincial department (sở) reports: what it advises the province to issue is the province's. */
  department?: boolean;
  /** The scope the document tree gives a flow offset (period, level, body, plan), when the flow has a tree. */
  scopeAt?: (offset: number) => Scope;
  /** The scope a sentence's own opening words state ("Trung tâm PVHCC tỉnh tiếp nhận …"). */
  openingScope?: (sentence: string) => Scope;
  /** Whether the figure at an offset of a sentence is another body's by its own clause ("ba xã cũ cộng lại …"). */
  otherBodyAt?: (sentence: string, at: number) => boolean;
  /** A footnote's: the figure its anchor sentence reads before the mark, which the note's dated counts break down. */
  anchorFigure?: Mention;
}

/**
 * "lũy kế từ ngày 01/7/2025 đến nay", "từ đầu năm đến nay": a running total's span, which parse/periods.ts ends at the
 * report's date (the year so far: at its period's end).
 */
const RUNNING_TOTAL = /^(?:l(?:ũy|uỹ)\s+kế|(?:kể\s+)?từ\s+đầu\s+năm)\s/iu;
/** Event dates ("Ngày 25/07/2025, UBND xã ban hành …") and "đến nay" (but a running total's) do not scope a figure. */
const isScope = (p: PeriodToken) => p.kind !== 'day' && p.from !== '' && p.to !== '' && (!/\bnay\b/iu.test(p.raw) || RUNNING_TOTAL.test(p.raw));
const BULLET = /^[-+•–*]\s/u;
const COORDINATION = new Set([',', 'và', 'các', '/', '-']);
const LINKS = new Set([':', 'là', 'có', 'đạt']); // between a breakdown cue and its number ("cấp xã là 113", "năm 2020 đạt 99,6%")
const OF_WHICH = /^trong đó\s*[:,]?$/iu;
const OF_WHICH_START = /^trong đó(?![\p{L}\p{M}])/iu;
/** A sentence about a part of what the sentence before counted ("Trong số thủ tục cấp huyện, …", "Số thủ tục được cung cấp …"). */
const SUBSET_OF_COUNTED = /^(?:trong số|số (?:thủ tục|TTHC|dịch vụ công))(?![\p{L}\p{M}])/iu;
const SECTION_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|[IVX]+\.)[ \t]/u;
/**
 * The list marker a sentence opens with: a bullet, "1.", "1.2", "a)", or an item numbered in brackets ("(3)", "(b)"). It
 * is no word of the first clause: "(7) Lũy kế 6 tháng đầu năm, …" leads with its period as "Lũy kế 6 tháng đầu năm, …" does.
 */
const LIST_MARKER = /^\s*(?:[-+•–*]|\(\s*(?:\d{1,2}|[a-zđ])\s*\)|\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|[a-zđ]\)|[IVX]+\.)(?=\s)/u;
const EVIDENCE_CHARS = 200;
/** Right before a year: "cùng kỳ năm trước", "cùng kỳ năm 2023" name the report's span in that year. */
const SAME_SPAN_BEFORE = /(?<![\p{L}\p{M}])cùng\s+kỳ\s*$/iu;
/** "đến hết năm 2015": up to the end of that year. */
const UNTIL_END_OF = /(?:đến|tới)\s+hết\s+$/iu;
/** A baseline period: "so với tháng 9/2025", "(cùng kỳ năm 2020 …" (see comparedValues). */
const BASELINE_BEFORE = /(?<![\p{L}\p{M}])(?:so\s+với|cùng\s+kỳ)\s*$/iu;
/** Words at most between a bracket's "(" and the baseline period that opens it. */
const BASELINE_LEAD = 4;
/** "trong năm", "trong kỳ" (no year of its own: "trong năm 2023" is a period token): the report's own period. */
const IN_THE_PERIOD = /^(?:trong|cả)\s+(?:năm|kỳ)$/iu;
/** "tỷ lệ này": the share a sentence shortly before stated (up to SHARE_REACH sentences back). */
const SHARE_REACH = 2;
const THIS_SHARE = /(?<![\p{L}\p{M}])t[ỷỉ] lệ này(?![\p{L}\p{M}])/iu;
/** A figure that continues the statement before it: at most this many unit words before the comma, words after it. */
const CONTINUED_UNIT_WORDS = 3;
const CONTINUED_WORDS = 3;
/** "… 2.140 hồ sơ nộp trực tuyến, đạt 58,6%": a share right after a count's noun (at most this many words) and a comma. */
const SHARE_NOUN_WORDS = 6;
/** Words between a count (or a parenthesis) and its share's percentage ("…, đạt 58,6%", "(chiếm 82,8%)"), lower-case. */
export const SHARE_WORDS: ReadonlySet<string> = new Set(['đạt', 'chiếm', 'bằng', 'tỷ', 'tỉ', 'lệ']);
const AFTER = 4; // tokens after a number where a period still scopes it ("(tính đến 14/9/2025)")
const NOUN_AFTER = 2; // further tokens when they are the figure's own noun words ("78 biên chế công chức năm 2023")
/** Words that relate a figure to something else, so a period after them is not the figure's own. */
const NOT_NOUN_WORDS = new Set(['so', 'với', 'cùng', 'kỳ', 'hơn', 'bằng', 'tăng', 'giảm', 'từ', 'đến', 'của', 'trong', 'khi', 'sau', 'trước', 'như', 'là', 'đạt', 'còn', 'có', 'được', 'đã', 'và', 'lũy', 'kế', 'vào']);
const CONTEXT_BEFORE = 40; // tokens before a match where context words count
const CONTEXT_AFTER = 12;
/** A window written from one date to another ("từ ngày 15/12/2022 đến ngày 14/6/2023"). */
const BETWEEN_DATES = /^(?:kể\s+|tính\s+)?từ\s+(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}/iu;
const LEAD_WORDS = 4; // a period this close to its clause's start scopes the clause
const ASIDE_WORDS = 16; // tokens between a head and the bracket that breaks it down ((cấp tỉnh 1.320, cấp huyện 830))
const PART_BONUS = 2; // a part named right after its whole outranks rules that read the number alone

/** "toàn huyện", "của thị xã" (no proper name after it) in a report of that level: the unit as a whole. */
const ownWhole = (level: Exclude<Level, ''>) =>
  new RegExp(String.raw`(?<![\p{L}\p{M}])(?:[Tt]oàn|của)\s+(?:${caseAlternation(UNIT_WORDS.filter(([, l]) => l === level).map(([w]) => w), ['lower'])})(?![\p{L}\p{M}])(?!\s+\p{Lu})`, 'u');
const OWN_WHOLE: Record<Exclude<Level, ''>, RegExp> = { province: ownWhole('province'), district: ownWhole('district'), commune: ownWhole('commune') };

/** One item of a breakdown: the number at token k, by level, by period, or a named part (another indicator). */
interface BreakdownItem {
  k: number;
  level?: Exclude<Level, ''>;
  period?: Period;
  indicator?: string;
}

/** Right before a period: the date something was published, an event. */
const PUBLISHED = /(?<![^ ])công bố (?:vào )?$/u;

/** "đến thời điểm báo cáo": the report's own time, no date written. */
const REPORT_TIME = /thời\s+điểm\s+báo\s+cáo/iu;

/** "đến thời điểm 01/7/2025", "tính đến ngày 31/12": a date that says when a count holds. */
const AS_OF = /(?:(?:đến|tại|vào)\s+(?:thời\s+điểm|ngày)|tính\s+đến(?:\s+ngày)?)\s*$/iu;

/** "có mặt tại ngày 14/3/2024" (a day token holds its "ngày"): the day a count holds on. */
const AT_DAY = /(?<![\p{L}\p{M}])tại\s*$/iu;

function levelCuesIn(tl: TokenLine, cues: LevelCues): Cue[] {
  const out: Cue[] = [];
  for (const level of ['province', 'district', 'commune'] as const) {
    for (const m of tl.line.matchAll(cues[level])) {
      if (cues.notAfter.test(tl.line.slice(0, m.index)) || cues.notBefore.test(tl.line.slice(m.index + m[0].length))) continue;
      out.push({ level, first: tokenAt(tl, m.index), last: tokenAt(tl, m.index + m[0].length - 2) });
    }
  }
  for (const m of [...tl.line.matchAll(cues.communeSubject), ...tl.line.matchAll(cues.communePlaced)]) {
    out.push({ level: 'commune', first: tokenAt(tl, m.index), last: tokenAt(tl, m.index + m[0].length - 2) });
  }
  for (const m of tl.line.matchAll(cues.communeCounted)) {
    if (!out.some((c) => c.first <= tokenAt(tl, m.index) && tokenAt(tl, m.index) <= c.last)) {
      out.push({ level: 'commune', first: tokenAt(tl, m.index), last: tokenAt(tl, m.index + m[0].length - 2), counted: true });
    }
  }
  out.sort((a, b) => a.first - b.first);
  // "UBND cấp huyện, cấp xã" / "cấp huyện và cấp xã" names both levels: no level.
  const joined = (a: Cue, b: Cue) => a.level !== b.level && tl.tokens.slice(a.last + 1, b.first).every((t) => COORDINATION.has(t.text));
  return out.filter((c, i) => !(i > 0 && joined(out[i - 1], c)) && !(i + 1 < out.length && joined(c, out[i + 1])));
}

/** Level cues by token line: the tree reads a sentence's opening right before the rules read it (one shared token line). */
const cuesByLine = new WeakMap<TokenLine, { levels: LevelCues; cues: Cue[] }>();

function cuesOf(tl: TokenLine, levels: LevelCues): Cue[] {
  const known = cuesByLine.get(tl);
  if (known?.levels === levels) return known.cues;
  const cues = levelCuesIn(tl, levels);
  cuesByLine.set(tl, { levels, cues });
  return cues;
}

function evidenceOf(sentence: string, at: number): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (flat(sentence).length <= EVIDENCE_CHARS) return flat(sentence);
  // The window around the number starts and ends on word boundaries, marked '…', so the quote reads as words.
  let from = Math.max(0, at - EVIDENCE_CHARS / 2);
  const space = from > 0 ? sentence.slice(from, at).search(/\s/) : -1;
  if (space >= 0) from += space + 1;
  let piece = flat(sentence.slice(from, from + EVIDENCE_CHARS * 1.5));
  if (piece.length > EVIDENCE_CHARS) {
    const cut = piece.lastIndexOf(' ', EVIDENCE_CHARS);
    piece = `${piece.slice(0, cut > EVIDENCE_CHARS / 2 ? cut : EVIDENCE_CHARS)}…`;
  }
  return from > 0 ? `…${piece}` : piece;
}

interface Candidate {
  key: string; // placeholder and part: one number, one figure
  mention: Mention;
  /** Tokens from the match start to the number: the nearer cue wins a tie. */
  reach: number;
}

/** Everything the rules say about one sentence. */
export class SentenceReader {
  readonly tl: TokenLine;
  readonly cues: readonly Cue[];
  readonly lead: Period | null;
  /** The first token after a heading line run into the sentence ("5. Chỉ số CCHC⏎Năm 2018, …"): a clause starts there. */
  private readonly bodyStart: number;
  /** The first token after the list marker the sentence opens with ("- ", "a) ", "(3) "), else 0: the first clause starts there. */
  private readonly markerEnd: number;
  private readonly tokenOfPlaceholder: Map<number, number>;
  private readonly levelReader: LevelReader;
  private readonly unitWords: RegExp;
  /** Communes counted right before a receipt ("14 xã, thị trấn tiếp nhận …"). */
  private readonly communeCounted: RegExp;
  private readonly changeWords: RegExp;
  private readonly targetWords: RegExp;
  private readonly comparisonWords: RegExp;
  private readonly namedByYear: RegExp;
  private readonly reportedSpeech: RegExp;

  constructor(
    readonly text: string,
    readonly offset: number, // of the sentence in the flow
    private readonly flow: Flow,
    private readonly frame: ReadingFrame,
    private readonly source: MentionSource,
    levels: LevelCues,
    private readonly carried: Period | null,
    /** Token lines of a list's lead-in and earlier items, where a list item's required words may be ("+ trước hạn: …; + đúng hạn: …"). */
    private readonly listContext: string = '',
    /** The period the document tree gives the sentence (a heading's, a list item's label, a paragraph's opener). */
    private readonly inherited: Period | null = null,
    /** The token line of the lead-in that opened a list item's list ('' when none did). */
    private readonly leadInLine: string = '',
  ) {
    this.unitWords = levels.unitWords;
    this.communeCounted = levels.communeCounted;
    this.changeWords = levels.changeWords;
    this.targetWords = levels.targetWords;
    this.comparisonWords = levels.comparisonWords;
    this.namedByYear = levels.namedByYear;
    this.reportedSpeech = levels.reportedSpeech;
    const year = Number((frame.periodEnd || frame.reportDate).slice(0, 4)) || 0;
    this.tl = sentenceTokens(text, year, frame.reportDate || undefined, frame.periodEnd || undefined);
    this.cues = cuesOf(this.tl, levels);
    this.levelReader = new LevelReader(this.tl, text, this.cues, frame, levels.unitWords, levels.provinceCentre);
    this.tokenOfPlaceholder = new Map();
    this.tl.tokens.forEach((t, i) => {
      if (t.placeholder) this.tokenOfPlaceholder.set(this.tl.placeholders.indexOf(t.placeholder), i);
    });
    const { tokens } = this.tl;
    const firstFigure = tokens.findIndex((t) => isFigure(t));
    const marker = LIST_MARKER.exec(text)?.[0].length ?? 0;
    this.markerEnd = marker > 0 ? Math.max(0, tokens.findIndex((t) => t.start >= marker)) : 0;
    this.bodyStart = this.headingLineEnd(firstFigure);
    const leadToken = tokens.findIndex((_, i) => (firstFigure < 0 || i < firstFigure) && this.isLead(i, this.clauseOf(i), false));
    this.lead = leadToken >= 0 ? this.scopeAt(leadToken) : null;
  }

  /**
   * A numbered heading without a figure on its line ("5. Chỉ số cải cách hành chính") that a sentence without
   * a full stop after it ran into: the token its next line starts with, else Infinity.
   */
  private headingLineEnd(firstFigure: number): number {
    const newline = this.text.indexOf('\n');
    if (newline < 0 || !SECTION_HEADING.test(this.text)) return Infinity;
    const next = this.tl.tokens.findIndex((t) => t.start > newline);
    return next > 0 && (firstFigure < 0 || firstFigure >= next) ? next : Infinity;
  }

  /** Where the clause token i leads starts, for a period that leads it: the sentence's start, or its body's after a heading line. */
  private clauseOf(i: number): number {
    return i >= this.bodyStart ? this.bodyStart : this.markerEnd;
  }

  /** The period that scopes the point at `at` (an offset in the sentence): the last one stated before it, else the sentence's lead. */
  periodBefore(at: number): Period | null {
    const { tokens } = this.tl;
    const end = tokens.findIndex((t) => t.start >= at);
    let found: Period | null = null;
    tokens.forEach((t, j) => {
      if (t.start < at && !this.inAsideClosedBy(j, end < 0 ? tokens.length : end)) found = this.scopeAt(j) ?? found;
    });
    return found ?? this.lead;
  }

  /**
   * Whether token j stands in a parenthesis that closes before token `end`: "tiếp nhận 6.200 hồ sơ (năm 2022 tiếp
   * nhận 5.400 hồ sơ); quá hạn 12 hồ sơ" — the aside's year scopes the aside, not what follows it.
   */
  private inAsideClosedBy(j: number, end: number): boolean {
    const { tokens } = this.tl;
    let depth = 0;
    let open = -1;
    for (let i = j - 1; i >= 0 && open < 0; i--) {
      if (tokens[i].text === ')') depth++;
      else if (tokens[i].text === '(' && depth-- === 0) open = i;
    }
    if (open < 0) return false;
    depth = 0;
    for (let i = j + 1; i < end; i++) {
      if (tokens[i].text === '(') depth++;
      else if (tokens[i].text === ')' && depth-- === 0) return true;
    }
    return false;
  }

  /** "6.200 hồ sơ (năm 2022 tiếp nhận 5.400 hồ sơ)": a parenthesis opened at token j that states a figure of its own. */
  private asideWithFigure(j: number): boolean {
    const { tokens } = this.tl;
    if (tokens[j]?.text !== '(') return false;
    for (let i = j + 1; i < tokens.length && tokens[i].text !== ')'; i++) if (isFigure(tokens[i])) return true;
    return false;
  }

  /** The level of the number at token k, for a match from token `from` (level-reading.ts). */
  levelAt(k: number, from: number): Level {
    return this.levelReader.levelAt(k, from);
  }

  /** A cue naming the reporting unit itself ("UBND huyện" in the district's report), not a level. */
  namesItself(c: Cue): boolean {
    return this.levelReader.namesItself(c);
  }


  /**
   * "năm 2023 và năm 2024 cùng là 92": periods joined before a number that says it holds for them all ("cùng",
   * "đều"). The earlier ones, which the number holds for besides the one read next to it ([] for none).
   */
  sharedPeriods(k: number): Period[] {
    const { tokens } = this.tl;
    let j = k - 1;
    while (j >= 0 && SHARED_LINK.has(tokens[j].text.toLowerCase())) j--;
    if (j === k - 1 || !SHARED.has(tokens[j + 1].text.toLowerCase()) || !this.scopeAt(j)) return [];
    const out: Period[] = [];
    for (j -= 2; j >= 0 && JOINS.has(tokens[j + 1].text.toLowerCase()); j -= 2) {
      const p = this.scopeAt(j);
      if (!p) break;
      out.push(p);
    }
    return out;
  }

  /**
   * The last 40 characters of the line before position at: enough for a naming or reporting phrase
   * that ends there (words.yaml), and bounded so a check per token stays linear in the line.
   */
  private wordsBefore(at: number): string {
    return this.tl.line.slice(Math.max(0, at - 40), at);
  }

  /** The period token j states, if it scopes figures (not an event date, not "đến nay"). */
  private scopeAt(j: number): Period | null {
    const p = this.tl.tokens[j]?.placeholder?.period;
    // "tồn năm 2023 chuyển sang 123 hồ sơ": where dossiers came from, not when the figure holds.
    if (!p || this.tl.tokens[j + 1]?.text.toLowerCase() === 'chuyển') return null;
    const restated = this.bracketedWindow(j);
    if (restated) return restated;
    // "đang giải quyết chuyển sang tháng 11 là 69 hồ sơ": where dossiers go, pending at the end of this period.
    if (/^(?:sang|qua)$/iu.test(this.tl.tokens[j - 1]?.text ?? '') && /^chuyển$/iu.test(this.tl.tokens[j - 2]?.text ?? '')) return null;
    // "theo Kế hoạch CCHC năm 2024 …, đạt 85,7%": the year names the plan, it does not scope the figure.
    if (this.namedByYear.test(this.wordsBefore(this.tl.tokens[j].at))) return null;
    // "Chỉ số CCHC năm 2022 do UBND quận công bố tháng 3/2023: … đạt 86,15 điểm": when it was published, not what it scores.
    if (PUBLISHED.test(this.tl.line.slice(Math.max(0, this.tl.tokens[j].at - 20), this.tl.tokens[j].at))) return null;
    const before = this.text.slice(Math.max(0, p.start - 24), p.start);
    if (p.kind === 'day' && p.from && (AS_OF.test(before) || (/^ngày/iu.test(p.raw) && AT_DAY.test(before)))) return { start: p.from, end: p.from };
    // "Cùng kỳ năm trước, tháng 10/2023 huyện tiếp nhận …" in an October 2024 report: October 2023, not all of 2023.
    if (p.kind === 'year' && p.from && SAME_SPAN_BEFORE.test(this.wordsBefore(this.tl.tokens[j].at))) return sameSpanOf({ start: p.from, end: p.to }, this.frame);
    // "số có mặt đến thời điểm báo cáo là 43 người": the report's own time, inside its period, is the report period
    // (a date written out, "Đến hết ngày 17/12/2021", keeps its day even when the report is dated that day).
    const { periodStart, periodEnd, reportDate } = this.frame;
    if (p.kind === 'point' && REPORT_TIME.test(p.raw) && periodStart !== '' && reportDate >= periodStart && reportDate <= periodEnd) return { start: periodStart, end: periodEnd };
    // "5 kế hoạch hằng năm đề ra 118 nhiệm vụ, tới hết năm 2015 đã xong 111 nhiệm vụ" in a 2011–2015 summary: the last
    // year reached is the end of the report's span (a cut-off there), not that year's own figure.
    if (p.kind === 'year' && p.to === periodEnd && p.from > periodStart && UNTIL_END_OF.test(before)) return { start: p.to, end: p.to };
    return isScope(p) ? { start: p.from, end: p.to } : null;
  }

  /**
   * "Lũy kế 6 tháng đầu năm (từ ngày 15/12/2022 đến ngày 14/6/2023), …" in a second quarter's report: a named span
   * other than the report's own restated right after it by a window between two dates in brackets ("(số liệu từ …
   * đến …)" too) counts on that window.
   */
  private bracketedWindow(j: number): Period | null {
    const { tokens } = this.tl;
    const named = tokens[j].placeholder?.period;
    // "Kết quả quý IV (số liệu từ ngày 15/9 đến ngày 14/12/2025)" in the fourth quarter's report: the report's own span stays its period.
    if (tokens[j + 1]?.text !== '(' || (named?.from === this.frame.periodStart && named?.to === this.frame.periodEnd)) return null;
    // Not a comparison's span ("(cùng kỳ từ … đến …)").
    for (let i = j + 2; i < Math.min(tokens.length, j + 6) && tokens[i].text !== ')' && !isFigure(tokens[i]) && !/^(?:so|cùng)$/iu.test(tokens[i].text); i++) {
      const p = tokens[i].placeholder?.period;
      if (p?.kind === 'range' && p.from < p.to && BETWEEN_DATES.test(p.raw) && tokens[i + 1]?.text === ')') return { start: p.from, end: p.to };
    }
    return null;
  }

  /**
   * The span a plan is named by, in the clause before a count of that plan, when the count is that span's:
   * "Kế hoạch năm 2012 có 16 nhiệm vụ, năm 2013 có 20 nhiệm vụ" in a report on 2011–2015 (a year inside the
   * report's period), "Kế hoạch CCHC 6 tháng cuối năm 2025 gồm 18 nhiệm vụ" in a third-quarter report or "Kế hoạch
   * … từ ngày 01/7/2025 đến ngày 31/12/2025, gồm 21 nhiệm vụ" in a nine-month one (a part of a year that starts by
   * the report period's end and runs to it or past it). A whole year that holds it is the report period's plan
   * ("Kế hoạch CCHC năm 2024 …" in a half-year report). What was done of the plan, stated after its count
   * ("…, gồm 20 nhiệm vụ; đến nay đã hoàn thành 8 nhiệm vụ, đạt 40%"), reads back past that count to its name.
   */
  private planSpan(k: number, indicator: string): Period | null {
    const { periodStart, periodEnd } = this.frame;
    if (!indicatorOf(indicator).plan_progress || periodStart === '') return null;
    const progress = indicator !== PLAN_TASKS;
    for (let j = k - 1; j >= 0 && (progress || (!isFigure(this.tl.tokens[j]) && this.tl.tokens[j].text !== ';')); j--) {
      const p = this.tl.tokens[j].placeholder?.period;
      // A date the plan was issued on ("Kế hoạch … ngày 10/01/2025 …") names no span, nor "giai đoạn 2021-2025" a year's.
      // Besides a name's period, a range stated from day to day ("về CCHC từ ngày 01/7/2025 đến ngày 31/12/2025").
      if (!p || p.from === '' || p.kind === 'day' || p.kind === 'point' || (this.scopeAt(j) !== null && p.kind !== 'range')) continue;
      // "Kế hoạch CCHC giai đoạn 2021-2025 với 45 nhiệm vụ" in a shorter report: the plan's count is its span's (what
      // was done of it so far is the report period's).
      if (p.from.slice(0, 4) !== p.to.slice(0, 4)) {
        if (!progress && p.from <= periodStart && p.to >= periodEnd && !(p.from === periodStart && p.to === periodEnd)) return { start: p.from, end: p.to };
        continue;
      }
      const wholeYear = p.from.endsWith('-01-01') && p.to.endsWith('-12-31');
      const report = p.from === periodStart && p.to === periodEnd;
      const yearInside = wholeYear && p.from >= periodStart && p.to <= periodEnd;
      const partOfYearToEnd = !wholeYear && p.from <= periodEnd && p.to >= periodEnd;
      return !report && (yearInside || partOfYearToEnd) ? { start: p.from, end: p.to } : null;
    }
    return null;
  }

  /** A point in time ("tính đến 31/3/2025", "đến thời điểm 01/7/2025"). */
  private isPoint(j: number): boolean {
    const p = this.scopeAt(j);
    return p !== null && p.start === p.end;
  }

  /**
   * A period that scopes what follows it: at the start of its clause ("Trong
   * quý 3/2025, …"), labelling it ("Năm 2022: …"), or (in its own clause) a
   * point in time anywhere before ("Tổng cán bộ đến thời điểm 01/7/2025 … có 42 người").
   */
  private isLead(i: number, clauseStart: number, points: boolean): boolean {
    return this.scopeAt(i) !== null && (i - clauseStart < LEAD_WORDS || this.tl.tokens[i + 1]?.text === ':' || (points && this.isPoint(i)));
  }

  /**
   * "…: Quý III: nhận 640 hồ sơ, trả đúng hẹn 611 hồ sơ; Quý IV: nhận 702 hồ sơ, trả đúng hẹn 688 hồ sơ", "Trong quý
   * III, …; 9 tháng đã kiểm tra 5 phòng, phát hiện 8 tồn tại": a period leading a clause after ';' (at its head, a
   * label's ':' or not) is the period of every figure of that clause, as a sentence's lead is of the sentence's.
   */
  private leadsClause(j: number, clauseStart: number): boolean {
    return clauseStart > 0 && j - clauseStart < LEAD_WORDS && this.scopeAt(j) !== null;
  }

  /** The token after the '(' still open at token k (back to `from`), else `from`. */
  private openParenthesis(k: number, from: number): number {
    let closed = 0;
    for (let j = k - 1; j >= from; j--) {
      const t = this.tl.tokens[j].text;
      if (t === ')') closed++;
      else if (t === '(' && closed-- === 0) return j + 1;
    }
    return from;
  }

  /** "xuống 57", "xuống còn 57", "lên 81%": the number a change came to. */
  private laterState(k: number): boolean {
    const word = (j: number) => this.tl.tokens[j]?.text.toLowerCase() ?? '';
    return word(k - 1) === 'xuống' || word(k - 1) === 'lên' || (word(k - 1) === 'còn' && word(k - 2) === 'xuống');
  }

  /** "so với tháng 2/2024, khi Trung tâm chỉ tiếp nhận 6.300 hồ sơ": a "khi" clause right after a period happens in it. */
  private isWhen(j: number): boolean {
    const { tokens } = this.tl;
    return this.scopeAt(j) !== null && tokens[j + 1]?.text === ',' && tokens[j + 2]?.text.toLowerCase() === 'khi';
  }

  /**
   * A period in the match or right before the number ("Năm 2022: 82"), right
   * after it ("543 (tính đến 14/9/2025)"), leading its clause, else the
   * sentence's lead, else the one carried from a lead-in sentence.
   */
  periodAt(k: number, from: number): Period | null {
    const period = this.statedPeriodAt(k, from);
    return period && period.start === period.end ? this.changeSince(k, period) : period;
  }

  /**
   * "đến 01/7/2025 có 42 người; đến 01/9/2025 còn 34 người (giảm 08 người)":
   * a change read at a point, after an earlier point of the sentence, spans
   * from that point to this one.
   */
  private changeSince(k: number, at: Period): Period {
    if (!this.changeWords.test(this.tl.line.slice(this.tl.tokens[Math.max(0, k - 3)].at, this.tl.tokens[k].at))) return at;
    const earlier = this.tl.tokens
      .map((_, j) => (j < k && this.isPoint(j) ? this.scopeAt(j)! : null))
      .filter((p): p is Period => p !== null && p.start < at.start);
    return earlier.length > 0 ? { start: earlier[0].start, end: at.end } : at;
  }

  private statedPeriodAt(k: number, from: number): Period | null {
    const { tokens } = this.tl;
    // The share of the count right before it is that count's: "So với cùng kỳ năm 2023, khi phường có 2.140 hồ sơ
    // trực tuyến, đạt 58,6%, …" is 2023's rate, as the count is.
    const counted = this.shareOf(k);
    if (counted >= 0) return this.statedPeriodAt(counted, counted);
    // A period right before the match heads the statement it reads when it opens a clause ("…: năm 2020 đạt 82,41
    // điểm") or the match reads another figure on the way ("… cho biết năm 2024 Chỉ số CCHC của quận đạt 90,12 điểm,
    // xếp thứ 2/8"): it scopes every figure of it, the rank after the score too. Not a year that ends a plan's name
    // before the match ("Kế hoạch số 21/KH-UBND … về cải cách hành chính năm 2024 với 48 nhiệm vụ").
    const opensClause = from === 1 || /^[,:;]$/u.test(tokens[from - 2]?.text ?? '');
    const head = opensClause || tokens.slice(from, k).some(isFigure) ? from - 1 : from;
    // "tăng từ 12,5% năm 2022 lên 61% năm 2025": the later state's own period follows it; what stands before is the former's.
    const later = this.isLaterState(k) || this.isNextItem(k);
    for (let j = k - 1; !later && j >= 0 && (j >= head || wordsBetween(this.tl, j, k) === 0); j--) {
      // "… qua bưu điện 280 hồ sơ (tháng trước mới có 34 hồ sơ), nộp trực tuyến 96 hồ sơ": an aside closed before the number, with a
      // figure of its own, states its own period, not this number's.
      if (tokens[j].text === ')') {
        const open = this.openParenthesis(j, 0) - 1;
        if (open >= 0 && this.asideWithFigure(open)) {
          j = open;
          continue;
        }
      }
      // A figure the match itself reads on the way ("Chỉ số CCHC năm 2019 … đạt 78,26 điểm, xếp thứ 9/14") is one statement with it.
      if (isFigure(tokens[j]) && j < from) break;
      if (isFigure(tokens[j])) continue;
      const p = this.scopeAt(j);
      if (p) return p;
    }
    // Only a count has its own noun words after it: a share's are what it is a share of ("41,2% dự toán huyện giao năm 2024").
    const nounAfter = tokens[k].placeholder?.letter === 'N' ? NOUN_AFTER : 0;
    for (let j = k + 1; j <= k + AFTER + nounAfter && j < tokens.length; j++) {
      const t = tokens[j];
      if (isFigure(t) || t.text === ';' || t.text === ',' || t.text === '.') break;
      // Past AFTER tokens, only a period that ends the figure's own noun ("giao 78 biên chế công chức năm 2023"),
      // not one a comparison or another relation brings in ("120 hồ sơ trực tuyến so với năm 2023").
      if (j > k + AFTER && !tokens.slice(k + 1, j).every((w) => /^[\p{L}\p{M}]+$/u.test(w.text) && !NOT_NOUN_WORDS.has(w.text.toLowerCase()))) break;
      // "1.250 hồ sơ (quý I: 300; quý II: 320)": a period that leads a breakdown item is that item's, not the total's,
      // and one that leads an aside with its own figure ("(năm 2022 tiếp nhận 1.100 hồ sơ)") is that aside's.
      if (this.itemAt(j) || this.asideWithFigure(j)) break;
      const p = this.scopeAt(j);
      // Past AFTER tokens only a whole year, as a quota's or a plan's ("… biên chế công chức năm 2023"), not a month
      // something is due in ("04 nhiệm vụ thực hiện vào tháng 12").
      if (p && (j <= k + AFTER || (p.start.endsWith('-01-01') && p.end.endsWith('-12-31') && p.start.slice(0, 4) === p.end.slice(0, 4)))) return p;
    }
    let clauseStart = k;
    while (clauseStart > 0 && tokens[clauseStart - 1].text !== ';') clauseStart--;
    clauseStart = Math.max(clauseStart, this.clauseOf(k));
    // A parenthesis still open at the number that leads with its own period is a clause of its own: "… so với
    // tháng trước (tháng 2/2024 huyện tiếp nhận 1.800 hồ sơ)"; one without ("(tăng 300 hồ sơ)") reads the clause's.
    const parenthesis = this.openParenthesis(k, clauseStart);
    for (let j = parenthesis; parenthesis > clauseStart && j < k && !isFigure(tokens[j]); j++) {
      if (this.isLead(j, parenthesis, false)) return this.scopeAt(j);
    }
    // A parenthesis right after a period speaks of that period: "so với tháng 8/2024 (khi mới nhận 1.900 hồ sơ)";
    // not the state it came to: "giảm 4 đơn vị so với năm 2020 (từ 61 xuống còn 57 đơn vị)" (57 is now).
    const before = parenthesis > clauseStart ? this.scopeAt(parenthesis - 2) : null;
    if (before && tokens[parenthesis - 1]?.text === '(' && !this.laterState(k)) return before;
    // Past another figure, only a point in time still holds ("đến thời điểm 01/7/2025 … (Hợp đồng 3604) … có 42 người").
    // So does the span of the one statement the figure continues after a comma ("… được giao năm 2020 là 104 biên
    // chế, có mặt 99 người"), as long as the continuation is a few words without a subject or period of its own.
    let crossed = false;
    let continues = false;
    for (let j = k - 1; j >= clauseStart; j--) {
      if (isFigure(tokens[j])) {
        continues = !crossed && this.continuesStatement(j, k);
        crossed = true;
      } else if (crossed ? this.isPoint(j) || (continues && this.scopeAt(j) !== null) || this.leadsClause(j, clauseStart) : this.isLead(j, clauseStart, true) || this.isWhen(j)) {
        return this.scopeAt(j);
      }
    }
    // "Tính đến ngày 30/11/2023, xã có 118 thủ tục; trong năm đề xuất đơn giản hóa 9 thủ tục": a later clause opened
    // by "trong năm" / "trong kỳ" is back in the period the tree gives the sentence (the report's, else its section's),
    // not at the sentence's own cut-off.
    if (clauseStart > 0 && IN_THE_PERIOD.test(`${tokens[clauseStart]?.text ?? ''} ${tokens[clauseStart + 1]?.text ?? ''}`)) {
      return this.frame.scopeAt?.(this.offset).period ?? null;
    }
    return this.lead ?? this.carried ?? this.inherited;
  }

  /** The count whose share the percentage at k states ("2.140 hồ sơ trực tuyến, đạt 58,6%"), else -1. */
  private shareOf(k: number): number {
    const { tokens } = this.tl;
    if (tokens[k].placeholder?.letter !== 'P') return -1;
    let comma = k - 1;
    while (comma >= 0 && SHARE_WORDS.has(tokens[comma].text.toLowerCase())) comma--;
    if (comma === k - 1 || tokens[comma]?.text !== ',') return -1;
    let f = comma - 1;
    while (f >= 0 && comma - f <= SHARE_NOUN_WORDS && !tokens[f].placeholder && /[\p{L}]/u.test(tokens[f].text)) f--;
    const count = tokens[f];
    if (f < 0 || f === comma - 1 || !count?.placeholder?.number || count.placeholder.letter === 'P') return -1;
    return this.cues.some((c) => c.last > f && c.first < k) ? -1 : f;
  }

  /**
   * Whether the figure at k only continues the statement of the figure at f after a comma: "104 biên chế, có mặt
   * 99": a few words, no level cue, no period, no other figure between them.
   */
  private continuesStatement(f: number, k: number): boolean {
    const between = this.tl.tokens.slice(f + 1, k);
    const comma = between.findIndex((t) => t.text === ',');
    if (comma < 0 || comma > CONTINUED_UNIT_WORDS || between.length - comma - 1 > CONTINUED_WORDS) return false;
    if (between.some((t) => t.placeholder || /^[;:()]$/u.test(t.text))) return false;
    return !this.cues.some((c) => c.last > f && c.first < k);
  }

  private normalise(p: Period | null, indicator: string): Period {
    const { periodStart, periodEnd, reportDate } = this.frame;
    if (!p || (p.start === periodStart && p.end === periodEnd)) return { start: '', end: '' };
    // The period's plan counted at a cut-off inside the period (or up to the report's date) is the period's.
    const cutOff = periodStart !== '' && p.start === p.end && p.start >= periodStart && p.end <= (reportDate > periodEnd ? reportDate : periodEnd);
    if (cutOff && indicatorOf(indicator).plan_progress) return { start: '', end: '' };
    // Dossiers counted "đến hết quý I" (or pending "đến ngày 30/6/2023") in a report whose period ends then are the
    // period's: what was received or resolved up to its end, what is pending at its end.
    if (p.start === p.end && p.end === periodEnd && indicator.startsWith(DOSSIER)) return { start: '', end: '' };
    const holdsPeriod = periodStart !== '' && p.start < p.end && p.start <= periodStart && p.end >= periodEnd;
    if (holdsPeriod && indicatorOf(indicator).state) return { start: '', end: '' };
    return p;
  }

  mention(rule: Pick<CompiledRule, 'id' | 'specificity'>, indicator: string, k: number, value: number, level: Level, period: Period | null): Mention | null {
    const t = this.tl.tokens[k];
    const n = t.placeholder!.number!;
    if (!Number.isFinite(value)) return null;
    if (this.frame.department && ADVISED_PROVINCE.test(this.tl.line.slice(Math.max(0, t.at - 80), t.at))) return null;
    if (indicatorOf(indicator).actor_level) level = this.levelReader.actorLevelAt(k);
    return {
      indicator,
      value,
      unit: indicatorOf(indicator).unit,
      level: level === 'commune' && this.frame.unitLevel === 'commune' ? '' : level,
      period: this.normalise(period, indicator),
      qualifier: n.qualifier,
      place: this.flow.place(this.offset + t.start, this.offset + t.end),
      evidence: evidenceOf(this.text, t.start),
      rule: rule.id,
      source: this.source,
      specificity: rule.specificity,
    };
  }

  /**
   * A breakdown item starting at token j: a level cue or a period, then
   * optionally ':'/"là"/"có" and a unit word, then a number ("cấp xã 113",
   * "UBND cấp xã: Thủ tục 159", "Năm 2022: 82", "cấp xã là 113").
   */
  itemAt(j: number): BreakdownItem | null {
    const { tokens } = this.tl;
    const cue = this.cues.find((c) => c.first === j);
    // "…; chuyển sang năm 2012 là 65 hồ sơ": where dossiers went, not a breakdown item of the year.
    const carriedTo = /^(?:sang|qua)$/iu.test(tokens[j - 1]?.text ?? '') && /^chuyển$/iu.test(tokens[j - 2]?.text ?? '');
    let period = carriedTo ? undefined : (this.scopeAt(j) ?? undefined);
    if (!cue && !period) return null;
    let k = cue ? cue.last + 1 : j + 1;
    // "năm 2023 và năm 2024 cùng là 92": one item for the periods joined (the others: sharedPeriods).
    if (!cue && period) {
      let last = j;
      while (JOINS.has(tokens[last + 1]?.text.toLowerCase()) && this.scopeAt(last + 2)) last += 2;
      if (last > j && SHARED.has(tokens[last + 1]?.text.toLowerCase())) {
        period = this.scopeAt(last) ?? period;
        k = last + 2;
      }
    }
    if (LINKS.has(tokens[k]?.text.toLowerCase())) k++;
    const unit = tokens[k] ? this.unitWords.exec(this.tl.line.slice(tokens[k].at)) : null;
    if (unit) k = tokenAt(this.tl, tokens[k].at + unit[0].length);
    if (!isFigure(tokens[k]) || this.countsSubject(k)) return null;
    return { k, level: cue?.level, period };
  }

  /** "- Cấp xã: 14 xã, thị trấn tiếp nhận …": the number counts the communes that act, it is no item's value. */
  private countsSubject(k: number): boolean {
    const next = this.tl.tokens[k + 1];
    return next !== undefined && [...this.tl.line.matchAll(this.communeCounted)].some((m) => m.index === next.at);
  }

  /** "…, trong đó: UBND huyện 260 hồ sơ; UBND cấp xã 8.366 hồ sơ", "Năm 2021: 5; năm 2022: 7". */
  private breakdown(k: number, indicator: string, level: Level, period: Period | null, rule: CompiledRule): Array<{ k: number; mention: Mention; shared?: boolean }> {
    const { tokens } = this.tl;
    const letter = tokens[k].placeholder!.letter;
    const out: Array<{ k: number; mention: Mention; shared?: boolean }> = [];
    // "đạt 86,1% ở cấp huyện và 79,4% ở cấp xã": a head whose level follows it lists items so too.
    const headCue = this.levelCueAfter(k);
    let j = (headCue?.last ?? k) + 1;
    let slack = 4; // words between items ("hồ sơ", "trong đó"); punctuation is free
    let depth = 0; // parentheses opened since the number
    while (j < tokens.length) {
      // "1.900 hồ sơ (kỳ trước 40; mới tiếp nhận 1.860 hồ sơ), trong đó cấp xã 1.500": the parenthesis the number stood in
      // closes, and what follows breaks down the whole before it.
      if (tokens[j].text === '(') depth++;
      if (tokens[j].text === ')' && depth-- === 0) break;
      const item: BreakdownItem | null = this.itemAt(j) ?? this.partAt(j, rule) ?? (headCue ? this.postposedItemAt(j) : null);
      // "23.456 hồ sơ TTHC, trong đó cấp huyện 4.321": "trong đó" announces the items, it costs no slack.
      if (!item && tokens[j].text.toLowerCase() === 'trong' && tokens[j + 1]?.text.toLowerCase() === 'đó') {
        j += 2;
        continue;
      }
      // "… là 72 biên chế; có mặt đến ngày 15/11/2023 là 69 công chức": a clause after ';' that opens with words of its
      // own, not an item ("…; năm 2022: 7"), "trong đó" or one word before an item ("…; riêng cấp xã đạt 78,1%"), states
      // something else.
      const opensItem = (at: number) => (this.itemAt(at) ?? this.partAt(at, rule)) !== null;
      if (!item && tokens[j - 1]?.text === ';' && /[\p{L}\p{N}]/u.test(tokens[j].text) && !opensItem(j + 1)) break;
      if (!item) {
        const word = /[\p{L}\p{N}]/u.test(tokens[j].text);
        const aside = word && slack === 0 ? this.breakdownAsideFrom(j) : -1;
        if (aside >= 0) {
          j = aside;
          continue;
        }
        if (tokens[j].placeholder || (word && slack === 0)) break;
        if (word) slack--;
        j++;
        continue;
      }
      if (tokens[item.k].placeholder!.letter !== letter || this.isTarget(item.k)) break;
      const value = tokens[item.k].placeholder!.number!.value;
      const m = item.indicator
        ? this.mention({ id: rule.id, specificity: rule.specificity + PART_BONUS }, item.indicator, item.k, value, level, period)
        : this.mention(rule, indicator, item.k, value, item.level ?? level, item.period ?? period);
      if (m) out.push({ k: item.k, mention: m });
      for (const shared of m && item.period ? this.sharedPeriods(item.k) : []) {
        const also = this.mention(rule, indicator, item.k, value, item.level ?? level, shared);
        if (also) out.push({ k: item.k, mention: also, shared: true });
      }
      slack = 4;
      j = item.k + 1;
    }
    return out;
  }

  /**
   * The level the number at token k is placed at right after it ("86,1% ở cấp huyện"); without "ở"/"tại" a level
   * word after a number is what it counts ("03 UBND huyện").
   */
  private levelCueAfter(k: number): Cue | undefined {
    if (!/^(?:ở|tại)$/iu.test(this.tl.tokens[k + 1]?.text ?? '')) return undefined;
    return this.cues.find((c) => c.first === k + 2 && !c.counted);
  }

  /** A breakdown item whose level follows its number ("… và 79,4% ở cấp xã"). */
  private postposedItemAt(j: number): BreakdownItem | null {
    if (!isFigure(this.tl.tokens[j])) return null;
    const cue = this.levelCueAfter(j);
    return cue ? { k: j, level: cue.level } : null;
  }

  /**
   * "… giao 2.150 biên chế cho các cơ quan hành chính (cấp tỉnh 1.320, cấp huyện 830)": past the words that name what
   * the head counts, a bracket that opens with a level or period item breaks the head down (named parts there are
   * other rules' reading). The token after that bracket, or -1 when another figure or clause comes first.
   */
  private breakdownAsideFrom(j: number): number {
    const { tokens } = this.tl;
    for (let n = j; n < tokens.length && n < j + ASIDE_WORDS; n++) {
      if (tokens[n].placeholder || /^[;.)]$/u.test(tokens[n].text)) return -1;
      if (tokens[n].text === '(') {
        // "… 300 văn bản chỉ đạo, điều hành (giai đoạn 2011 - 2015: 120 văn bản; …)": an item by level or by period.
        const item = this.itemAt(n + 1);
        return item?.level || item?.period ? n + 1 : -1;
      }
    }
    return -1;
  }

  /** A part named by the rule ("…, trong đó: trong hạn 340 hồ sơ; quá hạn 5 hồ sơ"): phrase, optional ':', number. */
  private partAt(j: number, rule: CompiledRule): BreakdownItem | null {
    const { tokens, line } = this.tl;
    for (const part of rule.parts) {
      if (part.require && !part.require.test(line)) continue;
      if (part.notAfter?.test(line.slice(0, tokens[j].at))) continue;
      const m = part.phrase.exec(line.slice(tokens[j].at));
      if (!m) continue;
      let k = tokenAt(this.tl, tokens[j].at + m[0].length);
      if (LINKS.has(tokens[k]?.text.toLowerCase())) k++;
      if (isFigure(tokens[k])) return { k, indicator: part.indicator };
    }
    return null;
  }

  /**
   * "…; tỷ lệ thanh toán trực tuyến chung toàn huyện đạt 42,7%", "tỷ lệ … của thị xã đạt 58,3%": the clause
   * of the figure at `place` names the reporting unit as a whole (and no level), so no level a heading or
   * an opener gives applies to it.
   */
  namesOwnWhole(place: Place): boolean {
    const own = this.frame.unitLevel ? OWN_WHOLE[this.frame.unitLevel] : undefined;
    const { tokens } = this.tl;
    const k = tokens.findIndex((t, i) => isFigure(t) && this.placeOf(i).page === place.page && this.placeOf(i).start === place.start);
    if (!own || k < 0) return false;
    let start = k;
    while (start > 0 && tokens[start - 1].text !== ';') start--;
    if (this.cues.some((c) => c.first >= start && c.last < k)) return false;
    return own.test(this.text.slice(tokens[start].start, tokens[k].start));
  }

  /**
   * A share the sentence restates for another period, of the share read before it: "… đạt 58,3%, tăng 9,1 điểm so
   * với cùng kỳ năm 2023 (49,2%)" (in brackets right after that period), "… đạt 42,6%, trong khi năm 2022 chỉ đạt
   * 27,3%" (a "trong khi" clause led by that period), or "Năm 2021, tỷ lệ này là 97,96%" (the share a sentence
   * shortly before read). `read` are the sentence's mentions, `before` that earlier share. A share already read is left alone.
   */
  restatedShares(read: readonly Mention[], before: readonly Mention[]): Mention[] {
    const { tokens } = this.tl;
    const out: Mention[] = [];
    const taken = new Set(read.map((m) => `${m.place.page}:${m.place.start}`));
    const isShare = (m: Mention) => m.unit === 'percent' && m.indicator !== '';
    tokens.forEach((t, k) => {
      if (t.placeholder?.number?.kind !== 'percent') return;
      const at = this.placeOf(k);
      if (taken.has(`${at.page}:${at.start}`)) return;
      const earlier = read.filter((m) => isShare(m) && (m.place.page < at.page || (m.place.page === at.page && m.place.start < at.start))).at(-1);
      let period: Period | null = null;
      let of = earlier;
      if (earlier && tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')') period = this.scopeAt(k - 2);
      else if (earlier) {
        let since = k - 1;
        while (since >= 0 && !(tokens[since].text.toLowerCase() === 'trong' && tokens[since + 1]?.text.toLowerCase() === 'khi')) since--;
        const lead = since < 0 ? -1 : tokens.slice(since + 2, k).findIndex((_, j) => this.scopeAt(since + 2 + j) !== null);
        if (since >= 0 && lead >= 0 && lead < LEAD_WORDS && !tokens.slice(since + 2, k).some(isFigure)) period = this.scopeAt(since + 2 + lead);
      } else if (THIS_SHARE.test(this.tl.line.slice(0, t.at)) && !tokens.slice(0, k).some(isFigure)) {
        of = before.filter(isShare).at(-1);
        period = this.lead;
      }
      if (!of || !period) return;
      const m = this.mention({ id: 'restated.share', specificity: 1 }, of.indicator, k, t.placeholder.number.value, of.level, period);
      if (m && m.period.start !== of.period.start) out.push(m);
    });
    return out;
  }

  /**
   * The value a comparison states for its baseline, read as the figure compared in that period: "nhận 920 hồ
   * sơ, tăng 105 hồ sơ so với tháng 5/2024 (815 hồ sơ)" (in brackets right after the baseline), "… nộp trực tuyến
   * 2.340 hồ sơ, chiếm 31,5% (cùng kỳ năm trước là 910 hồ sơ, chiếm 12,4%)" (a bracket the baseline opens: each
   * figure of it), "ra 12 văn bản, so với cùng kỳ năm trước là 9 văn bản" ("là" or ":" after the baseline).
   * Each takes the key and level of the last named figure of its kind (count, share, money) before the comparison
   * outside brackets; a change in it ("(tăng 300 hồ sơ)") stays a difference. `read` are the sentence's mentions:
   * one already named is left alone, an unnamed one is replaced.
   */
  comparedValues(read: readonly Mention[]): Mention[] {
    const { tokens } = this.tl;
    const key = (p: Place) => `${p.page}:${p.start}`;
    const named = new Map(read.filter((m) => m.indicator !== '').map((m) => [key(m.place), m]));
    const depth: number[] = [];
    tokens.forEach((t, i) => {
      depth[i] = (depth[i - 1] ?? 0) + (tokens[i - 1]?.text === '(' ? 1 : 0) - (t.text === ')' ? 1 : 0);
    });
    const out: Mention[] = [];
    tokens.forEach((_, j) => {
      const period = this.scopeAt(j);
      if (!period || !BASELINE_BEFORE.test(this.wordsBefore(tokens[j].at))) return;
      const opened = this.openParenthesis(j, 0);
      const inBracket = opened > 0 && j - opened < BASELINE_LEAD;
      let figures: number[] = [];
      if (tokens[j + 1]?.text === '(' || inBracket) {
        const from = inBracket ? j + 1 : j + 2;
        const level = depth[from];
        for (let k = from; k < tokens.length && depth[k] >= level && tokens[k].text !== ')'; k++) if (isFigure(tokens[k])) figures.push(k);
      } else if (/^(?:là|:)$/iu.test(tokens[j + 1]?.text ?? '') && isFigure(tokens[j + 2])) figures = [j + 2];
      const before = inBracket ? opened - 1 : j;
      for (const k of figures) {
        const kind = tokens[k].placeholder?.number?.kind;
        if (named.has(key(this.placeOf(k))) || this.isDifference(k) || !kind) continue;
        let of: Mention | undefined;
        for (let i = before - 1; i >= 0 && !of; i--) {
          const m = depth[i] === 0 && isFigure(tokens[i]) ? named.get(key(this.placeOf(i))) : undefined;
          if (m && tokens[i].placeholder?.number?.kind === kind) of = m;
        }
        if (!of) continue;
        const m = this.mention({ id: 'compared.value', specificity: 1 }, of.indicator, k, tokens[k].placeholder!.number!.value, of.level, period);
        if (m && m.period.start !== of.period.start) out.push(m);
      }
    });
    return out;
  }

  /** Whether the figure at `place` is another body's by the words of its own clause (see ReadingFrame.otherBodyAt). */
  ownedByOther(place: Place): boolean {
    const k = this.tl.tokens.findIndex((t, i) => isFigure(t) && this.placeOf(i).page === place.page && this.placeOf(i).start === place.start);
    return k >= 0 && this.otherBodyAt(k);
  }

  /** Whether the figure at token k is another body's by the words of its own clause. */
  otherBodyAt(k: number): boolean {
    return this.frame.otherBodyAt?.(this.text, this.tl.tokens[k].start) ?? false;
  }

  /** Where token k is in the source. */
  placeOf(k: number): Place {
    const t = this.tl.tokens[k];
    return this.flow.place(this.offset + t.start, this.offset + t.end);
  }

  /**
   * What the words before the first figure say: the first period that leads
   * a clause ("Trong quý II, …", "Riêng cấp xã, trong quý II …", "+ Năm 2023:
   * …"), or any period of a heading ("II. KẾT QUẢ NĂM 2023"), and the first
   * level cue. A document tree reads its nodes' openers so.
   */
  opening(heading: boolean): Opening {
    const { tokens } = this.tl;
    const firstFigure = tokens.findIndex((t) => isFigure(t));
    const before = firstFigure < 0 ? tokens.length : firstFigure;
    let period: Period | null = null;
    let clauseStart = this.markerEnd;
    let found = -1;
    for (let j = 0; j < before && !period; j++) {
      if (j === this.bodyStart) clauseStart = j;
      // "bà B cho biết năm 2023 thị xã được giao …": what was said opens a clause, as after a comma.
      if (/^[,:;]$/u.test(tokens[j].text) || this.reportedSpeech.test(this.wordsBefore(tokens[j + 1]?.at ?? this.tl.line.length))) clauseStart = j + 1;
      else if (heading || this.isLead(j, clauseStart, false)) [period, found] = [this.scopeAt(j), j];
    }
    // "Hồ sơ trễ hạn thuộc lĩnh vực đất đai, phát sinh trong tháng 8 khi …; Bộ phận một cửa đã gửi 9 thư xin lỗi": a
    // period leading a later clause (after a comma) of words that a ';' ends before the first figure says when that
    // clause happened, not what the figures after the ';' count (a period at the sentence's head still does).
    if (period && !heading && tokens[clauseStart - 1]?.text === ',' && tokens.slice(found, before).some((t) => t.text === ';')) period = null;
    const cue = this.cues.find((c) => c.last < before);
    const cueText = cue ? this.text.slice(tokens[cue.first].start, tokens[cue.last].end) : '';
    const words = before < tokens.length ? this.tl.line.slice(0, tokens[before].at) : this.tl.line;
    return {
      period,
      level: cue?.level ?? '',
      cue: cueText,
      cueAt: cue ? tokens.slice(0, cue.first).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length : -1,
      cueLabels: cue !== undefined && /^[,:]$/u.test(tokens[this.pastAside(cue.last + 1)]?.text ?? ''),
      figure: firstFigure >= 0,
      words,
      text: this.text.slice(0, before < tokens.length ? tokens[before].start : this.text.length),
    };
  }

  /** Past a parenthesis that opens at token j ("Cấp huyện (Bộ phận Một cửa thành phố): …"), else j. */
  private pastAside(j: number): number {
    const { tokens } = this.tl;
    if (tokens[j]?.text !== '(') return j;
    for (let n = j + 1; n < tokens.length && !isFigure(tokens[n]); n++) if (tokens[n].text === ')') return n + 1;
    return j;
  }

  /** A line that only names a level ("- Cấp huyện", "Tại cấp xã"): a breakdown row left blank. */
  isBareCue(): boolean {
    const words = this.tl.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text) || t.placeholder);
    return this.cues.length === 1 && words.length <= this.cues[0].last - this.cues[0].first + 2 && !words.some((t) => t.placeholder);
  }

  /** A list item that continues the previous sentence's breakdown ("- Cấp huyện: 135"): its item, if it starts with one. */
  leadingItem(): BreakdownItem | null {
    const start = this.tl.tokens.findIndex((t) => /[\p{L}\p{N}]/u.test(t.text) || t.placeholder !== undefined);
    return start >= 0 ? this.itemAt(start) : null;
  }

  /**
   * The mention `head` would have at token k, as a continued breakdown, then
   * the item's own parts by `rule` (the head's): "+ Cấp thị xã: 1.020 hồ sơ
   * (trực tuyến 610 hồ sơ, trực tiếp 410 hồ sơ)".
   */
  continueBreakdown(head: Mention, item: BreakdownItem, rule: CompiledRule | undefined): Mention[] {
    const n = this.tl.tokens[item.k].placeholder!;
    if ((n.letter === 'P') !== (head.unit === 'percent') && n.letter !== 'N') return [];
    const period = item.period ?? (head.period.start ? head.period : null);
    const m = this.mention({ id: head.rule, specificity: head.specificity }, head.indicator, item.k, n.number!.value, item.level ?? head.level, period);
    if (!m) return [];
    return [m, ...(rule ? this.breakdown(item.k, head.indicator, m.level, period, rule).map((b) => b.mention) : [])];
  }

  isTarget(k: number): boolean {
    return isTargetAt(this.tl, k, this.targetWords);
  }

  /** The reporting unit's level, when known ('' otherwise). */
  get unitLevel(): Level {
    return this.frame.unitLevel ?? '';
  }

  /**
   * "xếp thứ 12/63 tỉnh, thành phố" in a district's report: the whole a fraction
   * is taken of names units above the reporting unit, so it ranks another body.
   */
  amongHigherUnits(k: number): boolean {
    const next = this.tl.tokens[k + 1];
    if (!next || !this.frame.unitLevel) return false;
    const rest = this.tl.line.slice(next.at).toLocaleLowerCase('vi');
    const word = UNIT_WORDS.map(([w]) => w).find((w) => rest.startsWith(w) && !/^[\p{L}\p{M}]/u.test(rest.slice(w.length)));
    return word !== undefined && isBelow(this.frame.unitLevel, unitLevelOf(word, '').level as Exclude<Level, ''>);
  }

  isDifference(k: number): boolean {
    return isDifferenceAt(this.tl, k, this.changeWords, this.comparisonWords);
  }

  /**
   * "từ 12,5% năm 2022 lên 61% năm 2025", "từ 64 đơn vị năm 2016 xuống còn 55 đơn vị": k is the later state, a former
   * one ("từ" and a figure) a few words before.
   */
  private isLaterState(k: number): boolean {
    const { tokens } = this.tl;
    const still = /^còn$/iu.test(tokens[k - 1]?.text ?? '') ? 1 : 0;
    if (!/^(?:lên|xuống)$/iu.test(tokens[k - 1 - still]?.text ?? '')) return false;
    for (let j = k - 2 - still; j >= Math.max(0, k - 6 - still); j--) if (isFigure(tokens[j])) return /^từ$/iu.test(tokens[j - 1]?.text ?? '');
    return false;
  }

  /**
   * "gồm 31 văn bản trong giai đoạn 2016-2018 và 44 văn bản trong giai đoạn 2019-2020": an item after "và" that
   * states its own period right after it; the period just before "và" ends the item before.
   */
  private isNextItem(k: number): boolean {
    const { tokens } = this.tl;
    if (!/^và$/iu.test(tokens[k - 1]?.text ?? '') || !this.scopeAt(k - 2)) return false;
    for (let j = k + 1; j <= k + AFTER && j < tokens.length; j++) {
      if (isFigure(tokens[j]) || /^[,;.]$/u.test(tokens[j].text)) return false;
      if (this.scopeAt(j)) return true;
    }
    return false;
  }

  isFormerState(k: number): boolean {
    return isFormerStateAt(this.tl, k);
  }

  isProportion(k: number): boolean {
    return isProportionAt(this.tl, k);
  }

  /** The token line around a match, where a rule's context words must (not) be: a run-on sentence holds unrelated text. */
  private contextAround(from: number, to: number): string {
    const { tokens, line } = this.tl;
    const first = tokens[Math.max(0, from - CONTEXT_BEFORE)];
    // After the match, the context ends at ';': "… đúng hạn đạt 99,47%; 16 hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai" is another clause.
    let end = Math.min(tokens.length - 1, to + CONTEXT_AFTER);
    for (let j = to + 1; j <= end; j++) if (tokens[j].text === ';') end = j;
    const last = tokens[end];
    return line.slice(first.at, last.at + last.text.length + 1);
  }

  /** The clause of a match: back to the previous figure, ',' or ';', on to the first punctuation after it. */
  private clauseAround(from: number, to: number): string {
    const { tokens, line } = this.tl;
    const label = (t: LineToken | undefined) => t !== undefined && !t.placeholder && /^\d+$/u.test(t.text);
    // A comma inside a list of labels ("mức độ 3, 4") does not end the clause.
    const stops = (i: number) => isFigure(tokens[i]) || tokens[i].text === ';' || (tokens[i].text === ',' && !(label(tokens[i - 1]) && label(tokens[i + 1])));
    let first = from;
    while (first > 0 && !stops(first - 1)) first--;
    let last = to;
    while (last + 1 < tokens.length && /[\p{L}\p{N}]/u.test(tokens[last + 1].text) && !isFigure(tokens[last + 1])) last++;
    return line.slice(tokens[first].at, tokens[last + 1]?.at ?? line.length);
  }

  /** The candidates of the rule's `patterns` (those prefilter.ts found the sentence can match). */
  read(rule: CompiledRule, patterns: readonly CompiledPattern[]): Candidate[] {
    const out: Candidate[] = [];
    for (const pattern of patterns) {
      for (const m of this.tl.line.matchAll(pattern.regex)) {
        const from = tokenAt(this.tl, m.index);
        const context = this.contextAround(from, tokenAt(this.tl, m.index + m[0].length - 1));
        // What a list item requires may be named by its lead-in or an earlier item; what it forbids must be in itself.
        const required = this.listContext ? `${this.listContext} ${context}` : context;
        if (rule.forbid?.test(context) || !rule.require.every((r) => r.test(required))) continue;
        if (!rule.requireInLeadIn.every((r) => r.test(this.leadInLine))) continue;
        if (rule.forbidBelow.some((f) => isBelow(this.frame.unitLevel, f.level) && f.regex.test(context))) continue;
        if (rule.forbidInClause?.test(this.clauseAround(from, tokenAt(this.tl, m.index + m[0].length - 1)))) continue;
        for (const slot of pattern.slots) {
          const k = this.tokenOfPlaceholder.get(Number(m.groups![slot.group]))!;
          const n = this.tl.tokens[k].placeholder!.number!;
          if (this.isTarget(k) || this.isProportion(k) || (!rule.change && this.isDifference(k))) continue;
          const level = (rule.readLevel ? this.levelAt(k, from) : '') || (rule.level ?? '');
          const period = this.periodAt(k, from);
          const parts: Array<[string, string | null, number]> = [
            ['v', slot.target, n.value],
            ['d', slot.denominatorTarget, n.denominator ?? NaN],
          ];
          for (const [part, target, value] of parts) {
            if (target === null) continue;
            // "Kế hoạch … quý IV năm 2026 có 21 nhiệm vụ; đến thời điểm báo cáo, phường đã xong 9": progress counted at
            // the report's own time (read as its period) on a plan named by its own span is that span's, as with no period
            // stated; a dated cut-off ("tính đến ngày 20/11/2026, xong …") keeps the report period (sealed-2, sealed-9).
            const reportTime = period !== null && period.start === this.frame.periodStart && period.end === this.frame.periodEnd;
            const mention = this.mention(rule, target, k, value, level, period === null || reportTime ? this.planSpan(k, target) ?? period : period);
            if (!mention) continue;
            const reach = Math.abs(k - from);
            out.push({ key: `${k}${part}`, mention, reach });
            if (part === 'v' && period) {
              // "năm 2023 và năm 2024 cùng là 92": the same figure for each period joined before it.
              for (const shared of this.sharedPeriods(k)) {
                const also = this.mention(rule, target, k, value, level, shared);
                if (also) out.push({ key: `${k}${part}${shared.start}`, mention: also, reach });
              }
            }
            if (part === 'v') {
              for (const key of rule.also) {
                const also = this.mention(rule, key, k, value, level, period);
                if (also) out.push({ key: `${k}${part}`, mention: also, reach });
              }
            }
            if (part === 'v' && rule.breakdown) {
              for (const b of this.breakdown(k, target, level, period, rule)) {
                out.push({ key: `${b.k}v${b.shared ? b.mention.period.start : ''}`, mention: b.mention, reach });
              }
            }
          }
        }
      }
    }
    return out;
  }
}

/**
 * One number states one figure: keep, for each number, the candidates of the
 * most specific rules, and among those the ones whose match reached it from
 * nearest; one mention per indicator.
 */
function resolve(candidates: Candidate[]): Mention[] {
  const rank = (c: Candidate) => c.mention.specificity * 1000 - Math.min(c.reach, 999);
  const best = new Map<string, number>();
  for (const c of candidates) best.set(c.key, Math.max(best.get(c.key) ?? -Infinity, rank(c)));
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const c of candidates) {
    const id = `${c.key}|${c.mention.indicator}`;
    if (rank(c) < best.get(c.key)! || seen.has(id)) continue;
    seen.add(id);
    out.push(c.mention);
  }
  return out;
}

/** What a text says before its first figure. */
export interface Opening {
  period: Period | null;
  level: Level;
  /** The level cue as written ("cấp xã", "UBND huyện"), '' when none. */
  cue: string;
  /** How many words (the marker's included) stand before the cue. */
  cueAt: number;
  /** The cue labels what follows: ',' or ':' right after it ("Riêng cấp xã, …", "Đối với cấp huyện: …"). */
  cueLabels: boolean;
  /** Whether the text states a figure after these words. */
  figure: boolean;
  /** Those words in match form (the token line), for word-list regexes. */
  words: string;
  /** Those words as written. */
  text: string;
}

/** What the opening words of `text` scope (see SentenceReader.opening). */
export function readOpening(text: string, frame: ReadingFrame, levels: LevelCues, heading: boolean): Opening {
  return new SentenceReader(text, 0, EMPTY_FLOW, frame, 'text', levels, null).opening(heading);
}

/** The flow of a reader that only reads words (no mention is placed). */
const EMPTY_FLOW = new FlowBuilder().build();

/** The tree's scope at a sentence, where the sentence's own opening words do not state another. */
function sentenceScope(frame: ReadingFrame, offset: number, text: string): Scope {
  // A heading line without a figure that a sentence ran into ("b) Kết quả giải quyết hồ sơ⏎Tại cấp xã: …"): the
  // sentence is read where its body starts, in the node (and by the opener) the tree gives that line.
  const newline = text.indexOf('\n');
  if (newline > 0 && SECTION_HEADING.test(text) && !/\d/u.test(text.slice(0, newline).replace(SECTION_HEADING, ''))) {
    const body = newline + 1 + (/^\s*/u.exec(text.slice(newline + 1))?.[0].length ?? 0);
    if (body < text.length) return sentenceScope(frame, offset + body, text.slice(body));
  }
  const inherited = frame.scopeAt?.(offset) ?? {};
  // The opening adds a leading period, a labelling level ("Riêng cấp xã, …") and whose figures they are: a
  // sentence about the unit itself ("Đối với cấp huyện: … UBND huyện Hạ Hòa có 12 phòng") is its own total.
  const own = frame.openingScope?.(text) ?? {};
  // "1.2.1. Đối với cấp huyện: … UBND huyện đã ban hành 5.760 văn bản": the unit itself under a heading of its own level is that level.
  const ownLevel = own.body === 'itself' && !own.level && inherited.level !== undefined && inherited.level === frame.unitLevel;
  return {
    ...inherited,
    ...(own.period ? { period: own.period } : {}),
    ...((own.body || own.level) && !ownLevel ? { body: own.body, level: own.level } : {}),
    ...(own.plan ? { plan: true } : {}),
  };
}

/**
 * A whole earlier year under a lead-in of the same span ("Kết quả cùng kỳ các năm trước:" ⏎ "+ Năm 2010: …"):
 * the report period's span in that year, when the report covers part of one year.
 */
function sameSpanOf(period: Period, { periodStart: start, periodEnd: end }: ReadingFrame): Period {
  const year = /^(\d{4})-01-01$/u.exec(period.start)?.[1];
  if (!year || period.end !== `${year}-12-31` || !start || !end) return period;
  const reportYear = start.slice(0, 4);
  if (end.slice(0, 4) !== reportYear || year === reportYear || (start.endsWith('-01-01') && end.endsWith('-12-31'))) return period;
  return { start: `${year}${start.slice(4)}`, end: `${year}${end.slice(4)}` };
}

/** The one level all these mentions share, or ''. */
function sharedLevel(mentions: Mention[]): Level {
  const levels = new Set(mentions.map((m) => m.level));
  return levels.size === 1 ? mentions[0].level : '';
}

/**
 * A reading run on each sentence after the rules, given what they claimed there and the sentence's scope
 * (number-first reading).
 */
export type SentenceStep = (reader: SentenceReader, claimed: readonly Mention[], scope: Scope) => Mention[];

/** A note's figure of another key that counts what its anchor figure does, in a period of its own. */
function breaksDownAnchor(m: Mention, anchor: Mention): boolean {
  const dated = m.period.start !== '' && (m.period.start !== anchor.period.start || m.period.end !== anchor.period.end);
  return m.indicator !== anchor.indicator && m.unit === anchor.unit && dated;
}

/** Whether the sentence at `at` opens its line (nothing but blanks before it since the last line break). */
function startsLine(text: string, at: number): boolean {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at).trim() === '';
}

/**
 * Run `rules` over a flow. `source` is 'text' for the body, 'footnote' for a footnote's own flow.
 * The frame's `scopeAt` gives the period a sentence that states none is read in (a footnote's: its anchor
 * sentence's). `after` reads each sentence again once the rules have.
 */
export function readMentions(
  flow: Flow, ruleSet: Pick<RuleSet, 'levels'>, rules: readonly CompiledRule[], frame: ReadingFrame, source: MentionSource, after?: SentenceStep,
): Mention[] {
  const out: Mention[] = [];
  let carried: Period | null = null;
  let previous: Mention[] = [];
  // Sentences since the last one that read a share.
  let sinceShare = Infinity;
  let head: Mention | null = null; // the figure a following "- Cấp huyện 135" line breaks down
  let list: string[] = []; // token lines of the current list's lead-in (ending ':') and items so far
  let leadInLine = ''; // the token line of the lead-in that opened the current list
  const spans = splitSentences(flow.text);
  spans.forEach((span, i) => {
    const text = flow.text.slice(span.start, span.end);
    const subset = carried !== null && carried.start === carried.end && SUBSET_OF_COUNTED.test(text.trimStart());
    if (!BULLET.test(text) && !OF_WHICH.test(text) && !subset) carried = null;
    const bullet = BULLET.test(text);
    const scope = sentenceScope(frame, span.start, text);
    const reader = new SentenceReader(
      text, span.start, flow, frame, source, ruleSet.levels, carried, bullet ? list.join(' ') : '', scope.period ?? null, bullet ? leadInLine : '',
    );
    const leadIn = /:\s*$/.test(text);
    if (bullet || OF_WHICH.test(text)) list = leadIn && bullet ? [reader.tl.line] : [...list, reader.tl.line];
    // A later sentence of an item's own line ("+ Quý I: … hồ sơ. Tỷ lệ trực tuyến …") leaves the list open.
    else if (!startsLine(flow.text, span.start)) list = leadIn ? [reader.tl.line] : list;
    else list = leadIn ? [reader.tl.line] : [];
    if (leadIn && (bullet || list.length === 1)) leadInLine = reader.tl.line;
    else if (list.length === 0) leadInLine = '';
    // Another body's figures and a plan's numbers are not the unit's results.
    let mentions = scope.plan || scope.body === 'other' ? [] : resolve(rulesFor(rules, reader.tl).flatMap(({ rule, patterns }) => reader.read(rule, patterns)));
    if (scope.sameSpan) for (const m of mentions) m.period = sameSpanOf(m.period, frame);
    // "… của UBND huyện: 289 TTHC. Trong đó … một cửa: 289 TTHC": the part is at the whole's level.
    // "Bộ phận Một cửa cấp thành phố tiếp nhận … . Đã giải quyết …": a sentence without a subject, in the same
    // paragraph, goes on about the subject of the one before (its level).
    const continues = VERB_OPENED.test(text) && !startsLine(flow.text, span.start);
    const level = (OF_WHICH_START.test(text) ? sharedLevel(previous) : continues ? sharedLevel(previous.filter((m) => m.level !== '')) : '') || scope.level;
    const fills = (m: Mention) => m.level === '' && !reader.namesOwnWhole(m.place);
    if (level) for (const m of mentions) if (fills(m) && !indicatorOf(m.indicator).named_level) m.level = level;
    const item = head ? reader.leadingItem() : null;
    let continued = false;
    if (head && item) {
      const at = reader.placeOf(item.k);
      const claimed = mentions.some((m) => m.place.page === at.page && m.place.start === at.start);
      const rule = rules.find((r) => r.id === head!.rule);
      const items = claimed ? [] : reader.continueBreakdown(head, item, rule);
      // The item's parts outrank rules that read the same numbers alone (as parts do in a sentence).
      const taken = new Set(items.map((m) => `${m.place.page}:${m.place.start}`));
      if (items.length > 0) mentions = [...items, ...mentions.filter((m) => !taken.has(`${m.place.page}:${m.place.start}`))];
      // Only the continuation in this sentence: the next item continues the same list.
      continued = items.length > 0 && mentions.length === items.length;
    }
    // Another body's figure by its own clause ("ba xã cũ cộng lại tiếp nhận …") is left to number-first reading, unplaced.
    mentions = mentions.filter((m) => !reader.ownedByOther(m.place));
    // "… 17 văn bản QPPL¹" ⏎ "¹ Năm 2017 có 05 văn bản, năm 2018 có 09 văn bản": a note's counts of the
    // anchor's kind, each dated, break the anchor down; number-first reading gives them its key, not a rule's other one.
    const anchor = frame.anchorFigure;
    if (anchor) mentions = mentions.filter((m) => !breaksDownAnchor(m, anchor));
    let more = after?.(reader, mentions, scope) ?? [];
    if (level) for (const m of more) if (fills(m) && (m.indicator === '' || !indicatorOf(m.indicator).named_level)) m.level = level;
    // "tỷ lệ này" looks back over the last few sentences for the share it names.
    const shareBack = sinceShare <= SHARE_REACH ? out.filter((m) => m.unit === 'percent' && m.indicator !== '').slice(-1) : [];
    // A comparison's value for its baseline names what the unnamed reading of the same number could not.
    const compared = reader.comparedValues([...mentions, ...more]);
    const replaced = new Set(compared.map((m) => `${m.place.page}:${m.place.start}`));
    more = more.filter((m) => !replaced.has(`${m.place.page}:${m.place.start}`));
    const restated = reader.restatedShares([...mentions, ...more, ...compared], shareBack);
    out.push(...mentions, ...more, ...compared, ...restated);
    sinceShare = [...mentions, ...more, ...restated].some((m) => m.unit === 'percent' && m.indicator !== '') ? 1 : sinceShare + 1;
    if (mentions.length > 0 || !OF_WHICH.test(text)) previous = mentions;
    const last = mentions[mentions.length - 1];
    if (last && !continued && !(mentions.length === 1 && item)) head = last;
    else if (!last && !reader.isBareCue() && !OF_WHICH.test(text)) head = null;
    const next = spans[i + 1] ? flow.text.slice(spans[i + 1].start, spans[i + 1].end) : '';
    if (reader.lead && (/:\s*$/.test(text) || OF_WHICH.test(next))) carried = reader.lead;
    // "Tính đến ngày 30/9/2020, … 287 thủ tục. Trong số thủ tục cấp huyện, 164 …": what was counted at that point, broken down.
    else if (reader.lead && reader.lead.start === reader.lead.end && SUBSET_OF_COUNTED.test(next.trimStart())) carried = reader.lead;
  });
  return out;
}
