import { dateAfterReport } from '../../src/checks/date_after_report.js';
import { doc, reportOf } from './build.js';
import { testCheck } from './tester.js';

testCheck(dateAfterReport, {
  valid: [
    { name: 'documents before the report', report: reportOf({ meta: { reportDate: '2025-10-04' }, documents: [doc({ number: '75', symbol: '75/QĐ-UBND', date: '2025-07-25' })] }) },
    { name: 'no report date, nothing to compare', report: reportOf({ documents: [doc({ number: '75', symbol: '75/QĐ-UBND', date: '2031-07-25' })] }) },
  ],
  invalid: [
    {
      name: 'a document dated after the report',
      report: reportOf({ meta: { reportDate: '2025-10-04' }, documents: [doc({ number: '75', symbol: '75/QĐ-UBND', date: '2025-12-25', line: 9 })] }),
      flags: [{ says: ['25/12/2025', '04/10/2025'], line: 9 }],
    },
  ],
});
