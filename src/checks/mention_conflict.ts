/**
 * mention_conflict:
 * - the same indicator, level and period stated with different values
 *   (Figure.conflicts, filled by consolidation). Left out: bounds ("trên 70");
 *   two values in one sentence, which is a change or a comparison ("có 42
 *   người … còn 34 người"), not a contradiction; two rows of the appendix
 *   tables, which are sub-rows of one breakdown more often than restatements;
 *   a sentence that states both values, which relates them ("Trong 14 hồ sơ
 *   trễ hạn có 9 hồ sơ …"); a sentence dated only to years outside the
 *   report's period ("Năm 2015, huyện được giao 640 biên chế"), which states
 *   another period's value; a value its sentence gives only as a change
 *   ("tăng 1.050 hồ sơ so với năm 2022"); two rates whose sentences give
 *   different bases ("99,86% (8.690/8.702)", "99,88% (3.408/3.412)"); a
 *   target ("chỉ tiêu tỉnh giao … là 97%", "phấn đấu đạt 99%"); two values
 *   that add up to a total one of their sentences states (38 done and 18
 *   left of 56 tasks); a cumulative value ("lũy kế … 09") against one that
 *   is not; sentences that name different levels ("+ Cấp thị xã: …" and
 *   "+ Cấp xã: …"); a sentence opening "Riêng …" (a part: "Riêng Trung tâm
 *   PVHCC tỉnh tiếp nhận …" after the province's total) or "Ngoài ra …" (an
 *   addition: another body's dossiers besides the unit's own), and the like
 *   ("Trong số …", "Gồm …", "- Lĩnh vực …:", "Ngoài các hồ sơ trên, …"); a
 *   quota handed on with the rest kept in reserve; a value restated rounded
 *   to whole units ("88%" for "88,1%"); counts of units of different levels
 *   ("06 huyện", "47 lượt xã"); documents of councils of different levels
 *   ("… do HĐND, UBND huyện ban hành" and "… của HĐND, UBND cấp xã"); a value that is
 *   the other plus the figure of its complement (civil servants cut and
 *   public-unit staff cut: a text that does not split states the whole);
 * - the same cited document (number, year, symbol) given two different issue
 *   dates in the same year, or two different types.
 */
import type { DocumentRef, Flag, Mention, Report } from '../model/report.js';
import { boundedMemo } from '../bounded-memo.js';
import { indicatorOf } from '../model/catalogue.js';
import { type NumberToken, scanNumbers } from '../parse/numbers.js';
import { caseAlternation, UNIT_WORDS, unitLevelOf } from '../parse/unit-words.js';
import { type Check, citation, flagAt, joinEvidence, trimEvidence, vi, viDate, viLevel } from './check.js';
import { round } from './sums.js';

const ID = 'mention_conflict';
const YEAR = /(?<!\p{L})năm\s+(\d{4})(?!\d)/giu;
const CHANGE_BEFORE = /(?<!\p{L})(tăng|giảm)(\s+(thêm|bớt|đi))?\s*$/iu;
const CUMULATIVE_BEFORE = /(?<!\p{L})lũy kế(?!\p{L})[^.;]*$/iu;
const DISTRICT = /(?<!\p{L})cấp\s+(huyện|thị xã|quận|thành phố)(?!\p{L})/iu;
const COMMUNE = /(?<!\p{L})cấp\s+(xã|phường|thị trấn)(?!\p{L})/iu;
/**
 * A sentence opening so speaks of a part of what came before, or of something besides it, never restates it:
 * "Riêng …", "Ngoài ra …", "Ngoài các hồ sơ trên, …", "Trong số hồ sơ tiếp nhận có …", "Gồm 06 kế hoạch, …", and a
 * label of one kind of dossier ("- Lĩnh vực tư pháp: …", "Hồ sơ liên thông giữa cấp huyện và cấp xã: …").
 */
const PART_OR_ADDITION = /^(?:[-+•*–]\s*)?(?:(?:riêng|ngoài ra|ngoài\s+(?:các|số|những)|trong số|gồm|bao gồm)(?!\p{L})|[^:.;\d]{0,80}?(?<!\p{L})(?:lĩnh vực|liên thông)(?!\p{L})[^:.;\d]{0,60}:)/iu;
/** "…, số còn lại để dự phòng": what was handed on is a part, the rest held back ("biên chế được giao" against the whole). */
const RESERVE = /(?<!\p{L})(?:số\s+)?(?:còn\s+lại|giữ\s+lại)[^.;]{0,30}?dự\s+phòng(?!\p{L})/iu;
/** "Hồ sơ đất đai chiếm 2.905 hồ sơ", "…; riêng Chi nhánh tiếp nhận 15.220 hồ sơ": a share or a part inside the sentence. */
const PART_BEFORE = /(?:(?<!\p{L})chiếm\s*|(?:^|[;,]\s*)riêng(?!\p{L})[^.;,]*)$/iu;
const TARGET_BEFORE = /(?<!\p{L})(chỉ tiêu|phấn đấu|mục tiêu)(?!\p{L})[^.;]*$/iu;

