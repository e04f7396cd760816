/**
 * The reporting unit's own one-stop desk named by its level word without "cấp" ("Năm 2009, Bộ phận một cửa huyện
 * tiếp nhận …", "Kết quả tại Bộ phận Một cửa thị xã: …"): its figures are that level's part when the same passage
 * (the section or list holding the desk's sentence) also gives lower-level figures of the same family ("Riêng cấp
 * xã, các xã tiếp nhận …"); given alone, they stay the unit's own total (level empty). Read after the prose rules,
 * from the levels the passage's mentions were read at (fixtures/eval/README.md, "Gold conventions ruled at stop 18").
 */
import type { Mention } from '../model/report.js';
import { LEVEL_RANK, unitLevelOf } from '../parse/unit-words.js';
import { type SentenceSpan, splitSentences } from '../extract/rules/sentences.js';
import { LEAD_IN_END, type ScopeContext } from './scope.js';
import type { DocNode, DocumentTree } from './tree.js';

/** A mention and the body offset it was read at (a footnote's: its mark's). */
export interface PlacedMention {
  mention: Mention;
  at: number;
}

/** How far into its sentence the desk may be named as what the sentence reports on ("Lũy kế từ năm 2016 đến nay, "). */
const DESK_LEAD = 100;
/**
 * The desk joined with another level's ("Bộ phận Một cửa huyện, xã", "… huyện và các xã", "… thị xã và bộ phận một cửa
 * của 10 xã, phường"), or named with its place's name.
 */
const NOT_OWN_DESK = /^(?:\s*(?:,|-|và|hai|cấp)\s*(?:các\s+)?(?:xã|phường|thị trấn|cấp)|\s*và\s+(?:[^\s,.;]+\s+){1,6}?(?:xã|phường|thị trấn)(?![\p{L}\p{M}])|\s*\(cũ\)|[ \t]+\p{Lu})/u;
/** The sentence speaks of the whole unit, not its desk ("toàn huyện", "trên địa bàn", "tỷ lệ … của thị xã"). */
const WHOLE = /(?<![\p{L}\p{M}])(?:toàn|trên địa bàn|chung|của\s+(?:huyện|thị\s+xã|thành\s+phố|quận)(?![\p{L}\p{M}]))/iu;

/**
 * Words before a paragraph's first figure that name what it counts: a body, a level or a place ("Các xã, thị trấn
 * tiếp nhận …", "Trung tâm …", "UBND huyện …"), or the whole unit. A paragraph without them goes on with the desk's.
 */
const OWN_SUBJECT = /(?<![\p{L}\p{M}])(?:trung\s+tâm|bộ\s+phận|ubnd|ủy\s+ban|sở|phòng|cơ\s+quan|đơn\s+vị|cấp|tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn)(?![\p{L}\p{M}])/iu;

/** An average or approximate figure ("bình quân mỗi năm", "khoảng 11 nghìn") is no count of the desk's kind. */
const ROUGH = /(?<![\p{L}\p{M}])(?:bình quân|trung bình|khoảng|xấp xỉ|ước)(?![\p{L}\p{M}])/iu;

/** Figures of the same kind: one indicator, or any two of the dossier counts and rates the desk reports. */
const sameKind = (a: string, b: string) => a === b || (a.startsWith('dossier.') && b.startsWith('dossier.'));

interface DeskRegion {
  start: number;
  end: number;
  /** The passage: the region's node's parent (its section or list). */
  passage: DocNode;
}

/**
 * The desk called back by its head word alone ("Trung tâm tiếp nhận …", "Bộ phận tiếp nhận và trả kết quả đã giải
 * quyết …"): no name, place or level follows it.
 */
const DESK_BACK_REFERENCE = /(?<![\p{L}\p{M}])(?:[Tt]rung\s+tâm|[Bb]ộ\s+phận)(?:\s+(?:[Mm]ột\s+cửa|tiếp\s+nhận\s+và\s+trả\s+kết\s+quả))?\s+(?!(?:của|cấp|các|và|xã|phường|thị|huyện|quận|tỉnh|thành)(?![\p{L}\p{M}]))\p{Ll}/u;
/** A centre or desk named with its own name ("Trung tâm Công nghệ thông tin", "Bộ phận Một cửa …"). */
const BODY_NAMED = /(?<![\p{L}\p{M}])(?:[Tt]rung\s+tâm|[Bb]ộ\s+phận)\s+\p{Lu}/u;

/** The first index of sorted `xs` holding a value at or above `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sentences that report on the unit's own desk (its figures follow the desk's name, or the sentence leads what
 * follows with ':', or it is a section's heading), each with what it leads: the rest of its node. `ats` are the
 * mentions' offsets, sorted.
 */
