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
import { foldDiacritics } from '../text/match-form.js';
import type { Scope } from './tree.js';

export interface ScopeContext {
  frame: ReadingFrame;
  levels: LevelCues;
  meta: Pick<ReportMeta, 'unitLevel' | 'unitName'>;
}

const RANK: Readonly<Record<Exclude<Level, ''>, number>> = { province: 3, district: 2, commune: 1 };
const UNIT_KINDS: ReadonlyArray<[RegExp, Exclude<Level, ''>]> = [
  [/^(?:tỉnh)$/iu, 'province'],
  [/^(?:huyện|quận|thị xã|thành phố)$/iu, 'district'],
  [/^(?:xã|phường|thị trấn|đặc khu)$/iu, 'commune'],
];
/** "xã Hòa Tiến", "Phường 3", "thị trấn Kim Sơn": a unit named by kind and proper name (no /i: \p{Lu} must stay upper case). */
const UNIT_KIND_WORDS = ['tỉnh', 'huyện', 'quận', 'thị xã', 'thành phố', 'xã', 'phường', 'thị trấn', 'đặc khu'];
const NAMED_UNIT = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(${UNIT_KIND_WORDS.flatMap((w) => [w, w[0].toLocaleUpperCase('vi') + w.slice(1)]).join('|')})\s+((?:\p{Lu}[\p{L}\p{M}]*)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})`,
  'gu',
);
/** Wards and urban districts may be numbered ("Phường 3", "Quận 1"); "xã 6 tháng" is no name. */
const NUMBERED_UNIT = /(?<![\p{L}\p{M}])([Pp]hường|[Qq]uận)\s+(\d{1,2})(?![\p{N}.,])/gu;

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
  if (!meta.unitName || !meta.unitLevel) return undefined;
  const own = fold(meta.unitName);
  let named: 'own' | undefined;
  for (const m of [...text.matchAll(NAMED_UNIT), ...text.matchAll(NUMBERED_UNIT)]) {
    const kind = UNIT_KINDS.find(([re]) => re.test(m[1].replace(/\s+/g, ' ')))?.[1];
    if (!kind || RANK[kind] > RANK[meta.unitLevel]) continue;
    // A name cut by a line end ("huyện Thọ" ⏎ "Xuân") is still the unit's own.
    const name = fold(m[2]);
    if (kind === meta.unitLevel && (own.startsWith(name) || name.startsWith(own))) named = 'own';
    else return 'other';
  }
  return named;
}

/**
 * A level cue names a level of the report's figures unless it names the
 * reporting unit itself: "UBND huyện đã tiếp nhận …" in a district's report is
 * its own total, "cấp huyện", "các xã" name a level.
 */
function levelOf(opening: Opening, meta: ScopeContext['meta']): Level {
  // In a line that also states a figure, only a cue that labels it ("b) Cấp xã: 1.200 …", "Riêng cấp xã, …") scopes what follows.
  if (!opening.level || (opening.figure && opening.cueAt > LABEL_WORDS)) return '';
  // A higher level in an opener names who directs or assigns ("Nhiệm vụ UBND tỉnh giao"), not the figures' level.
  if (meta.unitLevel && RANK[opening.level] > RANK[meta.unitLevel]) return '';
  if (opening.level !== meta.unitLevel) return opening.level;
  return /(?<![\p{L}\p{M}])(?:cấp|các)(?![\p{L}\p{M}])/iu.test(opening.cue) ? opening.level : '';
}

/** The scope an opener states. `heading`: a section's heading, where plan words mean a plan section. */
export function scopeOfOpener(text: string, context: ScopeContext, heading: boolean): Scope {
  const opening = readOpening(text, context.frame, context.levels, heading);
  const scope: Scope = {};
  if (opening.period) scope.period = opening.period;
  const named = namedUnit(opening.text, context.meta);
  if (context.levels.provinceCentre.test(opening.words)) {
    if (context.meta.unitLevel === 'province') scope.level = 'province';
    else scope.body = 'other';
  } else if (named === 'other') {
    scope.body = 'other';
  } else {
    const level = levelOf(opening, context.meta);
    if (level && !(level === 'commune' && context.meta.unitLevel === 'commune')) scope.level = level;
    // "UBND huyện Hạ Hòa có …", "UBND huyện đã ban hành …": the unit itself, its own total.
    else if (named === 'own' || (opening.level !== '' && opening.level === context.meta.unitLevel)) scope.body = 'own';
  }
  if (heading && context.levels.planHeading.test(opening.words)) scope.plan = true;
  return scope;
}
