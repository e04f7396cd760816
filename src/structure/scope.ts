/**
 * What an opener says about the figures after it: a heading ("II. KẾT QUẢ
 * NĂM 2023", "b) Cấp xã"), a list item's label ("+ Năm 2023:", "- Cấp xã:"),
 * a paragraph's first words ("Trong quý II, …", "Riêng cấp xã, …", "Tại
 * Trung tâm PVHCC tỉnh, …"), or a sentence's subject.
 */
import type { ReportMeta } from '../model/report.js';
import type { Level } from '../model/schemas.js';
import type { LevelCues } from '../extract/rules/load.js';
import { type Opening, type ReadingFrame, readOpening } from '../extract/rules/run.js';
import { lowerUnitsLevel } from '../parse/lower-units.js';
import { PROVINCIAL_AGENCY } from '../extract/lead-unit.js';
import { caseAlternation, LEVEL_RANK, UNIT_WORDS, unitLevelOf } from '../parse/unit-words.js';
import { escapeRegExp } from '../parse/number-words.js';
import { foldDiacritics } from '../text/match-form.js';
import type { DocNode, Scope } from './tree.js';

export interface ScopeContext {
  frame: ReadingFrame;
  levels: LevelCues;
  meta: Pick<ReportMeta, 'unitLevel' | 'unitName' | 'forProvince'> & {
    /** How many former units the report says it was merged from ("… trên cơ sở nhập xã A, xã B và thị trấn C"). */
    formerUnits?: number;
  };
}

/** "trên cơ sở nhập thị trấn A, xã B và xã C", "sáp nhập phường A và phường B": the former units merged. */
const MERGED_FROM = /(?<![\p{L}\p{M}])(?:sáp nhập|hợp nhất|nhập)\s+(?:toàn bộ\s+)?([^.;:()]{3,240})/giu;
const MERGER_LIST_END = /\s+(?:thuộc|thành|để)\s/u;
const FORMER_LISTED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${caseAlternation(UNIT_WORDS.map(([w]) => w), ['lower', 'capitalised'])})\s+(?:\p{Lu}|\d)`, 'gu');

/** The number of former units a merger statement in the text lists (0 when none does, or only one). */
export function formerUnitsOf(text: string): number {
  // The first statement listing two or more: "nhập" also opens "nhập liệu" and ends "thu nhập", which list none.
  for (const merged of text.matchAll(MERGED_FROM)) {
    const listed = merged[1].split(MERGER_LIST_END)[0].match(FORMER_LISTED)?.length ?? 0;
    if (listed >= 2) return listed;
  }
  return 0;
}

/** "xã Hòa Tiến", "thị trấn Kim Sơn": a unit named by kind (lower case or capitalised) and proper name. */
const NAMED_UNIT = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(${caseAlternation(UNIT_WORDS.map(([w]) => w), ['lower', 'capitalised'])})\s+((?:\p{Lu}[\p{L}\p{M}]*)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})`,
  'gu',
);
/** A named unit at the head of a text (its subject). */
const NAMED_UNIT_LEAD = new RegExp(`^(?:${NAMED_UNIT.source})`, 'u');
/** Wards and urban districts may be numbered ("Phường 3", "Quận 1"); "xã 6 tháng" is no name. */
const NUMBERED_UNIT = /(?<![\p{L}\p{M}])([Pp]hường|[Qq]uận)\s+(\d{1,2})(?![\p{N}.,])/gu;

/** A heading line that is a label ending ':' with the text it labels run on after it. */
const RUN_ON_LABEL = /^([^:.;\d]{3,80}:)\s*\S/u;

/**
 * The whole of a unit above the reporting one: "toàn huyện Việt Yên", "trên địa bàn quận" in a commune's report,
 * "toàn tỉnh" in a district's. Before a sentence's first figure it makes the sentence that unit's figures
 * ("Theo số liệu của huyện, trong quý III toàn huyện tiếp nhận 18.940 hồ sơ"), not the unit's own.
 */
