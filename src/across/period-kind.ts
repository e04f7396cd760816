/** What kind of period two ISO dates span (month, quarter, half_year, nine_months, year, point, other). */
export type PeriodKind = 'point' | 'month' | 'quarter' | 'half_year' | 'nine_months' | 'year' | 'other';

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function periodKind(start: string, end: string): PeriodKind | '' {
  if (!start || !end) return '';
  if (start === end) return 'point';
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em, ed] = end.split('-').map(Number);
  if (sy !== ey || sd !== 1 || ed !== lastDay(ey, em)) return 'other';
  const months = em - sm + 1;
  if (months === 1) return 'month';
  if (months === 3 && sm % 3 === 1) return 'quarter';
  if (months === 6 && (sm === 1 || sm === 7)) return 'half_year';
  if (months === 9 && sm === 1) return 'nine_months';
  if (months === 12) return 'year';
  return 'other';
}

/** The ISO date one day before or after. */
export function shiftDay(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
