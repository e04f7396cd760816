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
  const CHART_KEYS = ['dossier.on_time_rate', 'dossier.online_rate', 'dossier.received', 'dossier.resolved'];
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
  /** A period short enough for a chart axis: Q3/2025, 6T/2025, 2021, 03/2025. */
  function shortPeriod(r) {
    const [year, month] = r.end.split('-');
    if (r.periodType === 'quarter') return `Q${Math.ceil(Number(month) / 3)}/${year}`;
    if (r.periodType === 'year') return year;
    if (r.periodType === 'month') return `${month}/${year}`;
    if (r.periodType === 'half_year') return `6T/${year}`;
    if (r.periodType === 'nine_months') return `9T/${year}`;
    return viDate(r.end);
  }
  const label = (table, key) => (table[key] !== undefined ? table[key] : key);

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

  for (const r of data.reports) {
    r.search = [r.file, r.unit, r.issuer, r.province, r.number, ...r.flags.map((f) => f[G.message] + ' ' + f[G.evidence])]
      .join(' ')
      .normalize('NFC')
      .toLowerCase();
  }

  // Units that appear with several periods get a chart of their main indicator.
  const units = new Map();
  for (const r of data.reports) {
    const key = r.unit || r.issuer;
    if (!key) continue;
    if (!units.has(key)) units.set(key, []);
    units.get(key).push(r);
  }
  function series(key) {
    const reports = units.get(key) || [];
    if (new Set(reports.map((r) => r.end)).size < 2) return null;
    for (const indicator of CHART_KEYS) {
      const points = [];
      for (const r of reports) {
        const f = r.figures.find((x) => x[F.indicator] === indicator && x[F.level] === 'own' && (!x[F.start] || (x[F.start] === r.start && x[F.end] === r.end)));
        if (f && r.end) points.push({ end: r.end, label: shortPeriod(r), value: f[F.value] });
      }
      const distinct = new Map(points.map((p) => [p.end, p]));
      if (distinct.size >= 2) return { indicator, points: [...distinct.values()].sort((a, b) => a.end.localeCompare(b.end)) };
    }
    return null;
  }
  function chart(key) {
    const s = series(key);
    if (!s) return null;
    const W = 420, H = 170, PAD = 34;
    const values = s.points.map((p) => p.value);
    const lo = Math.min(...values), hi = Math.max(...values);
    const span = hi - lo || Math.abs(hi) || 1;
    const x = (i) => PAD + (i * (W - 2 * PAD)) / Math.max(1, s.points.length - 1);
    const y = (v) => H - PAD - ((v - lo) / span) * (H - 2 * PAD);
    const root = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${s.indicator} theo kỳ` });
    root.append(svg('title', {}, `${key}: ${s.indicator} theo kỳ`));
    root.append(svg('polyline', { points: s.points.map((p, i) => `${x(i)},${y(p.value)}`).join(' '), fill: 'none', stroke: '#175cd3', 'stroke-width': 2 }));
    s.points.forEach((p, i) => {
      root.append(svg('circle', { cx: x(i), cy: y(p.value), r: 3.5, fill: '#175cd3' }));
      root.append(svg('text', { x: x(i), y: y(p.value) - 8, 'text-anchor': 'middle', 'font-size': 11 }, number.format(p.value)));
      root.append(svg('text', { x: x(i), y: H - 10, 'text-anchor': 'middle', 'font-size': 10, fill: '#5b6775' }, p.label));
    });
    return h('div', { class: 'chart' }, h('div', {}, `Biểu đồ ${key} – ${s.indicator}`), root);
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
        h('td', {}, f[F.indicator]),
        h('td', { class: 'num' }, number.format(f[F.value]), f[F.unit] === 'percent' ? '%' : ''),
        h('td', {}, label(L.level, f[F.level])),
        h('td', {}, periodOf(f[F.start], f[F.end]) || 'Kỳ báo cáo'),
        h('td', { class: 'num' }, f[F.mentions]),
        h('td', {}, `${f[F.page]}/${f[F.line]}`),
        h('td', {}, f[F.evidence]),
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
      chart(r.unit || r.issuer),
      h('h3', {}, `Cảnh báo (${flags.length}${flags.length !== r.flags.length ? ` / ${r.flags.length}` : ''})`),
      flags.length ? h('ul', { class: 'flags' }, flags.map(flagItem)) : h('p', { class: 'empty' }, 'Không có cảnh báo.'),
      h('h3', {}, `Số liệu (${r.figures.length})`),
      figuresTable(r),
    ];
  }

  function section(r) {
    const details = h('details', { class: 'report', 'data-report': r.id },
      h('summary', {},
        h('span', { class: `badge ${r.status}` }, label(L.status, r.status)),
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

  // Units seen over several periods: one collapsed entry each, its chart drawn when opened.
  const UNIT_PAGE_SIZE = 20;
  const charted = [...units.keys()].filter((key) => series(key)).sort((a, b) => a.localeCompare(b, 'vi'));
  const unitList = document.getElementById('unit-list');
  const unitPager = document.getElementById('unit-pager');
  let unitPage = 0;
  function renderUnits() {
    const pages = Math.max(1, Math.ceil(charted.length / UNIT_PAGE_SIZE));
    unitList.replaceChildren(
      ...charted.slice(unitPage * UNIT_PAGE_SIZE, (unitPage + 1) * UNIT_PAGE_SIZE).map((key) => {
        const s = series(key);
        const entry = h('details', { class: 'report unit', 'data-unit': key }, h('summary', {}, h('span', { class: 'file' }, key), h('span', { class: 'meta' }, `${s.points.length} kỳ · ${s.indicator}`)));
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
      state.text = event.target.value.trim().normalize('NFC').toLowerCase();
      state.page = 0;
      render();
    }, 150);
  });
  render();
})();
