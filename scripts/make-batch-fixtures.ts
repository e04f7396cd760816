/**
 * Writes the cross-report audit batches (fixtures/batches/<name>/): one
 * district's monthly, quarterly, half-year, nine-month and annual reports
 * over two years, simulated month by month so that every sum, carry-over and
 * running total agrees, then the planted inconsistencies of the batch's spec;
 * a copy in another format and a copied file; two communes of the same name
 * in different provinces. `expected-flags.csv` lists what the cross-report
 * checks must find (`flag`) and what a planted error may also cause
 * (`optional`); `expected-duplicates.csv` the copies. Text is our own wording.
 *
 *   npx tsx scripts/make-batch-fixtures.ts gold|sealed
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { Document, Packer, Paragraph } from 'docx';

type Kind = 'month' | 'quarter' | 'half' | 'nine' | 'year';
interface Unit {
  word: 'huyện' | 'xã'; name: string; province: string; district?: string; seed: number; pending0: number; scale: number;
  /** A district whose reports count these communes in their totals and state a district and a commune level. */
  communes?: Unit[];
}
interface ReportSpec {
  unit: Unit;
  kind: Kind;
  year: number;
  /** month 1–12 or quarter 1–4 */
  n?: number;
  /** Changes to the simulated figures (planted inconsistencies). */
  change?: Partial<Record<Field, number>>;
  /** Replaces the running total stated in a monthly report. */
  cumulative?: number;
  /** A second, revised report of the same period. */
  revised?: boolean;
  /** Changes to the commune level a district states (the district level keeps the total: planted across reports only). */
  communeChange?: Partial<Record<'new' | 'resolved', number>>;
  file?: string;
}
type Field = 'docs' | 'carried' | 'new' | 'online' | 'resolved' | 'pending' | 'rate';
interface ExpectedFlag { check_id: string; indicator: string; files: string[]; expect: 'flag' | 'optional'; note: string }
interface Batch { reports: ReportSpec[]; copies: { of: string; file: string; format: 'docx' | 'copy' }[]; flags: ExpectedFlag[] }

const ROMAN = ['I', 'II', 'III', 'IV'];
const number = new Intl.NumberFormat('vi-VN');

/** Deterministic month-by-month flows of one unit. */
function simulate(unit: Unit, years: number[]) {
  let state = unit.seed;
  const rand = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const months: { key: string; docs: number; new: number; online: number; resolved: number; pendingEnd: number }[] = [];
  let pending = unit.pending0;
  for (const year of years) {
    for (let m = 1; m <= 12; m += 1) {
      const fresh = Math.round(unit.scale * (0.8 + rand() * 0.4));
      const resolved = Math.round((pending + fresh) * (0.86 + rand() * 0.06));
      pending = pending + fresh - resolved;
      months.push({ key: `${year}-${m}`, docs: 2 + Math.floor(rand() * 6), new: fresh, online: Math.round(fresh * (0.4 + rand() * 0.2)), resolved, pendingEnd: pending });
    }
  }
  return { months, pendingBefore: (year: number, month: number) => {
    const i = months.findIndex((x) => x.key === `${year}-${month}`);
    return i === 0 ? unit.pending0 : months[i - 1].pendingEnd;
  } };
}

function monthsOf(spec: ReportSpec): [number, number] {
  switch (spec.kind) {
    case 'month': return [spec.n!, spec.n!];
    case 'quarter': return [spec.n! * 3 - 2, spec.n! * 3];
    case 'half': return [1, 6];
    case 'nine': return [1, 9];
    case 'year': return [1, 12];
  }
}

function periodWords(spec: ReportSpec): { title: string; within: string } {
  switch (spec.kind) {
    case 'month': return { title: `tháng ${spec.n} năm ${spec.year}`, within: 'trong tháng' };
    case 'quarter': return { title: `quý ${ROMAN[spec.n! - 1]} năm ${spec.year}`, within: 'trong quý' };
    case 'half': return { title: `6 tháng đầu năm ${spec.year}`, within: 'trong 6 tháng' };
    case 'nine': return { title: `9 tháng năm ${spec.year}`, within: 'trong 9 tháng' };
    case 'year': return { title: `năm ${spec.year}`, within: 'trong năm' };
  }
}

