// The report as it will print: an A4 sheet with the title and the parts. The editor replaces the body
// of this sheet; the sheet itself (size, margins, fonts) stays.
import type { ReactNode } from 'react'
import { blockText, type Block, type Report } from '../core/report'

function BlockView({ block }: { block: Block }): ReactNode {
  if (block.kind === 'heading') return <p className={`page-heading level-${block.level}`}>{block.text}</p>
  if (block.kind === 'table')
    return (
      <table className="page-table">
        <tbody>
          {block.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) => (
                <td key={cellIndex}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    )
  return <p className="page-paragraph">{blockText(block)}</p>
}

export function ReportPage({ report }: { report: Report }): ReactNode {
  const empty = report.parts.length === 0 && report.preamble.length === 0
  return (
    <article className="page" aria-label="报告页面">
      <h1 className="page-title">{report.meta.title ?? '（报告标题）'}</h1>
      {report.meta.recipients !== null && <p className="page-recipients">{report.meta.recipients}：</p>}
      {empty ? (
        <p className="page-empty">正文编辑区：新建报告后按模板逐部分起草，或打开去年的报告在其基础上修改。</p>
      ) : (
        <>
          {report.preamble.map((block, index) => (
            <BlockView key={`p${index}`} block={block} />
          ))}
          {report.parts.map((part, partIndex) => (
            <section key={partIndex} data-part={part.id ?? ''}>
              {part.heading !== null && <p className="page-heading level-1">{part.heading}</p>}
              {part.blocks.map((block, index) => (
                <BlockView key={index} block={block} />
              ))}
            </section>
          ))}
        </>
      )}
    </article>
  )
}
