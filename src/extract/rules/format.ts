/**
 * The rule-file format (rules/<family>/<topic>.yaml, documented in
 * rules/README.md), validated with zod at load. Types come from the schemas.
 */
import { z } from 'zod';
import { LEVELS } from '../../model/schemas.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date (YYYY-MM-DD)');
const listName = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'word-list name: lower case, digits, _');

/** Named word lists: each entry is a phrase; `a|b` in one entry is shorthand for two entries. */
export const WordLists = z.record(listName, z.array(z.string().min(1)).min(1));
export type WordLists = z.infer<typeof WordLists>;

export const Context = z
  .object({
    /** At least one phrase of each listed word list must occur in the sentence. */
    require: z.array(listName).default([]),
    /** No phrase of these word lists may occur in the sentence. */
    forbid: z.array(listName).default([]),
    /**
     * A list item only: at least one phrase of each listed word list must occur in the list's lead-in (the sentence
     * ending ':' that opened the list), not merely in an earlier item ("Hồ sơ mới tiếp nhận từng quý:" ⏎ "- Quý I: …").
     */
    require_in_lead_in: z.array(listName).default([]),
    /**
     * No phrase of these lists may occur in the figure's own clause (back to the previous figure, ',' or ';',
     * on to the punctuation after the match): "hồ sơ trực tuyến được giải quyết đúng hạn 3.408" is one channel's count.
     */
    forbid_in_clause: z.array(listName).default([]),
    /**
     * Word lists naming a body of a level, forbidden (in the sentence) only in a report whose unit is known to be
     * below that level: "Chỉ số CCHC của tỉnh" is the unit's own index in a province's report, not in a district's.
     */
    forbid_below: z.partialRecord(z.enum(['province', 'district']), z.array(listName)).default({}),
  })
  .strict();
export type Context = z.infer<typeof Context>;

export const ExpectedMention = z
  .object({
    indicator: z.string(),
    value: z.number(),
    level: z.union([z.enum(LEVELS), z.literal('')]).default(''),
    /** [start, end] ISO dates; omitted = the report's own period. */
    period: z.tuple([isoDate, isoDate]).optional(),
    qualifier: z.enum(['gt', 'ge', 'lt', 'le', 'approx']).optional(),
  })
  .strict();
export type ExpectedMention = z.infer<typeof ExpectedMention>;

export const Example = z
  .object({
    text: z.string().min(1),
    /** Everything this rule yields on `text`, exactly. `[]` = a negative example. */
    expect: z.array(ExpectedMention).optional(),
    /** Negative example in a weaker form: the rule yields none of these indicators (others allowed). */
    not: z.array(z.string()).optional(),
    /** The report the example is read in (period reading); default: year 2024 reported on 2024-12-15. */
    report: z
      .object({ periodStart: isoDate, periodEnd: isoDate, reportDate: isoDate.optional(), unitLevel: z.enum(LEVELS).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((e) => e.expect !== undefined || e.not !== undefined, 'an example needs `expect` or `not`');
export type Example = z.infer<typeof Example>;

export const RuleSpec = z
  .object({
    id: z.string().regex(/^[a-z_]+\.[a-z_0-9]+\.[a-z_0-9.]+$/, 'rule id: <family>.<file>.<name>'),
    /** Catalogue key yielded by slots that name none. */
    indicator: z.string(),
    patterns: z.array(z.string().min(1)).min(1),
    context: Context.optional(),
    /** Higher wins in consolidation when mentions of one figure disagree. Default 1. */
    specificity: z.number().int().min(0).max(9).default(1),
    /** Level of what the pattern itself names when no level cue says otherwise ("Số phòng, ban đã kiểm tra" = district). */
    level: z.enum(LEVELS).optional(),
    /** false: never read level cues, the indicator exists at one level only ("cơ quan chuyên môn cấp huyện"). Default true. */
    readLevel: z.boolean().default(true),
    /**
     * Parts read after the match like a breakdown: "…, trong đó: trong hạn 340; quá hạn 5" → {words: in_time, indicator: …}.
     * `require`: a list one of whose phrases must be in the sentence ("đúng hạn 8.900" is on time only beside "trước hạn 3.000").
     * `not_after`: a list whose phrase right before the part's phrase vetoes it ("trả trực tiếp 380": results returned, not received).
     * The first part whose phrase and requirement hold names the number.
     */
    parts: z.array(z.object({ words: listName, indicator: z.string(), require: listName.optional(), not_after: listName.optional() }).strict()).default([]),
    /**
     * true: the figure is a change measured against a base ("biên chế công chức giảm 10,3% so với năm 2015" is the
     * cut rate), read although a change word and a comparison stand beside it. Default false (a difference).
     */
    change: z.boolean().default(false),
    /**
     * Keys the matched number states too, at its level and period: "còn 75 hồ sơ đang giải quyết trong hạn" is the
     * pending count and the pending-in-time count at once.
     */
    also: z.array(z.string()).default([]),
    /** Read "trong đó cấp huyện 265, cấp xã 113" / "Năm 2021: 5; năm 2022: 7" after the match. Default true. */
    breakdown: z.boolean().default(true),
    examples: z.array(Example).min(1, 'every rule needs at least one example'),
  })
  .strict();
export type RuleSpec = z.infer<typeof RuleSpec>;

export const RuleFile = z
  .object({
    words: WordLists.default({}),
    /** Context applied to every rule of the file (merged with the rule's own). */
    context: Context.optional(),
    rules: z.array(RuleSpec).min(1),
  })
  .strict();
export type RuleFile = z.infer<typeof RuleFile>;