export function fileName(spec: ReportSpec): string {
  if (spec.file) return spec.file;
  const unit = `${spec.unit.word === 'huyện' ? 'huyen' : 'xa'}-${slug(spec.unit.name)}${spec.unit.word === 'xã' ? `-${slug(spec.unit.province)}` : ''}`;
  const period = spec.kind === 'month' ? `thang-${spec.n}` : spec.kind === 'quarter' ? `quy-${spec.n}` : spec.kind === 'half' ? '6-thang' : spec.kind === 'nine' ? '9-thang' : 'nam';
  return `${unit}-${period}-${spec.year}${spec.revised ? '-bo-sung' : ''}.txt`;
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

type Simulation = ReturnType<typeof simulate>;

/** The simulated figures of one unit over the report's months. */
function figuresOf(spec: ReportSpec, sim: Simulation): Record<Field, number> {
  const [from, to] = monthsOf(spec);
  const span = sim.months.filter((m) => m.key.startsWith(`${spec.year}-`) && Number(m.key.split('-')[1]) >= from && Number(m.key.split('-')[1]) <= to);
  const sum = (f: 'docs' | 'new' | 'online' | 'resolved') => span.reduce((n, m) => n + m[f], 0);
  return {
    docs: sum('docs'), carried: sim.pendingBefore(spec.year, from), new: sum('new'), online: sum('online'), resolved: sum('resolved'),
    pending: span[span.length - 1].pendingEnd, rate: 0,
  };
}

const DOSSIER_FIELDS = ['carried', 'new', 'online', 'resolved', 'pending'] as const;

function reportText(spec: ReportSpec, simOf: (unit: Unit) => Simulation, serial: number): string[] {
  const [, to] = monthsOf(spec);
  const sim = simOf(spec.unit);
  const v = figuresOf(spec, sim);
  v.rate = Math.round(((serial * 37) % 30) + 965) / 10;
  // A district with communes: its dossier totals count the communes' (their own reports' figures), its documents do not.
  const communes = (spec.unit.communes ?? []).map((c) => figuresOf({ ...spec, unit: c }, simOf(c)));
  const communeLevel = { new: 0, resolved: 0 };
  for (const c of communes) {
    for (const field of DOSSIER_FIELDS) v[field] += c[field];
    communeLevel.new += c.new;
    communeLevel.resolved += c.resolved;
  }
  for (const [field, delta] of Object.entries(spec.communeChange ?? {})) communeLevel[field as 'new' | 'resolved'] += delta;
  for (const [field, delta] of Object.entries(spec.change ?? {})) v[field as Field] += delta;
  const received = v.carried + v.new;
  const { title, within } = periodWords(spec);
  const unitTitle = `${spec.unit.word.toLocaleUpperCase('vi')} ${spec.unit.name.toLocaleUpperCase('vi')}`;
  const parent = spec.unit.word === 'xã' ? `HUYỆN ${spec.unit.district!.toLocaleUpperCase('vi')}` : `TỈNH ${spec.unit.province.toLocaleUpperCase('vi')}`;
  const day = spec.kind === 'year' ? 18 : 24 + (serial % 4);
  const dateMonth = to;
  const lines = [
    'ỦY BAN NHÂN DÂN', parent, 'ỦY BAN NHÂN DÂN', unitTitle,
    `Số: ${100 + serial * 3 + (spec.revised ? 1 : 0)}/BC-UBND`,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
    `${spec.unit.name}, ngày ${spec.revised ? day + 3 : day} tháng ${dateMonth} năm ${spec.year}`,
    'BÁO CÁO',
    `${spec.revised ? 'Bổ sung, điều chỉnh số liệu ' : ''}Kết quả công tác cải cách hành chính ${title}`,
    `Thực hiện chế độ báo cáo định kỳ của UBND tỉnh ${spec.unit.province}, UBND ${spec.unit.word} ${spec.unit.name} báo cáo kết quả công tác cải cách hành chính ${title} như sau:`,
    'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
    `${within[0].toLocaleUpperCase('vi')}${within.slice(1)}, UBND ${spec.unit.word} đã ban hành ${number.format(v.docs)} văn bản chỉ đạo, điều hành về cải cách hành chính.`,
    'II. KẾT QUẢ GIẢI QUYẾT HỒ SƠ',
    `Tổng số hồ sơ tiếp nhận ${within} là ${number.format(received)} hồ sơ, trong đó kỳ trước chuyển sang ${number.format(v.carried)} hồ sơ, tiếp nhận mới ${number.format(v.new)} hồ sơ.`,
    `Số hồ sơ tiếp nhận trực tuyến là ${number.format(v.online)} hồ sơ.`,
    `Đã giải quyết ${number.format(v.resolved)} hồ sơ; đang giải quyết ${number.format(received - v.resolved)} hồ sơ.`,
    `Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt ${number.format(v.rate)}%.`,
  ];
  if (communes.length > 0) {
    lines.push(
      `Số hồ sơ tiếp nhận mới ở cấp huyện là ${number.format(v.new - communeLevel.new)} hồ sơ, ở cấp xã là ${number.format(communeLevel.new)} hồ sơ.`,
      `Số hồ sơ đã giải quyết ở cấp huyện là ${number.format(v.resolved - communeLevel.resolved)} hồ sơ, ở cấp xã là ${number.format(communeLevel.resolved)} hồ sơ.`,
    );
  }
  if (spec.kind === 'month' && to > 1) {
    const running = spec.cumulative ?? sim.months.filter((m) => m.key.startsWith(`${spec.year}-`) && Number(m.key.split('-')[1]) <= to).reduce((n, m) => n + m.resolved, 0);
    lines.push(`Lũy kế ${to} tháng năm ${spec.year}, đã giải quyết ${number.format(running)} hồ sơ.`);
  }
  lines.push('III. NHIỆM VỤ THỜI GIAN TỚI', 'Tiếp tục nâng cao chất lượng giải quyết thủ tục hành chính cho người dân, doanh nghiệp.');
  return lines;
}

async function write(name: string, batch: Batch): Promise<void> {
  const dir = fileURLToPath(new URL(`../fixtures/batches/${name}/`, import.meta.url));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'reports'), { recursive: true });
  const sims = new Map<Unit, Simulation>();
  const simOf = (unit: Unit) => {
    if (!sims.has(unit)) sims.set(unit, simulate(unit, [2022, 2023, 2024]));
    return sims.get(unit)!;
  };
  const texts = new Map<string, string[]>();
  batch.reports.forEach((spec, serial) => {
    const lines = reportText(spec, simOf, serial + 1);
    texts.set(fileName(spec), lines);
    writeFileSync(join(dir, 'reports', fileName(spec)), `${lines.join('\n')}\n`);
  });
  for (const copy of batch.copies) {
    const target = join(dir, 'reports', copy.file);
    mkdirSync(dirname(target), { recursive: true });
    if (copy.format === 'copy') copyFileSync(join(dir, 'reports', copy.of), target);
    else {
      const doc = new Document({ sections: [{ children: texts.get(copy.of)!.map((line) => new Paragraph(line)) }] });
      writeFileSync(target, new Uint8Array(await Packer.toBuffer(doc)));
    }
  }
  writeFileSync(join(dir, 'expected-flags.csv'), stringify(batch.flags.map((f) => ({ ...f, files: f.files.join(';') })), { header: true, columns: ['check_id', 'indicator', 'files', 'expect', 'note'] }));
  writeFileSync(join(dir, 'expected-duplicates.csv'), stringify(batch.copies.map((c) => ({ file: c.file, duplicate_of: c.of })), { header: true, columns: ['file', 'duplicate_of'] }));
}

