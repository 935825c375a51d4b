// The review table in the app: the same cells and colours as the HTML page and the .xlsx (review-table.ts),
// one row per township's report; clicking a file opens it read-only with its findings. A cell over several
// columns (why a file could not be read) is one <td colSpan> whose text wraps (review-table-view.css).
import type { ReactNode } from 'react'
import { columnGroupLabels, type ColumnGroup, type ReviewTable } from '../../core/review/review-table'
import './review-table-view.css'

export interface ReviewTableViewProps {
  readonly table: ReviewTable
  readonly onOpen: (file: string) => void
}

export function ReviewTableView({ table, onOpen }: ReviewTableViewProps): ReactNode {
  const groups: { group: ColumnGroup; span: number }[] = []
  for (const column of table.columns) {
    const last = groups.at(-1)
    if (last?.group === column.group) last.span += 1
    else groups.push({ group: column.group, span: 1 })
  }
  return (
    <div className="review-table-scroller">
      <table className="review-table" aria-label="审阅汇总">
        <thead>
          <tr>
            {groups.map(({ group, span }) => (
              <th key={group} colSpan={span} className={`group group-${group}`}>
                {columnGroupLabels[group]}
              </th>
            ))}
          </tr>
          <tr>
            {table.columns.map((column) => (
              <th key={column.id} className={`group-${column.group}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.file}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className={`tone-${cell.tone}`}>
                    <button
                      type="button"
                      title={`打开“${row.file}”查看问题`}
                      onClick={() => onOpen(row.file)}
                    >
                      {cell.text}
                    </button>
                  </th>
                ) : cell.span === 0 ? null : (
                  <td
                    key={index}
                    className={`tone-${cell.tone}`}
                    colSpan={cell.span > 1 ? cell.span : undefined}
                    title={cell.note ?? undefined}
                  >
                    {cell.text}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
