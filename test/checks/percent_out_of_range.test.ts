import { percentOutOfRange } from '../../src/checks/percent_out_of_range.js';
import { figure, reportOf } from './build.js';
import { testCheck } from './tester.js';

testCheck(percentOutOfRange, {
  valid: [
    { name: 'shares within 0-100; revenue above plan', report: reportOf({ figures: [figure('dossier.on_time_rate', 100), figure('finance.revenue_rate', 101), figure('finance.investment_disbursed_rate', 112)] }) },
  ],
  invalid: [
    { name: 'a share above 100', report: reportOf({ figures: [figure('dossier.online_rate', { value: 112.5, line: 4 })] }), flags: [{ says: ['112,5%'], line: 4, severity: 'error' }] },
    {
      name: 'a share above 100 kept aside as a conflicting mention',
      report: reportOf({ figures: [figure('dossier.on_time_rate', { value: 63.9, line: 36, conflicts: [{ value: 100.8, line: 37 }, { value: 99.5, line: 38 }] })] }),
      flags: [{ says: ['100,8%'], line: 37, severity: 'error' }],
    },
  ],
});
