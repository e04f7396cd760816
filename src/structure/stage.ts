/**
 * The `structure` stage: the report's body as a document tree whose nodes
 * carry the scope their openers state (src/structure/tree.ts). Runs after
 * the tables stage (table lines are not body) and before the prose rules,
 * which read every sentence in the scope of its node.
 */
import type { Period, Report, SourceLine } from '../model/report.js';
import type { Stage } from '../pipeline.js';
import { frameOf } from '../extract/rules/index.js';
import { defaultRuleSet, type LevelCues } from '../extract/rules/load.js';
import { splitSentences } from '../extract/rules/sentences.js';
import { bodyFlow, bodyLayouts, footnoteFlows } from '../text/body-flow.js';
import type { Flow } from '../text/flow.js';
import { datedSentence, offsetOf } from '../extract/rules/anchor-scope.js';
import { buildTree } from './build.js';
import { formerUnitsOf, LEAD_IN_END, levelDeskItems, markerStyle, OWN_DESK, type ScopeContext, scopeOfOpener } from './scope.js';
import { scopeTablesBySection } from './table-scope.js';
import { type DocNode, treeOf } from './tree.js';

/** A label that scopes a whole paragraph: "Năm 2023: …", "Đối với cấp xã: …" (a few words, then ':'). */
const PARAGRAPH_LABEL = /^[^:.;\d]{2,60}:/u;
/**
 * A first sentence that ends a line with ':' leads the rest of its paragraph or the list items the tree nests
 * under it; so does one whose words announce what follows ("… như sau:", words.yaml lead_in) in a line of its own.
 */
const LEAD_IN = /:(?=[ \t]*(?:\n|$))/u;

/** A calendar date ("15/6/2019"). */
const DATE = String.raw`\d{1,2}\/\d{1,2}\/\d{4}`;
/**
 * "từ ngày 01/01/2022 đến ngày 17/6/2022", "từ đầu năm (2022) đến ngày 17/6/2022": a data window that ends on a date
 * ("đến nay" is no window: it runs on to the report).
 */
const WINDOW = String.raw`[Tt]ừ\s+(?:(?:ngày\s+)?${DATE}|đầu\s+năm(?:\s+\d{4})?)\s*(?:đến|-|–)\s*(?:hết\s+)?(?:ngày\s+)?${DATE}`;
/**
 * "Từ ngày 01/01/2019 đến ngày 15/6/2019, Bộ phận Một cửa tiếp nhận …": a data window opening a paragraph, with a comma,
 * scopes the whole paragraph (its later sentences count on the same data), not only its own sentence.
 */
const WINDOW_OPENER = new RegExp(String.raw`^(?:(?:[Ss]ố liệu|[Tt]ính)\s+)?(?:tính\s+)?${WINDOW}\s*,`, 'u');
/** A note's window between two dates, anywhere in it ("² Kỳ báo cáo từ ngày 15/12/2022 đến ngày 14/12/2023"). */
const NOTE_WINDOW = new RegExp(WINDOW, 'u');
/** "(Số liệu tính từ ngày 16/12/2020 đến ngày 15/6/2021)" at a paragraph's head: a window standing apart, leading what follows. */
const WINDOW_ASIDE = new RegExp(String.raw`^\(\s*(?:[Ss]ố liệu\s+)?(?:tính\s+)?${WINDOW}\s*\)`, 'u');

/**
 * "Hồ sơ giải quyết tại Bộ phận Một cửa (số liệu từ ngày 15/12/2022 đến ngày 14/6/2023): đã nhận
 * …", "Tình hình giải quyết TTHC từ 15/12/2022 đến 14/6/2023: …": a label whose only digits are a data window
 * between two dates, run on with its figures, scopes its paragraph or item as a window opening it does.
 */
const WINDOW_LABEL = new RegExp(String.raw`^[^:.;\d]{2,200}?\(?\s*(?:[Ss]ố liệu\s+)?(?:tính\s+)?${WINDOW}\s*\)?\s*:`, 'u');

/** The department's own desk right after a place label ("Tại Trung tâm PVHCC tỉnh, bộ phận của Sở …"). */
const DESK_AFTER_LABEL = new RegExp(String.raw`^\s*${OWN_DESK.source}`, 'u');

