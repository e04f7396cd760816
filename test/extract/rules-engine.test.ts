/** The rule engine itself: sentences, templates, loading errors, level and period reading. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES_DIR, RuleLoadError, defaultRuleSet, loadRuleSet } from '../../src/extract/rules/load.js';
import { splitSentences } from '../../src/extract/rules/sentences.js';
import { TemplateError, compilePattern } from '../../src/extract/rules/template.js';
import { readText } from '../../src/extract/rules/tester.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps numbers, decimals and abbreviations whole', () => {
    expect(sentences('Đã giải quyết 1.182 hồ sơ, đạt 99,5%. TP. Hà Tĩnh có 3,5 điểm. Hết')).toEqual([
      'Đã giải quyết 1.182 hồ sơ, đạt 99,5%.',
      'TP. Hà Tĩnh có 3,5 điểm.',
      'Hết',
    ]);
  });

  it('continues over wrapped lines and blank lines, breaks before list items and numbered rows', () => {
    expect(sentences('Tổng số hồ sơ tiếp nhận\n\n3 tháng: 8.803 hồ sơ; trong đó:\n+ Trực tiếp 10;\n- Trực tuyến 20\n3.4.1 Tỷ lệ 99')).toEqual([
      'Tổng số hồ sơ tiếp nhận\n\n3 tháng: 8.803 hồ sơ; trong đó:',
      '+ Trực tiếp 10;',
      '- Trực tuyến 20',
      '3.4.1 Tỷ lệ 99',
    ]);
  });

  it('does not take a label\'s number wrapped onto the next line for a numbered row', () => {
    expect(sentences('12 dịch vụ công trực tuyến mức độ\n3. Các xã đã cung cấp đủ.')).toEqual(['12 dịch vụ công trực tuyến mức độ\n3.', 'Các xã đã cung cấp đủ.']);
  });

  it('does not take a wrapped thousands number for a numbered row', () => {
    expect(sentences('đã tiếp nhận\n1.182 hồ sơ')).toHaveLength(1);
  });

  it('does not take a count of three digits or more ending its sentence for a numbered item', () => {
    expect(sentences('dịch vụ công trực tuyến một phần:\n201. Đã tích hợp 145 TTHC.')).toEqual(['dịch vụ công trực tuyến một phần:\n201.', 'Đã tích hợp 145 TTHC.']);
    expect(sentences('Nhiệm vụ:\n12. Đã tích hợp')).toEqual(['Nhiệm vụ:', '12. Đã tích hợp']);
  });
});

describe('compilePattern', () => {
  const lists = new Map([['late', ['quá hạn', 'trễ hạn|chậm trả']]]);
  it('builds alternations from word lists, longest first, folded', () => {
    const { regex, slots } = compilePattern('Hồ sơ {late} {gap:0-2} {NUM}', lists, 'dossier.late');
    expect(regex.source).toMatch(/\(\?:chậm trả \|(?:qúa hạn \|trễ hạn |trễ hạn \|qúa hạn )\)/);
    expect(slots).toEqual([{ group: 's0', kind: 'NUM', target: 'dossier.late', denominatorTarget: null }]);
  });

  it('reads slot targets', () => {
    const { slots } = compilePattern('{RATIO:plan.tasks_done/plan.tasks} nhiệm vụ {PCT:_}', lists, 'plan.tasks');
    expect(slots.map((s) => [s.kind, s.target, s.denominatorTarget])).toEqual([
      ['RATIO', 'plan.tasks_done', 'plan.tasks'],
      ['PCT', null, null],
    ]);
  });

  it('fails a match when a phrase of a {not_after} list ends right before it, whole words only', () => {
    const returned = new Map([['back', ['trả', 'được trả']], ['channel', ['trực tiếp']]]);
    const { source } = compilePattern('{not_after:back} {channel} {NUM}', returned, 'dossier.offline').regex;
    const regex = new RegExp(source, 'u'); // without 'g': no lastIndex carried between the checks
    expect('trực tiếp ⟦N0⟧ ').toMatch(regex);
    expect('tiếp nhận trực tiếp ⟦N0⟧ ').toMatch(regex);
    expect('xtrả trực tiếp ⟦N0⟧ ').toMatch(regex);
    expect('trả trực tiếp ⟦N0⟧ ').not.toMatch(regex);
    expect('hồ sơ được trả trực tiếp ⟦N0⟧ ').not.toMatch(regex);
  });

  it.each([
    ['{nope} {NUM}', /unknown word list \{nope\}/],
    ['{late} {gap:5-2} {NUM}', /gap/],
    ['{late} {gap:0-50} {NUM}', /gap/],
    ['hồ sơ {late}', /no number slot/],
    ['{NUM:a.b/c.d}', /only RATIO/],
    ['{late} (\\d+)', /no number slot/],
  ])('rejects %s', (pattern, message) => {
    expect(() => compilePattern(pattern, lists, 'dossier.late')).toThrow(TemplateError);
    expect(() => compilePattern(pattern, lists, 'dossier.late')).toThrow(message);
  });
});

describe('loadRuleSet', () => {
  const ruleFile = (id: string, indicator = 'dossier.late', pattern = '{NUM} hồ sơ quá hạn') =>
    `rules:\n  - id: ${id}\n    indicator: ${indicator}\n    patterns: ["${pattern}"]\n    examples:\n      - {text: "5 hồ sơ quá hạn", expect: [{indicator: ${indicator}, value: 5}]}\n`;
  const rulesDir = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    copyFileSync(join(RULES_DIR, 'words.yaml'), join(dir, 'words.yaml'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
  const loadError = (files: Record<string, string>) => {
    try {
      loadRuleSet(rulesDir(files));
    } catch (err) {
      expect(err).toBeInstanceOf(RuleLoadError);
      return (err as Error).message;
    }
    throw new Error('expected a load error');
  };

  it('loads a valid folder and skips labels/', () => {
    const set = loadRuleSet(rulesDir({ 'dossier/late.yaml': ruleFile('dossier.late.count'), 'labels/x.yaml': 'anything: 1' }));
    expect(set.rules.map((r) => r.id)).toEqual(['dossier.late.count']);
    expect(set.files).toEqual(['dossier/late.yaml']);
  });

  it('names the file and the zod path of a schema error', () => {
    const message = loadError({ 'dossier/late.yaml': 'rules:\n  - id: dossier.late.x\n    indicator: dossier.late\n    patterns: ["{NUM}"]\n    examples: []\n' });
    expect(message).toMatch(/^dossier\/late\.yaml: /);
    expect(message).toContain('rules[0].examples');
  });

  it('rejects duplicate ids, unknown keys, foreign id prefixes, unknown lists, redefined shared lists, bad YAML', () => {
    expect(loadError({ 'dossier/a.yaml': ruleFile('dossier.a.x'), 'dossier/b.yaml': ruleFile('dossier.a.x') })).toMatch(/b\.yaml: .*id must start with "dossier\.b\."/);
    expect(
      loadError({ 'dossier/a.yaml': ruleFile('dossier.a.x') + ruleFile('dossier.a.x').replace('rules:\n', '') }),
    ).toMatch(/duplicate rule id "dossier\.a\.x"/);
    expect(loadError({ 'dossier/a.yaml': ruleFile('dossier.a.x', 'dossier.nope') })).toMatch(/unknown indicator key "dossier\.nope"/);
    expect(loadError({ 'dossier/a.yaml': ruleFile('dossier.a.x', 'dossier.late', '{nope} {NUM}') })).toMatch(/patterns\[0\]: unknown word list/);
    expect(loadError({ 'dossier/a.yaml': 'words:\n  late: [x]\n' + ruleFile('dossier.a.x') })).toMatch(/already defined in words\.yaml/);
    expect(loadError({ 'dossier/a.yaml': 'rules: [' })).toMatch(/a\.yaml: not valid YAML/);
  });
});

describe('reading a sentence', () => {
  const ruleSet = defaultRuleSet();
  const read = (text: string, frame?: Parameters<typeof readText>[3]) =>
    readText(text, ruleSet, ruleSet.rules, frame).map((m) => [m.indicator, m.value, m.level, m.period.start, m.period.end]);
  const q3 = { periodStart: '2025-07-01', periodEnd: '2025-09-30', reportDate: '2025-09-20' };

  it('reads forbid_in_clause words in the figure clause only: back to a figure or comma (not one between labels), on to punctuation', () => {
    const keys = (text: string) => read(text).flatMap(([indicator, value]) => (/on_time|early/.test(String(indicator)) ? [`${indicator}=${value}`] : []));
    expect(keys('Số hồ sơ trực tuyến được xử lý đúng hạn 3.408 hồ sơ, đạt 99,88%.')).toEqual([]);
    expect(keys('Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 đúng hạn đạt 100%.')).toEqual([]);
    expect(keys('Giải quyết đúng hạn 500 hồ sơ trực tuyến.')).toEqual([]);
    expect(keys('Tiếp nhận 1.250 hồ sơ trực tuyến và trực tiếp, giải quyết đúng hạn 1.200 hồ sơ.')).toContain('dossier.early_or_on_time=1200');
  });

  it('gives a total followed by a bracketed sub-period breakdown the period of its clause, each part its own', () => {
    expect(read('Tiếp nhận 1.250 hồ sơ (quý I: 300; quý II: 320).')).toEqual([
      ['dossier.received', 1250, '', '', ''],
      ['dossier.received', 300, '', '2024-01-01', '2024-03-31'],
      ['dossier.received', 320, '', '2024-04-01', '2024-06-30'],
    ]);
    // A period after the number that leads no item still scopes it.
    expect(read('Số TTHC thuộc thẩm quyền giải quyết: 543 (tính đến 14/9/2025)', q3)).toEqual([['procedure.total', 543, '', '2025-09-14', '2025-09-14']]);
  });

  it('gives each mention its place, evidence, rule and unit', () => {
    const [m] = readText('Số hồ sơ quá hạn: 47 hồ sơ.', ruleSet, ruleSet.rules);
    expect(m).toMatchObject({ indicator: 'dossier.late', value: 47, unit: 'dossier', source: 'text', rule: 'dossier.resolved.late' });
    expect(m.place).toEqual({ page: 1, line: 1, start: 18, end: 20 });
    expect(m.evidence).toBe('Số hồ sơ quá hạn: 47 hồ sơ.');
  });

  it('quotes a long sentence as whole words around the number, marking what was cut', () => {
    const filler = 'công tác cải cách hành chính được triển khai đồng bộ trên địa bàn, '.repeat(4);
    const [m] = readText(`${filler}số hồ sơ quá hạn: 47 hồ sơ, ${filler}`, ruleSet, ruleSet.rules);
    expect(m.value).toBe(47);
    expect(m.evidence).toMatch(/^…\S/);
    expect(m.evidence).toMatch(/\S…$/);
    expect(m.evidence).toContain('quá hạn: 47 hồ sơ');
    for (const word of m.evidence.replace(/…/g, '').split(' ')) expect(filler + 'số hồ sơ quá hạn: 47 hồ sơ,').toContain(word);
  });

  it('writes the report period as empty and reads other periods', () => {
    expect(read('Trong quý 3 năm 2025, tổng số nhiệm vụ được UBND tỉnh giao 24 nhiệm vụ.', q3)).toEqual([['assigned.tasks', 24, '', '', '']]);
    expect(read('Số lượng TTHC thuộc thẩm quyền giải quyết: 543 (tính đến 14/9/2025)', q3)).toEqual([
      ['procedure.total', 543, '', '2025-09-14', '2025-09-14'],
    ]);
  });

  it('reads a point in time stated before the number in its clause', () => {
    expect(read('Tính đến thời điểm 30/9/2025, tổng số TTHC thuộc thẩm quyền giải quyết của xã là 320 thủ tục.', q3)).toEqual([
      ['procedure.total', 320, '', '2025-09-30', '2025-09-30'],
    ]);
    expect(read('Tổng số hồ sơ đã tiếp nhận đến thời điểm 15/9/2025 là 1.200 hồ sơ; số hồ sơ quá hạn 3 hồ sơ.', q3)).toEqual([
      ['dossier.received', 1200, '', '2025-09-15', '2025-09-15'],
      ['dossier.late', 3, '', '', ''],
    ]);
  });

  it('reads a later clause opened by "trong năm" in the report period, not at the sentence\'s cut-off', () => {
    const year = { periodStart: '2022-01-01', periodEnd: '2022-12-31', reportDate: '2022-12-05' };
    expect(read('Tính đến ngày 25/11/2022, phường đang thực hiện 140 thủ tục hành chính; trong năm đề xuất phương án đơn giản hóa 04 thủ tục.', year)).toEqual([
      ['procedure.total', 140, '', '2022-11-25', '2022-11-25'],
      ['procedure.simplification_proposed', 4, '', '', ''],
    ]);
    // Without "trong năm" the clause stays at the cut-off the sentence opens with.
    expect(read('Tính đến ngày 25/11/2022, phường đang thực hiện 140 thủ tục hành chính; đã đề xuất phương án đơn giản hóa 04 thủ tục.', year)).toEqual([
      ['procedure.total', 140, '', '2022-11-25', '2022-11-25'],
      ['procedure.simplification_proposed', 4, '', '2022-11-25', '2022-11-25'],
    ]);
  });

  it('carries a year of one statement to a figure that continues it after a comma, not past ";" or a new subject', () => {
    const year = { periodStart: '2019-01-01', periodEnd: '2023-12-31', reportDate: '2023-12-05' };
    expect(read('Biên chế công chức được giao năm 2021 là 88 biên chế, có mặt 85 người.', year)).toEqual([
      ['staff.quota', 88, '', '2021-01-01', '2021-12-31'],
      ['staff.present', 85, '', '2021-01-01', '2021-12-31'],
    ]);
    expect(read('Biên chế công chức được giao năm 2021 là 88 biên chế; có mặt 85 người.', year)).toEqual([
      ['staff.quota', 88, '', '2021-01-01', '2021-12-31'],
      ['staff.present', 85, '', '', ''],
    ]);
  });

  it('reads a change after two points in time as the range between them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    copyFileSync(join(RULES_DIR, 'words.yaml'), join(dir, 'words.yaml'));
    mkdirSync(join(dir, 'dossier'));
    writeFileSync(
      join(dir, 'dossier', 'change.yaml'),
      'rules:\n  - id: dossier.change.more\n    indicator: dossier.new\n    patterns: ["tăng {NUM} hồ sơ"]\n    examples: [{text: "tăng 3 hồ sơ", expect: [{indicator: dossier.new, value: 3}]}]\n',
    );
    const changeRules = loadRuleSet(dir);
    const text = 'Đến ngày 01/7/2025 đã tiếp nhận 1.200 hồ sơ; đến ngày 01/9/2025 đã tiếp nhận 1.500 hồ sơ (tăng 300 hồ sơ).';
    expect(readText(text, changeRules, changeRules.rules, q3).map((m) => [m.value, m.period.start, m.period.end])).toEqual([[300, '2025-07-01', '2025-09-01']]);
    expect(readText('Đến ngày 01/9/2025 tăng 300 hồ sơ.', changeRules, changeRules.rules, q3).map((m) => [m.value, m.period.start])).toEqual([[300, '2025-09-01']]);
  });

  it('carries a lead-in period into the list items after "Trong đó:"', () => {
    const text = 'Kết quả từ 16/12/2020 đến hết ngày 15/12/2021: Tổng số hồ sơ đề nghị giải quyết: 12.215 hồ sơ. Trong đó:\n+ Số hồ sơ quá hạn: 47 hồ sơ.\nSố hồ sơ quá hạn: 3 hồ sơ.';
    expect(read(text, { periodStart: '2021-01-01', periodEnd: '2021-12-31', reportDate: '2021-12-20' })).toEqual([
      ['dossier.received', 12215, '', '2020-12-16', '2021-12-15'],
      ['dossier.late', 47, '', '2020-12-16', '2021-12-15'],
      ['dossier.late', 3, '', '', ''],
    ]);
  });

  it('does not take an event date or a noun-modifying year for a scope', () => {
    expect(read('Ngày 25/07/2025, UBND xã ban hành Kế hoạch CCHC năm 2025 trong đó xác định 38 nhiệm vụ trọng tâm.', q3)).toEqual([
      ['plan.tasks', 38, '', '', ''],
    ]);
  });

  it('lets the more specific rule have a number, and the nearer cue break a tie', () => {
    expect(read('tiếp nhận trực tuyến mức độ toàn trình 2.119 hồ sơ')).toEqual([['dossier.online_full', 2119, '', '', '']]);
    expect(read('có 12 TTHC liên thông cùng cấp và 30 TTHC liên thông giữa các cấp chính quyền')).toEqual([
      ['procedure.interconnected_same_level', 12, '', '', ''],
      ['procedure.interconnected_cross_level', 30, '', '', ''],
    ]);
  });

  it('reads the unit itself as no level, named levels and "Trong đó" parts as levels', () => {
    expect(read('UBND huyện đã ban hành 15 văn bản chỉ đạo về CCHC.')).toEqual([['direction.documents', 15, '', '', '']]);
    expect(read('Tổng số TTHC thuộc thẩm quyền của UBND huyện: 289 TTHC. Trong đó số TTHC giải quyết theo cơ chế một cửa: 289 TTHC.')).toEqual([
      ['procedure.total', 289, 'district', '', ''],
      ['procedure.one_stop', 289, 'district', '', ''],
    ]);
    expect(read('Tổng số TTHC đang áp dụng của UBND cấp huyện, cấp xã: 448 thủ tục')).toEqual([['procedure.total', 448, '', '', '']]);
    expect(read('UBND huyện đã tiếp nhận 3.450 hồ sơ; UBND các xã, thị trấn đã tiếp nhận 12.300 hồ sơ.')).toEqual([
      ['dossier.received', 3450, 'district', '', ''],
      ['dossier.received', 12300, 'commune', '', ''],
    ]);
  });

  it('reads levels only from cues that a figure follows (addressees named after it do not contrast)', () => {
    expect(read('UBND huyện đã tiếp nhận 1.234 hồ sơ, hướng dẫn UBND các xã thực hiện.')).toEqual([['dossier.received', 1234, '', '', '']]);
  });

  it('reads a target ("phấn đấu …") as no figure, up to the end of its clause', () => {
    expect(read('Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%, tỷ lệ hồ sơ trực tuyến đạt 50%.')).toEqual([]);
    expect(read('Tỷ lệ hồ sơ trực tuyến đạt 45,6%; phấn đấu năm 2025 đạt 60%.')).toEqual([['dossier.online_rate', 45.6, '', '', '']]);
  });

  it('reads "trong đó" before breakdown items, and "đạt" between a period and its number', () => {
    expect(read('Toàn huyện tiếp nhận 23.456 hồ sơ TTHC, trong đó cấp huyện 4.321 hồ sơ, cấp xã 19.135 hồ sơ.')).toEqual([
      ['dossier.received', 23456, '', '', ''],
      ['dossier.received', 4321, 'district', '', ''],
      ['dossier.received', 19135, 'commune', '', ''],
    ]);
    expect(read('Tỷ lệ hồ sơ giải quyết đúng hẹn năm 2022 đạt 97,2%, năm 2023 đạt 99,6%.')).toEqual([
      ['dossier.on_time_rate', 97.2, '', '2022-01-01', '2022-12-31'],
      ['dossier.on_time_rate', 99.6, '', '2023-01-01', '2023-12-31'],
    ]);
  });

  it('reads a service level wrapped over two lines as a label, and a count after listed levels as a figure', () => {
    expect(read('tiếp nhận trực tuyến mức\nđộ 3 được 45 hồ sơ.')).toEqual([['dossier.online_partial', 45, '', '', '']]);
    expect(read('Có 38 TTHC được cung cấp dịch vụ công trực tuyến mức độ 3 và 12 TTHC mức độ 4.')).toEqual([
      ['procedure.online_full', 12, '', '', ''],
      ['procedure.online_partial', 38, '', '', ''],
    ]);
  });

  it('reads the number of a form or an appendix as a reference, with or without "số"', () => {
    expect(read('Số hồ sơ tiếp nhận chi tiết theo Mẫu số 06 kèm theo.')).toEqual([]);
    expect(read('Số hồ sơ tiếp nhận tổng hợp tại Biểu mẫu số 02; Phụ lục số 3 nêu hồ sơ đã giải quyết.')).toEqual([]);
    expect(read('Số hồ sơ tiếp nhận tổng hợp tại Biểu 02: 1.240 hồ sơ.')).toEqual([['dossier.received', 1240, '', '', '']]);
  });

  it('reads a change compared with another time as no figure', () => {
    expect(read('So với 6 tháng đầu năm 2009, số hồ sơ tiếp nhận tại huyện tăng 320 hồ sơ.')).toEqual([]);
    expect(read('Tiếp nhận 1.000 hồ sơ, tăng 12% so với cùng kỳ.')).toEqual([['dossier.received', 1000, '', '', '']]);
  });

  it('lets a list item find its required words in the lead-in and earlier items, never its forbidden ones', () => {
    const list = '- Số hồ sơ đã giải quyết: 15.500 hồ sơ, trong đó:\n+ Giải quyết trước hạn: 10.200 hồ sơ;\n+ Giải quyết đúng hạn: 5.250 hồ sơ;';
    expect(read(list)).toContainEqual(['dossier.on_time', 5250, '', '', '']);
    expect(read('- Số hồ sơ đã giải quyết: 1.000 hồ sơ, trong đó:\n+ Giải quyết đúng hạn: 990 hồ sơ;')).toContainEqual(['dossier.early_or_on_time', 990, '', '', '']);
    expect(read('+ Hồ sơ công việc: lưu 40 hồ sơ;\n- Số hồ sơ đã giải quyết: 120 hồ sơ.')).toEqual([['dossier.resolved', 120, '', '', '']]);
  });

  it('does not take the year that names a plan for a scope', () => {
    const nineMonths = { periodStart: '2024-01-01', periodEnd: '2024-09-30', reportDate: '2024-09-20' };
    expect(read('Đã hoàn thành 12/14 nhiệm vụ theo Kế hoạch CCHC năm 2024 của UBND xã, đạt 85,7%.', nineMonths)).toEqual([
      ['plan.tasks_done', 12, '', '', ''],
      ['plan.tasks', 14, '', '', ''],
      ['plan.tasks_done_rate', 85.7, '', '', ''],
    ]);
    expect(read('Trong năm 2023, kế hoạch đề ra 45 nhiệm vụ.', nineMonths)).toEqual([['plan.tasks', 45, '', '2023-01-01', '2023-12-31']]);
  });

  it('does not take the period dossiers were carried over from for their scope', () => {
    expect(read('Tồn năm 2023 chuyển sang 123 hồ sơ.')).toEqual([['dossier.carried_over', 123, '', '', '']]);
  });

  it("reads a commune's own level as its total", () => {
    expect(read('Tổng số hồ sơ tiếp nhận: cấp xã 120 hồ sơ.', { ...q3, unitLevel: 'commune' })).toEqual([['dossier.received', 120, '', '', '']]);
    expect(read('Tổng số hồ sơ tiếp nhận: cấp xã 120 hồ sơ.', { ...q3, unitLevel: 'district' })).toEqual([['dossier.received', 120, 'commune', '', '']]);
  });

  it('gives figures no level of a closed parenthesis (a numbered heading\'s level is the document tree\'s: test/structure)', () => {
    expect(read('Toàn huyện (gồm 20 đơn vị cấp xã) tiếp nhận 1.234 hồ sơ.')).toEqual([['dossier.received', 1234, '', '', '']]);
  });

  it('continues a breakdown over list items, skipping rows left blank', () => {
    const text = 'Tiếp nhận trực tuyến mức độ 3 Số lượng hồ sơ 2.515\n- Cấp huyện\n- Cấp xã: 2.380\nTiếp nhận qua BCCI Số lượng hồ sơ 2\n- Cấp huyện 2';
    expect(read(text)).toEqual([
      ['dossier.online_partial', 2515, '', '', ''],
      ['dossier.online_partial', 2380, 'commune', '', ''],
      ['dossier.postal', 2, '', '', ''],
      ['dossier.postal', 2, 'district', '', ''],
    ]);
    expect(read('Số hồ sơ quá hạn: 47 hồ sơ.\nCông tác tuyên truyền được đẩy mạnh.\n- Cấp huyện 12 cuộc')).toEqual([['dossier.late', 47, '', '', '']]);
  });

  it("reads a continued list item's own parts at its level, and the next item continues the same list", () => {
    const text = '- Tổng số hồ sơ tiếp nhận: 3.360 hồ sơ, trong đó:\n+ Cấp thị xã: 1.020 hồ sơ (trực tuyến 610 hồ sơ, trực tiếp 410 hồ sơ);\n+ Cấp xã: 2.340 hồ sơ (trực tuyến 1.150 hồ sơ, trực tiếp 1.190 hồ sơ).';
    expect(read(text).map(([indicator, value, level]) => `${indicator}=${value} ${level}`)).toEqual([
      'dossier.received=3360 ',
      'dossier.received=1020 district',
      'dossier.online=610 district',
      'dossier.offline=410 district',
      'dossier.received=2340 commune',
      'dossier.online=1150 commune',
      'dossier.offline=1190 commune',
    ]);
  });

  it('reads a breakdown with unit words between the level and the number', () => {
    expect(read('Tổng số TTHC đang áp dụng Thủ tục 551 Trong đó Số TTHC cấp huyện: Thủ tục 309 Số TTHC cấp xã: Thủ tục 242')).toEqual([
      ['procedure.total', 551, '', '', ''],
      ['procedure.total', 309, 'district', '', ''],
      ['procedure.total', 242, 'commune', '', ''],
    ]);
  });

  it('never throws, and every mention points at digits of the text', () => {
    const pieces = ['hồ sơ', 'tiếp nhận', 'đã giải quyết', 'quá hạn', 'trong đó', 'cấp huyện', 'cấp xã', 'UBND huyện', 'năm 2023', 'TTHC', 'nhiệm vụ',
      '1.182', '12', '99,5%', '16/38', ':', ';', ',', '.', '\n', '- ', '(', ')', 'tính đến 14/9/2025', 'đúng hạn', 'trực tuyến', 'kế hoạch'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        for (const m of readText(text, ruleSet, ruleSet.rules)) {
          expect(text.slice(m.place.start, m.place.end)).toMatch(/\d/);
          expect(Number.isFinite(m.value)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
