/**
 * Number-first reading (rules/README.md, "Number-first reading"): after the
 * template rules have read a sentence, every quantity they left is read from
 * its own cue words. The cues of its clause (back to the previous figure,
 * ';' or '(', and a few words after it) score facet values; a figure it
 * breaks down ("…: 3.390; trong đó, quá hạn: 26", "3.420 (trực tuyến:
 * 2.110 …)") or a sibling figure fills the facets it does not state; the
 * facet combination names a catalogue key (rules/facets.yaml). A quantity
 * whose subject or combination is not clear becomes no figure; when it
 * counts dossiers, procedures or people it is listed with an empty
 * indicator (rule `unplaced`) for a reviewer.
 */
import { indicatorOf } from '../../model/catalogue.js';
import type { Mention, Period } from '../../model/report.js';
import type { Level } from '../../model/schemas.js';
import type { Scope } from '../../structure/tree.js';
import type { AnchorContext } from '../rules/anchor-scope.js';
import { SHARE_WORDS, type SentenceReader, type SentenceStep } from '../rules/run.js';
import type { LineToken } from '../rules/tokens.js';
import { cuesIn, decide, type Hit, TIE, wordForms } from './cues.js';
import { ABSENT, type IndicatorRow, type Lexicon, MEASURE, phraseWords, SUBJECT } from './lexicon.js';


export const UNPLACED_RULE = 'unplaced';
/** Words that open a list of a figure's parts ("438 thủ tục, gồm 312 … và 126 …"). */
const LIST_OPENERS = new Set(['gồm']);
const RULE_PREFIX = 'quantities:';
const SECTOR = 'sector';
const OFFICIALS = 'officials';
const FIGURE = new Set(['N', 'P', 'M', 'R']);
const COUNTS = new Set(['N', 'R']);
const FRACTIONAL = new Set(['score', 'vnd', 'percent']);
const WINDOW_BEFORE = 30; // tokens back from the number at most, a skipped parenthesis not counted ("Tổng số hồ sơ … tại Bộ phận một cửa … là 1.200")
const WORDS_AFTER = 8; // words after the number ("57 hồ sơ (chiếm 1,4%) cơ quan thụ lý trả lại")
const TAIL_WORDS = 4; // words after a figure's noun that are still its own ("14 hồ sơ trễ hạn có 9 …"); a table label flowed into text is not
const LEVEL_AFTER = 3; // tokens between a number and a level cue after it ("150 TTHC cấp huyện")
const QUALIFIER_WORDS = 6; // words between a figure's noun and a '(' that breaks it down ("… thuộc phạm vi quản lý (…)")
const COMPARED = 'compared'; // the measure of "so với …": a parenthesis after it holds the compared figure
const SIBLING_NEAR = 12; // tokens from a sibling figure ("… 1.250, giải quyết 1.200"); rows of a table flowed into text are farther
const BULLET = /^[-+•–*]\s/u;
/** Words between a series item's period and its number ("năm 2012 là 4.960", "năm 2013: 5.402"); "tăng 631" is a change. */
const SERIES_LINKS = new Set(['là', ':', 'có', ',', 'đạt', 'và']);
/** A sentence or item opened by a running total ("Lũy kế 9 tháng: …", "Cộng dồn từ đầu năm, …"). */
const RUNNING_TOTAL = /^\P{L}*(?:lũy kế|luỹ kế|cộng dồn|tính chung|cộng chung)(?![\p{L}\p{M}])/iu;
/** Words that join two periods into a span within a series item ("từ đầu năm 2026 đến hết ngày 30/4/2026 là 23 kế hoạch"). */
const SPAN_LINKS = new Set(['từ', 'đầu', 'đến', 'hết']);
/**
 * The whole of a series stated after its items ("…; tổng cộng cả giai đoạn 167 kế hoạch", "…, cộng chung 3 năm là
 * 1.020 hồ sơ"): the words before the number, a total word, then optionally the whole span named, then a link.
 */
const SERIES_TOTAL = /^(?:tổng cộng|tổng số|tổng|cộng|cộng chung|tính chung|chung|lũy kế|luỹ kế|cộng dồn)(?: (?:cả|toàn|trong) (?:giai đoạn|kỳ|nhiệm kỳ))?(?: (?:là|:|có|đạt))?$/u;
const OF_WHICH_START = /^trong đó(?![\p{L}\p{M}])/iu;
/** A word of a name: capitalised, or an abbreviation ("NĐ-CP" ends "Nghị định số 62/2020/NĐ-CP"). */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u;
/** The measures of a staff cut and of contract workers (rules/facets.yaml). */
const CUT = 'reduced';
const CONTRACT = 'contract';
/** "trong số này có 05 người là viên chức": what follows is among the figure named before, in the same clause. */
const AMONG_THESE = /(?<![\p{L}\p{M}])trong số (?:này|đó)(?![\p{L}\p{M}])[^;]*$/iu;

