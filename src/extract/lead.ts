/**
 * The lead of a text without a report header: a press or portal item
 * ("Huyện Nho Quan: tháng 5 tiếp nhận hơn 3.100 hồ sơ" ⏎ "(Báo Ninh Bình) –
 * Ngày 04/6/2024, …"), an excerpt that starts with its title, or a report
 * whose first page is lost. Split into the headline (or title), the
 * dateline and the opening prose, so that the metadata stage can read the
 * period and the unit from each in turn.
 */
import { scanDates } from '../parse/dates.js';

export interface Lead {
  /** First line(s) before the prose; '' when the text starts with prose. */
  headline: string;
  /** 'headline' when a dateline follows it (a press item), 'title' otherwise (an excerpt, a portal page). */
  headlineKind: 'headline' | 'title' | '';
  /** The publication date of the dateline (ISO), '' when there is none. */
  published: string;
  /** The prose after headline and dateline. */
  opening: string;
}

const MAX_HEADLINE = 260;
/** "(Báo Ninh Bình) –", "(Cổng TTĐT tỉnh Vĩnh Phúc) -", "(TTXVN) —", "Hà Nội (TTXVN) -": a source tag. */
const SOURCE_TAG = /^(?:[\p{Lu}][\p{L}\p{M} .]{0,30}\s)?\((\p{Lu}[^()\n]{1,69})\)\s*[-–—:]\s*/u;
/** Publication words before a date: "Ngày 04/6/2024,", "Sáng 25/4/2024,", "Cập nhật ngày: 19/01/2021". */
const DATE_LEAD = /^(?:(?:Cập\s+nhật|Đăng|Ngày\s+đăng|Ngày\s+cập\s+nhật|Thời\s+gian)(?:\s+(?:lúc|ngày))?\s*:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?|(?:Thứ\s+\p{L}+|Chủ\s+nhật)\s*,\s*|(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)(?:\s+ngày)?\s+)?/u;
/** What may follow a date on its own line: a time, a time zone, a separator. */
const DATE_LINE_TAIL = /^[\s|,\-–—]*(?:\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?)?\s*(?:\(?GMT\s*[+-]\s*\d+\)?)?[\s|]*$/u;
/** Prose that opens a formal report body; never a headline. */
const FORMAL_OPENER = /^(?:Thực\s+hiện|Căn\s+cứ|Kính\s+gửi|Triển\s+khai|Trên\s+cơ\s+sở|Theo\s+(?:đề\s+nghị|yêu\s+cầu)|[IVX]+\.|\d+(?:\.\d+)*\.\s)/u;
/** "TP. Hà Tĩnh", "TX. Kỳ Anh": a dot that ends no sentence. */
const ABBREVIATION = /(?<![\p{L}])(?:TP|TX|TT|Tp|Tx)\./gu;
const SENTENCE_BREAK = /[.!?…]["”]?\s+\p{Lu}/u;

/** A date at the start of `text` with its publication words, or null. */
function leadingDate(text: string): { iso: string; end: number } | null {
  const words = DATE_LEAD.exec(text);
  const at = words ? words[0].length : 0;
  const [date] = scanDates(text.slice(at, at + 40));
  if (!date || date.start !== 0 || !date.iso) return null;
  return { iso: date.iso, end: at + date.end };
}

/** A line that is only a date (and a time): "26/03/2021", "Cập nhật ngày: 19/01/2021 | 11:05 GMT+7", "(21/09/2022)". */
function dateLine(line: string): string {
  const inner = line.trim().replace(/^\((.*)\)$/u, '$1');
  const date = leadingDate(inner);
  return date && DATE_LINE_TAIL.test(inner.slice(date.end)) ? date.iso : '';
}

/**
 * The dateline at the start of `text`: a date line, or a source tag with
 * an optional publication date ("(Báo X) – Ngày 12/4/2024, …"). Returns
 * the date and where the prose starts.
 */
function datelineAt(lines: string[], from: number): { published: string; found: boolean; rest: string } {
  const first = lines[from] ?? '';
  const onItsOwn = dateLine(first);
  if (onItsOwn) return { published: onItsOwn, found: true, rest: lines.slice(from + 1).join('\n') };
  const text = lines.slice(from).join('\n');
  const tag = SOURCE_TAG.exec(text);
  if (!tag) return { published: '', found: false, rest: text };
  const after = text.slice(tag[0].length);
  const date = leadingDate(after);
  // "Ngày 04/6/2024, UBND huyện…": the date is the dateline's; the prose goes on after it.
  return { published: date?.iso ?? '', found: true, rest: date ? after.slice(date.end).replace(/^\s*,\s*/u, '') : after };
}

/**
 * The headline: first lines joined while each next line continues it (lower
 * case), as long as they form no sentence; it must be followed by more text.
 */
function headlineLines(lines: string[]): number {
  let taken = 0;
  let text = '';
  while (taken < lines.length && taken < 4) {
    const line = lines[taken];
    if (taken > 0 && (!/^[\p{Ll}\d]/u.test(line) || dateLine(line))) break;
    text = text ? `${text} ${line}` : line;
    taken++;
  }
  const ok = taken < lines.length && text.length <= MAX_HEADLINE && !SENTENCE_BREAK.test(text.replace(ABBREVIATION, '')) && !/[.:;,]$/u.test(text)
    && !FORMAL_OPENER.test(text) && !dateLine(lines[0]) && !SOURCE_TAG.test(lines[0]);
  return ok ? taken : 0;
}

/** The lead of `text` (the body flow: one line per source line, blank lines left out). */
export function readLead(text: string): Lead {
  const lines = text.slice(0, 4000).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  // A date line may stand above the headline on a portal page.
  const above = lines.length > 0 ? dateLine(lines[0]) : '';
  const start = above ? 1 : 0;
  const taken = headlineLines(lines.slice(start));
  const headline = lines.slice(start, start + taken).join(' ');
  const dateline = datelineAt(lines, start + taken);
  const published = dateline.published || above;
  return {
    headline,
    headlineKind: headline === '' ? '' : dateline.found || above ? 'headline' : 'title',
    published,
    opening: dateline.rest,
  };
}
