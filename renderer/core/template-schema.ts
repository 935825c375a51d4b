// A report template as data (templates/*.json): its parts, how to recognise each part by meaning,
// what to tell the writer, and the required items a reviewer looks for (annual-report.md).
import { z } from 'zod'

export const TEMPLATE_FORMAT_VERSION = 1

/**
 * The schema of a template, made when a template is first parsed: zod builds a schema's parsers as it is declared,
 * which at module load cost the start screen (which parses none) its share of a cold start.
 */
function buildTemplateSchema() {
  /**
   * A term is a plain substring, or several joined by "…" that must occur in that order within one
   * clause (e.g. "存在…不足" matches 还存在一些不足). `{year}` / `{nextYear}` are filled with the
   * report year when it is known, so "{nextYear}年" means 2024年 in a 2023 report.
   */
  const TermSchema = z.string().min(1).max(40)

  const SignalSchema = z.object({
    terms: z.array(TermSchema).min(1),
    /** Negative weights veto look-alikes (负责人出庭应诉 is litigation, not first-responsible). */
    weight: z.number().int().min(-10).max(10),
    /**
     * The term counts only where it opens a sentence (下一步，我镇将……；2024年，我镇将……), not inside one (为下一步
     * 工作奠定基础), which would read next year's plans into a part that has none.
     */
    atStart: z.boolean().default(false),
  })

  /** A text matches when the weights of the signals it hits (each signal once) reach minScore. */
  const MatchSchema = z.object({
    signals: z.array(SignalSchema).min(1),
    minScore: z.number().int().min(1).max(30),
  })

  const GuidanceSchema = z.object({
    /** What to cover, one point per entry. */
    cover: z.array(z.string().min(1)).min(1),
    /** A short good example. */
    example: z.string().min(1),
  })

  const PartIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/)

  const TemplatePartSchema = z.object({
    id: PartIdSchema,
    /** Short Chinese name used in messages. */
    name: z.string().min(1).max(60),
    /** Standard heading without its number; {year} and {nextYear} are filled in. */
    heading: z.string().min(1).max(80),
    required: z.boolean(),
    /** top: a 一、 heading of its own; any: a heading at any level counts; sub: expected as a sub-section of `parent`. */
    placement: z.enum(['top', 'any', 'sub']),
    parent: PartIdSchema.optional(),
    guidance: GuidanceSchema,
    /** Recognises the part's own heading. */
    headingMatch: MatchSchema,
    /** Recognises the part's content inside another part (status `merged`). */
    contentMatch: MatchSchema,
    /**
     * Whether the part tells what was done in the year. Required items count only in such parts: 监督 named in
     * the 不足 or in next year's plans is not supervision that was done.
     */
    doneWork: z.boolean().default(true),
    /**
     * Top-level sections no part claims (一、深入学习贯彻…… 二、坚持依法决策……) together make this part when it
     * has no heading of its own: many reports are written as a run of themes instead of one 主要举措 heading.
     */
    thematic: z.boolean().default(false),
    /**
     * Words that announce work done (开展情况, 举措, 成效): a 不足 or plans heading holding one (工作开展情况及存在问题)
     * still tells what was done, while 2024年重点工作安排 does not.
     */
    workDoneCues: z.array(TermSchema).default([]),
  })

  const FigureSchema = z.object({
    /** What a reviewer expects, e.g. 行政复议案件数. */
    label: z.string().min(1).max(40),
    /** Units that make a number a figure of this kind: 件, 次, %, … */
    units: z.array(z.string().min(1).max(4)).min(1),
  })

  const TemplateItemSchema = z.object({
    id: PartIdSchema,
    name: z.string().min(1).max(40),
    /** The part the item normally belongs in (for the finding's location and message). */
    part: PartIdSchema,
    /** The phrasings reviewers accept as showing the item is covered (keywords and synonyms). */
    terms: z.array(TermSchema).min(1),
    /**
     * Phrases that contain a term but do not show the item: an office's name (信访办), a stock phrase
     * (重大决策部署). They are blanked out before the terms are looked for.
     */
    exclude: z.array(TermSchema).default([]),
    /** Sentences that show the item, as reviewers see them in real reports; the tests hold the terms to them. */
    examples: z.array(z.string().min(1).max(200)).default([]),
    /** Sentences that name a term and still do not show the item (检察建议 is not a court judgment). */
    nonExamples: z.array(z.string().min(1).max(200)).default([]),
    /** Empty when reviewers expect no figures (e.g. 监督). */
    figures: z.array(FigureSchema),
    /** The sentence the editor inserts for this item, figures as 【　】 fields to fill in. */
    skeleton: z.string().min(1).max(300).optional(),
  })

  /** A document reports cite with its period in the title (《法治政府建设实施纲要（2021—2025年）》). */
  const CitedDocumentSchema = z.object({
    /** The title inside 《》 without the period. */
    title: z.string().min(1).max(40),
    /** Every period the document has been issued for, newest first, written 2021—2025年. */
    periods: z.array(z.string().regex(/^\d{4}—\d{4}年$/, '期限应写作“2021—2025年”')).min(1),
  })

  return z
    .object({
      formatVersion: z.literal(TEMPLATE_FORMAT_VERSION),
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      name: z.string().min(1).max(60),
      description: z.string().max(500),
      parts: z.array(TemplatePartSchema).min(1),
      items: z.array(TemplateItemSchema),
      /** Documents cited with a period, so a wrong period is flagged; a county adds its own here. */
      citedDocuments: z.array(CitedDocumentSchema).default([]),
    })
    .superRefine((template, ctx) => {
      const partIds = new Set<string>()
      template.parts.forEach((part, index) => {
        if (partIds.has(part.id)) {
          ctx.addIssue({ code: 'custom', path: ['parts', index, 'id'], message: `部分编号“${part.id}”重复` })
        }
        partIds.add(part.id)
      })
      template.parts.forEach((part, index) => {
        if (part.placement === 'sub' && (part.parent === undefined || !partIds.has(part.parent))) {
          ctx.addIssue({
            code: 'custom',
            path: ['parts', index, 'parent'],
            message: '作为小节的部分必须用 parent 指明所属的部分',
          })
        }
      })
      if (template.parts.filter((part) => part.thematic).length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['parts'],
          message: '只能有一个部分由未命名的专题小节组成（thematic）',
        })
      }
      const itemIds = new Set<string>()
      template.items.forEach((item, index) => {
        if (itemIds.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', index, 'id'],
            message: `必备事项编号“${item.id}”重复`,
          })
        }
        itemIds.add(item.id)
        if (!partIds.has(item.part)) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', index, 'part'],
            message: `必备事项所属的部分“${item.part}”在模板中不存在`,
          })
        }
      })
    })
}

let schema: ReturnType<typeof buildTemplateSchema> | null = null

export function templateSchema(): ReturnType<typeof buildTemplateSchema> {
  schema ??= buildTemplateSchema()
  return schema
}

export type Template = z.infer<ReturnType<typeof buildTemplateSchema>>
export type TemplatePart = Template['parts'][number]
export type TemplateItem = Template['items'][number]
export type TemplateMatch = TemplatePart['headingMatch']
export type PartPlacement = TemplatePart['placement']