const quarterly = (unit: Unit, year: number, extra: Omit<ReportSpec, 'unit' | 'kind' | 'year' | 'n'>[] = []) =>
  [1, 2, 3, 4].map((n, i) => ({ unit, kind: 'quarter' as const, year, n, ...(extra[i] ?? {}) }));

function goldBatch(): Batch {
  const district: Unit = { word: 'huyện', name: 'Sông Lam', province: 'Nghệ An', seed: 7, pending0: 140, scale: 1100 };
  const tanLapA: Unit = { word: 'xã', name: 'Tân Lập', province: 'Phú Thọ', district: 'Thanh Sơn', seed: 11, pending0: 6, scale: 60 };
  const tanLapB: Unit = { word: 'xã', name: 'Tân Lập', province: 'Bắc Giang', district: 'Lục Ngạn', seed: 23, pending0: 31, scale: 240 };
  const quyChau: Unit = {
    word: 'huyện', name: 'Quỳ Châu', province: 'Nghệ An', seed: 31, pending0: 45, scale: 380,
    communes: [['Châu Hạnh', 41, 70], ['Châu Bính', 43, 55], ['Châu Tiến', 47, 85]].map(([name, seed, scale]) => (
      { word: 'xã', name: name as string, province: 'Nghệ An', district: 'Quỳ Châu', seed: seed as number, pending0: 4, scale: scale as number })),
  };
  const r = (spec: Omit<ReportSpec, 'unit'>, unit = district): ReportSpec => ({ unit, ...spec });
  const reports: ReportSpec[] = [
    ...[1, 2, 3].map((n) => r({ kind: 'month', year: 2023, n })),
    ...quarterly(district, 2023, [{ change: { online: 35 } }]),
    r({ kind: 'quarter', year: 2023, n: 4, revised: true, change: { rate: -1.3 } }),
    r({ kind: 'half', year: 2023 }), r({ kind: 'nine', year: 2023 }), r({ kind: 'year', year: 2023, change: { docs: 7 } }),
    ...[7, 8, 9].map((n) => r({ kind: 'month', year: 2024, n, ...(n === 8 ? { cumulative: 0 } : {}) })),
    ...quarterly(district, 2024, [{}, { change: { carried: 40, new: -40 } }]),
    r({ kind: 'half', year: 2024 }), r({ kind: 'nine', year: 2024 }), r({ kind: 'year', year: 2024 }),
    r({ kind: 'quarter', year: 2024, n: 1 }, tanLapA), r({ kind: 'quarter', year: 2024, n: 2 }, tanLapA),
    r({ kind: 'quarter', year: 2024, n: 1 }, tanLapB), r({ kind: 'quarter', year: 2024, n: 2 }, tanLapB),
    // A district and every one of its communes for one quarter: new dossiers at the commune level 45 short of the communes' own (planted), resolved in agreement.
    ...quyChau.communes!.map((c) => r({ kind: 'quarter', year: 2024, n: 3 }, c)),
    r({ kind: 'quarter', year: 2024, n: 3, communeChange: { new: -45 } }, quyChau),
  ];
  // August's running total: below July's (planted), computed from the simulation.
  const sim = simulate(district, [2022, 2023, 2024]);
  const julyRunning = sim.months.filter((m) => m.key.startsWith('2024-') && Number(m.key.split('-')[1]) <= 7).reduce((n, m) => n + m.resolved, 0);
  reports.find((s) => s.kind === 'month' && s.year === 2024 && s.n === 8)!.cumulative = julyRunning - 230;
  const f = (spec: Partial<ReportSpec> & { kind: Kind; year: number }, unit = district) =>
    fileName({ unit, ...spec } as ReportSpec);
  return {
    reports,
    copies: [
      { of: f({ kind: 'quarter', year: 2023, n: 2 }), file: 'docx/huyen-song-lam-quy-2-2023.docx', format: 'docx' },
      { of: f({ kind: 'month', year: 2023, n: 2 }), file: 'ban-sao/bao-cao-thang-2-2023.txt', format: 'copy' },
    ],
    flags: [
      { check_id: 'subperiod_sum_mismatch', indicator: 'direction.documents', files: [f({ kind: 'year', year: 2023 })], expect: 'flag', note: 'year 2023 documents +7 over its sub-periods' },
      { check_id: 'subperiod_sum_mismatch', indicator: 'dossier.online', files: [f({ kind: 'quarter', year: 2023, n: 1 })], expect: 'flag', note: 'Q1 2023 online +35 over its months' },
      { check_id: 'subperiod_sum_mismatch', indicator: 'dossier.online', files: [f({ kind: 'half', year: 2023 })], expect: 'optional', note: 'H1 2023 vs Q1 (planted) + Q2' },
      { check_id: 'carry_over_mismatch', indicator: 'dossier.carried_over', files: [f({ kind: 'quarter', year: 2024, n: 2 }), f({ kind: 'quarter', year: 2024, n: 1 })], expect: 'flag', note: 'Q2 2024 carried over +40 over Q1 pending' },
      { check_id: 'subperiod_sum_mismatch', indicator: 'dossier.new', files: [f({ kind: 'half', year: 2024 })], expect: 'optional', note: 'H1 2024 vs Q1 + Q2 (new −40 planted)' },
      { check_id: 'cross_report_conflict', indicator: 'dossier.on_time_rate', files: [f({ kind: 'quarter', year: 2023, n: 4 }), f({ kind: 'quarter', year: 2023, n: 4, revised: true })], expect: 'flag', note: 'revised Q4 2023 report restates the rate' },
      { check_id: 'cumulative_decrease', indicator: 'dossier.resolved', files: [f({ kind: 'month', year: 2024, n: 8 }), f({ kind: 'month', year: 2024, n: 7 })], expect: 'flag', note: 'running total of August below July' },
      { check_id: 'subperiod_sum_mismatch', indicator: 'dossier.resolved', files: [f({ kind: 'month', year: 2024, n: 8 })], expect: 'optional', note: 'Jan–Aug running total vs H1 + July + August' },
      {
        check_id: 'commune_sum_mismatch', indicator: 'dossier.new', expect: 'flag', note: "Q3 2024 Quỳ Châu's commune level 45 below its three communes' own reports",
        files: [f({ kind: 'quarter', year: 2024, n: 3 }, quyChau), ...quyChau.communes!.map((c) => f({ kind: 'quarter', year: 2024, n: 3 }, c))],
      },
    ],
  };
}