/** The facets a figure was read with (own cues and inherited), and its level. */
interface Reading {
  facets: Map<string, string>;
  level: Level;
  /** The period the figure was read in (start empty: the report's own). */
  period?: Period;
  /** A percentage: the next item of a series of rates ("năm 2021 đạt 97,1%; năm 2022 đạt 98%") is one too. */
  rate?: boolean;
}

/** Places and bodies counted ("23 xã"): a subject no indicator row names, so such a count is never a figure. */
const PLACE = 'place';
/** Subjects a count of places may be: units inspected, the whole of a rank. */
const KEEPS_PLACES = new Set(['unit', 'rank']);
const isFigure = (t: LineToken | undefined) => t?.placeholder !== undefined && FIGURE.has(t.placeholder.letter);
const isWord = (t: LineToken) => /[\p{L}\p{N}]/u.test(t.text) && !t.placeholder;

/** The reading a catalogue key stands for (a figure the template rules claimed, as a parent or sibling). */
function readingOfKey(rows: readonly IndicatorRow[], key: string, level: Level, period: Period): Reading | null {
  const row = rows.find((r) => r.key === key);
  if (!row) return null;
  const facets = new Map<string, string>();
  // A facet the row may leave absent ("dossier.resolved": channel '-' or any) is not stated by the key.
  for (const [facet, values] of row.facets) {
    const value = [...values].find((v) => v !== ABSENT);
    if (value && !values.has(ABSENT)) facets.set(facet, value);
  }
  // A claimed figure in the report's own period ('') still states its period for the figure beside it
  // ("năm 2024 đạt 88,4%, xếp thứ 5/13" in a 2024 report: the rank is 2024's too, not the sentence's first year's).
  return { facets, level, period, rate: indicatorOf(key).unit === 'percent' };
}

function rowFor(lexicon: Lexicon, facets: ReadonlyMap<string, string>, rate: boolean, sentence: ReadonlySet<string>, unitLevel: Level): IndicatorRow | null {
  return (
    lexicon.rows.find(
      (row) =>
        row.rate === rate &&
        (row.unitLevel === undefined || row.unitLevel === unitLevel) &&
        lexicon.facetNames.every((f) => {
          const allowed = row.facets.get(f);
          return allowed ? allowed.has(facets.get(f) ?? ABSENT) : lexicon.optional.has(f) || !facets.has(f);
        }) &&
        row.beside.every(([f, v]) => sentence.has(`${f}=${v}`)) &&
        !row.unless.some(([f, v]) => sentence.has(`${f}=${v}`)),
    ) ?? null
  );
}

/**
 * Token ranges of the cue words before token k: back to the previous figure,
 * ';', '(' or the window's limit, leaving out a parenthesis closed before the
 * number ("Tỷ lệ TTHC … (theo QĐ công bố …) %").
 */
function windowBefore(tokens: readonly LineToken[], k: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let end = k;
  let from = k;
  let taken = 0; // tokens outside skipped parentheses
  while (from > 0 && taken < WINDOW_BEFORE) {
    const t = tokens[from - 1];
    if (isFigure(t) || t.text === ';' || t.text === '(') break;
    // "…, trong đó 104 thủ tục được cung cấp toàn trình": the words before "trong đó" are the whole's (its parent's), not the part's.
    if (t.text.toLowerCase() === 'đó' && tokens[from - 2]?.text.toLowerCase() === 'trong') break;
    taken++;
    if (t.text === ')') {
      ranges.push([from, end]);
      let depth = 1;
      while (depth > 0 && --from > 0) depth += tokens[from - 1].text === ')' ? 1 : tokens[from - 1].text === '(' ? -1 : 0;
      if (depth > 0 || from === 0) return ranges.filter(([a, b]) => b > a);
      from--;
      end = from;
      continue;
    }
    from--;
  }
  ranges.push([from, end]);
  return ranges.filter(([a, b]) => b > a);
}

/**
 * The cues of the before-window after its last free "và" ("… tham gia lớp bồi dưỡng và đã cử trên 60 …": another
 * clause). A "và" inside a body's name, between capitalised words ("Phòng Tài nguyên và Môi trường", "Lao động -
 * Thương binh và Xã hội"), joins no clauses.
 */
function ownClause(hits: readonly Hit[], ranges: ReadonlyArray<[number, number]>, words: ReadonlyArray<string | null>, tokens: readonly LineToken[]): Hit[] {
  const covered = (i: number) => hits.some((h) => h.at <= i && i < h.end);
  // "Nghị định số 62/2020/NĐ-CP và Nghị định …": an abbreviation ends a name as a capitalised word does.
  const capital = (t: LineToken | undefined) => t !== undefined && NAME_WORD.test(t.text);
  const inName = (i: number) => (capital(tokens[i - 1]) || capital(tokens[i - 2])) && capital(tokens[i + 1]);
  let cut = -1;
  for (const [a, b] of ranges) for (let i = a; i < b; i++) if (words[i] === 'và' && !covered(i) && !inName(i)) cut = Math.max(cut, i);
  return hits.filter((h) => h.at > cut);
}

