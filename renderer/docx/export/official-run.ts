// A text run that names its font for every script slot. Without eastAsia, Word and WPS fall back to the theme's
// 等线; without ascii/hAnsi, the digits and Latin punctuation of 2024年 or 1. do (gbt9704-layout.md, Fonts).
// Colour and italics come from styles.ts, which redefines every style we use black and upright; a run in a 公文正文
// or heading paragraph also takes its size and tracking from there. A run that gives its size sits in a paragraph
// without a style and states its tracking too, 0 unless asked: Normal carries the 正文's tracking for the
// paragraphs a clerk types later (styles.ts), and a title, 署名 or 版记 must not take it.
import { type IContext, type IRunOptions, type IXmlableObject, RunProperties, TextRun } from 'docx'
import { ptToHalfPoints } from './gbt9704'
import type { OfficialFont } from './official-fonts'
import { PreparedCache, PreparedOnce } from './prepared-once'
import { ZeroTrackedProperties, ZeroTrackedTextRun } from './zero-tracking'

export type RunContent = string | NonNullable<IRunOptions['children']>

export interface OfficialRunOptions {
  readonly font: OfficialFont
  /** Size in points; left out in a styled paragraph, whose style gives it. */
  readonly size?: number
  /** Bold on top of what the font role asks for (e.g. a bold span in the body). */
  readonly bold?: boolean
  /** RRGGBB for red elements; black comes from the styles. */
  readonly color?: string
  /** Tracking in twips (`w:spacing`), see `bodyTracking` in gbt9704.ts; 0 for a run that gives its size. */
  readonly tracking?: number
  /** Character width in per cent (`w:w`, Word's 字符缩放): the narrowed 发文机关标志 of a long name. */
  readonly scale?: number
  /** Starts the run on a new line (`w:br`), as in a title set over several lines. */
  readonly lineBreakBefore?: boolean
  /**
   * Word's highlighting (`w:highlight`): only in a working draft, on a figure carried over from last year (Run.stale).
   * It colours the text's background and takes no room, so the page is set as without it.
   */
  readonly highlight?: 'yellow'
}

type Formatting = Omit<IRunOptions, 'text' | 'children' | 'break'>

function formatting(options: OfficialRunOptions): Formatting {
  const { font, size } = options
  const name = font.name
  const bold = font.bold || options.bold === true
  // Only what differs from the styles (styles.ts: black, upright, not bold) besides the font: every element more
  // per run is paid for on every run of a 30-page report when packing.
  return {
    font: { ascii: name, hAnsi: name, eastAsia: name },
    ...(size === undefined ? {} : { size: ptToHalfPoints(size) }),
    ...(bold ? { bold: true } : {}),
    ...(options.color === undefined ? {} : { color: options.color }),
    ...(options.tracking === undefined || options.tracking === 0
      ? {}
      : { characterSpacing: options.tracking }),
    ...(options.scale === undefined || options.scale === 100 ? {} : { scale: options.scale }),
    ...(options.highlight === undefined ? {} : { highlight: options.highlight }),
  }
}

/** The run states a tracking of 0 (zero-tracking.ts), which docx leaves out. */
function zeroTracking(options: OfficialRunOptions): boolean {
  return options.size !== undefined && (options.tracking ?? 0) === 0
}

/**
 * The `w:rPr` of each formatting the export uses, prepared once. A report has a handful of formattings and hundreds
 * of runs; docx would build and prepare the same properties again for every run, which was most of the packing
 * time (`npm run bench`). Keyed by everything `formatting` reads, so settings with other fonts get their own.
 */
const sharedProperties = new PreparedCache<PreparedOnce>()

function propertiesOf(options: OfficialRunOptions): PreparedOnce {
  const { font, size, bold, color, tracking, scale, highlight } = options
  const key = [font.name, font.bold, size, bold, color, tracking, scale, highlight].join('|')
  return sharedProperties.get(key, () => {
    const Properties = zeroTracking(options) ? ZeroTrackedProperties : RunProperties
    return new PreparedOnce(new Properties(formatting(options)))
  })
}

/** What docx's Text writes for a string: spaces kept. Shared, as the packer only reads it. */
const preserveSpace = { _attr: { 'xml:space': 'preserve' } }

const pageBreak = { 'w:br': { _attr: { 'w:type': 'page' } } }

/** A run of one string in one of the shared formattings, as a value: what a StyledParagraph holds. */
export interface SharedRun {
  readonly text: string
  readonly properties: PreparedOnce
  /** A page break (`w:br w:type="page"`) before the text: the last 正文 lines carried to the 署名's page (body.ts). */
  readonly pageBreakBefore?: boolean
}

export function sharedRun(text: string, options: Omit<OfficialRunOptions, 'lineBreakBefore'>): SharedRun {
  return { text, properties: propertiesOf(options) }
}

/**
 * The `w:r` docx writes for `new TextRun({ text, ...formatting })`, with the shared `w:rPr`, without building a
 * properties and a text component for each run only to prepare them again: a 30-page report has hundreds of runs.
 */
export function sharedRunXml(run: SharedRun, context: IContext): IXmlableObject {
  const properties = run.properties.prepForXml(context)
  const text = { 'w:t': [preserveSpace, run.text] }
  const content = run.pageBreakBefore === true ? [pageBreak, text] : [text]
  return { 'w:r': properties === undefined ? content : [properties, ...content] }
}

/** A shared run as a TextRun, for the paragraphs docx builds (OfficialParagraph takes TextRuns as children). */
class SharedFormatRun extends TextRun {
  public constructor(private readonly run: SharedRun) {
    super({})
  }

  public override prepForXml(context: IContext): IXmlableObject {
    return sharedRunXml(this.run, context)
  }
}

export function officialRun(content: RunContent, options: OfficialRunOptions): TextRun {
  // fields and tabs stay plain TextRuns: docx splits a run around a field and copies the run's options into each
  // part; so do the few title lines that start with a break
  const Run = zeroTracking(options) ? ZeroTrackedTextRun : TextRun
  if (typeof content !== 'string') return new Run({ children: content, ...formatting(options) })
  if (options.lineBreakBefore === true) return new Run({ text: content, break: 1, ...formatting(options) })
  return new SharedFormatRun(sharedRun(content, options))
}
