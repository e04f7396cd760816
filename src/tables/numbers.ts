/**
 * Numbers as written in Vietnamese table cells: '.' groups thousands
 * ("8.803"), ',' marks decimals ("16,5"); "100%", "01", "289," also occur.
 */
const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_DECIMAL = /^\d+(?:,\d+)?$/;
const DOT_DECIMAL = /^\d+\.\d{1,2}$/;

/** The number a cell states, or undefined when the cell is not one number. */
export function parseCellNumber(cell: string): number | undefined {
  const text = cell.trim().replace(/[,;.]$/, '').replace(/\s*%$/, '').replace(/\s+/g, '');
  if (GROUPED.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (COMMA_DECIMAL.test(text)) return Number(text.replace(',', '.'));
  if (DOT_DECIMAL.test(text)) return Number(text);
  return undefined;
}

/** A number token as it can end a row or fill a value cell. */
export const NUMBER_TOKEN = String.raw`\d[\d.,]*%?`;
