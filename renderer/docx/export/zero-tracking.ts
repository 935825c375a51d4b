// A tracking of 0 written out: docx leaves `w:spacing` out of a run's properties when it is 0, and such a run would
// take the 正文's tracking from Normal (styles.ts). Here a run docx prepared gets `w:spacing w:val="0"`, whether it
// was prepared as one run or split into several (docx writes a page-number field as a run per field part).
import { BaseXmlComponent, type IContext, type IXmlableObject, RunProperties, TextRun } from 'docx'

/** EG_RPrBase elements that follow w:spacing (… color, spacing, w, kern, position, sz, szCs …). */
const AFTER_SPACING = new Set([
  'w:w',
  'w:kern',
  'w:position',
  'w:sz',
  'w:szCs',
  'w:highlight',
  'w:u',
  'w:effect',
  'w:bdr',
  'w:shd',
  'w:fitText',
  'w:vertAlign',
  'w:rtl',
  'w:cs',
  'w:em',
  'w:lang',
  'w:eastAsianLayout',
  'w:specVanish',
  'w:oMath',
])

/** Shared: the packer only reads it. */
const zeroSpacing: IXmlableObject = { 'w:spacing': { _attr: { 'w:val': 0 } } }

const nameOf = (child: unknown): string =>
  typeof child === 'object' && child !== null ? (Object.keys(child)[0] ?? '') : ''

/** The children of a `w:rPr` with a tracking of 0 in its place, unless they state one already. */
function zeroTracked(children: readonly unknown[]): unknown[] {
  if (children.some((child) => nameOf(child) === 'w:spacing')) return [...children]
  const at = children.findIndex((child) => AFTER_SPACING.has(nameOf(child)))
  const out = [...children]
  out.splice(at === -1 ? out.length : at, 0, zeroSpacing)
  return out
}

function zeroTrackedRun(run: IXmlableObject | undefined): IXmlableObject | undefined {
  const value: unknown = run?.['w:r']
  if (!Array.isArray(value)) return run
  const children = value as unknown[]
  const [first, ...rest] = children
  if (nameOf(first) !== 'w:rPr') return { 'w:r': [{ 'w:rPr': [zeroSpacing] }, ...children] }
  const properties: unknown = (first as Record<string, unknown>)['w:rPr']
  return { 'w:r': [{ 'w:rPr': zeroTracked(Array.isArray(properties) ? properties : []) }, ...rest] }
}

/** A run's properties with a tracking of 0. */
export class ZeroTrackedProperties extends RunProperties {
  public override prepForXml(context: IContext): IXmlableObject | undefined {
    const properties: unknown = super.prepForXml(context)?.['w:rPr']
    return { 'w:rPr': zeroTracked(Array.isArray(properties) ? properties : []) }
  }
}

/** One of the runs docx writes a run as, with a tracking of 0. */
class ZeroTrackedPart extends BaseXmlComponent {
  public constructor(private readonly part: BaseXmlComponent) {
    super('w:r')
  }

  public override prepForXml(context: IContext): IXmlableObject | undefined {
    return zeroTrackedRun(this.part.prepForXml(context))
  }
}

/** A TextRun, and every run docx splits it into, with a tracking of 0. */
export class ZeroTrackedTextRun extends TextRun {
  public override prepForXml(context: IContext): IXmlableObject | undefined {
    return zeroTrackedRun(super.prepForXml(context))
  }

  public override get writtenAs(): readonly BaseXmlComponent[] | undefined {
    return super.writtenAs?.map((part) => (part === this ? this : new ZeroTrackedPart(part)))
  }
}
