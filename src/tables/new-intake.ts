/**
 * "Tiếp nhận trong kỳ" beside "Kỳ trước chuyển sang" under one received
 * heading: the dossiers newly received, not all those handled. A header's
 * own-period words are dropped when it is read ("trong kỳ" adds nothing to
 * what a column counts), which would leave that leaf a second received
 * total; only a carried-over column beside it says it is the new part.
 * Alone ("Hồ sơ tiếp nhận trong kỳ | Đã giải quyết"), it stays the total.
 */
import { foldDiacritics, withoutBrackets } from './fold.js';
import { matchLabel } from './labels.js';

/** A leaf naming intake within the period: "Tiếp nhận trong kỳ", "Nhận trong quý", "Số tiếp nhận trong kỳ báo cáo". */
const IN_PERIOD_INTAKE = /^(?:so\s+)?(?:ho\s+so\s+)?(?:tiep\s+)?nhan(?:\s+moi)?\s+trong\s+(?:ky|thang|quy|nam)(?:\s+bao\s+cao)?$/;

/** The wording a new-intake column is read by. */
export const NEW_INTAKE = 'Số hồ sơ mới tiếp nhận';

/** A header's leaf: its last part that says something once brackets are dropped (not a column number "(5)" under it). */
function leafOf(parts: readonly string[]): string {
  const said = parts.map((p) => withoutBrackets(foldDiacritics(p))).filter((p) => /\p{L}/u.test(p));
  return said.at(-1) ?? '';
}

/** Columns whose meaning becomes the new intake: in-period intake leaves, when a carried-over column stands beside them. */
export function newIntakeColumns(meanings: ReadonlyMap<number, string>, headerParts: ReadonlyMap<number, readonly string[]>): number[] {
  const carried = [...meanings.values()].some((m) => m !== '' && matchLabel(m).indicator === 'dossier.carried_over');
  if (!carried) return [];
  return [...headerParts].filter(([, parts]) => IN_PERIOD_INTAKE.test(leafOf(parts))).map(([c]) => c);
}
