/**
 * The unit a report's unit belongs to (reports.csv parent_unit_key), read
 * where a report states it:
 * - the header: "UBND HUYỆN THẠCH AN" (or a bare "HUYỆN THẠCH AN") on the
 *   line above "UBND XÃ ĐỨC LONG";
 * - the text: "xã Đức Long, huyện Thạch An" (the opening "UBND xã Đức Long,
 *   huyện Thạch An báo cáo …" included). A place line "Đức Long, ngày …"
 *   names no parent.
 * A district belongs to its province. From 1 July 2025 communes have no
 * district: a commune reporting after that date belongs to its province.
 */
import type { Level } from '../model/schemas.js';
import { escapeRegExp } from '../parse/number-words.js';
import { caseAlternation, LEVEL_RANK, titleCase, UNIT_WORDS, unitLevelOf } from '../parse/unit-words.js';
import { foldDiacritics } from '../text/match-form.js';

export interface ParentUnit {
  level: Level;
  name: string;
}

/** The day the two-level local government began (Law 72/2025/QH15): districts were abolished. */
export const TWO_LEVEL_FROM = '2025-07-01';

const PARENT_WORDS = UNIT_WORDS.filter(([, level]) => level !== 'commune').map(([w]) => w);

const COMMITTEE = String.raw`(?:UBND|[ỦU]Y\s+BAN\s+NHÂN\s+DÂN)`;
const CAPS_WORDS = UNIT_WORDS.map(([w]) => w.toLocaleUpperCase('vi')).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`[ \t]+`)).join('|');
/** A header's unit line: "UBND HUYỆN THẠCH AN", "ỦY BAN NHÂN DÂN ⏎ XÃ ĐỨC LONG", a bare "HUYỆN THẠCH AN". */
const HEADER_MENTION = new RegExp(String.raw`(?:^|\n|${COMMITTEE}\s+)[ \t]*(${CAPS_WORDS})[ \t]+(\p{Lu}+(?:[ \t]+\p{Lu}+)*)(?![\p{L}])`, 'gu');
/** The parent written after the unit: ", huyện Thạch An", " - huyện Thạch An", " huyện Thạch An". */
const PARENT_AFTER = new RegExp(String.raw`^\s*[,–-]?\s*(${caseAlternation(PARENT_WORDS)})\s+(\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,3})(?![\p{L}])`, 'u');

const levelOf = (word: string, name: string): Level => unitLevelOf(word, name).level;

function sameName(a: string, b: string): boolean {
  const form = (s: string) => foldDiacritics(s).replace(/\s+/g, ' ').trim();
  return form(a) === form(b);
}

function higher(parent: Level, own: Level): boolean {
  return parent !== '' && own !== '' && LEVEL_RANK[parent] > LEVEL_RANK[own];
}

/** The nearest unit line above the unit's own line in the header, when it is a higher level. */
export function headerParent(header: string, own: ParentUnit): ParentUnit | undefined {
  const mentions = [...header.matchAll(HEADER_MENTION)].map((m) => ({ level: levelOf(m[1], m[2]), name: titleCase(m[2].replace(/\s+/g, ' ')) }));
  const ownAt = mentions.map((m) => m.level === own.level && sameName(m.name, own.name)).lastIndexOf(true);
  const above = ownAt > 0 ? mentions[ownAt - 1] : undefined;
  return above && higher(above.level, own.level) ? above : undefined;
}

/** "xã Đức Long, huyện Thạch An" anywhere in the texts: the first parent written right after the unit's own name. */
export function textParent(texts: readonly string[], own: ParentUnit): ParentUnit | undefined {
  const ownWords = UNIT_WORDS.filter(([, level]) => level === own.level).map(([w]) => w);
  const names = [own.name, own.name.toLocaleUpperCase('vi')].map((n) => escapeRegExp(n).replace(/ /g, String.raw`\s+`));
  const ownRe = new RegExp(String.raw`(?<![\p{L}])(?:${caseAlternation(ownWords)})\s+(?:${names.join('|')})(?![\p{L}])`, 'gu');
  for (const text of texts) {
    for (const m of text.matchAll(ownRe)) {
      const after = PARENT_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
      if (!after) continue;
      const parent = { level: levelOf(after[1], after[2]), name: after[2] };
      if (higher(parent.level, own.level)) return parent;
    }
  }
  return undefined;
}

/**
 * The parent of the reporting unit, or undefined when the report does not
 * say. `date` is the report's date (or its period's end when undated).
 */
export function parentUnit(input: { own: ParentUnit; province: string; date: string; header: string; texts: readonly string[] }): ParentUnit | undefined {
  const { own, province, date } = input;
  const theProvince = province ? { level: 'province' as const, name: province } : undefined;
  if (own.level === 'district') return theProvince;
  if (own.level !== 'commune' || !own.name) return undefined;
  if (date !== '' && date >= TWO_LEVEL_FROM) return theProvince;
  return headerParent(input.header, own) ?? textParent(input.texts, own);
}