const WHOLE_OF_UNIT = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:toàn|trên địa bàn)\s+(${caseAlternation(UNIT_WORDS.map(([w]) => w), ['lower'])})(?![\p{L}\p{M}])`, 'giu');

function namesHigherWhole(text: string, meta: ScopeContext['meta']): boolean {
  const own = meta.unitLevel;
  if (!own) return false;
  return [...text.matchAll(WHOLE_OF_UNIT)].some((m) => {
    const { level } = unitLevelOf(m[1], '');
    return level !== '' && LEVEL_RANK[level] > LEVEL_RANK[own];
  });
}

/**
 * "Tỉnh Hà Nam cùng kỳ có tỷ lệ … 55,1%" in a district's report: a unit above the reporting one, named as the
 * sentence's subject, states its own figure (a comparison), not the unit's. A department's province is its own.
 */
function higherUnitSubject(text: string, meta: ScopeContext['meta']): boolean {
  const own = meta.unitLevel;
  const named = own ? NAMED_UNIT_LEAD.exec(text.trimStart()) : null;
  if (!own || !named) return false;
  const { level } = unitLevelOf(named[1], '');
  return level !== '' && LEVEL_RANK[level] > LEVEL_RANK[own] && !(level === 'province' && PROVINCIAL_AGENCY.test(meta.unitName ?? ''));
}

/**
 * A former unit (before a merger) as the subject of a figure's clause: "Bộ phận một cửa huyện Lộc An (cũ) tiếp
 * nhận …", "hai phường cũ cộng lại …". Not where it is only a source ("hồ sơ do các xã cũ chuyển sang", "điều
 * động từ huyện cũ"): those figures are the new unit's own.
 */
const FORMER_UNIT = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${caseAlternation([...UNIT_WORDS.map(([w]) => w), 'đơn vị'], ['lower', 'capitalised'])})(?:\s+(?:\p{Lu}[\p{L}\p{M}]*|\d{1,2}(?![\p{N}.,]\d))){0,4}\s*(?:\(\s*cũ\s*\)|cũ(?![\p{L}\p{M}]))`,
  'u',
);
/** Words that make a unit a source, not the subject: "do …", "từ …" (not "từ ngày"), "… chuyển giao", "… bàn giao". */
const SOURCE_BEFORE = /(?<![\p{L}\p{M}])(?:do|từ(?!\s+(?:ngày|tháng|năm|quý|đầu))|thuộc)(?![\p{L}\p{M}])/iu;
const SOURCE_AFTER = /(?<![\p{L}\p{M}])(?:chuyển giao|bàn giao|chuyển sang|chuyển về|chuyển đến)(?![\p{L}\p{M}])/iu;
/** A parenthesis closed before the figure, save the "(cũ)" that marks a former unit. */
const CLOSED_ASIDE = /\((?!\s*cũ\s*\))[^()]*\)/gu;

/**
 * "Trong 6 tháng đầu năm, các phường cũ đã …": all the former units together, unnamed, are the merged unit's whole
 * ground, whose figures it reports as its own, and so are the former units listed together ("Phường 1, Phường 2 và
 * Phường 3 (cũ)"); a single named or counted one ("Riêng Phường 1 (cũ)", "phường Tân An (cũ)", "hai xã cũ") is not.
 */
const ALL_FORMER = new RegExp(String.raw`(?<![\p{L}\p{M}])các\s+(?:${caseAlternation([...UNIT_WORDS.map(([w]) => w), 'đơn vị'], ['lower'])})\s+cũ(?![\p{L}\p{M}])`, 'iu');

/** The last of units listed together: a unit and its name, then ',' or 'và', right before it. */
const LISTED_BEFORE = new RegExp(String.raw`(?:${caseAlternation(UNIT_WORDS.map(([w]) => w), ['lower', 'capitalised'])})\s+(?:\p{Lu}[\p{L}\p{M}]*\s+){0,3}(?:\p{Lu}[\p{L}\p{M}]*|\d{1,2})\s*(?:,|và)\s*$`, 'u');

/** Whether a clause's words before its figure have a former unit as subject. */
function formerUnitSubject(clause: string, formerUnits = 0): boolean {
  const words = clause.replace(CLOSED_ASIDE, ' ');
  const former = FORMER_UNIT.exec(words);
  if (!former || ALL_FORMER.test(words.slice(Math.max(0, former.index - 4), former.index + former[0].length))) return false;
  // "Trước sáp nhập, UBND 02 đơn vị cũ đã tiếp nhận …" where the report says it was merged from two: all of them, its own ground.
  if (formerUnits > 0 && Number(/(?<![\d.,])(\d{1,2})\s*$/u.exec(words.slice(0, former.index))?.[1]) === formerUnits) return false;
  if (LISTED_BEFORE.test(words.slice(0, former.index))) return false;
  return !SOURCE_BEFORE.test(words.slice(0, former.index)) && !SOURCE_AFTER.test(words.slice(former.index));
}

/**
 * "…; trước khi sáp nhập, năm 2023 Trung tâm Dịch vụ nông nghiệp tiếp nhận 410 hồ sơ": a body named by its own name
 * in a clause about the time before a merger is the merged-away body, whose figures are not the reporting unit's.
 */
const MERGED_AWAY_BODY = /(?<![\p{L}\p{M}])trước khi (?:sáp nhập|hợp nhất)(?![\p{L}\p{M}])[^;]*?(?<![\p{L}\p{M}])(?:Trung tâm|Chi cục|Ban|Văn phòng|Phòng|Ban quản lý)\s+\p{Lu}/u;