/**
 * Token ranges after token k: its unit noun (from k + 1 to `nounEnd`), then up
 * to WORDS_AFTER words, skipping a parenthesis, to the end of its clause.
 */
function windowAfter(tokens: readonly LineToken[], k: number, nounEnd: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [[k + 1, nounEnd]];
  let start = nounEnd;
  let words = 0;
  let j = nounEnd;
  for (; j < tokens.length && words < WORDS_AFTER; j++) {
    const t = tokens[j];
    if (t.text === '(') {
      ranges.push([start, j]);
      let depth = 1;
      while (depth > 0 && ++j < tokens.length) depth += tokens[j].text === '(' ? 1 : tokens[j].text === ')' ? -1 : 0;
      start = j + 1;
      continue;
    }
    if (isFigure(t) || /^[;,.:)!?]$/.test(t.text) || (t.text.toLowerCase() === 'trong' && tokens[j + 1]?.text.toLowerCase() === 'đó')) break;
    if (isWord(t)) words++;
  }
  ranges.push([start, Math.min(j, tokens.length)]);
  return ranges.filter(([a, b]) => b > a);
}

export interface NumberFirstOptions {
  lexicon: Lexicon;
  /** A footnote's anchor sentence: its figure, else its words, is what the note's quantities break down. */
  anchor?: AnchorContext;
}

/**
 * The sentence step of number-first reading, for one flow (it keeps a list's lead-in across sentences). The
 * sentence's scope (the document tree's, src/structure) is the fallback when its clause states no period or level.
 */
