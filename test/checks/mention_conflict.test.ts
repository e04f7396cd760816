import { mentionConflict } from '../../src/checks/mention_conflict.js';
import { doc, figure, reportOf } from './build.js';
import { testCheck } from './tester.js';

testCheck(mentionConflict, {
  valid: [
    {
      name: 'a whole stated without its split: the figure plus its complement (civil servants and public-unit staff cut)',
      report: reportOf({
        figures: [
          figure('staff.reduced', { value: 0, source: 'table', evidence: 'Số biên chế đã tinh giản trong kỳ báo cáo Người 0', conflicts: [{ value: 36, evidence: 'Trong năm có 36/54 người đã nghỉ, đạt 66,67% kế hoạch.' }] }),
          figure('staff.public_units_reduced', { value: 36, source: 'table', evidence: 'Số người đã tinh giản trong kỳ báo cáo Người 36' }),
        ],
      }),
    },
    {
      name: 'equal values after normalisation, and bounds',
      report: reportOf({
        figures: [
          figure('dossier.resolved', { value: 1194, line: 282, conflicts: [{ value: 1194, line: 598 }] }),
          figure('staff.trained', { value: 70, qualifier: 'gt', conflicts: [{ value: 60, qualifier: 'gt' }] }),
          figure('dossier.resolved', { value: 3323, line: 926, source: 'table', conflicts: [{ value: 3645, line: 933, source: 'table' }] }),
          figure('staff.commune_officials', { value: 42, evidence: 'có 42 người; đến 01/9/2025 còn 34 người', conflicts: [{ value: 34, evidence: 'có 42 người; đến 01/9/2025 còn 34 người' }] }),
        ],
      }),
    },
    {
      name: 'a sentence that relates both values; a value dated to another year',
      report: reportOf({
        meta: { periodStart: '2022-01-01', periodEnd: '2022-12-31' },
        figures: [
          figure('dossier.late', {
            value: 14,
            evidence: 'Số hồ sơ đã giải quyết 1.194 hồ sơ, trong đó đúng hạn 1.180 hồ sơ, trễ hạn 14 hồ sơ.',
            conflicts: [{ value: 9, evidence: 'Trong 14 hồ sơ trễ hạn có 9 hồ sơ do phải xác minh thực địa.' }],
          }),
          figure('dossier.on_time_rate', {
            value: 99.86,
            evidence: 'Số hồ sơ giải quyết đúng và trước hạn 8.690 hồ sơ, đạt 99,86% (8.690/8.702).',
            conflicts: [{ value: 99.88, evidence: 'Số hồ sơ trực tuyến được xử lý đúng hạn 3.408 hồ sơ, đạt 99,88% (3.408/3.412).' }],
          }),
          figure('plan.tasks_done', {
            value: 38,
            evidence: 'Kế hoạch CCHC năm 2022 với 56 nhiệm vụ; đến nay đã hoàn thành 38 nhiệm vụ.',
            conflicts: [{ value: 18, evidence: 'Hoàn thành 18 nhiệm vụ còn lại của Kế hoạch CCHC năm 2022.' }],
          }),
          figure('dossier.online_rate', {
            value: 45.2,
            evidence: 'Tỷ lệ hồ sơ trực tuyến năm 2022 đạt 45,2%.',
            conflicts: [{ value: 50, evidence: 'Chỉ tiêu tỉnh giao về tỷ lệ hồ sơ trực tuyến là 50%; huyện chưa hoàn thành.' }],
          }),
          figure('inspection.units', {
            value: 4,
            evidence: 'Trong quý đã kiểm tra 04 cơ quan, đơn vị.',
            conflicts: [{ value: 9, evidence: 'Kế hoạch có 12 cơ quan; lũy kế đến hết quý III đã kiểm tra 09 cơ quan, đơn vị.' }],
          }),
          figure('dossier.offline', {
            value: 410,
            evidence: '+ Cấp thị xã: 1.020 hồ sơ (trực tuyến 610 hồ sơ, trực tiếp 410 hồ sơ);',
            conflicts: [{ value: 1190, evidence: '+ Cấp xã: 2.340 hồ sơ (trực tuyến 1.150 hồ sơ, trực tiếp 1.190 hồ sơ).' }],
          }),
          figure('dossier.received', {
            value: 41200,
            level: 'province',
            evidence: 'Trong năm, toàn tỉnh tiếp nhận 190.500 hồ sơ, trong đó cấp tỉnh 41.200 hồ sơ.',
            conflicts: [{ value: 36800, evidence: 'Riêng Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 36.800 hồ sơ của các sở.' }],
          }),
          figure('dossier.received', {
            value: 2950,
            evidence: 'Năm 2023, Sở tiếp nhận 2.950 hồ sơ qua Bộ phận Một cửa.',
            conflicts: [{ value: 17400, evidence: 'Ngoài ra, các chi nhánh trực thuộc Sở tiếp nhận 17.400 hồ sơ đất đai tại cấp huyện.' }],
          }),
          figure('dossier.received', {
            value: 5120,
            evidence: 'Trong năm, Bộ phận một cửa tiếp nhận 5.120 hồ sơ, đúng hạn 5.100 hồ sơ.',
            conflicts: [
              { value: 730, evidence: 'Trong số hồ sơ đã nhận có 730 hồ sơ đăng ký đất đai.' },
              { value: 260, evidence: 'Ngoài các hồ sơ trên, Trung tâm còn nhận 260 hồ sơ của các sở để chuyển đi.' },
              { value: 2210, evidence: '- Lĩnh vực hộ tịch: tiếp nhận 2.210 hồ sơ, đều đúng hạn.' },
              { value: 980, evidence: 'Hồ sơ liên thông giữa cấp huyện và cấp xã: tiếp nhận 980 hồ sơ.' },
              { value: 1400, evidence: 'Hồ sơ đất đai chiếm 1.400 hồ sơ.' },
              { value: 3100, evidence: 'Các sở thụ lý hồ sơ đất đai; riêng Chi nhánh đã tiếp nhận 3.100 hồ sơ qua Bộ phận Một cửa.' },
            ],
          }),
          figure('inspection.units', {
            value: 5,
            level: 'district',
            evidence: 'Đoàn kiểm tra của tỉnh đã kiểm tra 12 cơ quan (7 sở, ngành và 5 huyện).',
            conflicts: [{ value: 38, evidence: 'Ở cấp huyện, các đoàn kiểm tra đã kiểm tra 38 lượt xã, thị trấn.' }],
          }),
          figure('legal.handling_proposed', {
            value: 7,
            evidence: 'Qua rà soát 160 văn bản do HĐND, UBND huyện ban hành, kiến nghị bãi bỏ 07 văn bản.',
            conflicts: [{ value: 4, evidence: 'Phòng Tư pháp đã kiểm tra 90 văn bản của HĐND, UBND các xã, phát hiện 04 văn bản sai sót, đề nghị xử lý.' }],
          }),
          figure('direction.documents', {
            value: 27,
            evidence: 'Trong kỳ, UBND huyện đã ban hành 27 văn bản về CCHC.',
            conflicts: [{ value: 12, evidence: 'Gồm 05 kế hoạch, 10 quyết định và 12 công văn đôn đốc.' }],
          }),
          figure('staff.quota', {
            value: 1980,
            evidence: 'Năm 2024, Bộ Nội vụ giao tỉnh 1.980 biên chế công chức.',
            conflicts: [{ value: 1950, evidence: 'UBND tỉnh đã giao cho các cơ quan 1.950 biên chế, số còn lại để dự phòng.' }],
          }),
          figure('dossier.online_rate', {
            value: 76,
            evidence: 'Xã An Hòa: tỷ lệ hồ sơ trực tuyến tháng 5 đạt 76%',
            conflicts: [{ value: 76.2, evidence: 'Trong tháng 5, xã nhận 900 hồ sơ, trực tuyến chiếm 76,2%.' }],
          }),
          figure('staff.quota', {
            value: 640,
            evidence: 'Năm 2015, huyện được giao 640 biên chế công chức.',
            conflicts: [{ value: 650, evidence: 'Biên chế được giao năm 2022 là 650 biên chế (tăng 5 biên chế so với năm 2015).' }],
          }),
        ],
      }),
    },
    {
      name: 'a document cited twice alike; the same number in two years',
      report: reportOf({
        documents: [
          doc({ number: '164', symbol: '164/KH-UBND', date: '2021-01-29', line: 62 }),
          doc({ number: '164', symbol: '164/KH-UBND', date: '2021-01-29', line: 292 }),
          doc({ number: '12', symbol: '12/QĐ-UBND', date: '2020-03-01' }),
          doc({ number: '12', symbol: '12/QĐ-UBND', date: '2021-03-01' }),
          doc({ number: '30', symbol: '30/KH-UBND', doc_type: 'Văn bản' }),
          doc({ number: '30', symbol: '30/KH-UBND', doc_type: 'Kế hoạch' }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'one key, two values',
      report: reportOf({ figures: [figure('org.departments', { value: 12, line: 536, source: 'table', conflicts: [{ value: 19, line: 792, source: 'footnote' }] })] }),
      flags: [{ says: ['org.departments', '12 ≠ 19'], line: 536, severity: 'warning' }],
    },
    {
      name: 'two values in sentences of the report year that do not relate them',
      report: reportOf({
        meta: { periodStart: '2022-01-01', periodEnd: '2022-12-31' },
        figures: [
          figure('procedure.total', {
            value: 285,
            evidence: 'Tổng số thủ tục hành chính năm 2022 của cấp huyện là 285 thủ tục.',
            conflicts: [{ value: 278, evidence: 'Hiện nay cấp huyện đang thực hiện 278 thủ tục hành chính, trong đó 14 thủ tục mới.' }],
          }),
          figure('dossier.online', {
            value: 3412,
            evidence: 'Số hồ sơ trực tuyến: 3.412 hồ sơ.',
            conflicts: [
              { value: 3421, evidence: 'Năm 2022 huyện tiếp nhận 3.421 hồ sơ trực tuyến, tăng 1.050 hồ sơ so với năm 2021.' },
              { value: 1050, evidence: 'Năm 2022 huyện tiếp nhận 3.421 hồ sơ trực tuyến, tăng 1.050 hồ sơ so với năm 2021.' },
            ],
          }),
          // Documents of one level's councils counted twice.
          figure('legal.reviewed', {
            value: 160,
            evidence: 'Năm 2022 đã rà soát 160 văn bản do HĐND, UBND huyện ban hành.',
            conflicts: [{ value: 150, evidence: 'Phòng Tư pháp đã rà soát 150 văn bản của UBND huyện trong năm.' }],
          }),
          // Units of one level counted twice.
          figure('inspection.units', {
            value: 8,
            evidence: 'Trong năm, huyện đã kiểm tra 08 xã, thị trấn.',
            conflicts: [{ value: 9, evidence: 'Đoàn kiểm tra của huyện đã kiểm tra tại 09 xã.' }],
          }),
          // A whole rate that the other does not round to is no restatement.
          figure('dossier.on_time_rate', {
            value: 97,
            evidence: 'Tỷ lệ giải quyết đúng hạn của huyện đạt 97%.',
            conflicts: [{ value: 97.6, evidence: 'Trong năm, hồ sơ giải quyết đúng hạn đạt 97,6%.' }],
          }),
        ],
      }),
      flags: [{ says: ['procedure.total', '285 ≠ 278'] }, { says: ['dossier.online', '3.412 ≠ 3.421'] }, { says: ['legal.reviewed', '160 ≠ 150'] }, { says: ['inspection.units', '8 ≠ 9'] }, { says: ['dossier.on_time_rate', '97 ≠ 97,6'] }],
    },
    {
      name: 'one document, two dates in the same year; two types',
      report: reportOf({
        documents: [
          doc({ number: '164', symbol: '164/KH-UBND', date: '2021-01-29', line: 62 }),
          doc({ number: '164', symbol: '164/KH-UBND', date: '2021-01-20', line: 237 }),
          doc({ number: '320', symbol: '320/KH-UBND', doc_type: 'Quyết định', line: 47 }),
          doc({ number: '320', symbol: '320/KH-UBND', doc_type: 'Kế hoạch', line: 172 }),
        ],
      }),
      flags: [
        { says: ['164/KH-UBND', '29/01/2021', '20/01/2021'], line: 237, severity: 'info' },
        { says: ['320/KH-UBND', 'Quyết định', 'Kế hoạch'], line: 172 },
      ],
    },
  ],
});
