/** Text wrapped over lines in a narrow cell (PDF, laid-out text), joined again. */
import { foldDiacritics } from './fold.js';
import { isAbbreviation, isLexiconWord } from './labels.js';

/** A number cut at a cell's edge ("31/12/202", "năm 202"): a date's or year's last digits wrap to the next line. */
export const CUT_NUMBER = /(?:\d\/\d*|\d{3})$/;

/** A cell ending in a year: the year alone, or the end of a heading wrapped before it ("kỳ 2023", "năm 2024"). */
export const ENDS_IN_YEAR = /(?:^|\s)(?:19|20)\d\d$/;

/** A heading that waits for its number, wrapped to the next line in a narrow cell ("Mức độ" / "3", "Nhóm" / "2"). */
export const NUMBERED_HEADING = /(?:^|\s)(?:mức(?:\s+độ)?|cấp\s+độ|loại|nhóm)$/iu;

/** A line's piece that finishes the heading above it: its number under a numbered heading, or words going on in small letters. */
export function endsHeadingAbove(text: string, above: string): boolean {
  return (/^\d{1,2}$/.test(text) && NUMBERED_HEADING.test(above)) || /^[\p{Ll}(]/u.test(text);
}

/**
 * A cell's lines as one text. A word too wide for a narrow column is broken
 * inside it ("huyệ" / "n"): a line that starts with small letters but no
 * vowel cannot start a Vietnamese syllable, so it ends the word above
 * (capitals without a vowel are an abbreviation: "KH", "DVC"); so does a
 * line whose first word and the word above are no words of the label
 * dictionary when together they make one ("chuy" / "ển"); so do capitals
 * that finish an abbreviation cut above ("BCC" / "I", see cutAbbreviation).
 * Digits under a date or year cut at the cell's edge finish it
 * ("31/12/202" / "4").
 */
export function joinLines(parts: readonly string[]): string {
  return parts.reduce((text, part) => {
    if (cutAbbreviation(text, part)) return `${text}${part}`;
    const head = /^\p{Ll}+/u.exec(part)?.[0];
    const tail = /\p{L}+$/u.exec(text)?.[0];
    const splitWord = head !== undefined && tail !== undefined && !isLexiconWord(tail) && !isLexiconWord(head) && isLexiconWord(tail + head);
    const brokenWord = text !== '' && head !== undefined && tail !== undefined && (!/[aeiouy]/i.test(foldDiacritics(head)) || splitWord);
    const brokenNumber = /^\d{1,2}$/.test(part) && CUT_NUMBER.test(text);
    return text === '' ? part : `${text}${brokenWord || brokenNumber ? '' : ' '}${part}`;
  }, '');
}

/**
 * A line of capitals alone that finishes an abbreviation of the dictionary
 * cut at the cell's edge above ("Qua BCC" / "I" is "Qua BCCI"); a roman
 * number under a heading ("Quý" / "III") makes no abbreviation.
 */
export function cutAbbreviation(text: string, part: string): boolean {
  const tail = /(?:^|\s)(\p{Lu}+)$/u.exec(text)?.[1];
  return tail !== undefined && /^\p{Lu}{1,3}$/u.test(part) && !isAbbreviation(tail) && isAbbreviation(tail + part);
}