export function numberFirst({ lexicon, anchor }: NumberFirstOptions): SentenceStep {
  const anchored: Reading | null = !anchor
    ? null
    : anchor.figure
      ? readingOfKey(lexicon.rows, anchor.figure.indicator, '', anchor.figure.period)
      : leadIn(cuesIn(phraseWords(anchor.words), 0, phraseWords(anchor.words).length, lexicon.phrases), lexicon);
  let carried: Reading | null = null; // a lead-in's figure or facets, for the list items after it
  let last: Reading | null = null; // the last figure read, for a following "Trong đó: …"

  return (reader: SentenceReader, claimed: readonly Mention[], scope: Scope): Mention[] => {
    const { tokens } = reader.tl;
    const words = wordForms(reader.tl);
    const all = cuesIn(words, 0, tokens.length, lexicon.phrases);
    const sentenceCues = new Set(all.map((h) => `${h.facet}=${h.value}`));
    const subjects = new Set(all.filter((h) => h.facet === SUBJECT).map((h) => h.value));
    const sentenceSubject = subjects.size === 1 ? [...subjects][0] : undefined;
    const continues = BULLET.test(reader.text) || OF_WHICH_START.test(reader.text);
    // "- Tiếp nhận trong quý II: 1.460 hồ sơ." ⏎ "- Lũy kế 6 tháng: 2.915 hồ sơ": a running total opening the sentence
    // counts what the figure just before it counted, over a longer span.
    const runningFrom = RUNNING_TOTAL.test(reader.text) ? last : null;
    if (OF_WHICH_START.test(reader.text) && !carried) carried = last;
    if (!continues) carried = null;
    const headingEnd = headingTokens(reader.text, tokens);
    // A fraction a template read as two figures ("xong 19/24 nhiệm vụ": done and planned) passes on its numerator's
    // reading: "(đạt 79,2%)" after it is the share done, not of the plan.
    const numeratorAt = new Map<string, number>();
    tokens.forEach((t, k) => {
      if (t.placeholder?.number?.denominator === undefined) return;
      const place = reader.placeOf(k);
      numeratorAt.set(`${place.page}:${place.start}`, t.placeholder.number.value);
    });
    const claimedAt = new Map<string, Mention>();
    for (const m of claimed) {
      const at = `${m.place.page}:${m.place.start}`;
      const held = claimedAt.get(at);
      if (!held || (held.value !== m.value && m.value === numeratorAt.get(at))) claimedAt.set(at, m);
    }

    const out: Mention[] = [];
    const readings = new Map<number, Reading>();
    const parens: Array<Reading | null> = []; // for each open '(': the figure it breaks down
    const shareOpen: number[] = []; // for each open '(' right after a figure: its token (else -1), where a share of that figure may start
    const tailsBefore: number[] = []; // for each open '(': the end of the words owned by the last figure before it
    let ofWhich: Reading | null = carried; // "…, trong đó …": the figure the rest of the sentence breaks down
    let sibling: Reading | null = null;
    let siblingAt = -1; // token of the sibling (of the ')' after a parenthesis it broke down)
    let lastFigure = -1;
    let lastOutside = -1; // the last figure outside parentheses: "398 TTHC (282 cấp huyện, 116 cấp xã). Trong đó …" breaks down 398
    let listed = -1; // the figure a "gồm" list breaks down: "438 thủ tục, gồm 312 cấp huyện và 126 cấp xã; trong đó …" breaks down 438
    let lastNounEnd = 0;
    let lastTailEnd = 0;

    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.text === '(') {
        // "3.420 (trực tuyến: …)" breaks down the figure before it; "so với năm 2022 (2.371 hồ sơ)" holds what the words before it say.
        // Its noun may be long ("398 thủ tục hành chính (282 cấp huyện, …)") and hold a comma ("12 cơ quan, đơn vị (4 phòng …)"),
        // and a few words may qualify it ("112 thủ tục hành chính thuộc phạm vi quản lý (cấp tỉnh 98, …)"), unless they compare it with another figure.
        const qualifier = Math.max(lastFigure + 1, lastNounEnd);
        const afterFigure =
          lastFigure >= 0 &&
          tokens.slice(lastFigure + 1, k).every((x, i) => isWord(x) || lastFigure + 1 + i < lastNounEnd) &&
          k - qualifier <= QUALIFIER_WORDS &&
          !cuesIn(words, qualifier, k, lexicon.phrases).some((h) => h.facet === MEASURE && h.value === COMPARED);
        parens.push(afterFigure ? (readings.get(lastFigure) ?? null) : leadIn(cuesIn(words, Math.max(lastNounEnd, lastFigure + 1), k, lexicon.phrases), lexicon));
        shareOpen.push(afterFigure ? k : -1);
        tailsBefore.push(lastTailEnd);
        continue;
      }
      if (t.text === ')') {
        // After the parenthesis, the figure it broke down is the sibling again.
        const broken = parens.pop();
        shareOpen.pop();
        // "Tiếp nhận … (kể cả hồ sơ của 02 xã trước sáp nhập …) là 1.385 hồ sơ": a figure of an aside owns no words outside it.
        lastTailEnd = tailsBefore.pop() ?? lastTailEnd;
        if (broken) [sibling, siblingAt] = [broken, k];
        continue;
      }
      if (LIST_OPENERS.has(t.text.toLowerCase()) && lastOutside >= 0 && parens.length === 0 && listed < 0) listed = lastOutside;
      // "389 thủ tục (268 cấp huyện, 121 cấp xã); trong đó 12 …": the figure the bracket broke down, not its last item;
      // so too after a "gồm" list closed by ';'.
      if (t.text.toLowerCase() === 'trong' && tokens[k + 1]?.text.toLowerCase() === 'đó' && lastOutside >= 0 && parens.length === 0) {
        const whole = listed >= 0 && tokens[k - 1]?.text === ';' ? listed : lastOutside;
        ofWhich = readings.get(whole) ?? ofWhich;
        continue;
      }
      if (!isFigure(t)) continue;
      const place = reader.placeOf(k);
      const taken = claimedAt.get(`${place.page}:${place.start}`);
      // The noun right after a count names what it counts ("57 hồ sơ", "12 lượt cán bộ, công chức"), whatever the clause says.
      const noun = cuesIn(words, k + 1, Math.min(tokens.length, k + 1 + WORDS_AFTER), lexicon.phrases).filter((h) => h.at === k + 1);
      const nounEnd = noun[0]?.end ?? k + 1;
      const previousTailEnd = lastTailEnd;
      lastNounEnd = nounEnd;
      lastTailEnd = tailEnd(tokens, words, nounEnd);
      lastFigure = k;
      if (parens.length === 0) lastOutside = k;
      if (taken) {
        const reading = readingOfKey(lexicon.rows, taken.indicator, taken.level, taken.period);
        if (reading) [sibling, siblingAt] = [reading, k];
        if (reading) readings.set(k, reading);
        continue;
      }
      if (reader.isTarget(k) || reader.isDifference(k) || reader.isFormerState(k) || reader.isProportion(k)) continue;
      const n = t.placeholder!.number!;
      // "phần mềm 1 cửa", "Nghị định 129/2025": the number is part of a name. "5.4 Số liệu về …", "% 97,57": a count is whole.
      // "282 cấp huyện" names a level, not a name ("liên thông 2 cấp").
      const levelNext = reader.cues.some((c) => c.first === k + 1);
      if (tokens[k + 1] && !levelNext && lexicon.nameWords.test(reader.tl.line.slice(tokens[k + 1].at))) continue;
      if (lexicon.documentWords.test(reader.tl.line.slice(0, t.at))) continue;

      const beforeRanges = windowBefore(tokens, k);
      const from = beforeRanges.length > 0 ? Math.min(...beforeRanges.map(([a]) => a)) : k;
      // The previous figure's noun and the words after it, to a punctuation mark or "và", are its own, not this
      // number's cues ("85,12 điểm, xếp thứ 4/13"; "Trong 14 hồ sơ trễ hạn có 9 hồ sơ do …").
      const clauseCues = ownClause(beforeRanges.flatMap(([a, b]) => cuesIn(words, Math.max(a, previousTailEnd), b, lexicon.phrases)), beforeRanges, words, tokens);
      // A heading line run on into the sentence ("2. Giải quyết thủ tục hành chính" ⏎ "Tỷ lệ hồ sơ giải quyết …") names
      // the section's topic: it says what the sentence's own words leave open, never against them.
      const before = clauseCues.filter((h) => h.at >= headingEnd);
      const topic = clauseCues.filter((h) => h.at < headingEnd);
      const afterRanges = windowAfter(tokens, k, nounEnd);
      // The last range ends at the word limit or the clause's end: a phrase begun inside it is read whole.
      const after = afterRanges.flatMap(([a, b], i) => cuesIn(words, a, b, lexicon.phrases, i === afterRanges.length - 1 ? tokens.length : b));
      const letter = t.placeholder!.letter;
      const own = decide(before, lexicon.threshold);
      // "tinh giản được 07 biên chế công chức và 142 người làm việc": an object coordinated with the figure before shares its verb.
      const coordinated = k - previousTailEnd === 1 && (words[k - 1] === 'và' || words[k - 1] === ',');
      // A level named in the number's own clause states something too ("…, tại cấp xã gồm 109 thủ tục", "265 thủ tục cấp huyện").
      // Distance to a level cue after the number counts a noun of several syllables as one word ("96 thủ tục hành chính cấp xã").
      const afterNoun = (c: { first: number }): number => c.first - k - Math.max(0, nounEnd - k - 2);
      const levelStated = reader.cues.some((c) => (c.first >= Math.max(from, previousTailEnd) && c.last < k) || (c.first > k && afterNoun(c) <= LEVEL_AFTER + 2));
      // "…; đơn vị sự nghiệp công lập: 68": a label that is nothing but a noun, right before the count, names what it
      // counts as the count's own noun would.
      const unitNoun = strongest(noun.filter((h) => h.facet === SUBJECT)) ?? (letter === 'N' ? labelNoun(before, tokens, Math.max(from, previousTailEnd), k) : undefined);
      // "năm 2016 là 3.120 hồ sơ; năm 2017 là 3.485 hồ sơ": a series item whose clause states only its period, counting
      // what the figure beside it counts, is read as that figure in its own period.
      // The items may be joined by ',' or "và" after the figure's noun ("năm 2019 là 26 kế hoạch và năm 2020 là 29 kế hoạch"),
      // and may be rates ("năm 2019 đạt 96,9%; năm 2020 đạt 98,2%"): a percentage after a percentage, no noun needed.
      const itemWords = beforeRanges.map(([a, b]): [number, number] => [Math.max(a, previousTailEnd), b]).filter(([a, b]) => b > a);
      const seriesItem: boolean =
        sibling !== null &&
        (letter === 'P' ? sibling.rate === true : noun[0] !== undefined && sibling.facets.get(SUBJECT) === unitNoun) &&
        itemWords.some(([a, b]) => tokens.slice(a, b).some((x) => x.placeholder?.period)) &&
        itemWords.every(([a, b]) => tokens.slice(a, b).every((x) => x.placeholder?.period || SERIES_LINKS.has(x.text.toLowerCase()) || SPAN_LINKS.has(x.text.toLowerCase())));
      // "…, năm 2020 là 31 kế hoạch; tổng cộng cả giai đoạn 167 kế hoạch": after an item read in its own period, a stated
      // total counting the same thing is the series' whole (in the period its clause states, else the report's).
      const seriesTotal: boolean =
        sibling !== null && Boolean(sibling.period?.start) &&
        (letter === 'P' ? sibling.rate === true : noun[0] !== undefined && sibling.facets.get(SUBJECT) === unitNoun) &&
        SERIES_TOTAL.test(itemWords.flatMap(([a, b]) => tokens.slice(a, b).map((x) => x.text.toLowerCase())).join(' '));
      // A noun that says more than what is counted ("870 chỉ tiêu được giao": positions handed down) is a cue of its own.
      const cueWords: boolean = clauseCues.length > 0 || after.some((h) => h.at >= nounEnd || h.facet !== SUBJECT) || coordinated || levelStated || seriesItem || seriesTotal;
      // A bare counter ("cấp xã 57 lượt" under "đã kiểm tra 149 lượt phòng, ban và xã, trong đó …") counts what the figure
      // it breaks down counts.
      const parent = parens.length > 0 ? parens[parens.length - 1] : (ofWhich ?? anchored);
      const counterOnly = noun.length > 0 && noun.every((h) => h.facet !== SUBJECT || h.weight < lexicon.threshold + 1) && parent?.facets.has(SUBJECT) === true;
      for (const [facet, value] of decide(after, lexicon.threshold)) if (!own.has(facet) && !(counterOnly && facet === SUBJECT)) own.set(facet, value);
      for (const [facet, value] of decide(topic, lexicon.threshold)) if (!own.has(facet)) own.set(facet, value);
      if (unitNoun && letter !== 'P' && !counterOnly) own.set(SUBJECT, unitNoun);
      const placeNoun = !unitNoun && letter !== 'P' && tokens[k + 1] !== undefined && lexicon.placeNouns.test(reader.tl.line.slice(tokens[k + 1].at));
      if (letter === 'M' && lexicon.facetNames.includes(SUBJECT)) own.set(SUBJECT, 'money');

      // Not past "và": "cấp huyện 16 thủ tục và cấp xã 03 thủ tục" names the next number's level.
      const levelAfter = reader.cues.find(
        (c) => c.first > k && afterNoun(c) <= LEVEL_AFTER && tokens.slice(k + 1, c.first).every((x, i) => isWord(x) && words[k + 1 + i] !== 'và'),
      );
      // "78 đơn vị sự nghiệp thuộc UBND huyện" in the district's report: the unit itself, its own total.
      const ownLevel: Level = levelAfter ? (reader.namesItself(levelAfter) ? '' : levelAfter.level) : reader.levelAt(k, from);
      // "trực tuyến 1.139 hồ sơ (67,64%)", "đúng hạn 2.798 hồ sơ (đạt 99,89%)": a percentage opening the parenthesis
      // right after a count is that count's share, its rate: every facet of the count is the rate's, timeliness too.
      const open = shareOpen.length > 0 ? shareOpen[shareOpen.length - 1] : -1;
      const share = letter === 'P' && parent !== null && open >= 0 && tokens.slice(open + 1, k).every((_, i) => SHARE_WORDS.has(words[open + 1 + i] ?? ''));
      // Facets the number does not state come from the figure it breaks down; else, when it states some
      // ("…, giải quyết 1.200", "…, xếp thứ 3/11"), its subject or measure from the figure before it.
      const besides: boolean = cueWords && sibling !== null && k - siblingAt <= SIBLING_NEAR;
      // A list item's lead-in ("Tình hình tiếp nhận và giải quyết hồ sơ:") names the item's topic; a figure of the item
      // beside it names what the number next to it counts ("…, đã giải quyết 4.180 hồ sơ, 99,5% đúng hạn").
      const underLeadIn = parent !== null && parens.length === 0 && parent === carried;
      const running: boolean = parent === null && !besides && sibling === null && runningFrom !== null;
      // A series item is the figure before it in another period: everything about it, its timeliness too.
      const context: Reading | null =
        (seriesItem || seriesTotal) && besides && !parent
          ? sibling
          : underLeadIn && besides
            ? over(siblingPart(sibling!), parent)
            : (parent ?? (besides ? siblingPart(sibling!) : running ? siblingPart(runningFrom!) : null));
      const facets = new Map(own);
      // A stock counted now ("…, hiện có 85 người") is no measure of the figure before it ("được giao 89 người").
      const stock = [...lexicon.optional].some((f) => own.has(f));
      if (context) {
        for (const [facet, value] of context.facets) {
          if (!facets.has(facet) && (share || context === sibling || !lexicon.notInherited.has(facet)) && !(stock && facet === MEASURE)) facets.set(facet, value);
        }
      }
      if (!facets.has(SUBJECT) && sentenceSubject) facets.set(SUBJECT, sentenceSubject);
      // "của 23 xã, thị trấn", "phủ 9/9 thôn": places counted in a clause about dossiers or services are none of them;
      // no row names a place. Units stay units ("kiểm tra 14 lượt cơ quan, đơn vị (5 phòng, 9 xã)"), a rank's whole names
      // the units ranked ("xếp thứ 3/7 phường").
      if (placeNoun && !KEEPS_PLACES.has(facets.get(SUBJECT) ?? '')) facets.set(SUBJECT, PLACE);

      const placed: Level = ownLevel || context?.level || scope.level || '';
      // "… đạt 85,72 điểm, xếp thứ 5/21": a figure beside another, stating no period between them, is read in its period.
      // A footnote's anchor is no breakdown of its own: "…; năm 2021 đạt 84,93 điểm, xếp thứ 7/13" is 2021 there too.
      const breaksDown = parens.length > 0 || ofWhich !== null;
      const sinceSibling = tokens.slice(siblingAt + 1, k);
      const between = sinceSibling.filter((x) => x.placeholder?.period);
      // "năm 2019 xếp thứ 6/15; năm 2020 đạt 84,2 điểm, xếp thứ 3/15": a year stated since that figure is this one's.
      const year = between.map((x) => x.placeholder!.period!).reverse().find((p) => p.kind === 'year');
      // Not past ';': "có mặt đến 31/10/2023 là 92 người; hợp đồng lao động 14 người" states no cut-off for 14.
      const sameClause = !sinceSibling.some((x) => x.text === ';');
      // "… qua bưu điện 280 hồ sơ (tháng trước mới có 34 hồ sơ), nộp trực tuyến 96 hồ sơ": a figure of an aside closed since keeps its period there.
      const asideClosed = sinceSibling.filter((x) => x.text === ')').length > sinceSibling.filter((x) => x.text === '(').length;
      const siblingPeriod =
        besides && !breaksDown && sameClause && !asideClosed && !seriesTotal ? (between.length === 0 ? sibling!.period : year ? { start: year.from, end: year.to } : undefined) : undefined;
      // A series' whole names no period of its own: the span of its section when that holds the items (a year over its
      // quarters), else the report's; not the series' first item's, which may open the paragraph.
      const period = seriesTotal ? spanning(scope.period, sibling!.period!) : (siblingPeriod ?? reader.periodAt(k, from) ?? scope.period ?? null);
      const subject = facets.get(SUBJECT);
      // "…: cấp huyện 254, cấp xã 107": beside a figure of one level, another level's figure of the same thing.
      const levelItem = besides && ownLevel !== '' && sibling!.level !== '' && ownLevel !== sibling!.level;
      // Clear: what is counted and something about it are known, no facet ties, and the number says something
      // itself (a cue, or the level of a breakdown item: "(150 TTHC cấp huyện, 48 TTHC cấp xã)").
      // In a footnote, a period is what an item of the anchor's breakdown states ("¹Năm 2021: 9 lượt; năm 2022: 11 lượt").
      const periodItem = anchored !== null && parent === anchored && letter !== 'R' && n.denominator === undefined && reader.periodAt(k, from) !== null;
      const clear =
        subject !== undefined &&
        subject !== TIE &&
        ![...facets.values()].includes(TIE) &&
        facets.size > 1 &&
        (own.size > 0 || share || seriesItem || seriesTotal || running || (parent !== null && ownLevel !== '') || levelItem || periodItem);
      let found = clear ? rowFor(lexicon, facets, letter === 'P', sentenceCues, reader.unitLevel) : null;
      // "¹Năm 2021: 9 lượt; …" under "kiểm tra 52 lượt cơ quan, đơn vị¹": a bare counter noun names no subject of its own
      // against the anchor's figure; the item counts what the anchor does.
      const anchorSubject = periodItem ? anchored!.facets.get(SUBJECT) : undefined;
      if (!found && clear && anchorSubject && anchorSubject !== facets.get(SUBJECT)) {
        found = rowFor(lexicon, new Map([...facets, [SUBJECT, anchorSubject]]), letter === 'P', sentenceCues, reader.unitLevel);
      }
      // "5.4 Số liệu về …", "% 97,57": a count is whole; only scores and money have fractions.
      const whole = Number.isInteger(n.value);
      // "tinh giản 12 người, trong đó …, 02 người làm việc theo hợp đồng lao động" (or a note "Gồm … và 02 lao động hợp
      // đồng" under the cut): contract workers who are part of a cut have no key; they are no contract headcount.
      const cutContracts = parent !== null && parent.facets.get(MEASURE) === CUT && own.get(MEASURE) === CONTRACT;
      const row = found && !cutContracts && (whole || FRACTIONAL.has(indicatorOf(found.key).unit)) && (period !== null || !found.needsPeriod) ? found : null;

      // "¹ Theo Nghị định …; trong số này có 05 người là viên chức" under "đã tinh giản 38 người¹": who is among the
      // anchor's figure, a part of it by kind (no level, no period of its own), is no figure of another key.
      const partOfAnchor = parent === anchored && anchor?.figure && row && row.key !== anchor.figure.indicator && ownLevel === '' && !periodItem && AMONG_THESE.test(reader.tl.line.slice(0, t.at));
      if (partOfAnchor) continue;
      // A plan's numbers are not results; another body's are not the unit's (they stay unplaced).
      if (scope.plan) continue;
      // "Chỉ số CCHC của tỉnh xếp thứ 12/63 tỉnh, thành phố" in a district's report ranks the province.
      const higherRank = letter === 'R' && row?.key === 'par_index.rank' && reader.amongHigherUnits(k);
      if (row && scope.body !== 'other' && !reader.otherBodyAt(k) && !higherRank) {
        const rule = { id: `${RULE_PREFIX}${[...facets].map(([f, v]) => `${f}=${v}`).join(',')}`, specificity: 0 };
        // "…, trong đó 85 lượt dành cho cán bộ, công chức cấp xã": the commune officials counted (trained, recruited …) are
        // the commune level's; a key whose name holds the level (staff.commune_officials) takes none from it.
        const officials = facets.get(OFFICIALS) === 'commune' && reader.unitLevel !== 'commune' && !indicatorOf(row.key).named_level;
        const level: Level = row.readLevel ? placed || (officials ? 'commune' : '') : '';
        const m = reader.mention(rule, row.key, k, n.value, level, period);
        if (m) out.push(m);
        // "năm 2023 và năm 2024 cùng là 92": the same figure for each period joined before it.
        for (const shared of m ? reader.sharedPeriods(k) : []) {
          const also = reader.mention(rule, row.key, k, n.value, level, shared);
          if (also) out.push(also);
        }
        if (letter === 'R' && row.whole && n.denominator !== undefined) {
          const whole = reader.mention(rule, row.whole, k, n.denominator, placed, period);
          if (whole) out.push(whole);
        }
        readings.set(k, (sibling = { facets, level: placed, period: m?.period, rate: letter === 'P' }));
        siblingAt = k;
        continue;
      }
      const unit = subject && subject !== TIE ? lexicon.review.get(subject) : undefined;
      if (unit && COUNTS.has(letter) && whole) {
        // mention() needs a catalogue key for its unit; an unplaced quantity has neither key nor that unit.
        const m = reader.mention({ id: UNPLACED_RULE, specificity: 0 }, lexicon.rows[0].key, k, n.value, placed, period);
        if (m) out.push({ ...m, indicator: '', unit });
      }
    }
    const lastReading = lastOutside >= 0 ? readings.get(lastOutside) ?? null : null;
    if (lastReading) last = lastReading;
    // A lead-in ("Số hồ sơ đã giải quyết: …; trong đó:", "Kết quả giải quyết hồ sơ:") gives its list items what they do not state.
    if (/[:]\s*$/.test(reader.text) && !continues) carried = lastReading ?? leadIn(all, lexicon);
    return out;
  };
}

