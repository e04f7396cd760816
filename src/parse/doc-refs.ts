/**
 * Citations of documents in running text: "Quyết định số 1828/QĐ-UBND
 * ngày 15/12/2021 của UBND tỉnh về việc ...", "Nghị định 178/2024/NĐ-CP",
 * "Kế hoạch số 83-KH/HU", "Văn bản số 4205/SNV-CCHC&VTLT ngày 04/9/2025 của
 * Sở Nội vụ". Values are kept as written, implausible ones included
 * ("113/1018/NĐ-CP" → year 1018): judging them is the audit's job.
 */
import { scanDates } from './dates.js';
import { scanDocSymbols, type DocSymbol } from './doc-symbols.js';
import { alternation } from './number-words.js';

/** Document types as they are named in text (canonical spelling). */
export const DOC_TYPES = [
  'Quyết định', 'Kế hoạch', 'Nghị định', 'Nghị quyết', 'Thông tư liên tịch', 'Thông tư', 'Chỉ thị', 'Công văn',
  'Văn bản', 'Báo cáo', 'Hướng dẫn', 'Kết luận', 'Đề án', 'Thông báo', 'Tờ trình', 'Luật', 'Thông tri', 'Chương trình',
  'Công điện', 'Quy định', 'Quy chế', 'Pháp lệnh', 'Điều lệ',
] as const;

/** Type of a document named only by its symbol: the first code says it ("QĐ-UBND" → Quyết định). */
const TYPE_BY_CODE: Readonly<Record<string, string>> = {
  'QĐ': 'Quyết định', 'QD': 'Quyết định', 'KH': 'Kế hoạch', 'NĐ': 'Nghị định', 'ND': 'Nghị định', 'NQ': 'Nghị quyết',
  'TT': 'Thông tư', 'TTLT': 'Thông tư liên tịch', 'CT': 'Chỉ thị', 'BC': 'Báo cáo', 'HD': 'Hướng dẫn', 'KL': 'Kết luận',
  'ĐA': 'Đề án', 'TB': 'Thông báo', 'TTR': 'Tờ trình', 'TTr': 'Tờ trình', 'CTr': 'Chương trình', 'CĐ': 'Công điện',
  'QH': 'Luật',
};

export interface DocRef {
  start: number;
  end: number;
  raw: string;
  docType: string;
  number: string;
  year?: number;
  symbol: string;
  /** ISO, or '' when not stated or impossible. */
  date: string;
  /** The date as written when it is impossible ("31/2/2021"). */
  invalidDate?: string;
  issuer: string;
  subject: string;
}

