/**
 * implausible_document_year: the year inside a document number
 * ("113/1018/NĐ-CP") before any plausible year, after the report, or
 * different from the year of the document's own issue date.
 */
import type { DocumentRef, Flag, Report } from '../model/report.js';
import { type Check, citation, flagAt, trimEvidence, viDate } from './check.js';

const ID = 'implausible_document_year';
/** The Democratic Republic's first legal documents date from 1945. */
const FIRST_YEAR = 1945;

/** The latest year a cited document can carry: the report's year, else the year after its period (reports are written after it). */
function latestYear(report: Report): number | undefined {
  if (report.meta.reportDate) return Number(report.meta.reportDate.slice(0, 4));
  return report.meta.periodEnd ? Number(report.meta.periodEnd.slice(0, 4)) + 1 : undefined;
}

/** Where a document's number may start: not inside another number or right after a '/'. */
const NUMBER_START = /(?<![\p{N}/])/uy;
/** A 4-digit part right after a document's number ("113/1018/NĐ-CP"). */
const YEAR_AFTER_NUMBER = /\s*\/\s*(\d{4})\s*\/\s*\p{Lu}/uy;

/**
 * The year the number carries: the `year` field, else a 4-digit part right after this document's number in the
 * citation (its first place that has one; found with fixed regexes, not one compiled per document).
 */
function numberYear(doc: DocumentRef): number | undefined {
  if (doc.year !== '') return doc.year;
  const { raw, number } = doc;
  // Every place the number is written, left to right (an empty one is at every offset up to the end).
  for (let at = raw.indexOf(number); at >= 0; at = at < raw.length ? raw.indexOf(number, at + 1) : -1) {
    NUMBER_START.lastIndex = at;
    if (!NUMBER_START.test(raw)) continue;
    YEAR_AFTER_NUMBER.lastIndex = at + number.length;
    const m = YEAR_AFTER_NUMBER.exec(raw);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function reason(year: number, doc: DocumentRef, latest: number | undefined): string | undefined {
  if (year < FIRST_YEAR) return `năm ${year} trước mọi năm hợp lý`;
  if (latest !== undefined && year > latest) return `năm ${year} sau năm ${latest} của báo cáo`;
  const issued = doc.date ? Number(doc.date.slice(0, 4)) : undefined;
  if (issued !== undefined && issued !== year) return `năm ${year} khác năm ban hành ${issued} (ngày ${viDate(doc.date)})`;
  return undefined;
}

function run(report: Report): Flag[] {
  const latest = latestYear(report);
  const flags: Flag[] = [];
  for (const doc of report.documents) {
    const year = numberYear(doc);
    if (year === undefined) continue;
    const why = reason(year, doc, latest);
    if (!why) continue;
    flags.push(
      flagAt(ID, year < FIRST_YEAR || (latest !== undefined && year > latest) ? 'error' : 'warning', `Số hiệu văn bản "${citation(doc)}": ${why}`, doc, {
        expected: latest !== undefined ? `${FIRST_YEAR}–${latest}` : `≥ ${FIRST_YEAR}`,
        actual: String(year),
        evidence: trimEvidence(doc.raw),
      }),
    );
  }
  return flags;
}

export const implausibleDocumentYear: Check = {
  id: ID,
  description: 'The year in a document number is impossible or disagrees with its issue date or the report date.',
  run,
};
