// 导出 Word: choose the version (上行文 for the county, 公开版 for the website) and export the official
// layout. An incomplete report may still be exported (a draft for a colleague), but the dialog says so.
import { useState, type ReactNode } from 'react'
import type { DraftMarks } from '../core/draft-marks'
import { derivedMarkNote, missingPieces } from '../core/missing-pieces'
import type { ReportMeta, ReportVersion } from '../core/report'
import type { Settings } from '../core/settings'
import { officialMeta } from '../docx/export/official-meta'
import { ModalDialog } from './modal-dialog'

export interface ExportDialogProps {
  readonly initialVersion: ReportVersion
  /** To name the 签发人, 主送, 署名 or 成文日期 the chosen version would be written without. */
  readonly meta: ReportMeta
  /** What the export fills in from the clerk's defaults (签发人, 主送, 署名, 发文机关标志). */
  readonly settings: Settings
  /** Open findings that make the report incomplete, 0 when complete; null while the check has not run. */
  readonly errors: number | null
  readonly busy: boolean
  /** Last year's marks the report still carries, which a working draft keeps (core/draft-marks.ts). */
  readonly marks: DraftMarks
  readonly onExport: (version: ReportVersion, options: { readonly draftMarks: boolean }) => void
  readonly onCancel: () => void
}

export function ExportDialog({
  initialVersion,
  meta,
  settings,
  errors,
  busy,
  marks,
  onExport,
  onCancel,
}: ExportDialogProps): ReactNode {
  const [version, setVersion] = useState<ReportVersion>(initialVersion)
  const [keepMarks, setKeepMarks] = useState(false)
  const hasMarks = marks.staleFigures > 0 || marks.plans > 0
  // what the .docx will print, the settings' defaults included, as the print preview shows its gaps
  const missing = missingPieces(officialMeta(meta, version, settings), version === 'upward')
  const derivedMark = derivedMarkNote(meta, settings)
  return (
    <ModalDialog
      title="导出 Word 文档"
      onSubmit={() => onExport(version, { draftMarks: hasMarks && keepMarks })}
      onCancel={onCancel}
    >
      <p className="dialog-hint">
        按《党政机关公文格式》（GB/T 9704）排版：每页 22 行、每行 28 字，含版头、页码和版记。
      </p>
      <fieldset className="version-choice">
        <legend>版本</legend>
        <label>
          <input
            type="radio"
            name="export-version"
            checked={version === 'upward'}
            onChange={() => setVersion('upward')}
            autoFocus={version === 'upward'}
          />
          上行文：报送上级，含发文字号和签发人
        </label>
        <label>
          <input
            type="radio"
            name="export-version"
            checked={version === 'public'}
            onChange={() => setVersion('public')}
            autoFocus={version === 'public'}
          />
          公开版：在政府网站发布，不含签发人，附注“（此件公开发布）”
        </label>
      </fieldset>
      {hasMarks && (
        <label className="export-draft-marks">
          <input
            type="checkbox"
            checked={keepMarks}
            onChange={(event) => setKeepMarks(event.target.checked)}
          />
          工作稿：保留待更新的去年数字（{marks.staleFigures} 处，以黄色突出显示）和去年的计划（{marks.plans}{' '}
          项，以批注列出），在 Word/WPS 中继续修改后可再用本软件打开检查；正式报送请导出不带标记的文档
        </label>
      )}
      {missing.length > 0 && (
        <p className="field-problem export-missing" role="status">
          {version === 'upward' ? '上行文' : '公开版'}缺少{missing.map((piece) => piece.name).join('、')}
          ，可先在“公文信息”中填写；也可照常导出。
        </p>
      )}
      {derivedMark !== null && (
        <p className="dialog-hint export-derived-mark" role="status">
          {derivedMark}（在“公文信息”中）。
        </p>
      )}
      {errors === null ? (
        <p className="dialog-hint export-unchecked" role="status">
          完整性检查尚未完成，还不知道报告是否有需要补充之处；也可照常导出。
        </p>
      ) : (
        errors > 0 && (
          <p className="field-problem" role="alert">
            报告还有 {errors} 处需要补充（见“完整性检查”），导出的文档只宜作为草稿。
          </p>
        )
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? '正在导出…' : '导出'}
        </button>
      </div>
    </ModalDialog>
  )
}
