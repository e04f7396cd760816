/**
 * One self-contained HTML audit report of a run: inline CSS, inline script,
 * the data embedded as JSON. The page shows the batch summary at once; the
 * report sections are built by the script, filtered and paginated, only when
 * opened (client.js), so thousands of reports stay light.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { groupByReport, type FigureRow, type FlagRow, type ReportRow } from '../../model/schemas.js';
import { CHECK_LABELS, INDICATOR_LABELS, LEVEL_LABELS, PERIOD_LABELS, SEVERITY_LABELS, STATUS_LABELS } from './labels.js';
import type { RunFolder } from './read-run.js';

const STYLE = readFileSync(new URL('./style.css', import.meta.url), 'utf8');
const SCRIPT = readFileSync(new URL('./client.js', import.meta.url), 'utf8');

const SEVERITIES = ['error', 'warning', 'info'] as const;
const STATUSES = ['ok', 'partial', 'error'] as const;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** JSON safe inside a <script> element: no "</script>", no line separators JS would choke on. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const number = new Intl.NumberFormat('vi-VN');


/** A file: URL of the report's source with its page (#page=N is honoured by PDF viewers), when the source is still where the run found it. */
function sourceLink(run: RunFolder): (sourceFile: string) => string {
  const roots = z.array(z.string()).catch([]).parse(run.manifest?.options.input_roots);
  return (sourceFile) => {
    const root = roots.find((dir) => existsSync(join(dir, sourceFile)));
    return root ? pathToFileURL(join(root, sourceFile)).href : '';
  };
}

/** series.csv by unit: [indicator, level, start, end, kind, value, report_id, disagreeing reports]. */
function seriesByUnit(run: RunFolder) {
  const units: Record<string, { name: string; province: string; points: unknown[][] }> = {};
  for (const s of run.series) {
    units[s.unit_key] ??= { name: s.unit_name, province: s.province, points: [] };
    units[s.unit_key].points.push([s.indicator, s.level, s.period_start, s.period_end, s.period_kind, s.value, s.report_id, s.disagreeing_reports]);
  }
  return units;
}

/** Reports with their figures and flags, as compact arrays (the order client.js reads). */
function embedded(run: RunFolder) {
  const figures = groupByReport(run.figures);
  const flags = groupByReport(run.flags);
  const link = sourceLink(run);
  return {
    labels: { status: STATUS_LABELS, severity: SEVERITY_LABELS, check: CHECK_LABELS, level: LEVEL_LABELS, period: PERIOD_LABELS, indicator: INDICATOR_LABELS },
    series: seriesByUnit(run),
    reports: run.reports.map((r: ReportRow) => ({
      id: r.report_id, file: r.source_file, href: link(r.source_file), unitKey: r.unit_key, duplicateOf: r.duplicate_of,
      format: r.format, status: r.status, error: r.error, pages: r.pages,
      issuer: r.issuer, unitLevel: r.unit_level, unit: r.unit_name, province: r.province, number: r.report_number,
      date: r.report_date, periodType: r.period_type, start: r.period_start, end: r.period_end, repair: r.text_repair,
      figures: (figures.get(r.report_id) ?? []).map((f: FigureRow) => [f.indicator, f.value, f.unit, f.level, f.period_start, f.period_end, f.mentions, f.page, f.line, f.evidence, f.rule]),
      flags: (flags.get(r.report_id) ?? []).map((f: FlagRow) => [f.check_id, f.severity, f.message, f.indicators, f.expected, f.actual, f.page, f.line, f.evidence]),
    })),
  };
}

function countBy<T>(rows: T[], key: (row: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) out.set(key(row), (out.get(key(row)) ?? 0) + 1);
  return out;
}

function card(value: number, caption: string, id: string): string {
  return `<div class="card" id="${id}"><b>${number.format(value)}</b><span>${escapeHtml(caption)}</span></div>`;
}