/**
 * A heading's line; an item's first sentence (its opener ends at its first
 * figure); a paragraph's label. A paragraph's comma opener ("Năm 2020, …",
 * "Đến 31/10/2020, …") scopes its own sentence only: the sentence reads it;
 * a data window between two dates scopes the paragraph (WINDOW_OPENER).
 */
function openerOf(text: string, node: DocNode, { paragraphTopic: topic, leadIn: announce }: LevelCues): string {
  const own = text.slice(node.start, node.end);
  // A heading's words without its number: "1.2.2. Đối với cấp xã: các xã …" labels as "Đối với cấp xã: …" does.
  if (node.kind === 'section') return text.slice(node.start, node.headEnd).replace(/\s*\n\s*/gu, ' ').slice(node.marker.length).trimStart();
  const [first] = splitSentences(own);
  const firstSentence = first ? own.slice(first.start, first.end) : own;
  const windowLabel = WINDOW_LABEL.exec(own.slice(node.marker.length).trimStart());
  if (windowLabel) return windowLabel[0];
  if (node.kind !== 'paragraph') return firstSentence;
  // A lead-in ("Kết quả … tại Bộ phận Một cửa cấp huyện:", "Riêng 9 tháng đầu năm 2020, kết quả như sau:") scopes
  // what it leads: the list items under it, or the rest of its paragraph.
  const leadIn = LEAD_IN.exec(firstSentence) ?? announce.exec(firstSentence);
  if (leadIn) return firstSentence.slice(0, leadIn.index + leadIn[0].length);
  // "Bộ phận Một cửa của Sở đặt tại …. Số liệu từ ngày … đến ngày … như sau:": a closing sentence that states a data
  // window and leads on with ':', after sentences without a figure, is the paragraph's lead-in.
  const closing = closingWindowLeadIn(own);
  if (closing) return closing;
  const window = WINDOW_ASIDE.exec(own) ?? WINDOW_OPENER.exec(own);
  if (window) return window[0];
  // "Riêng cấp xã, …", "Ở cấp huyện, …": a comma opener that sets what the whole paragraph is about (words.yaml paragraph_topic).
  const label = (PARAGRAPH_LABEL.exec(own) ?? topic.exec(own))?.[0] ?? '';
  // "Tại Trung tâm PVHCC tỉnh, bộ phận của Sở đã …": the place only says where; the department's desk after it is whose.
  const desk = label ? DESK_AFTER_LABEL.exec(own.slice(own.indexOf(label) + label.length)) : null;
  return desk ? own.slice(0, own.indexOf(label) + label.length + desk[0].length) : label;
}

/** The last sentence of a paragraph when it states a window and ends it with ':', the sentences before it no figure. */
function closingWindowLeadIn(own: string): string | null {
  const sentences = splitSentences(own);
  const last = sentences[sentences.length - 1];
  if (sentences.length < 2 || /\d/u.test(own.slice(0, last.start))) return null;
  const sentence = own.slice(last.start, last.end);
  return NOTE_WINDOW.test(sentence) && LEAD_IN.test(sentence) ? sentence : null;
}

/** A heading run on into its own figures after its label ("c) Hồ sơ nộp tại Trung tâm PVHCC tỉnh: Trung tâm tiếp nhận 4.127 …"). */
const RUN_ON_FIGURES = /:[^\d:]*\d/u;

/**
 * The paragraphs after an item that named another body in its label and ran on with that body's figures are back
 * in the item's parent ("c) … tại Trung tâm PVHCC tỉnh: Trung tâm tiếp nhận … ⏎ So với năm 2022, Bộ phận Một cửa
 * thành phố …"): the item said all it had on that body, and the unit's passage (its desk beside the communes'
 * item) goes on. Returns the nodes lifted, to stand right after the item.
 */
function liftAfterOtherBody(section: DocNode, opener: string): DocNode[] {
  if (section.kind !== 'section' || section.scope.body !== 'other' || !RUN_ON_FIGURES.test(opener)) return [];
  const first = section.children.findIndex((c) => c.kind === 'paragraph');
  if (first < 0) return [];
  const lifted = section.children.splice(first);
  section.end = lifted[0].start;
  for (const node of lifted) node.parent = section.parent;
  return lifted;
}

/** A data window a note gives the words its mark stands in: the mark's flow offset and the note's window. */
interface NoteWindow {
  at: number;
  period: Period;
}

