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
      name: 'a change with no earlier value, a percentage change, a value of another clause',
      report: reportOf({
        body: [
          'Năm 2021 giao 650 biên chế (tăng 5 so với năm 2015).',
          'Tỷ lệ hồ sơ trực tuyến đạt 60 hồ sơ, tăng 12% so với cùng kỳ.',
          'Đã tiếp nhận 300 hồ sơ trực tuyến, giảm 50 hồ sơ so với quý trước; đã giải quyết 280 hồ sơ.',
          'Năm 2015 được giao 640 biên chế. Năm 2021 được giao 650 biên chế (tăng 5 biên chế).',
          'Năm 2015 có 645 biên chế. Năm 2021 được giao 650 biên chế (tăng 5 biên chế so với năm 2015).',
          'Năm 2016 có 70 biên chế. Năm 2021 có 80 biên chế (tăng 5 biên chế so với năm 2015).',
          'Năm 2015 có 30 biên chế công chức và 40 biên chế sự nghiệp. Năm 2021 có 45 biên chế (tăng 5 biên chế so với năm 2015).',
          'Năm 2022, huyện có 68 đơn vị. Sau sắp xếp, giảm 05 đơn vị, còn 63 đơn vị.',
          'Năm 2022 tiếp nhận 1.200 hồ sơ. Hồ sơ trực tuyến tăng 150 hồ sơ, có 320 hồ sơ trễ hạn.',
          'Huyện tiếp nhận 1.200 hồ sơ. Hồ sơ trực tuyến tăng 150 hồ sơ, còn 320 hồ sơ chưa giải quyết.',
          'Quý I có 31 người; quý II giảm 02 người, còn 29 người.',
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'an increase that does not connect them, the earlier value before or after',
      report: reportOf({
        body: [
          'Năm 2015 được giao 640 biên chế, năm 2021 được giao 650 biên chế (tăng 5 biên chế).',
          'Năm 2024 tiếp nhận 5.000 hồ sơ, tăng 500 hồ sơ so với năm 2023 (4.600 hồ sơ).',
        ],
      }),
      flags: [{ says: ['640 + 5 = 645', '650'], line: 1 }, { says: ['4.600 + 500 = 5.100', '5.000'], line: 2 }],
    },
    {
      name: 'a change against a year whose value an earlier sentence states',
      report: reportOf({
        body: [
          'Năm 2015, huyện được giao 640 biên chế công chức. Tổng số biên chế',
          'năm 2022 là 650 biên chế (tăng 5 biên chế so với năm 2015); có mặt 632 người.',
          'Biên chế năm 2015 là 159 biên chế. Năm 2020 giao 142 biên chế (giảm 15 biên chế so với năm 2015).',
        ],
      }),
      flags: [{ says: ['640 + 5 = 645', '650'], line: 2 }, { says: ['159 − 15 = 144', '142'], line: 3 }],
    },
    {
      name: 'a change that leads to the new value later in its sentence',
      report: reportOf({
        body: [
          'Năm 2015, huyện có 112 đơn vị sự nghiệp công lập. Sau sắp xếp, giảm 14 đơn vị, tỷ lệ 12,5% (14/112);',
          'đến 31/12/2020 toàn huyện có 96 đơn vị sự nghiệp công lập.',
          'Quý I có 31 người; quý II giảm 02 người, còn 28 người.',
        ],
      }),
      flags: [{ says: ['112 − 14 = 98', '96'], line: 1 }, { says: ['31 − 2 = 29', '28'], line: 3 }],
    },
  ],
});