/** The subject of a label "<noun>:" that is the whole clause before the count at k (from `from`), else undefined. */
function labelNoun(hits: readonly Hit[], tokens: readonly LineToken[], from: number, k: number): string | undefined {
  if (tokens[k - 1]?.text !== ':') return undefined;
  let start = from;
  while (start < k - 1 && !isWord(tokens[start])) start++;
  const whole = hits.filter((h) => h.at === start && h.end === k - 1);
  if (whole.length === 0 || whole.length !== hits.length) return undefined;
  return strongest(whole.filter((h) => h.facet === SUBJECT));
}

/** A numbered heading's line without a figure or a stop, run on into the sentence on the next line. */
const HEADING_LINE = /^[ \t]*(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*)\.[ \t]+[^\d\n:;.,!?]+\n(?=[ \t]*\p{Lu})/u;

/** The number of tokens of a heading line that opens the sentence (0 when none does). */
function headingTokens(text: string, tokens: readonly LineToken[]): number {
  const line = HEADING_LINE.exec(text);
  if (!line) return 0;
  const end = tokens.findIndex((t) => t.start >= line[0].length);
  return end < 0 ? 0 : end;
}

/** `outer` when it holds `item` and is longer (a year over one of its quarters), else null (the report's period). */
function spanning(outer: Period | undefined, item: Period): Period | null {
  if (!outer?.start) return null;
  const holds = outer.start <= item.start && item.end <= outer.end;
  return holds && (outer.start !== item.start || outer.end !== item.end) ? outer : null;
}

