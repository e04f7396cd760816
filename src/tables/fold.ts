/** Folded words of a label: diacritics off, lower case, punctuation dropped ("Số TTHC/danh mục" → so tthc danh muc). */
import { foldDiacritics } from '../text/match-form.js';

export { foldDiacritics };

export function foldedTokens(text: string): string[] {
  return foldDiacritics(text).match(/[\p{L}\d]+/gu) ?? [];
}
