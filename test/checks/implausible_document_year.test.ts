import { implausibleDocumentYear } from '../../src/checks/implausible_document_year.js';
import { doc, reportOf } from './build.js';
import { testCheck } from './tester.js';

testCheck(implausibleDocumentYear, {
  valid: [
    {
      name: 'years that fit their date and the report',
      report: reportOf({
        documents: [
          doc({ doc_type: 'Nghị định', number: '118', year: 2025, symbol: '118/2025/NĐ-CP', date: '2025-06-09' }),
          doc({ doc_type: 'Nghị định', number: '130', year: 2005, symbol: '130/2005/NĐ-CP', date: '2005-10-17' }),
          doc({ doc_type: 'Nghị quyết', number: '57', symbol: '57-NQ/TW' }),
          doc({ doc_type: 'Quyết định', number: '05', year: 2026, symbol: '05/2026/QĐ-UBND', date: '2026-01-05' }),
          doc({ doc_type: 'Văn bản', number: '274', symbol: '274/UBND-NV', date: '2015-03-24', raw: 'Văn bản số 274/UBND-NV ngày 24/3/2015 về Đề án theo Nghị định số 36/2013/NĐ-CP' }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a year before any plausible one (113/1018/NĐ-CP), from the field or the citation',
      report: reportOf({
        documents: [
          doc({ doc_type: 'Nghị định', number: '113', year: 1018, symbol: '113/1018/NĐ-CP', line: 454 }),
          doc({ doc_type: 'Nghị định', number: '113', symbol: '113/NĐ-CP', line: 588, raw: 'Nghị định số 113/1018/NĐ-CP' }),
        ],
      }),
      flags: [
        { says: ['113/1018/NĐ-CP', '1018'], line: 454, severity: 'error' },
        { says: ['năm 1018'], line: 588 },
      ],
    },
    {
      name: 'a year after the report, and one that is not the year of its date',
      report: reportOf({
        meta: { reportDate: '2025-10-04' },
        documents: [doc({ doc_type: 'Thông tư', number: '12', year: 2026, symbol: '12/2026/TT-BNV' }), doc({ doc_type: 'Quyết định', number: '35', year: 2023, symbol: '35/2023/QĐ-UBND', date: '2022-07-12' })],
      }),
      flags: [
        { says: ['2026', '2025'], severity: 'error' },
        { says: ['2023', '2022', '12/07/2022'], severity: 'warning' },
      ],
    },
  ],
});
