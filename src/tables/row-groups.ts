/**
 * Rows that name a group (civil servants, public employees, commune
 * officials) under value columns that name what is counted of it ("Biên chế
 * giao | Có mặt | Tinh giản"): neither the label nor the header alone names
 * the indicator, the pair does (rules/labels/labels.yaml, `row_groups`).
 */
import { foldedTokens } from './fold.js';
import { rowGroups } from './labels.js';

const phrase = (text: string) => ` ${foldedTokens(text).join(' ')} `;

const columnFacets = Object.entries(rowGroups.columns).flatMap(([facet, headings]) => headings.map((h) => ({ facet, heading: phrase(h) })));
const groups = rowGroups.groups.map((g) => ({ words: g.words.map(phrase), indicators: g.indicators }));

/** Report-period words and years a column's lowest heading may carry ("Tinh giản trong năm", "Có mặt năm 2024"). */
const PERIOD_WORDS = / (?:trong|den|tai|nam|ky|(?:19|20)\d\d|bao cao|thoi diem|ngay|\d{1,2})(?= )/g;

/** What a value column counts of a group, by its lowest heading; undefined when it names none. */
export function columnFacet(leaf: string): string | undefined {
  const heading = phrase(leaf).replace(PERIOD_WORDS, '').replace(/\s+/g, ' ');
  return columnFacets.find((f) => f.heading === heading)?.facet;
}

/**
 * The indicator of a group's row under a facet column: a catalogue key, ''
 * when the group has no key for that column (no figure), undefined when the
 * label names no group.
 */
export function groupIndicator(label: string, facet: string): string | undefined {
  const text = phrase(label);
  const group = groups.find((g) => g.words.some((w) => text.includes(w)));
  return group ? group.indicators[facet] ?? '' : undefined;
}

/**
 * A staff group named over its own column ("Đơn vị sự nghiệp công lập" over "Viên chức có mặt đến …", or
 * "Cán bộ, công chức cấp xã có mặt" in one cell): the header ends with what is counted, and names the group.
 * The indicator as groupIndicator gives it; undefined when the header names no facet or no group.
 */
export function headerGroupIndicator(header: string): string | undefined {
  const heading = phrase(header).replace(PERIOD_WORDS, '').replace(/\s+/g, ' ');
  const facet = columnFacets.find((f) => heading.endsWith(f.heading))?.facet;
  return facet === undefined ? undefined : groupIndicator(header, facet);
}
