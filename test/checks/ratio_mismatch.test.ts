import { ratioMismatch } from '../../src/checks/ratio_mismatch.js';
import { statesShare } from '../../src/checks/ratios.js';
import { describe, expect, it } from 'vitest';
import { figure, reportOf } from './build.js';
import { testCheck } from './tester.js';

describe('statesShare', () => {
  it('accepts rounding or truncation at the written precision, nothing wider', () => {
    expect(statesShare(99, 0, 98.995)).toBe(true);
    expect(statesShare(81.23, 2, 81.2393)).toBe(true);
    expect(statesShare(78.4, 1, 78.47)).toBe(true);
    expect(statesShare(42.1, 1, 42.105)).toBe(true);
    expect(statesShare(99, 0, 98.01)).toBe(false);
    expect(statesShare(81.23, 2, 81.25)).toBe(false);
  });
});

testCheck(ratioMismatch, {
  valid: [
    {
      name: 'text: rounded, truncated, money over money, one ratio per percentage',
      report: reportOf({
        body: [
          'Ủy ban nhân dân xã đã tập trung chỉ đạo, đến nay 16/38 nhiệm vụ, đạt 42,1%.',
          'Giải quyết hồ sơ trước hạn, đúng hạn đạt tỷ lệ 99% (1.182/ 1.194). 12 hồ',
          'sơ (1 %) quá hạn đã xử lý.',
          '+ Kết quả giải ngân vốn đầu tư công: 19,850 tỷ đồng/',
          '24,434 tỷ đồng = 81,23%',
          '10. Thực hiện thu ngân sách 2.173 triệu đồng/2.143 triệu = 101%',
          'Tỷ lệ xử lý văn bản sau rà soát: 03/03 văn bản (100%).',
          'Ngày 20/01/2021 ban hành Kế hoạch đạt 95% kế hoạch năm 2021.',
          'Có 3/5 xã đạt chuẩn (60%), 4/5 xã (80%) có bộ phận một cửa hiện đại.',
        ],
      }),
    },
    {
      name: 'figures: on time over resolved or over received',
      report: reportOf({
        figures: [figure('dossier.on_time_rate', 95.1), figure('dossier.early_or_on_time', 11617), figure('dossier.resolved', 11664), figure('dossier.received', 12215)],
      }),
    },
    {
      name: 'figures: an on-time rate next to an early rate counts the on-time dossiers alone',
      report: reportOf({
        figures: [figure('dossier.on_time_rate', 63.9), figure('dossier.early', 770), figure('dossier.on_time', 1380), figure('dossier.resolved', 2160)],
      }),
    },
    {
      name: 'figures: a rate whose sentence gives its own ratio is left to the text',
      report: reportOf({
        figures: [
          figure('dossier.on_time_rate', { value: 99.86, evidence: 'Số hồ sơ giải quyết đúng và trước hạn 8.690 hồ sơ, đạt 99,86% (8.690/8.702).' }),
          figure('dossier.early_or_on_time', 3408),
          figure('dossier.received', 8870),
        ],
      }),
    },
    {
      name: 'figures: the numerator is one of listed parts that, summed, give the rate',
      report: reportOf({
        body: ['Số hồ sơ đã giải quyết: 15.500 hồ sơ, trong đó: trước hạn 10.200 hồ sơ; đúng hạn 5.250 hồ sơ; quá hạn 50 hồ sơ.'],
        figures: [figure('dossier.on_time_rate', 99.68), figure('dossier.early_or_on_time', 5250), figure('dossier.resolved', 15500)],
      }),
    },
    {
      name: 'figures: a rate of another level is not compared',
      report: reportOf({ figures: [figure('dossier.on_time_rate', { value: 94.48, level: 'district' }), figure('dossier.early_or_on_time', 11617), figure('dossier.resolved', 11664)] }),
    },
  ],
  invalid: [
    {
      name: 'text: a percentage the ratio does not give',
      report: reportOf({ body: ['Trong năm có 36/54 người đã nghỉ, đạt 76,67% kế hoạch.'] }),
      flags: [{ says: ['76,67%', '36/54', '66,67%'], line: 1 }],
    },
    {
      name: 'figures: neither denominator fits, both are tried',
      report: reportOf({
        figures: [figure('dossier.on_time_rate', { value: 99, line: 7 }), figure('dossier.early_or_on_time', 11000), figure('dossier.resolved', 11664), figure('dossier.received', 12215)],
      }),
      flags: [{ says: ['99%', '11.000/11.664', '11.000/12.215', 'hoặc'], line: 7 }],
    },
    {
      name: 'figures: listed parts that give no sum the rate states',
      report: reportOf({
        body: ['Số hồ sơ đã giải quyết: 15.500 hồ sơ, trong đó: trước hạn 10.200 hồ sơ; đúng hạn 5.250 hồ sơ; quá hạn 50 hồ sơ.'],
        figures: [figure('dossier.on_time_rate', { value: 97.5, line: 1 }), figure('dossier.early_or_on_time', 5250), figure('dossier.resolved', 15500)],
      }),
      flags: [{ says: ['97,5%', '5.250/15.500'] }],
    },
    {
      name: 'figures: no numerator option fits, each is tried',
      report: reportOf({
        figures: [figure('dossier.on_time_rate', { value: 90, line: 3 }), figure('dossier.early', 770), figure('dossier.on_time', 1380), figure('dossier.resolved', 2160)],
      }),
      flags: [{ says: ['90%', '2.150/2.160', '1.380/2.160'], line: 3 }],
    },
  ],
});
