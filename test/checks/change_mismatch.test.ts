import { changeMismatch } from '../../src/checks/change_mismatch.js';
import { reportOf } from './build.js';
import { testCheck } from './tester.js';

testCheck(changeMismatch, {
  valid: [
    {
      name: 'a decrease that connects the two values',
      report: reportOf({
        body: [
          'Tổng cán bộ, công chức đến thời điểm 01/7/2025 có 42 người; tuy',
          'nhiên đến 01/9/2025 số lượng cán bộ, công chức còn 34 người (giảm 08',
          'người nghỉ hưu trước tuổi).',
        ],
      }),
    },
    {
      name: 'a change with no earlier value, or a percentage change',
      report: reportOf({ body: ['Năm 2021 giao 650 biên chế (tăng 5 so với năm 2015).', 'Tỷ lệ hồ sơ trực tuyến đạt 60 hồ sơ, tăng 12% so với cùng kỳ.'] }),
    },
  ],
  invalid: [
    {
      name: 'an increase that does not connect them',
      report: reportOf({ body: ['Năm 2015 được giao 640 biên chế.', 'Năm 2021 được giao 650 biên chế (tăng 5 biên chế so với năm 2015).'] }),
      flags: [{ says: ['640 + 5 = 645', '650'], line: 2 }],
    },
  ],
});
