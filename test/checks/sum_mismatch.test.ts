import { sumMismatch } from '../../src/checks/sum_mismatch.js';
import { figure, reportOf, row } from './build.js';
import { testCheck } from './tester.js';

const district = { unitLevel: 'district' as const };

testCheck(sumMismatch, {
  valid: [
    {
      name: 'dossier identities that hold (carried over + new, channels, timeliness, pending)',
      report: reportOf({
        figures: [
          figure('dossier.received', 12215), figure('dossier.carried_over', 329), figure('dossier.new', 11886),
          figure('dossier.online', 6789), figure('dossier.offline', 5097),
          figure('dossier.resolved', 11664), figure('dossier.early_or_on_time', 11617), figure('dossier.late', 47),
          figure('dossier.pending_in_time', 551),
        ],
      }),
    },
    {
      name: 'a part its sentence lists under another total it adds up to',
      report: reportOf({
        body: ['Đã tiếp nhận 8.870 hồ sơ, trả kết quả 8.702 hồ sơ, trong đó trả qua bưu chính 1.230 hồ sơ và trả trực tiếp 7.472 hồ sơ.'],
        figures: [
          figure('dossier.received', 8870),
          figure('dossier.online', 3412),
          figure('dossier.offline', { value: 7472, evidence: 'Đã tiếp nhận 8.870 hồ sơ, trả kết quả 8.702 hồ sơ, trong đó trả qua bưu chính 1.230 hồ sơ và trả trực tiếp 7.472 hồ sơ.' }),
        ],
      }),
    },
    {
      name: 'required parts that make the total: the optional returned dossiers are inside them',
      report: reportOf({ figures: [figure('dossier.received', 23456), figure('dossier.resolved', 22890), figure('dossier.pending', 566), figure('dossier.returned', 12)] }),
    },
    {
      name: 'the total sentence lists more parts that add up, the figures hold only some',
      report: reportOf({
        body: ['Số hồ sơ đã giải quyết: 15.500 hồ sơ, trong đó: trước hạn 10.200 hồ sơ; đúng hạn 5.250 hồ sơ; quá hạn 50 hồ sơ.'],
        figures: [
          figure('dossier.resolved', { value: 15500, evidence: 'Số hồ sơ đã giải quyết: 15.500 hồ sơ, trong đó: trước hạn 10.200 hồ sơ; đúng hạn 5.250 hồ sơ; quá hạn 50 hồ sơ.' }),
          figure('dossier.early_or_on_time', 5250),
          figure('dossier.late', 50),
        ],
      }),
    },
    {
      name: 'channels that miss the postal dossiers are not complete',
      report: reportOf({ figures: [figure('dossier.received', 8803), figure('dossier.offline', 4167), figure('dossier.online_partial', 2515), figure('dossier.online_full', 2119)] }),
    },
    {
      name: 'channels with the postal dossiers add up',
      report: reportOf({ figures: [figure('dossier.received', 8803), figure('dossier.offline', 4167), figure('dossier.postal', 2), figure('dossier.online_partial', 2515), figure('dossier.online_full', 2119)] }),
    },
    {
      name: 'assigned tasks below the total may be tasks not done',
      report: reportOf({ figures: [figure('assigned.tasks', 24), figure('assigned.done_on_time', 16), figure('assigned.done_late', 5)] }),
    },
    {
      name: 'parts of another period or level are not compared',
      report: reportOf({ figures: [figure('assigned.tasks', 24), figure('assigned.done_on_time', { value: 24, period: { start: '2025-01-01', end: '2025-12-31' } }), figure('assigned.done_late', 8)] }),
    },
    {
      name: 'a bound is no value',
      report: reportOf({ figures: [figure('plan.tasks', 20), figure('plan.tasks_done', { value: 25, qualifier: 'gt' })] }),
    },
    {
      name: 'a unit total equal to its levels',
      report: reportOf({ meta: district, figures: [figure('procedure.total', 448), figure('procedure.total', { value: 289, level: 'district' }), figure('procedure.total', { value: 159, level: 'commune' })] }),
    },
    {
      name: 'rates are not added over levels',
      report: reportOf({ meta: district, figures: [figure('dossier.on_time_rate', 95), figure('dossier.on_time_rate', { value: 94.48, level: 'district' }), figure('dossier.on_time_rate', { value: 95.37, level: 'commune' })] }),
    },
    {
      name: 'table: sub-rows that extend the label add up; a blank level is no part',
      report: reportOf({
        meta: district,
        tableRows: [
          row('3.4.', 'Công khai kết quả giải quyết', '6.968'),
          row('3.4.1.', 'Công khai kết quả giải quyết trên Cổng dịch vụ công của tỉnh', '3.323'),
          row('', '- Cấp huyện', '', { level: 'district' }),
          row('', '- Cấp xã', '3.323', { level: 'commune' }),
          row('3.4.2.', 'Công khai kết quả giải quyết trên trang TTĐT của đơn vị', '3.645'),
          row('', '- Cấp huyện', '260', { level: 'district' }),
          row('', '- Cấp xã', '3.385', { level: 'commune' }),
          row('3.4.3.', 'Số TTHC đã tích hợp dịch vụ thanh toán trực tuyến', '180'),
        ],
      }),
    },
    {
      name: 'table: sub-rows that are stages of a process, or unlike qualifiers, are no breakdown',
      report: reportOf({
        tableRows: [
          row('2.1', 'Số văn bản QPPL', '10'),
          row('2.1.1', 'Số văn bản QPPL đã ban hành', '10'),
          row('2.1.2', 'Số văn bản QPPL đã kiểm tra', '8'),
          row('3.1', 'Số hồ sơ', '100'),
          row('3.1.1', 'Số hồ sơ trực tuyến', '60'),
          row('3.1.2', 'Số hồ sơ đúng hạn', '90'),
        ],
      }),
    },
    {
      name: 'table: bullet sub-rows below their row, or unlike',
      report: reportOf({
        tableRows: [
          row('3.3', 'Số hồ sơ tiếp nhận', '100'),
          row('', '- Trực tuyến toàn trình', '30'),
          row('', '- Trực tuyến một phần', '40'),
          row('3.4', 'Số trường học', '8'),
          row('', '- Mầm non', '3'),
          row('', '- Tiểu học', '7'),
        ],
      }),
    },
    {
      name: 'table: rates and codes by level are not added up',
      report: reportOf({
        meta: district,
        tableRows: [
          row('7.6.1', 'Thực hiện kết nối, liên thông các Hệ thống quản lý văn bản', '6529'),
          row('', 'Tỷ lệ UBND cấp huyện đã kết nối', '100', { level: 'district', unit: '%' }),
          row('', 'Tỷ lệ UBND cấp xã đã kết nối', '100', { level: 'commune', unit: '%' }),
        ],
      }),
    },
    {
      name: 'table: sub-rows of other things (set and done) are no breakdown',
      report: reportOf({ tableRows: [row('1.1', 'Kế hoạch CCHC', '48'), row('1.1.1', 'Số nhiệm vụ đề ra', '48'), row('1.1.2', 'Số nhiệm vụ đã hoàn thành', '25')] }),
    },
    {
      name: 'table: autonomy groups that add up to the public service units',
      report: reportOf({
        figures: [figure('org.public_units', 100)],
        tableRows: [
          row('6.1.', 'Tổng số ĐVSN công lập tại địa phương', '100'),
          row('6.2.', 'Tổng số ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư', '0'),
          row('6.3.', 'Số ĐVSN tự bảo đảm chi thường xuyên', '01'),
          row('6.4.', 'Số ĐVSN tự bảo đảm một phần chi thường xuyên', '0'),
          row('13.4.1', 'Số ĐVSN tự bảo đảm từ 70%- dưới 100% chi thường xuyên', '5'),
          row('6.5.', 'Số ĐVSN do Nhà nước bảo đảm chi thường xuyên', '99'),
        ],
      }),
    },
    {
      name: 'text: enumerations that add up, in brackets or over a line break',
      report: reportOf({
        body: [
          'Tiếp nhận, quản lý đối với 08 trường học trên địa bàn theo đúng quy định',
          '(trong đó có 03 trường mầm non, 03 trường tiểu học, 02 trường THCS). Tổng số',
          'nhiệm vụ được giao 24 nhiệm vụ. Trong đó đã hoàn thành 16 nhiệm vụ đúng hạn, 08',
          'nhiệm vụ đã hoàn thành quá hạn.',
        ],
      }),
    },
    {
      name: 'text: a list of SOME parts, parts of another unit, a breakdown in brackets',
      report: reportOf({
        body: [
          'Tổng số 1.194 hồ sơ, trong đó có 03 hồ sơ quá hạn.',
          'Trung tâm có 06 người, trong đó: 1 Giám đốc, 1 PGĐ và 04 chuyên viên.',
          'Tiếp nhận 100 hồ sơ, trong đó: 60 hồ sơ trực tiếp, 40 hồ sơ trực tuyến (25 hồ sơ toàn trình, 15 hồ sơ một phần).',
          'Các phòng (gồm Văn phòng 07 người, Kinh tế 07 người, Văn hóa 06 người) và 34 người.',
          'Tiếp nhận 1.000 hồ sơ, trong đó 600 hồ sơ trực tuyến; đã giải quyết 950 hồ sơ.',
          'Có 10 đơn vị, trong đó 8 đơn vị đạt, 10 đơn vị đã kiểm tra.',
          'Tổng số TTHC là 378 thủ tục, trong đó cấp huyện 265 thủ tục, cấp xã 113 thủ tục; có 350 thủ tục qua Bộ phận Một cửa.',
          'Cán bộ, công chức: 42 người, trong đó: nam 20 người, nữ 22 người; đảng viên 40 người.',
          '- Tổng số hồ sơ tiếp nhận 3 tháng đầu năm 2024: 8.803 hồ sơ, trong đó:',
          'Tiếp nhận trực tiếp 4.167 hồ sơ; tiếp nhận trực tuyến mức độ một phần 2.515 hồ',
          'sơ; tiếp nhận trực tuyến mức độ toàn trình 2.119 hồ sơ.',
          'Tiếp nhận 856 hồ sơ (quý I: 402 hồ sơ, quý II: 436 hồ sơ), trong đó hộ tịch 402 hồ sơ, đất đai 215 hồ sơ.',
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'assigned tasks: parts above the total',
      report: reportOf({ figures: [figure('assigned.tasks', { value: 24, line: 140 }), figure('assigned.done_on_time', 24), figure('assigned.done_late', 8)] }),
      flags: [{ says: ['tổng 24', '24 + 8 = 32', 'vượt tổng 8'], line: 140, severity: 'error' }],
    },
    {
      name: 'parts its sentence lists under the same total',
      report: reportOf({
        body: ['Tiếp nhận 1.250 hồ sơ, trong đó trực tuyến 700 hồ sơ, trực tiếp 560 hồ sơ.'],
        figures: [
          figure('dossier.received', 1250),
          figure('dossier.online', { value: 700, evidence: 'Tiếp nhận 1.250 hồ sơ, trong đó trực tuyến 700 hồ sơ, trực tiếp 560 hồ sơ.' }),
          figure('dossier.offline', { value: 560, evidence: 'Tiếp nhận 1.250 hồ sơ, trong đó trực tuyến 700 hồ sơ, trực tiếp 560 hồ sơ.' }),
        ],
      }),
      flags: [{ says: ['1.250', '700 + 560 = 1.260'], line: 1, severity: 'error' }],
    },
    {
      name: 'dossiers: resolved + pending + returned above the total, the required parts alone short of it',
      report: reportOf({ figures: [figure('dossier.received', 100), figure('dossier.resolved', 80), figure('dossier.pending', 15), figure('dossier.returned', 10)] }),
      flags: [{ says: ['100', '80 + 15 + 10 = 105'], severity: 'error' }],
    },
    {
      name: 'dossiers: carried over + new short of the total',
      report: reportOf({ figures: [figure('dossier.received', 12215), figure('dossier.carried_over', 329), figure('dossier.new', 11880)] }),
      flags: [{ says: ['12.215', '329 + 11.880 = 12.209', 'lệch 6'], severity: 'warning' }],
    },
    {
      name: 'a unit total against its levels',
      report: reportOf({ meta: district, figures: [figure('procedure.total', 450), figure('procedure.total', { value: 289, level: 'district' }), figure('procedure.total', { value: 159, level: 'commune' })] }),
      flags: [{ says: ['450', '289 + 159 = 448'] }],
    },
    {
      name: 'table: a coded row and the sub-rows that extend its label; levels that do not add up',
      report: reportOf({
        meta: district,
        tableRows: [
          row('3.4.', 'Công khai kết quả giải quyết', '7.341', { line: 924 }),
          row('3.4.1.', 'Công khai kết quả giải quyết trên Cổng dịch vụ công của tỉnh', '3.323'),
          row('3.4.2.', 'Công khai kết quả giải quyết trên trang TTĐT của đơn vị', '3.645', { line: 933 }),
          row('', '- Cấp huyện', '260', { level: 'district' }),
          row('', '- Cấp xã', '10.651 3.645', { level: 'commune' }),
          row('3.4.3.', 'Số TTHC đã tích hợp dịch vụ thanh toán trực tuyến', '180'),
        ],
      }),
      flags: [
        { says: ['7.341', '3.323 + 3.645 = 6.968', 'lệch 373'], line: 924 },
        { says: ['3.645', '260 + 3.645 = 3.905'], line: 933 },
      ],
    },
    {
      name: 'table: bullet sub-rows above their row',
      report: reportOf({ tableRows: [row('3.3', 'Số hồ sơ tiếp nhận', '100', { line: 40 }), row('', '- Trực tuyến toàn trình', '70'), row('', '- Trực tuyến một phần', '40')] }),
      flags: [{ says: ['100', '70 + 40 = 110'], line: 40 }],
    },
    {
      name: 'table: autonomy groups above the number of public service units',
      report: reportOf({
        figures: [figure('org.public_units', { value: 84, line: 1551 })],
        tableRows: [
          row('6.1', 'Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên và chi đầu tư (lũy kế đến thời điểm báo cáo)', '0'),
          row('6.2', 'Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)', '0'),
          row('6.3', 'Số đơn vị SNCL đã thực hiện tự chủ một phần chi thường xuyên (lũy kế đến thời điểm báo cáo)', '96'),
          row('6.4', 'Số đơn vị SNCL do nhà nước đảm bảo 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)', '1'),
        ],
      }),
      flags: [{ says: ['84', '0 + 0 + 96 + 1 = 97'], line: 1551 }],
    },
    {
      name: 'the same sum read from the figures and from its sentence is one finding',
      report: reportOf({
        figures: [figure('assigned.tasks', { value: 24, line: 2 }), figure('assigned.done_on_time', 24), figure('assigned.done_late', 8)],
        body: ['Tổng số nhiệm vụ', 'được giao 24 nhiệm vụ. Trong đó đã hoàn thành 24 nhiệm vụ đúng hạn, 08 nhiệm vụ quá hạn.'],
      }),
      flags: [{ says: ['assigned.tasks', '24 + 8 = 32'], line: 2 }],
    },
    {
      name: 'text: parts above the total in brackets; items separated by semicolons',
      report: reportOf({
        body: [
          'Tổng số 08 trường học (trong đó có 03 trường mầm non, 04 trường tiểu học, 02 trường THCS).',
          'Tiếp nhận 500 hồ sơ, trong đó: trực tiếp 300 hồ sơ; qua bưu chính 5 hồ sơ; trực tuyến 250 hồ sơ.',
          'Tiếp nhận 600 hồ sơ (quý I: 250 hồ sơ, quý II: 350 hồ sơ), trong đó trực tuyến 400 hồ sơ, trực tiếp 250 hồ sơ.',
        ],
      }),
      flags: [{ says: ['3 + 4 + 2 = 9'], line: 1 }, { says: ['300 + 5 + 250 = 555'], line: 2 }, { says: ['600', '400 + 250 = 650'], line: 3 }],
    },
    {
      name: 'text: parts above the total, the cue opening the next sentence',
      report: reportOf({
        body: ['Trong quý 3 năm 2025, tổng số nhiệm vụ được UBND tỉnh và Chủ tịch', 'UBND tỉnh giao 24 nhiệm vụ. Trong đó đã hoàn thành 24 nhiệm vụ đúng hạn, 08', 'nhiệm vụ đã hoàn thành quá hạn.'],
      }),
      flags: [{ says: ['24', '24 + 8 = 32'], line: 2, severity: 'error' }],
    },
  ],
});