function deskRegions(
  text: string, sentences: readonly SentenceSpan[], tree: DocumentTree, context: ScopeContext, sorted: readonly PlacedMention[], ats: readonly number[],
): DeskRegion[] {
  const regions: DeskRegion[] = [];
  const deskName = new RegExp(context.levels.unitDeskNamed.source, 'iu');
  const anyIn = (from: number, to: number) => {
    const i = lowerBound(ats, from);
    return i < ats.length && ats[i] < to;
  };
  for (const s of cutAtLeadIns(text, sentences, tree)) {
    const sentence = text.slice(s.start, s.end);
    const desk = deskName.exec(sentence);
    if (!desk || unitLevelOf(desk[1], context.meta.unitName ?? '').level !== context.meta.unitLevel) continue;
    const after = sentence.slice(desk.index + desk[0].length);
    if (NOT_OWN_DESK.test(after)) continue;
    const deskAt = s.start + desk.index;
    // A sentence run on from a heading line starts, for this reading, where the desk's node does.
    const node = tree.nodeAt(deskAt);
    const start = Math.max(s.start, node.start);
    if (deskAt - start > DESK_LEAD) continue;
    // A figure read before the desk is named: the desk is not what the sentence counts ("đầu tư 1,2 tỷ cho Bộ phận …").
    if (anyIn(start, deskAt)) continue;
    regions.push(...backReferences(text, node, sorted, ats));
    const heading = node.kind === 'section' && deskAt < (node.headEnd ?? node.end);
    const leadsIn = LEAD_IN_END.test(after);
    if (!heading && !anyIn(deskAt + 1, s.end) && !leadsIn) continue;
    // "Trong đó, Trung tâm … thị xã tiếp nhận 1.200 hồ sơ, các xã tiếp nhận 2.300 hồ sơ": a split stated in one
    // sentence is that sentence's; it leads nothing after it.
    const own = context.meta.unitLevel;
    const split = !!own && sorted.slice(lowerBound(ats, deskAt), lowerBound(ats, s.end)).some(({ mention: m }) => m.level !== '' && LEVEL_RANK[m.level] < LEVEL_RANK[own]);
    // A desk sentence that only leads (a table, a list) with ':' has its own figures in what it leads, not past it.
    const leads = leadsIn || LEAD_IN_END.test(text.slice(node.start, node.end));
    const end = Math.max(s.end, node.end);
    regions.push({ start, end: split ? s.end : leads ? Math.max(s.whole, end) : goesOn(text, node, sorted, ats, end), passage: node.parent ?? node });
  }
  return regions;
}

/**
 * "… tại Bộ phận Một cửa huyện qua các năm như sau:" ⏎ a table ⏎ "Cộng 5 năm, Bộ phận Một cửa huyện tiếp nhận …": a
 * lead-in's ':' ends no sentence, but the paragraph after it (the table's lines left the text) starts one of its own.
 */
function cutAtLeadIns(text: string, sentences: readonly SentenceSpan[], tree: DocumentTree): (SentenceSpan & { whole: number })[] {
  return sentences.flatMap((s) => {
    const cuts = [...text.slice(s.start, s.end).matchAll(/:[ \t]*\n\s*/gu)]
      .map((m) => s.start + m.index + m[0].length)
      .filter((at) => at < s.end && tree.nodeAt(at).start === at);
    // `whole`: where the uncut sentence ends; a lead-in still leads what its sentence ran on into.
    return [s.start, ...cuts].map((start, i) => ({ start, end: cuts[i] ?? s.end, whole: s.end }));
  });
}

/**
 * "Trung tâm Hành chính công thị xã được kiện toàn …" ⏎ "Kết quả: Trung tâm tiếp nhận 1.250 hồ sơ …": a later paragraph
 * of the desk's passage calling it back by its head word alone before its first figure reports on the desk, with the
 * paragraphs that go on with it; up to a paragraph naming another centre or desk.
 */
function backReferences(text: string, node: DocNode, sorted: readonly PlacedMention[], ats: readonly number[]): DeskRegion[] {
  if (node.kind !== 'paragraph' || !node.parent) return [];
  const regions: DeskRegion[] = [];
  const siblings = node.parent.children;
  for (const next of siblings.slice(siblings.indexOf(node) + 1)) {
    if (next.kind !== 'paragraph') continue;
    const from = lowerBound(ats, next.start);
    const opening = text.slice(next.start, from < ats.length && ats[from] < next.end ? ats[from] : next.end);
    if (BODY_NAMED.test(opening)) break;
    if (from === lowerBound(ats, next.end) || !DESK_BACK_REFERENCE.test(opening) || WHOLE.test(opening)) continue;
    if (sorted.slice(from, lowerBound(ats, next.end)).some(({ mention }) => mention.level !== '')) continue;
    regions.push({ start: next.start, end: goesOn(text, next, sorted, ats, next.end), passage: node.parent });
  }
  return regions;
}

