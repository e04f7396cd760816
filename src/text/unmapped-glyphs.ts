/**
 * A PDF whose fonts lost their Unicode map gives glyph codes instead of
 * letters (control characters, private-use code points): pdf.js reads it
 * without complaint, and the report used to be `ok` with no figures and
 * pages of codes. When most of the repaired text is such codes the report is
 * `partial`, saying so (its pages need OCR).
 */
import type { Report } from '../model/report.js';

/** Characters no repair turned into text: controls (but tab), DEL, C1, private use, U+FFFD. */
const UNREADABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uE000-\uF8FF\uFFFD]/gu;
const NON_SPACE = /\S/gu;
/** Share of unreadable characters past which the text layer is glyph codes rather than a few damaged spots. */
export const UNREADABLE_SHARE = 0.3;
/** Below this many characters a share says little (a cover page, a stub). */
const MIN_CHARACTERS = 100;

export function markUnmappedGlyphs(report: Report): void {
  let characters = 0;
  let unreadable = 0;
  for (const page of report.pages) {
    for (const line of page.lines) {
      characters += line.text.match(NON_SPACE)?.length ?? 0;
      unreadable += line.text.match(UNREADABLE)?.length ?? 0;
    }
  }
  if (characters < MIN_CHARACTERS || unreadable / characters <= UNREADABLE_SHARE) return;
  const message = `text layer is mostly unmapped glyph codes (${Math.round((100 * unreadable) / characters)}% of characters unreadable; fonts without a Unicode map): OCR needed`;
  report.diagnostics.push({ severity: 'warning', message, source: 'normalise' });
  if (report.status === 'ok') report.status = 'partial';
  report.error = report.error ? `${report.error}; ${message}` : message;
}
