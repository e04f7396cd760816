/** Folded words of a label: diacritics off, lower case, punctuation dropped ("Số TTHC/danh mục" → so tthc danh muc). */
import { foldDiacritics } from '../text/match-form.js';

export { foldDiacritics };

/** A header's words without what it says in brackets ("Tổng số (1)", "Tỷ lệ (%)"), spaces collapsed. */
export const withoutBrackets = (text: string) => text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();

export function foldedTokens(text: string): string[] {
  return foldDiacritics(text).match(/[\p{L}\d]+/gu) ?? [];
}