/**
 * "Bộ phận Một cửa huyện đã tiếp nhận 4.100 hồ sơ …" ⏎ "Kết quả đã giải quyết 3.900 hồ sơ …": the paragraphs right
 * after the desk's that state figures at no level and name nothing they count before their first figure go on with
 * the desk's account. Returns where the last of them ends (`end` when none does).
 */
function goesOn(text: string, node: DocNode, sorted: readonly PlacedMention[], ats: readonly number[], end: number): number {
  if (node.kind !== 'paragraph' || !node.parent) return end;
  const siblings = node.parent.children;
  for (const next of siblings.slice(siblings.indexOf(node) + 1)) {
    if (next.kind !== 'paragraph') break;
    const from = lowerBound(ats, next.start);
    const to = lowerBound(ats, next.end);
    if (from === to || sorted.slice(from, to).some(({ mention }) => mention.level !== '')) break;
    const opening = text.slice(next.start, ats[from]);
    if (OWN_SUBJECT.test(opening) || WHOLE.test(opening)) break;
    end = next.end;
  }
  return end;
}

/** Set the desk's figures to the unit's level where their passage gives lower-level figures of their kind. */
export function levelDeskPassages(text: string, tree: DocumentTree, context: ScopeContext, placed: readonly PlacedMention[]): void {
  const sorted = [...placed].sort((a, b) => a.at - b.at);
  const ats = sorted.map((p) => p.at);
  const sentences = splitSentences(text);
  levelDesksOfLevel(text, sentences, context, sorted, ats);
  // A district's desk beside its communes (a province's centre beside its districts is not ruled on).
  const own = context.meta.unitLevel;
  if (own !== 'district') return;
  const regions = deskRegions(text, sentences, tree, context, sorted, ats);
  if (regions.length === 0) return;
  const starts = sentences.map((s) => s.start);
  // The words of a figure's clause up to it say it is an average or a rough count.
  const rough = (at: number) => {
    const span = sentences[lowerBound(starts, at + 1) - 1];
    const from = span ? Math.max(span.start, text.lastIndexOf(';', at) + 1) : at;
    return ROUGH.test(text.slice(from, at + 1));
  };
  // The kinds of lower-level figures each passage gives, read once per passage.
  const lowerKinds = new Map<DocNode, string[]>();
  const kindsIn = (passage: DocNode) => {
    let kinds = lowerKinds.get(passage);
    if (!kinds) {
      kinds = [];
      for (let i = lowerBound(ats, passage.start); i < sorted.length && sorted[i].at < passage.end; i++) {
        const { level, indicator } = sorted[i].mention;
        if (level !== '' && LEVEL_RANK[level] < LEVEL_RANK[own] && !kinds.includes(indicator) && !rough(sorted[i].at)) kinds.push(indicator);
      }
      lowerKinds.set(passage, kinds);
    }
    return kinds;
  };
  for (const { mention, at } of sorted) {
    if (mention.level !== '' || mention.indicator === '') continue;
    const region = regions.find((r) => at >= r.start && at < r.end);
    if (!region || !kindsIn(region.passage).some((kind) => sameKind(kind, mention.indicator))) continue;
    const span = sentences[lowerBound(starts, at + 1) - 1];
    // The desk's own name ("Bộ phận một cửa của huyện") is not the whole unit's.
    if (span && WHOLE.test(text.slice(span.start, at).replace(context.levels.unitDeskNamed, ''))) continue;
    mention.level = own;
  }
}

/**
 * "Bộ phận một cửa cấp huyện tiếp nhận 5.000 hồ sơ, …; đã giải quyết …; còn 20 hồ sơ …": a desk named with its
 * level as what the sentence reports on is that level for every clause of the sentence, not only the first.
 */
function levelDesksOfLevel(text: string, sentences: readonly SentenceSpan[], context: ScopeContext, sorted: readonly PlacedMention[], ats: readonly number[]): void {
  const own = context.meta.unitLevel;
  if (!own) return;
  for (const s of sentences) {
    const desk = context.levels.deskOfLevel.exec(text.slice(s.start, s.end));
    if (!desk || desk.index > DESK_LEAD) continue;
    const { level } = unitLevelOf(desk[1], '');
    if (level === '' || LEVEL_RANK[level] > LEVEL_RANK[own]) continue;
    const deskAt = s.start + desk.index;
    const first = lowerBound(ats, s.start);
    // A figure read before the desk is named: the desk is not what the sentence counts.
    if (first < ats.length && ats[first] < deskAt) continue;
    for (let i = first; i < sorted.length && sorted[i].at < s.end; i++) {
      const { mention } = sorted[i];
      if (mention.level === '' && mention.indicator.startsWith('dossier.')) mention.level = level;
    }
  }
}