function scopeNodes(node: DocNode, text: string, context: ScopeContext, noteWindows: readonly NoteWindow[]): void {
  const openers = new Map<DocNode, string>();
  const leads = new Set<DocNode>();
  const notedItems: DocNode[] = [];
  for (let i = 0; i < node.children.length; i++) {
    const child = node.children[i];
    node.children.splice(i + 1, 0, ...splitAtWindowSentence(text, child));
    const opener = openerOf(text, child, context.levels);
    openers.set(child, opener);
    child.scope = scopeOfOpener(opener, context, child.kind === 'section' ? 'heading' : 'node');
    if (WINDOW_OPENER.test(opener)) windowOfFirstSubject(text, child, context);
    if (leadsOnward(text, child, opener)) leads.add(child);
    const noted = headNoteWindow(text, child, noteWindows);
    if (noted && !child.scope.period) {
      child.scope.period = noted;
      // A paragraph holding its list leads that list only (its items inherit); one standing alone leads its followers.
      if (child.kind === 'paragraph' && child.children.length === 0) leads.add(child);
      if (child.kind === 'item') notedItems.push(child);
    }
    node.children.splice(i + 1, 0, ...liftAfterOtherBody(child, opener));
    scopeNodes(child, text, context, noteWindows);
  }
  for (const item of notedItems) noteWindowOverList(node.children, item);
  windowOverFollowers(node.children, leads, text, context.frame);
  leadInSpanOverItems(node.children, text);
  levelDeskItems(node.children, openers, context);
}

/**
 * "Tỉnh đang cung cấp 745 dịch vụ công …. Tính từ đầu năm tới ngày 16/6/2021, các sở nhận …": a later sentence of a
 * paragraph opened by a data window with a comma starts what the window scopes, as it would opening a paragraph of
 * its own; the sentences before it keep the paragraph's scope. Returns the paragraph cut off there, to stand after it.
 */
function splitAtWindowSentence(text: string, paragraph: DocNode): DocNode[] {
  if (paragraph.kind !== 'paragraph' || paragraph.children.length > 0) return [];
  const own = text.slice(paragraph.start, paragraph.end);
  const opening = splitSentences(own).slice(1).find((sentence) => WINDOW_OPENER.test(own.slice(sentence.start, sentence.end)));
  if (!opening) return [];
  const rest: DocNode = { kind: 'paragraph', start: paragraph.start + opening.start, end: paragraph.end, marker: '', scope: {}, children: [], parent: paragraph.parent };
  paragraph.end = rest.start;
  return [rest];
}

/**
 * A paragraph opened by a data window counts on it what its first sentence's subject states there: not at all when
 * that subject is another body ("Từ ngày 01/01/2023 đến ngày 30/6/2023, Trung tâm PVHCC tỉnh tiếp nhận …" in a
 * district's report). A later sentence about another level ("Riêng cấp xã, …") stays in the window (stop-22 ruling).
 */
function windowOfFirstSubject(text: string, paragraph: DocNode, context: ScopeContext): void {
  const own = text.slice(paragraph.start, paragraph.end);
  const [first] = splitSentences(own);
  if (!first || scopeOfOpener(own.slice(first.start, first.end), context, 'sentence').body === 'other') delete paragraph.scope.period;
}

/** A paragraph's or an item's label: its words up to the first ':', no figure, sentence end or ';' before it. */
const NOTED_LABEL = /^[^:.;\d]{2,200}:/u;

/**
 * The end of the words a node is headed by, where a note's mark dates what the node heads: a heading's line ("2.
 * Kết quả giải quyết hồ sơ²"), a lead-in's first sentence ending ':' ("Kết quả … tại Bộ phận Một cửa phường²:"),
 * a label ("- Tổng số hồ sơ tiếp nhận²: 4.912 …"), or a line of words alone with no figure ("Kết quả giải quyết
 * hồ sơ²" above its list). A mark in a figure's sentence dates that sentence only (anchor-scope.ts).
 */
function headEnd(text: string, node: DocNode): number | undefined {
  if (node.kind === 'section') return node.headEnd;
  if (node.kind !== 'paragraph' && node.kind !== 'item') return undefined;
  const own = text.slice(node.start, node.end);
  const [first] = splitSentences(own);
  const firstSentence = first ? own.slice(first.start, first.end) : own;
  const leadIn = LEAD_IN.exec(firstSentence);
  if (leadIn) return node.start + (first?.start ?? 0) + leadIn.index + 1;
  const words = own.slice(node.marker.length);
  const label = NOTED_LABEL.exec(words);
  if (label) return node.start + node.marker.length + label[0].length;
  return /\d/u.test(words) || splitSentences(words).length > 1 ? undefined : node.end;
}