function flagTable(flags: FlagRow[]): string {
  if (flags.length === 0) return '<p class="empty">Không có cảnh báo nào.</p>';
  const counts = countBy(flags, (f) => `${f.check_id}|${f.severity}`);
  const checks = [...new Set(flags.map((f) => f.check_id))].sort();
  const head = ['Kiểm tra', ...SEVERITIES.map((s) => SEVERITY_LABELS[s]), 'Tổng'].map((t) => `<th>${escapeHtml(t)}</th>`).join('');
  const rows = checks.map((check) => {
    const cells = SEVERITIES.map((s) => `<td class="num">${number.format(counts.get(`${check}|${s}`) ?? 0)}</td>`).join('');
    const total = SEVERITIES.reduce((n, s) => n + (counts.get(`${check}|${s}`) ?? 0), 0);
    return `<tr data-check="${escapeHtml(check)}"><td>${escapeHtml(CHECK_LABELS[check] ?? check)} <code>${escapeHtml(check)}</code></td>${cells}<td class="num">${number.format(total)}</td></tr>`;
  });
  return `<table id="flags-by-check"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function selectOptions(values: readonly string[], labels: Record<string, string>, all: string): string {
  return [`<option value="">${escapeHtml(all)}</option>`, ...values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(labels[v] ?? v)}</option>`)].join('');
}

export interface HtmlReportOptions {
  /** Shown under the title, e.g. the run folder. */
  source?: string;
}

export function renderHtmlReport(run: RunFolder, options: HtmlReportOptions = {}): string {
  const status = countBy(run.reports, (r) => r.status);
  const checks = [...new Set(run.flags.map((f) => f.check_id))].sort();
  const manifest = run.manifest;
  const subtitle = [
    options.source ? `Thư mục kết quả: ${options.source}` : '',
    manifest ? `cchc-extract ${manifest.tool_version}, chạy lúc ${manifest.started_at}, ${number.format(manifest.seconds)} giây` : '',
  ].filter(Boolean).join(' · ');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Báo cáo kiểm tra số liệu CCHC</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Báo cáo kiểm tra số liệu cải cách hành chính</h1>
<p>${escapeHtml(subtitle)}</p>
</header>
<main>
<section id="summary">
<h2>Tổng quan</h2>
<div class="cards">
${card(run.reports.length, 'báo cáo', 'count-reports')}
${STATUSES.map((s) => card(status.get(s) ?? 0, `${STATUS_LABELS[s].toLowerCase()}`, `count-${s}`)).join('\n')}
${card(run.figures.length, 'số liệu', 'count-figures')}
${card(run.flags.length, 'cảnh báo', 'count-flags')}
</div>
<h2>Cảnh báo theo loại kiểm tra và mức độ</h2>
${flagTable(run.flags)}
</section>
<section id="units">
<h2>Diễn biến theo đơn vị (nhiều kỳ báo cáo)</h2>
<div id="unit-list"></div>
<nav class="pager" id="unit-pager"></nav>
</section>
<section id="list">
<h2>Báo cáo (báo cáo có lỗi trước)</h2>
<div class="filters" role="search">
<input type="search" id="filter-text" placeholder="Tìm theo tệp, đơn vị, nội dung cảnh báo… (có dấu hay không dấu đều được)" aria-label="Tìm kiếm">
<select id="filter-status" aria-label="Trạng thái">${selectOptions(STATUSES, STATUS_LABELS, 'Mọi trạng thái')}</select>
<select id="filter-check" aria-label="Loại kiểm tra">${selectOptions(checks, CHECK_LABELS, 'Mọi loại kiểm tra')}</select>
<select id="filter-severity" aria-label="Mức độ">${selectOptions(SEVERITIES, SEVERITY_LABELS, 'Mọi mức độ')}</select>
</div>
<p id="shown"></p>
<div id="reports"></div>
<nav class="pager" id="pager"></nav>
</section>
<noscript><p>Cần bật JavaScript để xem chi tiết từng báo cáo.</p></noscript>
</main>
<script type="application/json" id="cchc-data">${scriptJson(embedded(run))}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
