// The interactive part of the HTML audit report. Reads the embedded JSON,
// filters and paginates the reports, and builds a report's section only when
// it is opened, so thousands of reports never become a giant DOM. Every text
// goes in through text nodes (never innerHTML): nothing from a report can
// become markup.
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('cchc-data').textContent);
  const L = data.labels;
  const PAGE_SIZE = 50;
  const F = { indicator: 0, value: 1, unit: 2, level: 3, start: 4, end: 5, mentions: 6, page: 7, line: 8, evidence: 9, rule: 10 };
  const G = { check: 0, severity: 1, message: 2, indicators: 3, expected: 4, actual: 5, page: 6, line: 7, evidence: 8 };
  const S = { indicator: 0, level: 1, start: 2, end: 3, kind: 4, value: 5, report: 6, disagreeing: 7 };
  const CHART_KEYS = ['dossier.resolved', 'dossier.new', 'dossier.on_time_rate', 'dossier.online_rate', 'dossier.received'];
  const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
  const KIND_LABELS = { month: 'Tháng', quarter: 'Quý', half_year: '6 tháng', nine_months: '9 tháng', year: 'Năm', point: 'Thời điểm', other: 'Kỳ khác' };
  const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
  const SVG = 'http://www.w3.org/2000/svg';

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') el.className = value;
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  function svg(tag, attrs, text) {
    const el = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
    if (text !== undefined) el.textContent = text;
    return el;
  }

  const viDate = (iso) => (iso ? iso.split('-').reverse().join('/') : '');
  const periodOf = (start, end) => (!start && !end ? '' : start === end ? viDate(start) : `${viDate(start)} – ${viDate(end)}`);
  const label = (table, key) => (table[key] !== undefined ? table[key] : key);
  /** "Hồ sơ đã giải quyết (dossier.resolved)". */
  const indicatorName = (key) => (L.indicator[key] ? `${L.indicator[key]} (${key})` : key);
  /** Case and diacritics ignored: "ha hoa" finds "Hạ Hòa". */
  const fold = (text) => String(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

  // Numbers as the report writes them: 8.803 → 8803, 81,23 → 81.23.
  const NUMBER = /\d+(?:[.,]\d+)*/g;
  const valueOf = (raw) => Number(raw.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.'));
  function numbersOf(...texts) {
    const values = new Set();
    for (const text of texts) for (const m of String(text).matchAll(NUMBER)) values.add(valueOf(m[0]));
    return values;
  }
  /** The evidence with the flag's numbers marked. */
  function highlighted(text, values) {
    const nodes = [];
    let last = 0;
    for (const m of text.matchAll(NUMBER)) {
      if (!values.has(valueOf(m[0]))) continue;
      nodes.push(text.slice(last, m.index), h('mark', {}, m[0]));
      last = m.index + m[0].length;
    }
    nodes.push(text.slice(last));
    return nodes;
  }

  for (const [i, r] of data.reports.entries()) {
    r.search = fold([r.file, r.unit, r.issuer, r.province, r.number, ...r.flags.map((f) => f[G.message] + ' ' + f[G.evidence])].join(' '));
    // Problem first: a failed file or an error flag is red, a partial read or a warning amber.
    const worst = Math.min(3, ...r.flags.map((f) => SEVERITY_RANK[f[G.severity]]));
    r.audit = r.status === 'error' || worst === 0 ? 'red' : r.status === 'partial' || worst === 1 ? 'amber' : 'green';
    r.rank = { red: 0, amber: 1, green: 2 }[r.audit];
    r.order = i;
  }
  data.reports.sort((a, b) => a.rank - b.rank || b.flags.length - a.flags.length || a.order - b.order);
  const AUDIT_LABELS = { red: 'Có lỗi', amber: 'Cần xem lại', green: 'Không phát hiện vấn đề' };
  const reportById = new Map(data.reports.map((r) => [r.id, r]));

  // One time series per unit (series.csv): any indicator with two periods or more can be charted.
  const unitSeries = data.series || {};
  /** Indicators of a unit with ≥ 2 periods of one kind at the unit's own level, main ones first. */
  function chartable(key) {
    const counts = new Map();
    for (const p of (unitSeries[key] || { points: [] }).points) {
      if (p[S.level] !== 'own') continue;
      const k = `${p[S.indicator]}|${p[S.kind]}`;
      counts.set(k, (counts.get(k) || 0) + 1);
    }
    const indicators = [...new Set([...counts].filter(([, n]) => n >= 2).map(([k]) => k.split('|')[0]))];
    const main = (i) => (CHART_KEYS.includes(i) ? CHART_KEYS.indexOf(i) : CHART_KEYS.length);
    return indicators.sort((a, b) => main(a) - main(b) || a.localeCompare(b));
  }
  function kindsOf(key, indicator) {
    const counts = new Map();
    for (const p of unitSeries[key].points) if (p[S.indicator] === indicator && p[S.level] === 'own') counts.set(p[S.kind], (counts.get(p[S.kind]) || 0) + 1);
    return [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).map(([k]) => k);
  }
  /**
   * Flags about this indicator on a point: raised on a report whose value for it disagrees, or on
   * its own report unless that report's flag is about another period (it disagrees elsewhere).
   */
  function flagsAt(key, point, indicator) {
    const disagreeingSomewhere = new Set(unitSeries[key].points.filter((p) => p[S.indicator] === indicator && p !== point)
      .flatMap((p) => String(p[S.disagreeing] || '').split(';').filter(Boolean)));
    const own = disagreeingSomewhere.has(point[S.report]) ? [] : [point[S.report]];
    const reports = [...own, ...String(point[S.disagreeing] || '').split(';').filter(Boolean)];
    return reports.flatMap((id) => ((reportById.get(id) || { flags: [] }).flags).filter((f) => f[G.indicators].split(' ').includes(indicator)));
  }
  function shortLabel(p) {
    const [year, month] = p[S.end].split('-');
    const kind = p[S.kind];
    if (kind === 'quarter') return `Q${Math.ceil(Number(month) / 3)}/${year}`;
    if (kind === 'year') return year;
    if (kind === 'month') return `${month}/${year}`;
    if (kind === 'half_year') return `${Number(month) <= 6 ? '6T' : '6Tc'}/${year}`;
    if (kind === 'nine_months') return `9T/${year}`;
    return viDate(p[S.end]);
  }
  function drawChart(key, indicator, kind) {
    const points = unitSeries[key].points.filter((p) => p[S.indicator] === indicator && p[S.level] === 'own' && p[S.kind] === kind)
      .sort((a, b) => a[S.end].localeCompare(b[S.end]));
    const W = Math.max(420, 60 * points.length), H = 190, PAD = 36;
    const values = points.map((p) => p[S.value]);
    const lo = Math.min(...values), hi = Math.max(...values);
    const span = hi - lo || Math.abs(hi) || 1;
    const x = (i) => PAD + (i * (W - 2 * PAD)) / Math.max(1, points.length - 1);
    const y = (v) => H - PAD - ((v - lo) / span) * (H - 2 * PAD);
    const root = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${indicatorName(indicator)} theo ${label(KIND_LABELS, kind).toLowerCase()}` });
    root.append(svg('title', {}, `${indicatorName(indicator)} theo ${label(KIND_LABELS, kind).toLowerCase()}`));
    root.append(svg('polyline', { points: points.map((p, i) => `${x(i)},${y(p[S.value])}`).join(' '), fill: 'none', stroke: '#175cd3', 'stroke-width': 2 }));
    points.forEach((p, i) => {
      const flags = flagsAt(key, p, indicator);
      const flagged = flags.length > 0;
      const dot = svg('circle', { cx: x(i), cy: y(p[S.value]), r: flagged ? 6 : 3.5, fill: flagged ? '#b42318' : '#175cd3', class: flagged ? 'flagged' : 'point' });
      dot.append(svg('title', {}, [`${shortLabel(p)}: ${number.format(p[S.value])}`, ...flags.map((f) => `⚠ ${label(L.check, f[G.check])}: ${f[G.message]}`)].join('\n')));
      root.append(dot);
      root.append(svg('text', { x: x(i), y: y(p[S.value]) - 9, 'text-anchor': 'middle', 'font-size': 11 }, number.format(p[S.value])));
      root.append(svg('text', { x: x(i), y: H - 10, 'text-anchor': 'middle', 'font-size': 10, fill: '#5b6775' }, shortLabel(p)));
    });
    return root;
  }
  /** A unit's chart with a choice of indicator and period kind; null when nothing has two periods. */
  function chart(key) {
    const indicators = chartable(key);
    if (indicators.length === 0) return null;
    const pickIndicator = h('select', { class: 'pick-indicator', 'aria-label': 'Chỉ tiêu' }, indicators.map((i) => h('option', { value: i }, indicatorName(i))));
    const pickKind = h('select', { class: 'pick-kind', 'aria-label': 'Loại kỳ' });
    const holder = h('div', { class: 'plot' });
    const redraw = (resetKind) => {
      if (resetKind) pickKind.replaceChildren(...kindsOf(key, pickIndicator.value).map((k) => h('option', { value: k }, label(KIND_LABELS, k))));
      holder.replaceChildren(drawChart(key, pickIndicator.value, pickKind.value));
    };
    pickIndicator.addEventListener('change', () => redraw(true));
    pickKind.addEventListener('change', () => redraw(false));
    redraw(true);
    return h('div', { class: 'chart', 'data-unit': key }, h('div', { class: 'chart-controls' }, pickIndicator, pickKind, h('span', { class: 'legend' }, '● điểm đỏ: có cảnh báo')), holder);
  }

  const state = { status: '', check: '', severity: '', text: '', page: 0 };
  const flagMatches = (f) => (!state.check || f[G.check] === state.check) && (!state.severity || f[G.severity] === state.severity);
  function matches(r) {
    if (state.status && r.status !== state.status) return false;
    if ((state.check || state.severity) && !r.flags.some(flagMatches)) return false;
    return !state.text || r.search.includes(state.text);
  }

  function flagItem(f) {
    const values = numbersOf(f[G.message], f[G.expected], f[G.actual]);
    const where = f[G.page] !== '' ? `trang ${f[G.page]}, dòng ${f[G.line]}` : '';
    return h(
      'li',
      { class: f[G.severity] },
      h('div', { class: 'flag-head' },
        h('span', { class: `badge ${f[G.severity]}` }, label(L.severity, f[G.severity])),
        h('span', {}, label(L.check, f[G.check])),
        f[G.indicators] ? h('span', { class: 'where' }, f[G.indicators].split(' ').map(indicatorName).join(', ')) : null,
        h('span', { class: 'where' }, where),
      ),
      h('div', { class: 'message' }, highlighted(f[G.message], values)),
      f[G.expected] || f[G.actual] ? h('div', { class: 'numbers' }, `Kỳ vọng: ${f[G.expected] || '—'} · Thực tế: ${f[G.actual] || '—'}`, f[G.indicators] ? ` · Chỉ tiêu: ${f[G.indicators]}` : '') : null,
      f[G.evidence] ? h('blockquote', {}, highlighted(f[G.evidence], values)) : null,
    );
  }

  function figuresTable(r) {
    if (r.figures.length === 0) return h('p', { class: 'empty' }, 'Không trích được số liệu nào.');
    return h('table', { class: 'figures' },
      h('thead', {}, h('tr', {}, ['Chỉ tiêu', 'Giá trị', 'Cấp', 'Kỳ', 'Số lần nêu', 'Trang/dòng', 'Trích dẫn'].map((t) => h('th', {}, t)))),
      h('tbody', {}, r.figures.map((f) => h('tr', {},
        h('td', {}, L.indicator[f[F.indicator]] || f[F.indicator], h('br'), h('code', {}, f[F.indicator])),
        h('td', { class: 'num' }, number.format(f[F.value]), f[F.unit] === 'percent' ? '%' : ''),
        h('td', {}, label(L.level, f[F.level])),
        h('td', {}, periodOf(f[F.start], f[F.end]) || 'Kỳ báo cáo'),
        h('td', { class: 'num' }, f[F.mentions]),
        h('td', {}, r.href ? h('a', { href: `${r.href}#page=${f[F.page]}`, target: '_blank', rel: 'noopener', class: 'page-link' }, `trang ${f[F.page]}, dòng ${f[F.line]}`) : `trang ${f[F.page]}, dòng ${f[F.line]}`),
        h('td', { class: 'evidence' }, highlighted(f[F.evidence], new Set([f[F.value]]))),
      ))),
    );
  }

  function reportBody(r) {
    const meta = [
      ['Tệp', r.file], ['Định dạng', r.format], ['Trạng thái', label(L.status, r.status)], ['Lỗi', r.error], ['Số trang', r.pages],
      ['Cơ quan ban hành', r.issuer], ['Đơn vị', r.unit], ['Cấp', r.unitLevel ? label(L.level, r.unitLevel) : ''], ['Tỉnh', r.province],
      ['Số báo cáo', r.number], ['Ngày báo cáo', viDate(r.date)], ['Loại kỳ', label(L.period, r.periodType)], ['Kỳ báo cáo', periodOf(r.start, r.end)],
      ['Sửa văn bản', r.repair], ['Mã báo cáo', r.id],
    ].filter(([, v]) => v !== '' && v !== undefined);
    const flags = r.flags.filter(flagMatches);
    return [
      h('dl', { class: 'meta' }, meta.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      r.duplicateOf ? h('p', { class: 'duplicate' }, 'Bản sao của báo cáo ', (reportById.get(r.duplicateOf) || { file: r.duplicateOf }).file, ': số liệu được lấy từ bản đó.') : null,
      chart(r.unitKey),
      h('h3', {}, `Cảnh báo (${flags.length}${flags.length !== r.flags.length ? ` / ${r.flags.length}` : ''})`),
      flags.length ? h('ul', { class: 'flags' }, flags.map(flagItem)) : h('p', { class: 'empty' }, 'Không có cảnh báo.'),
      h('h3', {}, `Số liệu (${r.figures.length})`),
      figuresTable(r),
    ];
  }

  function section(r) {
    const details = h('details', { class: 'report', 'data-report': r.id },
      h('summary', {},
        h('span', { class: `badge audit-${r.audit}` }, AUDIT_LABELS[r.audit]),
        r.status !== 'ok' ? h('span', { class: `badge ${r.status}` }, label(L.status, r.status)) : null,
        r.duplicateOf ? h('span', { class: 'badge copy' }, 'Bản sao') : null,
        h('span', { class: 'file' }, r.file),
        h('span', { class: 'meta' }, [r.unit || r.issuer, periodOf(r.start, r.end)].filter(Boolean).join(' · ')),
        h('span', { class: 'meta' }, `${r.figures.length} số liệu · ${r.flags.length} cảnh báo`),
        r.error ? h('span', { class: 'error-text' }, r.error) : null,
      ),
    );
    details.addEventListener('toggle', () => {
      if (details.open && !details.querySelector('.body')) details.append(h('div', { class: 'body' }, reportBody(r)));
    });
    return details;
  }

  const list = document.getElementById('reports');
  const shown = document.getElementById('shown');
  const pager = document.getElementById('pager');

  function render() {
    const hits = data.reports.filter(matches);
    const pages = Math.max(1, Math.ceil(hits.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    const flagCount = hits.reduce((n, r) => n + r.flags.filter(flagMatches).length, 0);
    shown.textContent = `Hiển thị ${hits.length} / ${data.reports.length} báo cáo · ${flagCount} cảnh báo`;
    shown.dataset.reports = String(hits.length);
    shown.dataset.flags = String(flagCount);
    list.replaceChildren(...hits.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE).map(section));
    pager.replaceChildren(...pagerButtons(state.page, pages));
  }

  function pagerButtons(page, pages) {
    return [
      h('button', { type: 'button', disabled: page === 0, 'data-step': -1 }, '‹ Trước'),
      h('span', {}, `Trang ${page + 1} / ${pages}`),
      h('button', { type: 'button', disabled: page >= pages - 1, 'data-step': 1 }, 'Sau ›'),
    ];
  }

  function onStep(nav, go) {
    nav.addEventListener('click', (event) => {
      const step = Number(event.target.getAttribute && event.target.getAttribute('data-step'));
      if (step) go(step);
    });
  }

  onStep(pager, (step) => {
    state.page += step;
    render();
    list.scrollIntoView();
  });

  // Units with a series: one collapsed entry each, its chart drawn when opened.
  const UNIT_PAGE_SIZE = 20;
  const charted = Object.keys(unitSeries).filter((key) => chartable(key).length > 0)
    .sort((a, b) => unitSeries[a].name.localeCompare(unitSeries[b].name, 'vi') || a.localeCompare(b));
  const unitList = document.getElementById('unit-list');
  const unitPager = document.getElementById('unit-pager');
  let unitPage = 0;
  function renderUnits() {
    const pages = Math.max(1, Math.ceil(charted.length / UNIT_PAGE_SIZE));
    unitList.replaceChildren(
      ...charted.slice(unitPage * UNIT_PAGE_SIZE, (unitPage + 1) * UNIT_PAGE_SIZE).map((key) => {
        const u = unitSeries[key];
        const entry = h('details', { class: 'report unit', 'data-unit': key },
          h('summary', {}, h('span', { class: 'file' }, u.name || key), h('span', { class: 'meta' }, [u.province, `${chartable(key).length} chỉ tiêu theo kỳ`].filter(Boolean).join(' · '))));
        entry.addEventListener('toggle', () => {
          if (entry.open && !entry.querySelector('.body')) entry.append(h('div', { class: 'body' }, chart(key)));
        });
        return entry;
      }),
    );
    unitPager.replaceChildren(...(pages > 1 ? pagerButtons(unitPage, pages) : []));
  }
  onStep(unitPager, (step) => {
    unitPage += step;
    renderUnits();
  });
  document.getElementById('units').hidden = charted.length === 0;
  renderUnits();
  for (const [id, key] of [['filter-status', 'status'], ['filter-check', 'check'], ['filter-severity', 'severity']]) {
    document.getElementById(id).addEventListener('change', (event) => {
      state[key] = event.target.value;
      state.page = 0;
      render();
    });
  }
  let typing;
  document.getElementById('filter-text').addEventListener('input', (event) => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state.text = fold(event.target.value.trim());
      state.page = 0;
      render();
    }, 150);
  });
  render();
})();