function sealedBatch(): Batch {
  const district: Unit = { word: 'huyện', name: 'Đồng Xuân Tây', province: 'Phú Yên', seed: 101, pending0: 75, scale: 640 };
  const quangPhuA: Unit = { word: 'xã', name: 'Quảng Phú', province: 'Quảng Ngãi', district: 'Nghĩa Hành', seed: 5, pending0: 12, scale: 90 };
  const quangPhuB: Unit = { word: 'xã', name: 'Quảng Phú', province: 'Đắk Lắk', district: 'Cư M\'gar', seed: 77, pending0: 2, scale: 35 };
  const sonHoa: Unit = {
    word: 'huyện', name: 'Sơn Hòa', province: 'Phú Yên', seed: 53, pending0: 20, scale: 260,
    communes: [['Sơn Nguyên', 59, 95], ['Sơn Hà', 61, 120]].map(([name, seed, scale]) => (
      { word: 'xã', name: name as string, province: 'Phú Yên', district: 'Sơn Hòa', seed: seed as number, pending0: 9, scale: scale as number })),
  };
  const r = (spec: Omit<ReportSpec, 'unit'>, unit = district): ReportSpec => ({ unit, ...spec });
  const sim = simulate(district, [2022, 2023, 2024]);
  const running = (year: number, to: number) => sim.months.filter((m) => m.key.startsWith(`${year}-`) && Number(m.key.split('-')[1]) <= to).reduce((n, m) => n + m.resolved, 0);
  const reports: ReportSpec[] = [
    ...[4, 5, 6].map((n) => r({ kind: 'month', year: 2022, n })),
    ...quarterly(district, 2022),
    r({ kind: 'half', year: 2022 }), r({ kind: 'nine', year: 2022 }), r({ kind: 'nine', year: 2022, revised: true, change: { rate: 2.1 } }), r({ kind: 'year', year: 2022 }),
    ...quarterly(district, 2023, [{}, {}, {}, { change: { docs: -3 } }]),
    ...[10, 11, 12].map((n) => r({ kind: 'month', year: 2023, n, ...(n === 11 ? { cumulative: running(2023, 10) - 95 } : {}) })),
    r({ kind: 'half', year: 2023, change: { online: 55 } }), r({ kind: 'nine', year: 2023 }), r({ kind: 'year', year: 2023, change: { carried: 60, new: -60 } }),
    r({ kind: 'quarter', year: 2023, n: 3 }, quangPhuA), r({ kind: 'quarter', year: 2023, n: 4 }, quangPhuA), r({ kind: 'year', year: 2023 }, quangPhuA),
    r({ kind: 'quarter', year: 2023, n: 3 }, quangPhuB), r({ kind: 'quarter', year: 2023, n: 4 }, quangPhuB), r({ kind: 'year', year: 2023 }, quangPhuB),
    // A district and its two communes for one quarter: resolved dossiers at the commune level 20 short of the communes' own (planted), new in agreement.
    r({ kind: 'quarter', year: 2023, n: 2, communeChange: { resolved: -20 } }, sonHoa),
    ...sonHoa.communes!.map((c) => r({ kind: 'quarter', year: 2023, n: 2 }, c)),
  ];
  const f = (spec: Partial<ReportSpec> & { kind: Kind; year: number }, unit = district) => fileName({ unit, ...spec } as ReportSpec);
  return {
    reports,
    copies: [
      { of: f({ kind: 'quarter', year: 2022, n: 3 }), file: 'word/quy-3-2022.docx', format: 'docx' },
      { of: f({ kind: 'year', year: 2023 }, quangPhuB), file: 'tai-ve/bao-cao-nam-2023-xa-quang-phu.txt', format: 'copy' },
    ],
    flags: [
      { check_id: 'subperiod_sum_mismatch', indicator: 'dossier.online', files: [f({ kind: 'half', year: 2023 })], expect: 'flag', note: 'H1 2023 online +55 over Q1 + Q2' },
      { check_id: 'subperiod_sum_mismatch', indicator: 'dossier.online', files: [f({ kind: 'nine', year: 2023 })], expect: 'optional', note: '9 months 2023 vs H1 (planted) + Q3' },
      { check_id: 'subperiod_sum_mismatch', indicator: 'direction.documents', files: [f({ kind: 'quarter', year: 2023, n: 4 })], expect: 'flag', note: 'Q4 2023 documents −3 under its months' },
      { check_id: 'subperiod_sum_mismatch', indicator: 'direction.documents', files: [f({ kind: 'year', year: 2023 })], expect: 'optional', note: 'year 2023 vs 9 months + Q4 (planted)' },
      { check_id: 'carry_over_mismatch', indicator: 'dossier.carried_over', files: [f({ kind: 'year', year: 2023 }), f({ kind: 'year', year: 2022 }), f({ kind: 'quarter', year: 2022, n: 4 })], expect: 'flag', note: 'year 2023 carried over +60 over the pending at the end of 2022' },
      { check_id: 'subperiod_sum_mismatch', indicator: 'dossier.new', files: [f({ kind: 'year', year: 2023 })], expect: 'optional', note: 'year 2023 new −60 vs its sub-periods' },
      { check_id: 'cross_report_conflict', indicator: 'dossier.on_time_rate', files: [f({ kind: 'nine', year: 2022 }), f({ kind: 'nine', year: 2022, revised: true })], expect: 'flag', note: 'revised 9-month 2022 report restates the rate' },
      { check_id: 'cumulative_decrease', indicator: 'dossier.resolved', files: [f({ kind: 'month', year: 2023, n: 11 }), f({ kind: 'month', year: 2023, n: 10 })], expect: 'flag', note: 'running total of November below October' },
      { check_id: 'subperiod_sum_mismatch', indicator: 'dossier.resolved', files: [f({ kind: 'month', year: 2023, n: 11 })], expect: 'optional', note: 'Jan–Nov running total vs 9 months + October + November' },
      {
        check_id: 'commune_sum_mismatch', indicator: 'dossier.resolved', expect: 'flag', note: "Q2 2023 Sơn Hòa's commune level 20 below its two communes' own reports",
        files: [f({ kind: 'quarter', year: 2023, n: 2 }, sonHoa), ...sonHoa.communes!.map((c) => f({ kind: 'quarter', year: 2023, n: 2 }, c))],
      },
    ],
  };
}

const name = process.argv[2];
if (name !== 'gold' && name !== 'sealed') throw new Error('usage: make-batch-fixtures.ts gold|sealed');
await write(name, name === 'gold' ? goldBatch() : sealedBatch());
