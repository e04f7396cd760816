/**
 * A report as a tree (like Docling's document model or a unified syntax
 * tree): sections opened by numbered headings, paragraphs, list items, each
 * spanning a range of the body flow. Every node may state a scope — the
 * period, level or body its text speaks of, or that it is a plan — and a
 * node inherits what its ancestors state unless it states its own. Lines stay
 * the unit of provenance: a node's range maps back through the flow.
 */
import type { Period } from '../model/report.js';
import type { Level } from '../model/schemas.js';

export type NodeKind = 'document' | 'section' | 'paragraph' | 'item';

/** What a node's own words say about the figures under it. */
export interface Scope {
  period?: Period;
  level?: Exclude<Level, ''>;
  /**
   * 'other': the text speaks of another body (a named commune, the province's centre in a district's report);
   * 'own': the reporting unit by its name ("UBND huyện Hạ Hòa"), its own total; 'itself': the unit by its
   * level word ("UBND huyện đã ban hành …"), its own total too, but at its level under a heading of that
   * level ("1.2.1. Đối với cấp huyện:").
   */
  body?: 'own' | 'itself' | 'other';
  /**
   * Under a lead-in of the same span in earlier years ("Kết quả cùng kỳ các năm trước:"): a whole year named
   * under it ("+ Năm 2010: …") is that year's span of the report's period (in a half-year report, its first half).
   */
  sameSpan?: boolean;
  /** Under a heading of next period's tasks ("Phương hướng, nhiệm vụ"): numbers there are plans, not results. */
  plan?: boolean;
}

export interface DocNode {
  kind: NodeKind;
  /** Flow offsets [start, end). */
  start: number;
  end: number;
  /** The marker that opened it ("II.", "1.2.", "a)", "-", "+"), '' for a paragraph. */
  marker: string;
  /** A section: the end of its heading (the marker's line and any line the heading wrapped onto). */
  headEnd?: number;
  scope: Scope;
  children: DocNode[];
  parent?: DocNode;
  /**
   * The data window this node passes on to what follows it in its parent: a lead's ("(số liệu từ ngày … đến ngày …):")
   * and each follower's in its reach. A table read there (not a node of the tree) is counted on it.
   */
  carries?: Period;
}

export interface DocumentTree {
  root: DocNode;
  /** The scope in force at a flow offset: the innermost node's, filled in from its ancestors. */
  scopeAt(offset: number): Scope;
  /** The innermost node holding a flow offset. */
  nodeAt(offset: number): DocNode;
}

const SCOPE_KEYS = ['period', 'level', 'body', 'plan', 'sameSpan'] as const;

/** A node's scope completed by its ancestors'. */
export function inheritedScope(node: DocNode): Scope {
  const out: Scope = {};
  for (let n: DocNode | undefined = node; n; n = n.parent) {
    for (const key of SCOPE_KEYS) {
      if (out[key] === undefined && n.scope[key] !== undefined) (out as Record<string, unknown>)[key] = n.scope[key];
    }
  }
  return out;
}

/** The child holding `offset` (children are in order and do not overlap). */
function childAt(children: DocNode[], offset: number): DocNode | undefined {
  let lo = 0;
  let hi = children.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = children[mid];
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}

export function treeOf(root: DocNode): DocumentTree {
  const nodeAt = (offset: number): DocNode => {
    let node = root;
    for (;;) {
      const child = childAt(node.children, offset);
      if (!child) return node;
      node = child;
    }
  };
  const cache = new Map<DocNode, Scope>();
  return {
    root,
    nodeAt,
    scopeAt(offset) {
      const node = nodeAt(offset);
      let scope = cache.get(node);
      if (!scope) cache.set(node, (scope = inheritedScope(node)));
      return scope;
    },
  };
}
