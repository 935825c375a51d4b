// The parts of the page that are metadata, not body text: 标题 and 主送 above the body, 署名, 成文日期
// and 附注 below it. They are edited in place on the page, like in Word, and kept in ReportMeta.
import type { ReactNode } from 'react'
import { type IssuerMark, issuerMarkOf } from '../core/issuer-mark'
import { DERIVED_MARK_NOTE } from '../core/missing-pieces'
import type { ReportMeta } from '../core/report'
import { defaultSettings } from '../core/settings'
import { titleLines } from '../docx/export/title-lines'

export interface PageMetaProps {
  readonly meta: ReportMeta
  readonly onChange: (meta: ReportMeta) => void
  readonly readOnly?: boolean
}

function nullable(value: string): string | null {
  return value.trim().length === 0 ? null : value
}

export interface PageHeadProps extends PageMetaProps {
  /**
   * The 发文机关标志 printed: the report's own, the settings' or the one made from the 署名 (issuer-mark.ts);
   * without settings (a report under review), the report's own or the one made from its 署名.
   */
  readonly mark?: IssuerMark
}

export function PageHead({ meta, mark: given, onChange, readOnly = false }: PageHeadProps): ReactNode {
  const mark = given ?? issuerMarkOf(meta, defaultSettings)
  const hasHead = mark.text !== null
  return (
    <header className="page-head">
      {hasHead && (
        <div
          className={`page-issuer-mark${mark.derived ? ' page-issuer-mark-derived' : ''}`}
          title={mark.derived ? DERIVED_MARK_NOTE : undefined}
        >
          {mark.text}
        </div>
      )}
      {hasHead && (
        <div className="page-doc-line">
          <span>{meta.docNumber ?? ''}</span>
          {meta.version === 'upward' && meta.signer !== null && <span>签发人：{meta.signer}</span>}
        </div>
      )}
      {hasHead && <hr className="page-red-rule" />}
      <div className="page-title">
        <textarea
          className="page-title-input"
          aria-label="标题"
          placeholder="（报告标题，例如：XX镇2024年法治政府建设年度报告）"
          rows={1}
          readOnly={readOnly}
          value={meta.title ?? ''}
          onChange={(event) => onChange({ ...meta, title: nullable(event.target.value.replace(/\n/g, '')) })}
        />
        {/* Away from the cursor the title shows the lines the Word file and the print get (split where the meaning
            allows, 标题 §7.3.1), not wherever the textarea wraps; the field itself stays one plain line to edit. */}
        <div className="page-title-lines" aria-hidden="true">
          {meta.title === null
            ? null
            : titleLines(meta.title).map((line, index) => <div key={index}>{line}</div>)}
        </div>
      </div>
      <div className="page-recipients">
        <input
          aria-label="主送机关"
          placeholder="（主送机关）"
          readOnly={readOnly}
          value={meta.recipients ?? ''}
          onChange={(event) =>
            onChange({ ...meta, recipients: nullable(event.target.value.replace(/[：:]$/, '')) })
          }
        />
        <span>：</span>
      </div>
    </header>
  )
}

export function PageFoot({ meta }: { readonly meta: ReportMeta }): ReactNode {
  return (
    <footer className="page-foot">
      {meta.issuers.map((issuer) => (
        <p key={issuer} className="page-signature">
          {issuer}
        </p>
      ))}
      <p className="page-date">{meta.dateText ?? '（成文日期）'}</p>
      {meta.note !== null && <p className="page-note">{meta.note}</p>}
    </footer>
  )
}
