/**
 * The HTML audit report in a real browser (Debian's chromium through
 * playwright-core): it loads without console errors, shows the counts of the
 * run, filters, draws the unit chart, never runs text from a report as
 * markup, and saves screenshots to test-artifacts/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/index.js';
import { readRunFolder, writeHtmlReport } from '../../src/write/html-report/index.js';
import { writeHandMadeRun } from './run-fixture.js';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));
const BATCH = fileURLToPath(new URL('../../fixtures/batches/gold/reports/', import.meta.url));

let work: string;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cchc-html-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A fresh context per page (its own profile); console errors, page errors and any request leaving the file are collected. */
async function open(file: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    if (!req.url().startsWith('file:')) problems.push(`network: ${req.url()}`);
  });
  await page.goto(pathToFileURL(file).href);
  return { page, problems };
}

const shown = (page: Page) => page.locator('#shown').evaluate((el) => ({ reports: Number((el as HTMLElement).dataset.reports), flags: Number((el as HTMLElement).dataset.flags) }));

describe('HTML report of a hand-made run', () => {
  let file: string;
  let expected: { reports: number; flags: number; errorFlags: number };

  beforeAll(async () => {
    const run = join(work, 'hand');
    expected = await writeHandMadeRun(run);
    file = join(work, 'hand.html');
    await writeHtmlReport(run, file);
  });

  it('is self-contained: no external resource referenced', () => {
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toContain('<script>window.__pwned');
  });

  it('loads cleanly, counts, filters, charts and escapes', async () => {
    const { page, problems } = await open(file);
    await expect.poll(() => shown(page)).toEqual({ reports: expected.reports, flags: expected.flags });
    expect(await page.locator('#count-reports b').textContent()).toBe(String(expected.reports));
    expect(await page.locator('#count-flags b').textContent()).toBe(String(expected.flags));
    expect(await page.locator('#reports details.report').count()).toBe(expected.reports);
    // Sections are built when opened, not on load.
    expect(await page.locator('details .body').count()).toBe(0);

    await page.selectOption('#filter-status', 'error');
    expect(await shown(page)).toEqual({ reports: 1, flags: 0 });
    await page.selectOption('#filter-status', '');
    await page.selectOption('#filter-severity', 'error');
    expect(await shown(page)).toEqual({ reports: 2, flags: expected.errorFlags });
    await page.selectOption('#filter-severity', '');
    await page.selectOption('#filter-check', 'ratio_mismatch');
    expect(await shown(page)).toEqual({ reports: 1, flags: 1 });
    await page.selectOption('#filter-check', '');
    await page.fill('#filter-text', 'hạ hòa');
    await expect.poll(() => shown(page)).toEqual({ reports: 1, flags: 1 });
    // Search ignores diacritics and case.
    await page.fill('#filter-text', 'HA HOA');
    await expect.poll(() => shown(page)).toEqual({ reports: 1, flags: 1 });
    await page.fill('#filter-text', '');
    await expect.poll(() => shown(page)).toEqual({ reports: expected.reports, flags: expected.flags });

    // Problem first: reports with error flags or a failed read come first, red; the clean one last, green.
    const badges = await page.locator('#reports details.report > summary > .badge:first-child').evaluateAll((els) => els.map((el) => el.className));
    expect(badges.slice(0, 3)).toEqual(['badge audit-red', 'badge audit-red', 'badge audit-red']);
    expect(badges.at(-1)).toBe('badge audit-amber');
    expect(await page.locator('#reports details.report').first().getAttribute('data-report')).toBe('ra000000000000003');

    // One unit has several periods: it is listed once, with its chart drawn when opened.
    expect(await page.locator('#unit-list details').count()).toBe(1);
    await page.locator('#unit-list summary').click();
    // The chart is drawn on the toggle event, after the click returns.
    await expect.poll(() => page.locator('#unit-list svg circle').count()).toBe(3);
    // The point a cross-report flag is about is marked, with the flag in its tooltip.
    expect(await page.locator('#unit-list svg circle.flagged').count()).toBe(1);
    expect(await page.locator('#unit-list svg circle.flagged title').textContent()).toContain('Hai báo cáo nêu khác nhau');
    // Any indicator of the unit can be picked, named in Vietnamese.
    expect(await page.locator('#unit-list select.pick-indicator option').allTextContents()).toEqual(['Tỷ lệ giải quyết đúng hạn (dossier.on_time_rate)']);

    const q3 = page.locator('details[data-report="ra000000000000003"]');
    await q3.locator('summary').click();
    await expect.poll(() => q3.locator('ul.flags li').count()).toBe(2);
    await expect.poll(() => q3.locator('.chart svg circle').count()).toBe(3);
    expect(await q3.locator('ul.flags li').first().locator('mark').allTextContents()).toEqual(expect.arrayContaining(['24', '08']));
    expect(await q3.locator('summary .file').textContent()).toContain('<script>');
    // Figures: the Vietnamese name beside the key, the value marked in its evidence.
    expect(await q3.locator('table.figures tbody tr').first().locator('td').first().textContent()).toBe('Tỷ lệ giải quyết đúng hạndossier.on_time_rate');
    expect(await q3.locator('table.figures td.evidence mark').first().textContent()).toBe('99');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);

    await page.screenshot({ path: join(ARTIFACTS, 'html-report-hand-made.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});

describe('HTML report of a fixture run', () => {
  it('shows the counts of the run folder', async () => {
    const inputs = join(work, 'inputs');
    mkdirSync(inputs);
    for (const name of ['thach-khe-cchc-quy-3-2025.txt', 'tho-xuan-cchc-quy-1-2024.txt', 'ha-hoa-cchc-nam-2021.txt']) copyFileSync(join(CORPUS, name), join(inputs, name));
    const run = join(work, 'fixture-run');
    await runBatch([inputs], { out: run, concurrency: 2 });
    const file = join(work, 'fixture.html');
    await writeHtmlReport(run, file);
    const folder = readRunFolder(run);

    const { page, problems } = await open(file);
    await expect.poll(() => shown(page)).toEqual({ reports: 3, flags: folder.flags.length });
    for (const details of await page.locator('#reports details.report summary').all()) await details.click();
    await expect.poll(() => page.locator('#reports details.report .body').count()).toBe(3);
    // Each figure links to its page in the source file.
    const href = await page.locator('#reports a.page-link').first().getAttribute('href');
    expect(href).toMatch(/^file:\/\/.*\.txt#page=1$/);
    await page.screenshot({ path: join(ARTIFACTS, 'html-report-fixtures.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 180_000); // extracting three reports takes a while when the whole suite runs at once
});

describe('HTML report of a batch with copies and cross-report flags', () => {
  it('marks copies, lists each unit once (same-named communes apart) and marks flagged periods on the chart', async () => {
    const run = join(work, 'batch-run');
    await runBatch([BATCH], { out: run, concurrency: 2 });
    const file = join(work, 'batch.html');
    await writeHtmlReport(run, file);

    const { page, problems } = await open(file);
    await expect.poll(() => page.locator('#reports details.report').count()).toBe(31);
    expect(await page.locator('#reports .badge.copy').count()).toBe(2);
    expect(await page.locator('#unit-list details').count()).toBe(3); // Quỳ Châu and its communes report one quarter: nothing to chart
    const district = page.locator('#unit-list details[data-unit="nghe-an/district/song-lam"]');
    await district.locator('summary').click();
    await expect.poll(() => district.locator('svg circle').count()).toBeGreaterThan(1);
    await district.locator('select.pick-indicator').selectOption('dossier.online');
    await district.locator('select.pick-kind').selectOption('quarter');
    await expect.poll(() => district.locator('svg circle').count()).toBe(8);
    expect(await district.locator('svg circle.flagged').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'html-report-batch.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 180_000);
});