/**
 * The numbers of a mention's sentence. Every pair of mentions compared reads both sentences again (a long report
 * holds many mentions of one indicator): each is scanned once. Cleared when full: memory stays bounded over a batch.
 */
const numbersOfEvidence = boundedMemo<readonly NumberToken[]>(5_000, scanNumbers);
const numbersOf = (mention: Mention): readonly NumberToken[] => numbersOfEvidence(mention.evidence);

function sameStatement(a: Mention, b: Mention): boolean {
  if (a.source === 'table' && b.source === 'table') return true;
  return a.evidence.trim() === b.evidence.trim() && a.place.page === b.place.page;
}

function states(mention: Mention, value: number): boolean {
  return numbersOf(mention).some((t) => t.kind !== 'ratio' && round(t.value) === round(value));
}

/** The sentence names years ("năm 2015") and none of them is in the report's period. */
function ofAnotherYear(report: Report, mention: Mention): boolean {
  const years = [...mention.evidence.matchAll(YEAR)].map((m) => m[1]);
  const [first, last] = [report.meta.periodStart.slice(0, 4), report.meta.periodEnd.slice(0, 4)];
  return years.length > 0 && !!first && !!last && years.every((y) => y < first || y > last);
}

/** Its sentence states the value only after `cue` (looking back `reach` characters). */
function onlyAfter(mention: Mention, cue: RegExp, reach: number): boolean {
  const tokens = numbersOf(mention).filter((t) => round(t.value) === round(mention.value));
  return tokens.length > 0 && tokens.every((t) => cue.test(mention.evidence.slice(Math.max(0, t.start - reach), t.start)));
}

/** A change ("tăng 1.050 hồ sơ") or a target ("chỉ tiêu … là 97%"), not a level reached. */
function notALevel(mention: Mention): boolean {
  return onlyAfter(mention, CHANGE_BEFORE, 20) || onlyAfter(mention, TARGET_BEFORE, 80);
}

/** Denominators of the ratios its sentence states ("(3.408/3.412)" → 3412). */
function basesOf(mention: Mention): number[] {
  return numbersOf(mention).flatMap((t) => (t.kind === 'ratio' && t.denominator ? [t.denominator] : []));
}

function differentBases(a: Mention, b: Mention): boolean {
  const [x, y] = [basesOf(a), basesOf(b)];
  return x.length > 0 && y.length > 0 && !x.some((d) => y.includes(d));
}

/** "văn bản do HĐND, UBND huyện ban hành", "… của UBND cấp xã": the level of the councils that issued or hold what is counted. */
const ISSUED_BY = /(?<!\p{L})(?:do|của)\s+(?:HĐND\s*(?:,|và)\s*)?(?:UBND|Ủy ban nhân dân|HĐND)\s+(?:cấp\s+|các\s+)?(huyện|thị xã|quận|xã|phường|thị trấn)(?!\p{L})/giu;

/** The levels its sentence names. */
function levelsNamed(mention: Mention): string[] {
  const issuers = [...mention.evidence.matchAll(ISSUED_BY)].map((m) => unitLevelOf(m[1], '').level);
  const named = [DISTRICT.test(mention.evidence) ? 'district' : '', COMMUNE.test(mention.evidence) ? 'commune' : '', ...issuers];
  return [...new Set(named.filter(Boolean))];
}

/** "kiểm tra 06 huyện", "47 lượt xã", "9 sở": units of a level counted right after the number. */
const COUNTED_UNITS = new RegExp(String.raw`^\s*(?:lượt\s+)?(?:(?:UBND|Ủy ban nhân dân)\s+)?(?:các\s+)?(sở|${caseAlternation(UNIT_WORDS.map(([w]) => w), ['lower'])})(?![\p{L}\p{M}])`, 'iu');

/** The level of the units its number counts ("6 huyện" → district), or ''. */
function countedLevel(mention: Mention): string {
  const token = numbersOf(mention).find((t) => round(t.value) === round(mention.value));
  const counted = token && COUNTED_UNITS.exec(mention.evidence.slice(token.end));
  if (!counted) return '';
  return counted[1].toLowerCase() === 'sở' ? 'province' : unitLevelOf(counted[1], '').level;
}

/** Of different scopes by their own words: cumulative or not, or levels named apart. */
function differentScopes(a: Mention, b: Mention): boolean {
  if (onlyAfter(a, CUMULATIVE_BEFORE, 80) !== onlyAfter(b, CUMULATIVE_BEFORE, 80)) return true;
  if ([a, b].some((m) => PART_OR_ADDITION.test(m.evidence.trim()) || RESERVE.test(m.evidence) || onlyAfter(m, PART_BEFORE, 80))) return true;
  // "kiểm tra 6 huyện" against "kiểm tra 47 lượt xã": units of different levels counted, two quantities.
  const [p, q] = [countedLevel(a), countedLevel(b)];
  if (p && q && p !== q) return true;
  const [x, y] = [levelsNamed(a), levelsNamed(b)];
  return x.length > 0 && y.length > 0 && !x.some((l) => y.includes(l));
}

