/**
 * One key per administrative unit across a batch, whatever way a report
 * names it: `UBND huyện Thạch An` = `huyện Thạch An` = `THẠCH AN` = `Thach An`
 * within a province. The key is `<province>/<level>/<name>`, each folded
 * (case, diacritics, spacing): `cao-bang/district/thach-an`. The province is
 * kept, so same-named communes of two provinces stay apart; a report that
 * does not state its province or level takes the only one the batch knows
 * for that name, and keeps `?` when the batch knows several.
 */
import { foldDiacritics } from '../text/match-form.js';

export const UNKNOWN = '?';

const COMMITTEE = /^(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)\s+/;
const LEVEL_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^tinh\s+/, 'province'],
  [/^(?:thanh pho|quan|huyen|thi xa)\s+/, 'district'],
  [/^(?:xa|phuong|thi tran|dac khu)\s+/, 'commune'],
];

export function fold(text: string): string {
  return foldDiacritics(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function slug(text: string): string {
  return fold(text).replace(/ /g, '-');
}

/** A unit's name and level from any way of writing it: "UBND huyện Thạch An", "huyện Thạch An", "Thạch An". */
export function parseUnitName(written: string): { level: string; name: string } {
  let text = fold(written).replace(COMMITTEE, '');
  for (const [word, level] of LEVEL_WORDS) {
    if (word.test(text)) {
      text = text.replace(word, '');
      return { level, name: text };
    }
  }
  return { level: '', name: text };
}

export interface UnitIdentity {
  province: string;
  level: string;
  name: string;
}

/** The unit a report speaks for, from its unit name, level and issuer; undefined when it names none. */
export function unitIdentity(report: { unit_name: string; unit_level: string; issuer: string; province: string }): UnitIdentity | undefined {
  const fromIssuer = parseUnitName(report.issuer);
  const fromName = parseUnitName(report.unit_name);
  const name = fromName.name || fromIssuer.name;
  if (!name) return undefined;
  return { province: slug(report.province), level: report.unit_level || fromName.level || fromIssuer.level, name: name.replace(/ /g, '-') };
}

/**
 * Keys for a batch's identities: a missing province or level is filled in
 * when the batch knows exactly one for that name (and level / province).
 */
export function unitKeys(identities: readonly (UnitIdentity | undefined)[]): string[] {
  const known = identities.filter((u): u is UnitIdentity => u !== undefined && u.province !== '' && u.level !== '');
  const only = (values: string[]) => (new Set(values).size === 1 ? values[0] : '');
  return identities.map((unit) => {
    if (!unit) return '';
    const level = unit.level || only(known.filter((k) => k.name === unit.name && (!unit.province || k.province === unit.province)).map((k) => k.level));
    const province = unit.province || only(known.filter((k) => k.name === unit.name && (!level || k.level === level)).map((k) => k.province));
    return [province || UNKNOWN, level || UNKNOWN, unit.name].join('/');
  });
}

/**
 * A parent key (reports.csv parent_unit_key) whose province the report left
 * unknown: a unit lies in its parent's province, so it takes the unit's
 * resolved province, else the only province the batch knows for that parent.
 */
export function resolveParentKey(parentKey: string, unitKey: string, batchKeys: readonly string[]): string {
  const [province, level, name] = parentKey.split('/');
  if (province !== UNKNOWN || !level || !name) return parentKey;
  const ownProvince = unitKey.split('/')[0];
  if (ownProvince && ownProvince !== UNKNOWN) return [ownProvince, level, name].join('/');
  const known = new Set(batchKeys.filter((k) => k.endsWith(`/${level}/${name}`) && !k.startsWith(`${UNKNOWN}/`)).map((k) => k.split('/')[0]));
  return known.size === 1 ? [[...known][0], level, name].join('/') : parentKey;
}