/**
 * "Kết quả tiếp nhận, giải quyết hồ sơ tại Bộ phận Một cửa phường²:" with "² Số liệu tính từ ngày 15/12/2022 đến
 * ngày 14/12/2023.": a note whose mark stands in a node's head and only dates the data to a window states that
 * window as the head would in its own words: for the node (its list, a heading's section) and, for a paragraph
 * standing alone, what follows it in its section.
 */
function headNoteWindow(text: string, node: DocNode, noteWindows: readonly NoteWindow[]): Period | undefined {
  const end = noteWindows.length > 0 ? headEnd(text, node) : undefined;
  if (end === undefined) return undefined;
  return noteWindows.find(({ at }) => at > node.start && at <= end)?.period;
}

/**
 * "- Tổng số hồ sơ tiếp nhận²: …" as the first item of its list, its note dating the data to a window: the window
 * covers the list, the items of its marker after it (each one that states its own period keeps it).
 */
function noteWindowOverList(siblings: readonly DocNode[], item: DocNode): void {
  const at = siblings.indexOf(item);
  const window = item.scope.period!;
  const style = markerStyle(item.marker);
  const before = siblings[at - 1];
  if (before && before.kind === 'item' && markerStyle(before.marker) === style) return;
  for (const next of siblings.slice(at + 1)) {
    if (next.kind !== 'item' || markerStyle(next.marker) !== style) break;
    next.scope.period ??= window;
  }
}

/** The windows of notes that only date their data ("¹ Số liệu từ ngày … đến ngày …"), at their marks. */
function noteWindowsOf(report: Report, flow: Flow, context: ScopeContext): NoteWindow[] {
  const ruleSet = defaultRuleSet();
  return footnoteFlows(report).flatMap(({ number, flow: note }) => {
    const anchor = report.footnoteAnchors.get(number);
    // Only a window between two dates: "Số liệu năm 2020 tính đến ngày 30/9/2020" notes a cut-off, it leads nothing.
    const dated = anchor && NOTE_WINDOW.test(note.text) ? datedSentence(flow, anchor, note, ruleSet, context.frame) : null;
    return dated && dated.period.start < dated.period.end ? [{ at: offsetOf(flow, anchor!), period: dated.period }] : [];
  });
}

/** A node whose words end with ':', leading what follows. */
const leadsIn = (text: string, node: DocNode) => LEAD_IN_END.test(text.slice(node.start, node.end));

/**
 * "+ Kết quả giải quyết hồ sơ (số liệu từ ngày 15/12/2021 đến ngày 14/9/2022):" then "+ Tại Bộ phận Một cửa huyện:
 * …", "+ Tại các xã: …": a list written with one marker throughout puts the lead-in's items beside it rather than
 * under it. A lead-in item that is nothing but its span and ':' leads the items of its marker right after it, up to
 * the next lead-in; an item that states its own span keeps it.
 */
function leadInSpanOverItems(children: readonly DocNode[], text: string): void {
  const leadsOn = (node: DocNode) => node.kind === 'item' && node.children.length === 0 && leadsIn(text, node);
  children.forEach((lead, i) => {
    const span = lead.scope.period;
    if (!span || !leadsOn(lead)) return;
    for (const item of children.slice(i + 1)) {
      if (item.kind !== 'item' || markerStyle(item.marker) !== markerStyle(lead.marker) || leadsOn(item)) break;
      item.scope.period ??= span;
    }
  });
}

/**
 * "Trong quý, …", "Cả năm, …": a paragraph opened by the report's own calendar span, no number of its own. Not "Trong
 * kỳ, …": the period in force, a data window stated above it included.
 */
const OWN_SPAN_OPENER = /^(?:Trong|Cả)\s+(?:quý|tháng|năm)(?:\s+(?:này|báo cáo))?\s*,/u;

/** A window in a comparison ("So với cùng kỳ (từ ngày … đến ngày …):"): the other span's, not what follows. */
const COMPARED = /(?<![\p{L}\p{M}])(?:so với|cùng kỳ)(?![\p{L}\p{M}])/iu;