/** Two mentions that may contradict each other, rather than relate two different quantities. */
function comparable(report: Report, a: Mention, b: Mention): boolean {
  if (sameStatement(a, b) || states(a, b.value) || states(b, a.value) || differentBases(a, b)) return false;
  if (states(a, a.value + b.value) || states(b, a.value + b.value) || differentScopes(a, b)) return false;
  return ![a, b].some((m) => ofAnotherYear(report, m) || notALevel(m));
}

/**
 * One value is the other plus the complement's figure ("36 người đã nghỉ" against 0 civil servants and 36
 * public-unit staff cut): the whole of both parts, stated by a text that does not split them.
 */
function wholeOfParts(report: Report, indicator: string, a: number, b: number): boolean {
  const complement = indicatorOf(indicator).complement;
  if (!complement) return false;
  return report.figures.some((f) => f.indicator === complement && (round(a + f.value) === round(b) || round(b + f.value) === round(a)));
}

/** "đạt 88%" in a headline for "88,1%" in the body: a value restated rounded to whole units is the same value. */
const roundedRestatement = (a: number, b: number) => Number.isInteger(a) !== Number.isInteger(b) && Math.round(a) === Math.round(b);

function figureFlags(report: Report): Flag[] {
  const flags: Flag[] = [];
  for (const figure of report.figures) {
    const kept = figure.mentions[0];
    if (!kept || kept.qualifier) continue;
    const differing = figure.conflicts.filter(
      (m) =>
        !m.qualifier &&
        round(m.value) !== round(figure.value) &&
        !roundedRestatement(figure.value, m.value) &&
        comparable(report, kept, m) &&
        !wholeOfParts(report, figure.indicator, figure.value, m.value),
    );
    if (differing.length === 0) continue;
    const byValue = new Map<number, Mention[]>();
    for (const m of [...figure.mentions.filter((m) => !m.qualifier && round(m.value) === round(figure.value)), ...differing]) {
      byValue.set(round(m.value), [...(byValue.get(round(m.value)) ?? []), m]);
    }
    // Places are in the page/line columns and the evidence: numbers in the message are the values only.
    const statements = [...byValue.keys()].map(vi);
    flags.push(
      flagAt(ID, 'warning', `${figure.indicator}${viLevel(figure.level)} được nêu với các giá trị khác nhau: ${statements.join(' ≠ ')}`, kept.place, {
        indicators: figure.indicator,
        expected: vi(figure.value),
        actual: [...byValue.keys()].filter((v) => v !== round(figure.value)).map(vi).join('; '),
        evidence: joinEvidence([kept, ...differing]),
      }),
    );
  }
  return flags;
}

const GENERIC_TYPES = new Set(['văn bản', 'công văn', '']);

function documentKey(doc: DocumentRef): string | undefined {
  if (!doc.number || !doc.symbol) return undefined;
  return `${doc.number.toLowerCase()}|${doc.year}|${doc.symbol.toUpperCase()}`;
}

function documentFlags(report: Report): Flag[] {
  const groups = new Map<string, DocumentRef[]>();
  for (const doc of report.documents) {
    const key = documentKey(doc);
    if (key) groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  const flags: Flag[] = [];
  for (const docs of groups.values()) {
    const dated = docs.filter((d) => d.date);
    const dates = [...new Set(dated.map((d) => d.date))];
    // Numbers restart every year: two dates in different years are two documents.
    const years = new Set(dates.map((d) => d.slice(0, 4)));
    if (dates.length > 1 && years.size === 1) {
      const first = dated[0];
      const other = dated.find((d) => d.date !== first.date) as DocumentRef;
      const where = dates.map(viDate);
      flags.push(
        flagAt(ID, 'info', `${citation(first)} được ghi với các ngày ban hành khác nhau: ${where.join(' ≠ ')}`, other, {
          expected: viDate(first.date),
          actual: viDate(other.date),
          evidence: trimEvidence(`${first.raw} | ${other.raw}`),
        }),
      );
    }
    const types = [...new Set(docs.map((d) => d.doc_type.trim().toLowerCase()).filter((t) => !GENERIC_TYPES.has(t)))];
    if (types.length > 1) {
      const first = docs[0];
      const other = docs.find((d) => d.doc_type.trim().toLowerCase() !== first.doc_type.trim().toLowerCase()) as DocumentRef;
      flags.push(
        flagAt(ID, 'info', `Văn bản ${citation(first).replace(/^.*? số /, 'số ')} được gọi là ${first.doc_type} và ${other.doc_type}`, other, {
          expected: first.doc_type,
          actual: other.doc_type,
          evidence: trimEvidence(`${first.raw} | ${other.raw}`),
        }),
      );
    }
  }
  return flags;
}

export const mentionConflict: Check = {
  id: ID,
  description: 'The same figure or cited document is stated twice with different values, dates or types.',
  run: (report) => [...figureFlags(report), ...documentFlags(report)],
};
