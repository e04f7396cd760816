/**
 * A table read where a lead's data window reaches (windowBefore), or in a
 * section whose heading states a period: "3. Kết quả giải quyết TTHC (số liệu
 * từ ngày 16/12/2022 đến ngày 15/12/2023)" ⏎ "Kết quả theo từng cấp như sau:"
 * ⏎ a table of levels. Its rows that name no period of
 * their own (by header, label or lead-in sentence) count in that span, as the
 * section's prose does. Runs once the tree is built: the tables stage reads
 * before it.
 */
import type { Report } from '../model/report.js';
import { offsetOf } from '../extract/rules/anchor-scope.js';
import type { Flow } from '../text/flow.js';
import { type DocNode, type DocumentTree, inheritedScope, type Scope } from './tree.js';

/** The scope of the section around a flow offset (its heading's and its ancestors'), or {} outside any section. */
function sectionScopeAt(tree: DocumentTree, offset: number): Scope {
  let node: DocNode | undefined = tree.nodeAt(offset);
  while (node && node.kind !== 'section') node = node.parent;
  return node ? inheritedScope(node) : {};
}

/**
 * The data window a lead passes on at a flow offset ("Kết quả … từ ngày 15/12/2022 đến ngày 14/9/2023 như sau:" ⏎ a
 * table, its rows after a page's footnote too): the last node before the offset, or one it stands in, carries one.
 */
function windowBefore(tree: DocumentTree, offset: number): Scope['period'] {
  const around = tree.nodeAt(offset);
  for (let node: DocNode | undefined = around.children.filter((c) => c.start <= offset).at(-1) ?? around; node; node = node.parent) {
    if (node.carries) return node.carries;
    // A heading of its own period scopes what it holds (sectionScopeAt), not a window from further up.
    if (node.kind === 'section' && node.scope.period) return undefined;
  }
  return undefined;
}

export function scopeTablesBySection(report: Report, flow: Flow, tree: DocumentTree): void {
  const { periodStart, periodEnd } = report.meta;
  const lines = new Map(report.pages.flatMap((p) => p.lines).map((l) => [`${l.page}:${l.line}`, l]));
  const periodAt = new Map<string, Scope['period']>();
  /** A table's lines are not in the flow: its rows sit where the body text after it starts; the section is the text's before. */
  const sectionPeriod = (page: number, line: number) => {
    const key = `${page}:${line}`;
    const source = lines.get(key);
    if (!source) return undefined;
    if (!periodAt.has(key)) {
      const before = Math.max(0, offsetOf(flow, { page, line, start: source.offset, end: source.offset }) - 1);
      const window = windowBefore(tree, before);
      const scope = window ? { period: window } : sectionScopeAt(tree, before);
      const own = scope.period && scope.period.start === periodStart && scope.period.end === periodEnd;
      periodAt.set(key, scope.plan || own ? undefined : scope.period);
    }
    return periodAt.get(key);
  };
  for (const m of report.mentions) {
    const period = m.source === 'table' && m.period.start === '' ? sectionPeriod(m.place.page, m.place.line) : undefined;
    if (period) m.period = period;
  }
  for (const row of report.tableRows) {
    const period = row.period_start === '' ? sectionPeriod(row.page, row.line) : undefined;
    if (period) [row.period_start, row.period_end] = [period.start, period.end];
  }
}
