/**
 * Is a string one well-formed Vietnamese syllable (initial consonant + rime,
 * at most one tone mark)? Used to decide whether two fragments split by a bad
 * PDF space belong together: "ĐIỀ U" (điề is no syllable, điều is) joins,
 * "ho a" (both are syllables) does not.
 */

const INITIALS = ['ngh', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];

/** Rimes without tone marks; `(a|b)` lists the finals a nucleus takes. */
const RIME_PATTERNS = [
  'a(|i|o|u|y|c|ch|m|n|ng|nh|p|t)', 'ă(c|m|n|ng|p|t)', 'â(c|m|n|ng|p|t|u|y)',
  'e(|o|c|m|n|ng|p|t)', 'ê(|u|ch|m|n|nh|p|t)',
  'i(|a|u|ch|m|n|nh|p|t)', 'iê(c|m|n|ng|p|t|u)',
  'o(|a|ai|ao|ay|ac|ach|am|an|ang|anh|ap|at|e|eo|ec|en|et|i|c|m|n|ng|p|t|oc|ong)', 'oă(c|m|n|ng|t)',
  'ô(|i|c|m|n|ng|p|t)', 'ơ(|i|m|n|p|t|c)',
  'u(|a|i|c|m|n|ng|p|t|y|ya|ych|yn|ynh|yp|yt|yu|ê|êch|ênh|ơ)', 'uâ(n|ng|t|y)', 'uyê(n|t)', 'uô(c|i|m|n|ng|p|t)',
  'ư(|a|i|u|c|m|n|ng|t)', 'ươ(c|i|m|n|ng|p|t|u)',
  'y(|ê(m|n|ng|t|u))',
];

const SYLLABLE = new RegExp(`^(?:${INITIALS.join('|')})?(?:${RIME_PATTERNS.join('|')})$`, 'u');

/** The five tone marks (combining, after NFD). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONES)?.length ?? 0;
  if (tones > 1) return false;
  const toneless = decomposed.replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(toneless);
}
