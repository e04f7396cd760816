/** Cell text helpers shared by the grid reader and the long-format reader (kept apart to avoid an import cycle). */

/** A cell's text on one line, spaces collapsed. */
export const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A cell that holds no value ("-", "–", "x"). */
export const NO_VALUE = /^[-–—x]$/i;
