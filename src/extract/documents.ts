/**
 * The documents stage: every cited document (documents.csv), from the body
 * and from footnote bodies, which cite most of them. Positions point at the
 * start of each citation.
 */
import type { DocumentRef, Report } from '../model/report.js';
import { scanDocRefs } from '../parse/doc-refs.js';
import type { Stage } from '../pipeline.js';
import { bodyFlow, footnoteFlows } from '../text/body-flow.js';
import type { Flow } from '../text/flow.js';

function refsOf(flow: Flow): DocumentRef[] {
  if (flow.text === '') return [];
  return scanDocRefs(flow.text).map((ref) => {
    const place = flow.place(ref.start, ref.end);
    return {
      doc_type: ref.docType,
      number: ref.number,
      year: ref.year ?? '',
      symbol: ref.symbol,
      date: ref.date,
      issuer: ref.issuer,
      subject: ref.subject,
      page: place.page,
      line: place.line,
      raw: ref.raw,
    };
  });
}

/** Documents cited in the report, in page/line order. */
export function extractDocuments(report: Report): DocumentRef[] {
  const flows = [bodyFlow(report), ...footnoteFlows(report).map((f) => f.flow)];
  return flows.flatMap(refsOf).sort((a, b) => a.page - b.page || a.line - b.line);
}

export const documentsStage: Stage = {
  name: 'documents',
  run(report) {
    report.documents = extractDocuments(report);
  },
};
