/**
 * Forms for matching, not for display.
 *
 * matchForm: lower case, NFC, and tone-mark placement folded to one
 * convention, so "hoà" = "hòa", "thuỷ" = "thủy", "quý" = "qúy": in the vowel
 * pairs oa, oe, uy the tone goes on the FIRST vowel. Both spellings of a word
 * fold the same way, which is all matching needs. For NFC input the result has
 * the SAME LENGTH as the input (one code unit per letter in, one out), so
 * offsets found in the match form are offsets in the original text.
 *
 * foldDiacritics: every mark off and đ → d, lower case (same length for NFC
 * Vietnamese input), for fuzzy label matching.
 */

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** Lower-case char by char, keeping a char whose lower case would change the length. */
function lowerSameLength(s: string): string {
  let out = '';
  for (const c of s) {
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

function splitTone(c: string): { base: string; tone: string } {
  const d = c.normalize('NFD');
  const tone = [...d].find((m) => TONES.includes(m)) ?? '';
  return { base: tone ? d.replace(tone, '').normalize('NFC') : c, tone };
}

const TONED_PAIR = /([oòóỏõọuùúủũụ])([aàáảãạeèéẻẽẹyỳýỷỹỵ])/gu;

export function matchForm(s: string): string {
  const lower = lowerSameLength(s.normalize('NFC'));
  return lower.replace(TONED_PAIR, (pair, first: string, second: string) => {
    const a = splitTone(first);
    const b = splitTone(second);
    if (!b.tone || a.tone) return pair;
    const moved = `${(first + b.tone).normalize('NFC')}${b.base}`;
    return moved.length === pair.length ? moved : pair;
  });
}

function foldChar(c: string): string {
  return lowerSameLength(c).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');
}

/** Each character's fold, kept as met: table and label code folds every line, mostly the same few letters. */
const foldedChars = new Map<string, string>();

/**
 * Folded char by char of the NFC text: decomposing, dropping every mark and recomposing the whole text gives the
 * same, since only marks reorder or compose (Hangul jamo left side by side by a dropped mark aside).
 */
export function foldDiacritics(s: string): string {
  // ASCII other than capitals folds to itself: only the other characters are looked up (runs of ASCII are copied whole).
  return s.normalize('NFC').replace(NOT_OWN_FOLD, foldedChar);
}

/** Characters whose fold may differ from themselves: any but ASCII, and ASCII capitals. */
const NOT_OWN_FOLD = /[^\0-@[-\x7f]/gu;

function foldedChar(c: string): string {
  let folded = foldedChars.get(c);
  if (folded === undefined) foldedChars.set(c, (folded = foldChar(c)));
  return folded;
}
