import { invalidDate } from '../../src/checks/invalid_date.js';
import { reportOf } from './build.js';
import { testCheck } from './tester.js';

testCheck(invalidDate, {
  valid: [
    {
      name: 'real dates, template blanks, month-years, document numbers',
      report: reportOf({ body: ['Báo cáo số: /BC-UBND ngày /12/2021', 'ngày 29/02/2024 theo Nghị định 113/2018/NĐ-CP, tháng 12/2021', 'ngày … tháng 3 năm 2024'] }),
    },
  ],
  invalid: [
    {
      name: 'a day the month does not have, a thirteenth month',
      report: reportOf({ body: ['Kế hoạch số 12/KH-UBND ngày 31/02/2021 và', 'Quyết định ngày 15/13/2021.'] }),
      flags: [{ says: ['31/02/2021'], line: 1, severity: 'error' }, { says: ['15/13/2021'], line: 2 }],
    },
  ],
});
