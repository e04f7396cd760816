import { periodSumMismatch } from '../../src/checks/period_sum_mismatch.js';
import { figure, reportOf } from './build.js';
import { testCheck } from './tester.js';

const year = { periodStart: '2024-01-01', periodEnd: '2024-12-31' };
const h1 = { start: '2024-01-01', end: '2024-06-30' };
const h2 = { start: '2024-07-01', end: '2024-12-31' };
const q1 = { start: '2024-01-01', end: '2024-03-31' };

testCheck(periodSumMismatch, {
  valid: [
    {
      name: 'text: years and quarters that add up; some years only; labels that are not sub-periods',
      report: reportOf({
        body: [
          'Giai đoạn 2016-2020 tiếp nhận 48.520 hồ sơ (năm 2016: 8.210 hồ sơ; năm 2017: 9.150 hồ sơ; năm 2018: 9.870 hồ sơ;',
          'năm 2019: 10.430 hồ sơ; năm 2020: 10.860 hồ sơ); đã giải quyết 48.105 hồ sơ.',
          'Đã xin lỗi 12 trường hợp (quý I: 5 trường hợp, quý II: 7 trường hợp).',
          'Giai đoạn 2016-2020 tiếp nhận 40.000 hồ sơ (năm 2019: 10.430 hồ sơ; năm 2020: 10.860 hồ sơ).',
          'Tổng số 300 hồ sơ (năm 2019: 100 hồ sơ; năm 2021: 100 hồ sơ).',
          'Năm 2023 tiếp nhận 900 hồ sơ (quý II: 300 hồ sơ, quý III: 250 hồ sơ).',
          'Năm 2023 tiếp nhận 900 hồ sơ (quý I: 300 hồ sơ, quý II: 250 hồ sơ, quý III: 300 hồ sơ).',
        ],
      }),
    },
    {
      name: 'halves that add up to the year; a stock is not summed',
      report: reportOf({
        meta: year,
        figures: [
          figure('dossier.new', 1000), figure('dossier.new', { value: 400, period: h1 }), figure('dossier.new', { value: 600, period: h2 }),
          figure('staff.quota', 80), figure('staff.quota', { value: 80, period: h1 }), figure('staff.quota', { value: 80, period: h2 }),
        ],
      }),
    },
    {
      name: 'sub-periods that do not tile the period are not compared',
      report: reportOf({ meta: year, figures: [figure('dossier.resolved', 1000), figure('dossier.resolved', { value: 400, period: q1 }), figure('dossier.resolved', { value: 100, period: h2 })] }),
    },
    {
      name: 'received = carried over + new of each half; pending carried over into the next half',
      report: reportOf({
        meta: year,
        figures: [
          figure('dossier.received', 1050), figure('dossier.carried_over', { value: 50, period: h1 }),
          figure('dossier.new', { value: 400, period: h1 }), figure('dossier.new', { value: 600, period: h2 }),
          figure('dossier.pending', { value: 30, period: h1 }), figure('dossier.carried_over', { value: 30, period: h2 }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'text: years above or short of a named period, quarters short of 6 months',
      report: reportOf({
        body: [
          'Giai đoạn 2016-2020, UBND huyện đã ban hành 1.186 văn bản chỉ đạo (năm 2016: 205 văn bản; năm 2017: 231 văn bản;',
          'năm 2018: 246 văn bản; năm 2019: 252 văn bản; năm 2020: 238 văn bản).',
          '6 tháng đầu năm tiếp nhận 856 hồ sơ (quý I: 402 hồ sơ, quý II: 436 hồ sơ), trong đó đất đai 215 hồ sơ.',
          'Đã tuyển dụng 100 viên chức (năm 2019: 60; năm 2020: 45).',
          'Trong năm tiếp nhận 8.870 hồ sơ (6 tháng đầu năm: 4.120 hồ sơ; 6 tháng cuối năm: 4.650 hồ sơ).',
        ],
      }),
      flags: [
        { says: ['1.186', '205 + 231 + 246 + 252 + 238 = 1.172'], line: 1, severity: 'warning' },
        { says: ['856', '402 + 436 = 838'], line: 3 },
        { says: ['100', '60 + 45 = 105'], line: 4 },
        { says: ['8.870', '4.120 + 4.650 = 8.770'], line: 5 },
      ],
    },
    {
      name: 'halves that do not add up to the year',
      report: reportOf({ meta: year, figures: [figure('dossier.resolved', { value: 1000, line: 5 }), figure('dossier.resolved', { value: 400, period: h1 }), figure('dossier.resolved', { value: 590, period: h2 })] }),
      flags: [{ says: ['1.000', '400 + 590 = 990', 'lệch 10'], line: 5, severity: 'warning' }],
    },
    {
      name: 'a half given by its parts',
      report: reportOf({
        meta: year,
        figures: [
          figure('dossier.resolved', 1000), figure('dossier.resolved', { value: 400, period: h1 }),
          figure('dossier.early_or_on_time', { value: 590, period: h2 }), figure('dossier.late', { value: 20, period: h2 }),
        ],
      }),
      flags: [{ says: ['1.000', '400 + 610 = 1.010'] }],
    },
    {
      name: 'received against carried over + new; pending not carried over',
      report: reportOf({
        meta: year,
        figures: [
          figure('dossier.received', 1100), figure('dossier.carried_over', { value: 50, period: h1 }),
          figure('dossier.new', { value: 400, period: h1 }), figure('dossier.received', { value: 640, period: h2 }), figure('dossier.carried_over', { value: 40, period: h2 }),
          figure('dossier.pending', { value: 30, period: h1 }),
        ],
      }),
      flags: [{ says: ['1.100', '50 + 400 + 600 = 1.050'] }, { says: ['30', '40'] }],
    },
  ],
});
