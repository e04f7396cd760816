/**
 * Numbers as audit notes and flag texts write them, read every plausible way:
 * `1.182` is 1182 in Vietnamese but 1.182 in English, `19,850` is 19.85 (tỷ)
 * or 19850. Scoring accepts a match under any reading, so it never punishes
 * a checker for the writing style of its message.
 */

/** A mentioned quantity: its possible values, or a date key (yyyy-mm-dd or yyyy-mm). */
export interface Mentioned {
  values: number[];
  date?: string;
}

const THOUSANDS_GROUP = /^\d{3}$/;

function plain(digits: string): number {
  return Number(digits);
}

/** Readings of one token such as `08`, `1.182`, `42,1`, `1.234,5`, `1,234.5`. */
export function readingsOf(raw: string): number[] {
  const token = raw.trim().replace(/%$/, '');
  if (!/^-?\d+(?:[.,]\d+)*$/.test(token)) return [];
  const sign = token.startsWith('-') ? -1 : 1;
  const body = token.replace(/^-/, '');
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  let readings: number[];
  if (dots === 0 && commas === 0) readings = [plain(body)];
  else if (dots > 0 && commas > 0) {
    // The last separator is the decimal one, the other groups thousands.
    const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const grouping = decimal === ',' ? '.' : ',';
    readings = [plain(body.split(grouping).join('').replace(decimal, '.'))];
  } else {
    const separator = dots > 0 ? '.' : ',';
    const parts = body.split(separator);
    const grouped = parts.slice(1).every((part) => THOUSANDS_GROUP.test(part));
    const asThousands = plain(parts.join(''));
    if (parts.length > 2) readings = grouped ? [asThousands] : [];
    else {
      const asDecimal = plain(parts.join('.'));
      readings = grouped ? [asThousands, asDecimal] : [asDecimal];
    }
  }
  return readings.filter(Number.isFinite).map((value) => sign * value);
}

const FULL_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const MONTH_YEAR = /(?<!\d)(\d{1,2})\/(\d{4})(?![\d/])/g;
const NUMBER = /(?<![\d.,])\d+(?:[.,]\d+)*/g;
const SCALES = [1e3, 1e6, 1e9];

function pad(n: string): string {
  return n.padStart(2, '0');
}

function validDay(day: string, month: string): boolean {
  return Number(day) >= 1 && Number(day) <= 31 && validMonth(month);
}

function validMonth(month: string): boolean {
  return Number(month) >= 1 && Number(month) <= 12;
}

/** One token of a `numbers` cell: a number, or a date `20/01/2021` / `12/2021`. */
export function mentionedOf(token: string): Mentioned {
  const full = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(token);
  if (full && validDay(full[1], full[2])) return { values: [], date: `${full[3]}-${pad(full[2])}-${pad(full[1])}` };
  const monthYear = /^(\d{1,2})\/(\d{4})$/.exec(token);
  if (monthYear && validMonth(monthYear[1])) return { values: [], date: `${monthYear[2]}-${pad(monthYear[1])}` };
  return { values: readingsOf(token) };
}

/**
 * Everything a free text mentions. Full dates are taken out before numbers are
 * scanned (their parts are not quantities); large round amounts also read in
 * thousands, millions and billions (a message in đồng, a note in tỷ).
 */
export function scanMentioned(text: string): { values: number[]; dates: string[] } {
  const dates: string[] = [];
  const withoutDates = text.replace(FULL_DATE, (match, d, m, y, isoY, isoM, isoD) => {
    if (isoY) dates.push(`${isoY}-${isoM}-${isoD}`);
    else if (validDay(d, m)) dates.push(`${y}-${pad(m)}-${pad(d)}`);
    else return match;
    return ' ';
  });
  for (const [, month, year] of withoutDates.matchAll(MONTH_YEAR)) if (validMonth(month)) dates.push(`${year}-${pad(month)}`);
  const values: number[] = [];
  for (const [raw] of withoutDates.matchAll(NUMBER)) {
    for (const value of readingsOf(raw)) {
      values.push(value);
      if (Math.abs(value) < 1e6) continue;
      for (const scale of SCALES) {
        const scaled = value / scale;
        if (Math.abs(scaled * 1000 - Math.round(scaled * 1000)) < 1e-6) values.push(scaled);
      }
    }
  }
  return { values, dates };
}