/**
 * "(Toàn tỉnh hiện có 1.806 thủ tục …)" in a department's report: an aside on the whole province, whose figures are
 * every department's and level's, not this department's own (a department reports at the province's level, so the
 * province is no unit above it for namesHigherWhole).
 */
const WHOLE_PROVINCE = /(?<![\p{L}\p{M}])(?:toàn|trên địa bàn)\s+tỉnh(?![\p{L}\p{M}])/iu;
const wholeProvinceAside = (inside: string, meta: ScopeContext['meta']) => ownWorkDepartment(meta) && WHOLE_PROVINCE.test(inside);

/** A department reporting on its own work; one that sums up the province's (meta.forProvince) owns the province's figures. */
const ownWorkDepartment = (meta: ScopeContext['meta']) => PROVINCIAL_AGENCY.test(meta.unitName ?? '') && !meta.forProvince;

/**
 * "Kế hoạch vốn đầu tư công năm 2023 của tỉnh là 3.900 tỷ đồng; toàn tỉnh đã giải ngân 2.100 tỷ đồng, đạt 54%" in a
 * department's report on its own work: the province as the subject of a figure's clause quotes the province's figures
 * beside the department's own. The province is the subject as "toàn tỉnh", as what "trên địa bàn tỉnh" has or collects
 * ("Thu ngân sách nhà nước trên địa bàn tỉnh … đạt 452 tỷ đồng": the province's budget, even in its finance department's report), or as the
 * owner of what a figure is ("… của tỉnh là/đạt …"). Not where the department is the subject after it ("Trong số hồ sơ
 * toàn tỉnh, Sở tiếp nhận …"), nor the sector's things on the province's ground ("Bộ thủ tục ngành tư pháp trên địa
 * bàn tỉnh gồm 180 thủ tục"), nor the province's things the department works on ("rà soát 900 văn bản của tỉnh").
 */
