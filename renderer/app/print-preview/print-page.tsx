// One A4 sheet of the preview: the 版心 at 37 mm / 28 mm (GB/T 9704 §5.2.2) with every line, rule and border
// where layoutReport put it, in points, and the page number "— N —" 7 mm under the 版心 on the outer side.
import type { CSSProperties, ReactNode } from 'react'
import type { FontRole, PrintItem, PrintLine, PrintPage as PageModel } from '../../docx/layout/print-layout'

const pt = (value: number): string => `${value.toFixed(2)}pt`

function line(item: PrintLine, key: number, fonts: Readonly<Record<FontRole, string>>): ReactNode {
  const scale = item.scale ?? 1
  const style: CSSProperties = {
    top: pt(item.top),
    left: pt(item.left),
    // narrowed characters (w:w): the line is laid out 1/scale as wide and squeezed back into its box, so it is
    // aligned in the box as Word aligns it
    width: pt(item.width / scale),
    height: pt(item.height),
    lineHeight: pt(item.height),
    fontSize: pt(item.size),
    letterSpacing: item.tracking === 0 ? undefined : pt(item.tracking),
    ...(scale === 1 ? {} : { transform: `scaleX(${String(scale)})`, transformOrigin: 'left top' }),
  }
  return (
    <div
      key={key}
      className={`print-line print-line-${item.align}${item.red ? ' print-red' : ''}`}
      style={style}
    >
      {item.spans.map((span, index) => (
        <span key={index} style={{ fontFamily: fonts[span.font], fontWeight: span.bold ? 700 : 400 }}>
          {span.text}
        </span>
      ))}
    </div>
  )
}

function item(model: PrintItem, key: number, fonts: Readonly<Record<FontRole, string>>): ReactNode {
  switch (model.kind) {
    case 'line':
      return line(model, key, fonts)
    case 'rule':
      return (
        <div
          key={key}
          className={`print-rule${model.red ? ' print-red' : ''}`}
          style={{
            top: pt(model.top - model.thickness / 2),
            left: pt(model.left),
            width: pt(model.width),
            height: pt(model.thickness),
          }}
        />
      )
    case 'gap':
      // screen only (print-preview.css hides it in print): where a piece the report lacks would print
      return (
        <div
          key={key}
          className="print-gap"
          data-gap={model.field}
          title="报告缺少此项；导出的 Word 文档和打印件中没有这个框"
          style={{
            top: pt(model.top),
            left: pt(model.left),
            width: pt(model.width),
            height: pt(model.height),
            lineHeight: pt(model.height),
            fontFamily: fonts.body,
          }}
        >
          {model.label}
        </div>
      )
    case 'column-rule':
      return (
        <div
          key={key}
          className="print-rule"
          style={{
            top: pt(model.top),
            left: pt(model.left - model.thickness / 2),
            width: pt(model.thickness),
            height: pt(model.height),
          }}
        />
      )
  }
}

export interface PrintPageProps {
  readonly page: PageModel
  readonly fonts: Readonly<Record<FontRole, string>>
}

export function PrintPage({ page, fonts }: PrintPageProps): ReactNode {
  const side = page.number % 2 === 0 ? 'even' : 'odd'
  return (
    <section
      className="print-page"
      data-page-number={page.number}
      aria-label={`第 ${String(page.number)} 页`}
    >
      <div className="print-area">{page.items.map((model, index) => item(model, index, fonts))}</div>
      <div className={`print-page-number print-page-number-${side}`} style={{ fontFamily: fonts.pageNumber }}>
        {`\u2014 ${String(page.number)} \u2014`}
      </div>
    </section>
  )
}