const canonicalType = new Map(DOC_TYPES.map((t) => [t.toLowerCase(), t]));
const TYPE_ALT = alternation(DOC_TYPES);
/** The type word right before a symbol: "Quyết định số ", "Kế hoạch ", "văn bản số: ". */
const TYPE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${TYPE_ALT})(?:\s+số)?\s*:?\s*$`, 'iu');
/** The report's own number in its header ("Số: 97/BC-UBND"). */
const OWN_NUMBER_BEFORE = /(?:^|\n)[ \t]*Số\s*:?\s*$/u;
const DATE_AFTER = /^\s*,?\s*(?:ban\s+hành\s+)?ngày\s+/iu;
const ISSUER_AFTER = /^\s*,?\s*của\s+/iu;
/** Where an issuer's name stops: the subject, a clause end, the next date. */
const ISSUER_END = /\s+(?:về|v\/v|V\/V|quy\s+định|hướng\s+dẫn|ban\s+hành|sửa\s+đổi|phê\s+duyệt|triển\s+khai|thực\s+hiện|ngày|và|đã|cho|tại|theo)(?![\p{L}])|[,;:.()“”"]|\s*$/u;
const SUBJECT_AFTER = /^\s*,?\s*(?:về\s+việc|v\/v|về)\s+/iu;
/** Names of bodies that start a main clause after a cited document ("..., UBND xã báo cáo"). */
const BODY_NAMES = String.raw`(?:UBND|Ủy\s+ban|Uỷ\s+ban|HĐND|Chủ\s+tịch|Sở|Phòng|Văn\s+phòng|Bộ|Huyện\s+ủy|Đảng\s+ủy)`;
/** A subject runs to the end of its clause, or to the next citation in a list. */
const SUBJECT_END = new RegExp(
  String.raw`;|\.(?=\s|$)|\)|(?<![\p{L}])(?:và|,)\s+(?=(?:các\s+)?(?:${TYPE_ALT})\s+(?:số\s+)?\d)|,\s+(?=${BODY_NAMES}\s)`,
  'iu',
);

function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function typeByCode(symbol: DocSymbol): string | undefined {
  const code = symbol.code.split(/[-/]/)[0];
  return TYPE_BY_CODE[code] ?? TYPE_BY_CODE[code.replace(/\d+$/, '')];
}

/**
 * The type word before the symbol wins, even when the symbol disagrees
 * ("Quyết định 320/KH-UBND"), except the generic "văn bản" (any document)
 * before a symbol whose code names the type ("văn bản 06/CT-UBND").
 * Without a word, the code names the type; an issuing body's code
 * ("UBND-NV") means a letter (Công văn).
 */
function typeOf(text: string, symbol: DocSymbol): { docType: string; start: number } {
  const before = text.slice(Math.max(0, symbol.start - 40), symbol.start);
  const m = TYPE_BEFORE.exec(before);
  const coded = typeByCode(symbol);
  if (m) {
    const written = canonicalType.get(squeeze(m[1]).toLowerCase()) ?? squeeze(m[1]);
    const docType = written === 'Văn bản' && coded ? coded : written;
    return { docType, start: symbol.start - before.length + m.index };
  }
  return { docType: coded ?? 'Công văn', start: symbol.start };
}

function clause(text: string, from: number, end: RegExp, max: number): string {
  const rest = text.slice(from, from + max);
  const m = end.exec(rest);
  return m ? rest.slice(0, m.index) : rest;
}

/** The clause a lead-in opens at `at` ("của UBND tỉnh", "về việc …"): its text and where it ends. */
function ledClause(text: string, at: number, lead: RegExp, end: RegExp, max: number): { value: string; end: number } | undefined {
  const opened = lead.exec(text.slice(at, at + 20));
  if (!opened) return undefined;
  const from = at + opened[0].length;
  const words = clause(text, from, end, max);
  return { value: squeeze(words), end: from + words.trimEnd().length };
}

/** Every document citation in the text, left to right. */
export function scanDocRefs(text: string): DocRef[] {
  const out: DocRef[] = [];
  for (const symbol of scanDocSymbols(text)) {
    if (OWN_NUMBER_BEFORE.test(text.slice(Math.max(0, symbol.start - 20), symbol.start))) continue;
    const { docType, start } = typeOf(text, symbol);
    let at = symbol.end;
    let date = '';
    let invalidDate: string | undefined;
    const dateLead = DATE_AFTER.exec(text.slice(at, at + 30));
    if (dateLead) {
      const [token] = scanDates(text.slice(at + dateLead[0].length, at + dateLead[0].length + 40));
      if (token && token.start === 0) {
        if (token.iso) date = token.iso;
        else if (token.invalid) invalidDate = token.raw;
        at += dateLead[0].length + token.end;
      }
    }
    const issuer = ledClause(text, at, ISSUER_AFTER, ISSUER_END, 100);
    if (issuer) at = issuer.end;
    const subject = ledClause(text, at, SUBJECT_AFTER, SUBJECT_END, 300);
    if (subject) at = subject.end;
    const end = Math.max(symbol.end, at);
    out.push({
      start, end, raw: squeeze(text.slice(start, end)), docType, number: symbol.number, year: symbol.year,
      symbol: symbol.symbol, date, invalidDate, issuer: issuer?.value ?? '', subject: subject?.value ?? '',
    });
  }
  return out;
}