/**
 * Whether a paragraph leads what follows it in its section: its opener is a lead-in that ends its line with ':'
 * ("Kết quả giải quyết hồ sơ (số liệu từ ngày 16/3/2023 đến ngày 15/6/2023):") or a window standing apart
 * ("(Số liệu tính từ ngày … đến ngày …)"); one that holds list items leads them only, not the paragraph after
 * the list ("Toàn tỉnh đã gửi 1.245 thư xin lỗi …"). A label run on with its figures ("Năm 2023: tiếp nhận …") leads
 * nothing.
 */
function leadsOnward(text: string, node: DocNode, opener: string): boolean {
  // A lead-in holding a list ("…(số liệu từ ngày … đến ngày …):" ⏎ "- Cấp tỉnh: …", "- Cấp xã: …") leads that list.
  if (node.kind !== 'paragraph' || node.children.length > 0 || opener === '' || COMPARED.test(opener)) return false;
  if (WINDOW_ASIDE.test(opener)) return true;
  const own = text.slice(node.start, node.end);
  return LEAD_IN_END.test(opener) && /^[ \t]*(?:\n|$)/u.test(own.slice(own.indexOf(opener) + opener.length));
}

/**
 * "Kết quả giải quyết hồ sơ (số liệu từ ngày 16/3/2023 đến ngày 15/6/2023):" then paragraphs, list items, or lettered
 * items the tree reads as headings ("a) Tiếp nhận …"): a data window a paragraph states as its lead scopes what
 * follows it in its section, up to the next lead that states a span of its own (a node that states its own period
 * keeps it). A paragraph opened by the report's own span ("Trong quý, …"), a follower's or one under a following
 * heading, is back in the report's period, and so is what follows it. The preamble before the first heading ("…
 * báo cáo kết quả như sau:") leads nothing: only a lead inside a section.
 */
function windowOverFollowers(children: readonly DocNode[], leads: ReadonlySet<DocNode>, text: string, { periodStart, periodEnd }: ScopeContext['frame']): void {
  const report = periodStart === '' ? undefined : { start: periodStart, end: periodEnd };
  const ownSpan = (node: DocNode) => node.kind === 'paragraph' && OWN_SPAN_OPENER.test(text.slice(node.start, node.end));
  /** The nodes from the first one opened by the report's own span on are back in the report's period. */
  const backToReport = (nodes: readonly DocNode[]) => {
    const back = nodes.findIndex(ownSpan);
    if (back >= 0 && report) for (const after of nodes.slice(back)) after.scope.period ??= report;
  };
  children.forEach((lead, i) => {
    const span = lead.scope.period;
    if (!leads.has(lead) || lead.parent?.kind !== 'section' || !span || span.start >= span.end) return;
    const next = children.slice(i + 1).findIndex((c) => leads.has(c) && c.scope.period);
    const followers = children.slice(i + 1, next < 0 ? undefined : i + 1 + next);
    const back = followers.findIndex(ownSpan);
    lead.carries = span;
    for (const node of back < 0 ? followers : followers.slice(0, back)) {
      node.scope.period ??= span;
      if (node.scope.period === span) node.carries = span;
      if (node.kind === 'section') backToReport(node.children);
    }
    if (back >= 0) backToReport(followers);
  });
}

/** Body lines that follow a blank line on their page. */
function linesAfterBlank(report: Report): Set<SourceLine> {
  const out = new Set<SourceLine>();
  for (const { lines } of report.pages) {
    lines.forEach((line, i) => {
      if (i > 0 && line.kind === 'body' && line.text.trim() !== '' && lines[i - 1].text.trim() === '') out.add(line);
    });
  }
  return out;
}

export function structure(report: Report): void {
  const flow = bodyFlow(report);
  const layouts = bodyLayouts(report);
  const afterBlank = linesAfterBlank(report);
  const root = buildTree(flow.text, {
    paragraphPerLine: report.format === 'docx',
    afterBlank: (start) => afterBlank.has(flow.locate(start).line),
    setApart: (start) => layouts.get(flow.locate(start).line) === 'new',
  });
  const context: ScopeContext = { frame: frameOf(report), levels: defaultRuleSet().levels, meta: { ...report.meta, formerUnits: formerUnitsOf(flow.text) } };
  scopeNodes(root, flow.text, context, noteWindowsOf(report, flow, context));
  const tree = treeOf(root);
  report.structure = { flow, tree, context };
  // The tables (read before the tree) take the period of the section they stand in.
  scopeTablesBySection(report, flow, tree);
}

export const structureStage: Stage = { name: 'structure', run: structure };
