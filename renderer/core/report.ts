// The report as a county reviewer reads it: metadata (版头, 标题, 主送, 署名, 版记) and ordered parts.
// Plain serialisable data (no classes, no Dates) so it crosses IPC, goes into .fznb and into tests unchanged.

/** 一、 = 1, （一） = 2, 1. = 3, （1） = 4 (GB/T 9704 §7.3.3 heading sequence). */
export type HeadingLevel = 1 | 2 | 3 | 4

/** An inline span of body text; only bold survives into the official layout. */
export interface Run {
  readonly text: string
  readonly bold?: boolean
  /**
   * A figure carried over from last year's report by rollover (count, amount, rate, date): it needs
   * this year's fact. Cleared when the writer edits or confirms it; a report holding one is not complete.
   */
  readonly stale?: true
}

/** 1-based line of a text input or paragraph number of a .docx, so findings can point at it. */
export type SourceLine = number | null

export type Block =
  | {
      readonly kind: 'heading'
      readonly level: HeadingLevel
      /** The heading without its number (一、/（一）/1./（1）): numbers are derived from position. */
      readonly text: string
      readonly line: SourceLine
      /** The number an imported source wrote before it (四、 (二)), kept so the check can name one the export changes. */
      readonly sourceNumber?: string
      /** The 。 or ； an imported source closed the line with, left out of `text` (heading-level.ts headingText). */
      readonly sourceClosing?: string
    }
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[]; readonly line: SourceLine }
  | {
      readonly kind: 'table'
      /** Rows of cells, each cell plain text; the first row is the header when `header` is true. */
      readonly rows: readonly (readonly string[])[]
      readonly header: boolean
      readonly line: SourceLine
      /**
       * Each cell as runs, present only while some cell holds a figure carried over from last year (Run.stale);
       * the text stays in `rows`, which is what everything but the stale marks reads.
       */
      readonly cellRuns?: readonly (readonly (readonly Run[])[])[]
    }
  | {
      readonly kind: 'list'
      readonly ordered: boolean
      readonly items: readonly string[]
      readonly line: SourceLine
      /** Each item as runs, present only while some item holds a figure carried over from last year. */
      readonly itemRuns?: readonly (readonly Run[])[]
    }

export interface Part {
  /** Template part id (`measures`, `court-judgments` …), or null for a heading no template part matches. */
  readonly id: string | null
  /** The part's own heading without its number; null for text before the first heading. */
  readonly heading: string | null
  readonly blocks: readonly Block[]
  readonly line: SourceLine
  /** The number an imported source wrote before the heading (四、), as on a heading block. */
  readonly sourceNumber?: string
}

/** 上行文 carries 文号 + 签发人; the 公开 version has neither 签发人 nor a 版头 文号 line and adds （此件公开发布）. */
export type ReportVersion = 'upward' | 'public'

export type MetaField =
  | 'issuerMark'
  | 'docNumber'
  | 'signer'
  | 'recipients'
  | 'title'
  | 'issuers'
  | 'dateText'
  | 'note'
  | 'copyTo'
  | 'printedBy'
  | 'printedDateText'

/**
 * Where imported metadata stood in the source, so findings on it can point at a line and the
 * checker can see what the clean fields no longer show. Absent for reports written in the app.
 */
export interface MetaSource {
  /** 1-based source line of each field found in an imported text or .docx. */
  readonly lines: Readonly<Partial<Record<MetaField, number>>>
  /** The colon written after 主送: '：', ':' or '' when it was left out; null without 主送. */
  readonly recipientsColon: string | null
}

export interface ReportMeta {
  /** 发文机关标志, e.g. 中共XX镇委员会 / XX镇人民政府文件 (several bodies joined by a newline). */
  readonly issuerMark: string | null
  /** 发文字号 as written, e.g. 清委〔2024〕9号; see doc-number.ts for its parts. */
  readonly docNumber: string | null
  readonly signer: string | null
  /** 主送机关 without the trailing colon. */
  readonly recipients: string | null
  readonly title: string | null
  /** 署名: one entry per issuing body, in signing order. */
  readonly issuers: readonly string[]
  /** 成文日期 as written, e.g. 2024年3月18日. */
  readonly dateText: string | null
  /** 附注 including its parentheses, e.g. （此件公开发布）. */
  readonly note: string | null
  /** 抄送 without the label and the closing 。 */
  readonly copyTo: string | null
  /** 印发机关. */
  readonly printedBy: string | null
  /** 印发日期 as written, e.g. 2024年3月18日. */
  readonly printedDateText: string | null
  readonly version: ReportVersion
  /** The year the report is about (a report dated 2024-03 about 2023 has 2023). */
  readonly reportYear: number | null
  /** Set by the importers only (see MetaSource). */
  readonly source?: MetaSource
  /**
   * Set by rollover: what last year's report said, for the plans checklist and the side-by-side view.
   * Kept in meta (like `source`) because every path that edits the body passes meta through unchanged.
   */
  readonly lastYear?: LastYearReference
}

/** One item of last year's next-year part (一是…, （一）…, or a sub-heading): a plan this year should report on. */
export interface LastYearPlan {
  /** The plan's lead phrase, e.g. 持续推进执法队伍专业队伍建设. */
  readonly text: string
  /** The whole item as last year wrote it, for a tooltip or the side view. */
  readonly detail: string
}

/** Last year's text of one part, as plain text (paragraphs separated by newlines). */
export interface LastYearPart {
  readonly id: string | null
  /** The part's heading as last year wrote it (without its number); null for the preamble. */
  readonly heading: string | null
  readonly text: string
}

export interface LastYearReference {
  readonly reportYear: number | null
  readonly title: string | null
  readonly plans: readonly LastYearPlan[]
  /** The preamble (id and heading null) first, then each part in last year's order. */
  readonly parts: readonly LastYearPart[]
  /**
   * Why some of last year's text is not kept, one sentence each for the writer (rollover keeps at most
   * limits.maxTextChars of a part and limits.maxLastYearChars in all, so the draft can still be saved).
   */
  readonly trimmed?: readonly string[]
}

export interface Report {
  readonly meta: ReportMeta
  /** The opening paragraphs before the first part (导语: 2023年，我镇坚持……现将……报告如下：). */
  readonly preamble: readonly Block[]
  readonly parts: readonly Part[]
}

export const emptyMeta: ReportMeta = {
  issuerMark: null,
  docNumber: null,
  signer: null,
  recipients: null,
  title: null,
  issuers: [],
  dateText: null,
  note: null,
  copyTo: null,
  printedBy: null,
  printedDateText: null,
  version: 'upward',
  reportYear: null,
}

export function emptyReport(): Report {
  return { meta: emptyMeta, preamble: [], parts: [] }
}

/** Whether any of the runs is a figure carried over from last year (Run.stale). */
export function holdsStale(runs: readonly Run[]): boolean {
  return runs.some((run) => run.stale === true)
}

/** The runs of a block that hold figures carried over from last year (Run.stale), in reading order. */
export function staleRuns(block: Block): Run[] {
  const runs =
    block.kind === 'paragraph'
      ? block.runs
      : block.kind === 'table'
        ? (block.cellRuns?.flat(2) ?? [])
        : block.kind === 'list'
          ? (block.itemRuns?.flat() ?? [])
          : []
  return runs.filter((run) => run.stale === true)
}

/** The plain text of a block, as the checker and the part matcher read it. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.text
    case 'paragraph':
      return block.runs.map((run) => run.text).join('')
    case 'table':
      return block.rows.map((row) => row.join('\t')).join('\n')
    case 'list':
      return block.items.join('\n')
  }
}