const PROVINCE_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:[Tt]oàn\s+tỉnh|[Tt]rên\s+địa\s+bàn\s+tỉnh\s+(?:hiện\s+)?có|[Tt]hu\s+(?:ngân\s+sách(?:\s+nhà\s+nước)?|NSNN)\s+trên\s+địa\s+bàn\s+tỉnh|của\s+tỉnh(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}(?:\s+(?:chỉ|mới|ước|đã))?\s+(?:là|đạt|có|gồm|giải\s+ngân|xếp))(?![\p{L}\p{M}])`,
  'gu',
);
/**
 * "Xét chung toàn tỉnh, Sở đã tham mưu giao kế hoạch vốn … 6.540 tỷ đồng, đã giải ngân … 2.310 tỷ đồng" in a
 * department's report on its own work: a topic lead on the whole province makes the sentence the province's, even
 * where the department advised on it ("Tính chung toàn tỉnh, …", "Trên phạm vi toàn tỉnh, …", "Trên địa bàn tỉnh, …").
 */
const PROVINCE_TOPIC = /^\P{L}*(?:(?:[Đđ]ối\s+với|[Tt]ính\s+chung|[Rr]iêng|[Xx]ét|[Vv]ề)\s+(?:(?:phạm\s+vi|địa\s+bàn)\s+)?toàn\s+tỉnh|(?:[Tt]rên|[Ởở])\s+phạm\s+vi\s+toàn\s+tỉnh|[Tt]rên\s+địa\s+bàn\s+(?:toàn\s+)?tỉnh)\s*,/u;
const provinceTopic = (text: string, meta: ScopeContext['meta']) => ownWorkDepartment(meta) && PROVINCE_TOPIC.test(text);

/** The department as a subject: "Sở" alone or by name, "đơn vị". */
const DEPARTMENT_SUBJECT = /(?<![\p{L}\p{M}])(?:Sở|[Đđ]ơn\s+vị)(?![\p{L}\p{M}])/u;

function provinceSubject(clause: string, meta: ScopeContext['meta']): boolean {
  if (!ownWorkDepartment(meta)) return false;
  const last = [...clause.matchAll(PROVINCE_SUBJECT)].at(-1);
  return last !== undefined && !DEPARTMENT_SUBJECT.test(clause.slice(last.index + last[0].length));
}

/**
 * "…; Chi nhánh Văn phòng Đăng ký đất đai tại huyện (trực thuộc Sở Tài nguyên và Môi trường) còn 17 hồ sơ trễ hạn": a
 * branch of a provincial office working in a district or a commune as the subject of the figure's clause counts that
 * office's dossiers, not the reporting unit's. Named as a branch ("Chi nhánh …", "riêng Chi nhánh …") or by whom it
 * belongs to ("(trực thuộc Sở …)", "(đơn vị ngành dọc của Sở …)"). Not a branch the unit works with ("phối hợp với
 * Chi nhánh …"), nor in a department's report, where the branches are its own.
 */
const HIGHER_BRANCH = /^\s*(?:(?:[Rr]iêng|[Tt]ại|[Ởở]|[Đđ]ối với)\s+)?(?:Chi nhánh(?![\p{L}\p{M}])|[^,;()]{0,80}\(\s*(?:trực thuộc|thuộc|(?:là\s+)?đơn vị ngành dọc(?:\s+của)?)\s+Sở(?![\p{L}\p{M}]))/u;

/**
 * "Bảo hiểm xã hội huyện tiếp nhận 1.080 hồ sơ trực tuyến", "Chi cục Thuế khu vực …": an agency managed from above
 * (ngành dọc: social insurance, tax, treasury, police, courts, procuracy, judgment enforcement) heading the clause
 * counts its own dossiers, whatever place it is named after.
 */
const VERTICAL_AGENCY = /^\s*(?:(?:[Rr]iêng|[Tt]ại|[Ởở]|[Đđ]ối với)\s+)?(?:Bảo hiểm xã hội|BHXH|Chi cục Thuế|Đội Thuế|Kho bạc Nhà nước|KBNN|Công an|Tòa án nhân dân|Toà án nhân dân|TAND|Viện [Kk]iểm sát nhân dân|VKSND|Chi cục Thi hành án)(?![\p{L}\p{M}])/u;

/**
 * "Chỉ số CCHC năm 2023 của tỉnh đạt 87,3 điểm, xếp thứ 15/63" in a district's report: an index the clause gives to a
 * unit above the reporting one (its last owner before the figure) is that unit's score and rank.
 */
const INDEX_OWNER = new RegExp(
  String.raw`(?<![\p{L}\p{M}])chỉ\s+số[^,;()]{0,60}?của\s+(${caseAlternation(UNIT_WORDS.map(([w]) => w), ['lower'])})(?![\p{L}\p{M}])`,
  'giu',
);

function higherIndexOwner(clause: string, meta: ScopeContext['meta']): boolean {
  const own = meta.unitLevel;
  const last = own ? [...clause.matchAll(INDEX_OWNER)].at(-1) : undefined;
  if (!own || !last) return false;
  const { level } = unitLevelOf(last[1], '');
  return level !== '' && LEVEL_RANK[level] > LEVEL_RANK[own];
}

const higherBranchSubject = (clause: string, meta: ScopeContext['meta']) =>
  (meta.unitLevel === 'district' || meta.unitLevel === 'commune') && (HIGHER_BRANCH.test(clause) || VERTICAL_AGENCY.test(clause));

/**
 * Whether the figure at `at` in `sentence` is another body's by the words of its own clause: its clause (from the
 * last ';') has a former unit, a body merged away, a provincial office's branch, the province in a department's report or (after a ';')
 * another named unit as subject, or it stands inside a parenthesis that names a whole above the reporting unit
 * ("… 118 thủ tục cấp xã (toàn tỉnh hiện có 1.805 thủ tục)"): only the parenthesis is that whole's.
 */
export function otherBodyAt(sentence: string, at: number, meta: ScopeContext['meta']): boolean {
  const before = sentence.slice(0, at);
  const open = before.lastIndexOf('(');
  if (open >= 0 && before.indexOf(')', open) < 0) {
    const inside = before.slice(open + 1);
    if (namesHigherWhole(inside, meta) || wholeProvinceAside(inside, meta) || formerUnitSubject(inside, meta.formerUnits)) return true;
  }
  const clause = before.slice(before.lastIndexOf(';') + 1);
  return (
    formerUnitSubject(clause, meta.formerUnits) ||
    MERGED_AWAY_BODY.test(clause) ||
    higherBranchSubject(clause, meta) ||
    higherIndexOwner(clause, meta) ||
    provinceSubject(clause, meta) ||
    (before.includes(';') && otherUnitSubject(clause, meta)) ||
    oneLowerUnitOwns(clause, meta)
  );
}

/**
 * "Lãnh đạo huyện Hòa Sơn chia sẻ … Vì vậy, tỷ lệ hồ sơ trực tuyến của huyện đạt 27,5% …" in a province's
 * report: one unit below the reporting one, owning the figure by "của" without "các" or "cấp", is the unit the text
 * just spoke of, not a level of the reporter's own.
 */
const ONE_UNIT_OWNS = new RegExp(
  String.raw`(?<![\p{L}\p{M}])của\s+(${caseAlternation(UNIT_WORDS.map(([w]) => w), ['lower'])})(?![\p{L}\p{M}])(?!\s*(?:,|và|\p{Lu}|\d))`,
  'gu',
);

function oneLowerUnitOwns(clause: string, meta: ScopeContext['meta']): boolean {
  const own = meta.unitLevel;
  if (!own) return false;
  return [...clause.matchAll(ONE_UNIT_OWNS)].some((m) => {
    const { level } = unitLevelOf(m[1], meta.unitName ?? '');
    return level !== '' && LEVEL_RANK[level] < LEVEL_RANK[own];
  });
}

/**
 * "…; huyện Mỹ Lâm dẫn đầu với 9 người tinh giản", "…; riêng xã Hòa Bình tiếp nhận 2.040 hồ sơ": another unit named at
 * the head of a clause after ';' is its subject, the clause's figures are that unit's (at a sentence's head the opener
 * says so: scopeOfOpener).
 */
function otherUnitSubject(clause: string, meta: ScopeContext['meta']): boolean {
  const named = NAMED_UNIT_LEAD.exec(clause.trimStart().replace(/^riêng\s+/iu, ''));
  return named !== null && namedUnit(named[0], meta) === 'other';
}

/**
 * "Sở Tài nguyên và Môi trường là đơn vị có số hồ sơ quá hạn nhiều nhất với 412 hồ sơ": an agency the sentence
 * ranks among others is that agency, not the reporting unit (unless it is the reporting unit by name).
 */
const RANKED_AGENCY = /^((?:Sở|Phòng|Chi nhánh|Trung tâm)\s+\p{Lu}[^.;]{0,60}?)\s+là\s+(?:đơn vị|cơ quan)\s+[^.;]*?nhất(?![\p{L}\p{M}])/u;

/** "Phường 5 là đơn vị tiếp nhận nhiều hồ sơ nhất với …", "Xã Hòa An là đơn vị …": one unit ranked among the others. */
const RANKED_UNIT = new RegExp(
  String.raw`^((?:${caseAlternation(UNIT_WORDS.map(([w]) => w), ['capitalised'])})\s+(?:\p{Lu}|\d)[^.;]{0,40}?)\s+là\s+(?:đơn vị|địa phương)\s+[^.;]*?nhất(?![\p{L}\p{M}])`,
  'u',
);
const UNIT_WORD_LEAD = new RegExp(String.raw`^(?:${UNIT_WORDS.map(([w]) => foldDiacritics(w)).join('|')})\s+`, 'u');

function ranksOtherAgency(text: string, meta: ScopeContext['meta']): boolean {
  const ranked = RANKED_AGENCY.exec(text.trimStart()) ?? RANKED_UNIT.exec(text.trimStart());
  return ranked !== null && !(meta.unitName && fold(ranked[1]).replace(UNIT_WORD_LEAD, '').startsWith(fold(meta.unitName)));
}

/**
 * "Theo thống kê chung của thành phố, …", "Theo Sở Nội vụ, …", "Đoàn kiểm tra của UBND tỉnh đã làm việc tại 12
 * xã …": a sentence sourced from a body above the reporting unit, or whose subject is that body's inspection team,
 * states that body's figures, also after a date ("Ngày 16/7/2024, Đoàn kiểm tra của tỉnh …"). Not a plan or a
 * directive it follows ("Theo Kế hoạch của UBND tỉnh, huyện đã …").
 */
const HIGHER_SOURCE = new RegExp(
  String.raw`^(?:[^,.;:]{0,30},\s*)?(?:Theo\s+(?:(?:thống kê|tổng hợp|số liệu|báo cáo)(?:\s+chung)?(?:\s+của)?\s+)?|(?:Đoàn|Tổ)\s+(?:kiểm tra|công tác)(?:\s+[^,.;:\d]{0,30}?)?\s+của\s+)` +
    String.raw`(?:(?:UBND|Ủy ban nhân dân|Ban Chỉ đạo(?:\s+cải cách hành chính|\s+CCHC)?)\s+)?(Sở|${caseAlternation(UNIT_WORDS.map(([w]) => w), ['lower'])})(?![\p{L}\p{M}])`,
  'u',
);

function higherSource(text: string, meta: ScopeContext['meta']): boolean {
  const own = meta.unitLevel;
  const source = own ? HIGHER_SOURCE.exec(text.trimStart().replace(/^[-+*•–]\s*/u, '')) : null;
  if (!own || !source) return false;
  const level = source[1] === 'Sở' ? 'province' : unitLevelOf(source[1], meta.unitName ?? '').level;
  return level !== '' && LEVEL_RANK[level] > LEVEL_RANK[own];
}

/**
 * "Kết quả giải quyết hồ sơ của Sở tại Bộ phận Một cửa đặt tại Trung tâm PVHCC tỉnh:": a department's own counter
 * at the province's centre. The department ("Sở" alone or by its own name, "đơn vị") owns the figures; the
 * centre is only where they are counted ("tại", "ở", "qua"), also when named in brackets ("của Sở (tiếp nhận tại
 * Trung tâm …):"). Another department by name ("của Sở Xây dựng tại …") is not the unit.
 */
const OWN_COUNTER = /(?<![\p{L}\p{M}])(?:của|thuộc)\s+(Sở|đơn vị)((?:\s+\p{Lu}[\p{L}\p{M}]*)*)\s+\(?\s*(?:(?:được\s+)?(?:tiếp nhận\s+|đặt\s+)?(?:tại|qua|ở))(?![\p{L}\p{M}])/u;
/**
 * "Tại Trung tâm PVHCC tỉnh, bộ phận của Sở đã tiếp nhận …": the centre named first, the department's own desk as
 * subject, whatever the desk is called ("Quầy giao dịch của Sở", "Bộ phận tiếp nhận hồ sơ của Sở").
 */
export const OWN_DESK = /(?<![\p{L}\p{M}])(?:[Bb]ộ phận|[Qq]uầy)(?:\s+(?:[Mm]ột cửa|tiếp nhận và trả kết quả|tiếp nhận hồ sơ|giao dịch|tiếp nhận))?\s+(?:của|thuộc)\s+(Sở|đơn vị)((?:\s+\p{Lu}[\p{L}\p{M}]*)*)(?![\p{L}\p{M}])/u;

/** "Sở tiếp nhận tại Trung tâm PVHCC tỉnh 1.240 hồ sơ": the department as the subject that receives at the centre. */
const OWN_SUBJECT_AT_CENTRE = /(?<![\p{L}\p{M}])(?<!các\s)(Sở|[Đđ]ơn vị)((?:\s+\p{Lu}[\p{L}\p{M}]*)*)\s+(?:đã\s+)?(?:tiếp nhận|nhận|giải quyết|xử lý)\s+(?:hồ sơ\s+)?(?:tại|qua)(?![\p{L}\p{M}])/u;

function ownCounterAtCentre(text: string, meta: ScopeContext['meta']): boolean {
  const m = OWN_COUNTER.exec(text) ?? OWN_DESK.exec(text) ?? OWN_SUBJECT_AT_CENTRE.exec(text);
  if (!m) return false;
  const name = m[2].trim();
  if (!name) return true;
  const own = fold(meta.unitName ?? '');
  const said = fold(`${m[1]} ${name}`);
  return own !== '' && (own.startsWith(said) || said.startsWith(own));
}

/**
 * A level as the sentence's subject: "Cấp huyện tiếp nhận …", also after a short leading phrase and its comma
 * ("Tổng cộng 5 năm, cấp huyện tiếp nhận …, đã giải quyết …", "Trong kỳ báo cáo, cấp xã …"): every figure of it.
 */
const levelSubject = (opening: Opening) =>
  /^cấp\s/iu.test(opening.cue) && (opening.cueAt === 0 || (opening.cueAt <= LABEL_WORDS && AFTER_LEADING_PHRASE.test(opening.text.slice(0, opening.text.indexOf(opening.cue)))));
/** A short leading phrase with no other clause mark in it, closed by a comma right before the cue. */
const AFTER_LEADING_PHRASE = /^[^,;:()]+,\s*$/u;

/** "Cấp tỉnh (các sở, ngành) tiếp nhận 38.000 hồ sơ" in a commune's report: a level above the unit as subject is another body. */
const higherLevelSubject = (opening: Opening, meta: ScopeContext['meta']) =>
  levelSubject(opening) && !!opening.level && !!meta.unitLevel && LEVEL_RANK[opening.level] > LEVEL_RANK[meta.unitLevel];

/** A lead-in ending ':' about the same span of other years ("Kết quả cùng kỳ các năm trước để so sánh:"). */
const SAME_SPAN_LEAD = /(?<![\p{L}\p{M}])cùng kỳ(?![\p{L}\p{M}])[^.;:]*:\s*$/iu;

/** A lead-in: an opener that ends with ':' ("… như sau:", "Kết quả …:"). */
export const LEAD_IN_END = /:\s*$/u;

/** A text that is one parenthesis throughout. */
const WHOLE_ASIDE = /^\s*\([^()]*\)\s*$/u;

/** Words before a level cue that still make it a label ("Riêng", "Đối với", "Tại", the marker). */
const LABEL_WORDS = 4;

const fold = (s: string) => foldDiacritics(s).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Which unit a text names: 'other' for a unit other than the reporting one
 * at its level or below ("xã Hòa Tiến" in a district's report), 'own' for the
 * reporting unit by name. A higher unit named in an opener is mostly context
 * ("Thực hiện chỉ đạo của UBND tỉnh Ninh Bình, UBND huyện …").
 */
function namedUnit(text: string, meta: ScopeContext['meta']): 'own' | 'other' | undefined {
  if (!meta.unitLevel) return undefined;
  // A reporter known by its level alone (a report whose first page is lost) may be any unit of that level.
  const own = meta.unitName ? fold(meta.unitName) : undefined;
  let named: 'own' | undefined;
  for (const m of [...text.matchAll(NAMED_UNIT), ...text.matchAll(NUMBERED_UNIT)]) {
    const kind = unitLevelOf(m[1], '').level;
    if (!kind || LEVEL_RANK[kind] > LEVEL_RANK[meta.unitLevel]) continue;
    // A department (sở) reports on its own province: "Chỉ số CCHC của tỉnh Phú Yên đạt …" is no other body.
    if (kind === 'province' && PROVINCIAL_AGENCY.test(meta.unitName ?? '')) continue;
    // A name cut by a line end ("huyện Thọ" ⏎ "Xuân") is still the unit's own.
    const name = fold(m[2]);
    if (kind === meta.unitLevel && own === undefined) continue;
    if (kind === meta.unitLevel && own !== undefined && (own.startsWith(name) || name.startsWith(own))) named = 'own';
    else return 'other';
  }
  return named;
}

/**
 * A level cue names a level of the report's figures unless it names the
 * reporting unit itself: "UBND huyện đã tiếp nhận …" in a district's report is
 * its own total, "cấp huyện", "các xã" name a level.
 */
function levelOf(opening: Opening, meta: ScopeContext['meta'], kind: OpenerKind = 'node'): Level {
  // In a line that also states a figure, only a cue that labels it ("b) Cấp xã: 1.200 …", "Riêng cấp xã, …") scopes what follows.
  if (!opening.level || (opening.figure && opening.cueAt > LABEL_WORDS)) return '';
  // A higher level in an opener names who directs or assigns ("Nhiệm vụ UBND tỉnh giao"), not the figures' level.
  if (meta.unitLevel && LEVEL_RANK[opening.level] > LEVEL_RANK[meta.unitLevel]) return '';
  if (opening.level !== meta.unitLevel) return opening.level;
  // "- UBND huyện: tiếp nhận …" beside "- UBND các xã: …": a list item labelled by the unit's own body is its level's part.
  if (kind === 'node' && opening.cueAt <= 1 && new RegExp(`^\\P{L}*${escapeRegExp(opening.cue)}\\s*:`, 'iu').test(opening.text)) return opening.level;
  return /(?<![\p{L}\p{M}])(?:cấp|các)(?![\p{L}\p{M}])/iu.test(opening.cue) ? opening.level : '';
}

/**
 * "Đối với 118 thủ tục cấp tỉnh, có 97 …, 21 …", "Trong số thủ tục cấp huyện, 164 … và 58 …": a sentence's
 * topic clause that ends at the level it names labels the whole sentence, as "Riêng cấp xã, …" does, even
 * with a count of its own or more words before the level.
 */
function topicLevel(text: string, context: ScopeContext): Level {
  const topic = context.levels.sentenceTopic.exec(text.replace(/\s+/gu, ' '));
  if (!topic) return '';
  // The clause's own count is what the topic is about, not a figure the label stands before.
  const opening = readOpening(topic[0].replace(/\d+(?:[.,]\d+)*/gu, ''), context.frame, context.levels, false);
  if (!opening.cueLabels) return '';
  // "Đối với hồ sơ thủ tục hành chính cấp tỉnh, Trung tâm tiếp nhận …": the level of the things, a higher one too.
  if (opening.level && THINGS_OF_LEVEL.test(topic[0])) return opening.level;
  return levelOf({ ...opening, figure: false }, context.meta);
}

/** A topic that ends at the level of procedures or dossiers ("hồ sơ TTHC cấp tỉnh,"), not of a body that directs. */
const THINGS_OF_LEVEL = /(?<![\p{L}\p{M}])(?:hồ sơ|thủ tục|TTHC|dịch vụ công)(?:\s+hành chính)?(?:\s+TTHC)?\s+(?:thuộc\s+thẩm\s+quyền\s+(?:của\s+)?)?cấp\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*,$/iu;

/**
 * Whose opener: a section's heading (any period in it scopes, plan words
 * make a plan section), a paragraph's or list item's first words, or a
 * sentence's own (its level only where a cue labels it: "Riêng cấp xã, …").
 */
export type OpenerKind = 'heading' | 'node' | 'sentence';

/** The scope an opener states. */
export function scopeOfOpener(text: string, context: ScopeContext, kind: OpenerKind): Scope {
  const heading = kind === 'heading';
  const opening = readOpening(text, context.frame, context.levels, heading);
  const scope: Scope = {};
  if (opening.period) scope.period = opening.period;
  // "Kết quả giải quyết hồ sơ (số liệu từ ngày 15/12/2022 đến ngày 14/11/2023):": a lead-in with no figure of its own
  // states the span of what it leads wherever in it the span stands, as a heading does; so does an aside standing
  // apart at a paragraph's head ("(Số liệu tính từ ngày 16/12/2020 đến ngày 15/6/2021)").
  else if (kind === 'node' && !opening.figure && (LEAD_IN_END.test(text) || WHOLE_ASIDE.test(text))) {
    const span = readOpening(text, context.frame, context.levels, true).period;
    if (span && span.start < span.end) scope.period = span;
  }
  const named = namedUnit(opening.text, context.meta);
  if (kind === 'sentence' && (namesHigherWhole(opening.text, context.meta) || ranksOtherAgency(text, context.meta) || higherSource(text, context.meta) || higherLevelSubject(opening, context.meta) || higherUnitSubject(text, context.meta) || provinceTopic(text, context.meta) || context.levels.outsideTotals?.test(text))) {
    scope.body = 'other';
  } else if (context.levels.provinceCentre.test(opening.words)) {
    // A department (sở) is province-level too, but the centre's totals are all departments', not its own.
    if (context.meta.unitLevel === 'province' && !PROVINCIAL_AGENCY.test(context.meta.unitName)) scope.level = 'province';
    else if (PROVINCIAL_AGENCY.test(context.meta.unitName ?? '') && ownCounterAtCentre(opening.text, context.meta)) scope.body = 'own';
    else scope.body = 'other';
  } else if (named) {
    // "Đối với cấp huyện: Hiện nay, UBND huyện Hạ Hòa có …": the unit itself, its own total.
    scope.body = named;
  } else {
    const level = (kind === 'sentence' && !opening.cueLabels && !levelSubject(opening) ? '' : levelOf(opening, context.meta, kind)) || (kind === 'sentence' ? topicLevel(text, context) : '');
    // A heading only where it is a label run on with its figures ("b) Tại Bộ phận Một cửa các xã: tiếp nhận …").
    const subject = kind === 'heading' ? lowerUnitsLevel(RUN_ON_LABEL.exec(text)?.[1] ?? '', context.meta.unitLevel) : lowerUnitsLevel(text, context.meta.unitLevel);
    if (level && !(level === 'commune' && context.meta.unitLevel === 'commune')) scope.level = level;
    else if (subject) scope.level = subject;
    // "UBND huyện đã ban hành …": the unit itself, its own total.
    else if (opening.level !== '' && opening.level === context.meta.unitLevel) scope.body = 'itself';
  }
  // "Kết quả cùng kỳ các năm trước:" leads figures of earlier years' same span; "so với cùng kỳ" compares one.
  if (kind === 'node' && !opening.period && !opening.figure && SAME_SPAN_LEAD.test(opening.text)) scope.sameSpan = true;
  const { periodEnd } = context.frame;
  const later = opening.period !== null && periodEnd !== '' && opening.period.start > periodEnd;
  if (heading && (later || context.levels.planHeading.test(opening.words))) scope.plan = true;
  // "Theo kế hoạch, trong năm thị xã kiểm tra 07 phòng …": what the plan schedules (a sentence with "đã" reports it done).
  if (kind === 'sentence' && opening.figure && context.levels.planOpener.test(opening.words)) scope.plan = true;
  return scope;
}

/**
 * "- Bộ phận Một cửa huyện: …" beside "- Cấp xã: …": list items that split the figures by level, the unit's own
 * one-stop desk named by its level word (no "cấp") is that level's part. Alone, or beside items of no lower
 * level, the desk's figures stay the unit's own total. `openers` holds each item's opener text.
 */
/** A marker's style: "a)" and "b)", "1." and "2." are one list's. */
export const markerStyle = (marker: string) => marker.replace(/\p{L}+|\d+/gu, 'x');

export function levelDeskItems(items: readonly DocNode[], openers: ReadonlyMap<DocNode, string>, context: ScopeContext): void {
  const own = context.meta.unitLevel;
  if (!own) return;
  const lower = (n: DocNode) => n.kind !== 'paragraph' && n.scope.level !== undefined && LEVEL_RANK[n.scope.level] < LEVEL_RANK[own];
  for (const item of items) {
    if (item.kind === 'paragraph' || item.scope.level || item.scope.body === 'other') continue;
    const desk = context.levels.unitDesk.exec(openers.get(item) ?? '');
    if (!desk || unitLevelOf(desk[1], context.meta.unitName ?? '').level !== own) continue;
    const style = markerStyle(item.marker);
    if (!items.some((sibling) => sibling !== item && markerStyle(sibling.marker) === style && lower(sibling))) continue;
    item.scope = { ...item.scope, level: own };
    delete item.scope.body;
  }
}