/** End of the few words that follow a figure's noun up to a punctuation mark, "và" or another number: the figure's own. */
function tailEnd(tokens: readonly LineToken[], words: ReadonlyArray<string | null>, from: number): number {
  let j = from;
  while (j < tokens.length && j - from < TAIL_WORDS && words[j] !== null && words[j] !== 'và' && isWord(tokens[j])) j++;
  return j;
}

/**
 * What a figure passes to the next one beside it: what is counted (its subject and sector: "số người làm việc … được
 * giao 2.846, hiện có 2.790" counts public-unit staff twice) and how (not its channel or timeliness).
 */
function siblingPart(sibling: Reading): Reading {
  return { facets: new Map([...sibling.facets].filter(([f]) => f === SUBJECT || f === MEASURE || f === SECTOR)), level: sibling.level };
}

/** `first`'s facets and level, the rest from `then`. */
function over(first: Reading, then: Reading): Reading {
  return { facets: new Map([...then.facets, ...first.facets]), level: first.level || then.level };
}

function strongest(hits: readonly Hit[]): string | undefined {
  return [...hits].sort((a, b) => b.weight - a.weight)[0]?.value;
}

/** The facets words without a figure state: a lead-in ("Tình hình giải quyết hồ sơ:"), the words before a '('. */
function leadIn(hits: readonly Hit[], lexicon: Lexicon): Reading | null {
  const facets = decide(hits, lexicon.threshold);
  for (const [f, v] of facets) if (v === TIE || lexicon.notInherited.has(f)) facets.delete(f);
  return facets.size > 0 ? { facets, level: '' } : null;
}
