// 公文信息: every element of the 版头, 署名 and 版记, edited as form fields and written in the forms
// GB/T 9704 wants (文号 with 〔〕 and no leading zeros, dates as 2024年3月18日).
import { useState, type ReactNode } from 'react'
import { formatDateText, parseDateText } from '../core/date-text'
import { parseDocNumber, parseDocNumberAwaitingSerial } from '../core/doc-number'
import { issuerMarkOf } from '../core/issuer-mark'
import { DERIVED_MARK_NOTE } from '../core/missing-pieces'
import type { ReportMeta } from '../core/report'
import type { Settings } from '../core/settings'

export interface MetaFormProps {
  readonly meta: ReportMeta
  /** The clerk's defaults, for what an empty field prints (the 发文机关标志 of the settings or the 署名). */
  readonly settings: Pick<Settings, 'issuerMark' | 'issuers'>
  readonly onChange: (meta: ReportMeta) => void
}

interface DocNumberFields {
  readonly prefix: string
  readonly year: string
  readonly serial: string
}

function splitDocNumber(docNumber: string | null): DocNumberFields {
  if (docNumber === null) return { prefix: '', year: '', serial: '' }
  const parsed = parseDocNumber(docNumber)
  if (parsed !== null)
    return { prefix: parsed.prefix, year: String(parsed.year), serial: String(parsed.serial) }
  // A rolled-over draft keeps 机关代字 and the new year and waits for this year's 序号 (清委〔2025〕号).
  const awaiting = parseDocNumberAwaitingSerial(docNumber)
  if (awaiting !== null) return { prefix: awaiting.prefix, year: String(awaiting.year), serial: '' }
  return { prefix: '', year: '', serial: '' }
}

/** The 文号 the three fields make, and what is wrong with them, in the writer's words. */
export function composeDocNumber(fields: DocNumberFields): {
  docNumber: string | null
  problem: string | null
} {
  const prefix = fields.prefix.trim()
  const year = fields.year.trim()
  const serial = fields.serial.trim()
  if (prefix === '' && year === '' && serial === '') return { docNumber: null, problem: null }
  if (!/^[\u4e00-\u9fffA-Za-z]{1,20}$/.test(prefix))
    return { docNumber: null, problem: '机关代字只能是汉字，例如“清委”。' }
  if (!/^\d{4}$/.test(year)) return { docNumber: null, problem: '年份应为四位数字，例如 2024。' }
  if (!/^\d{1,5}$/.test(serial)) return { docNumber: null, problem: '序号应为数字，例如 9。' }
  const docNumber = `${prefix}〔${year}〕${String(Number(serial))}号`
  if (serial.length > 1 && serial.startsWith('0'))
    return { docNumber, problem: `序号不加前导零，已按“${docNumber}”填写。` }
  return { docNumber, problem: null }
}

function nullable(value: string): string | null {
  return value.trim().length === 0 ? null : value.trim()
}

function isoOf(dateText: string | null): string {
  return (dateText === null ? null : parseDateText(dateText))?.iso ?? ''
}

function dateTextOf(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (match === null) return null
  return formatDateText({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) })
}

export function MetaForm({ meta, settings, onChange }: MetaFormProps): ReactNode {
  const [docFields, setDocFields] = useState<DocNumberFields>(() => splitDocNumber(meta.docNumber))
  const composed = composeDocNumber(docFields)
  const unparsedDocNumber =
    meta.docNumber !== null &&
    parseDocNumber(meta.docNumber) === null &&
    parseDocNumberAwaitingSerial(meta.docNumber) === null
  const set = (patch: Partial<ReportMeta>): void => onChange({ ...meta, ...patch })
  // what the export prints while the field is empty: shown in it, replaced by whatever the clerk types
  const emptyMark = issuerMarkOf({ ...meta, issuerMark: null }, settings)
  const updateDocNumber = (patch: Partial<DocNumberFields>): void => {
    const next = { ...docFields, ...patch }
    setDocFields(next)
    const result = composeDocNumber(next)
    if (result.docNumber !== null || (next.prefix + next.year + next.serial).trim() === '')
      set({ docNumber: result.docNumber })
  }
  return (
    <form className="meta-form" aria-label="公文信息" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>版本</legend>
        <label className="inline">
          <input
            type="radio"
            name="version"
            checked={meta.version === 'upward'}
            onChange={() => set({ version: 'upward' })}
          />
          上行文（报上级，含文号、签发人）
        </label>
        <label className="inline">
          <input
            type="radio"
            name="version"
            checked={meta.version === 'public'}
            onChange={() => set({ version: 'public', note: meta.note ?? '（此件公开发布）' })}
          />
          公开版（政府网站发布）
        </label>
      </fieldset>
      <label>
        <span>报告年度</span>
        <input
          name="reportYear"
          inputMode="numeric"
          value={meta.reportYear ?? ''}
          onChange={(event) => {
            const year = Number(event.target.value)
            set({ reportYear: /^\d{4}$/.test(event.target.value) ? year : null })
          }}
        />
      </label>
      <label>
        <span>发文机关标志</span>
        <textarea
          name="issuerMark"
          rows={2}
          value={meta.issuerMark ?? ''}
          placeholder={emptyMark.text ?? '中共XX镇委员会'}
          aria-describedby={emptyMark.derived ? 'issuer-mark-derived' : undefined}
          onChange={(event) => set({ issuerMark: nullable(event.target.value) })}
        />
      </label>
      {meta.issuerMark === null && emptyMark.derived && (
        <p id="issuer-mark-derived" className="field-hint">
          {DERIVED_MARK_NOTE}
        </p>
      )}
      <div className="doc-number" role="group" aria-label="发文字号">
        <span>发文字号</span>
        <input
          name="docPrefix"
          aria-label="机关代字"
          placeholder="机关代字"
          value={docFields.prefix}
          onChange={(event) => updateDocNumber({ prefix: event.target.value })}
        />
        <span>〔</span>
        <input
          name="docYear"
          aria-label="文号年份"
          placeholder="年份"
          inputMode="numeric"
          value={docFields.year}
          onChange={(event) => updateDocNumber({ year: event.target.value })}
        />
        <span>〕</span>
        <input
          name="docSerial"
          aria-label="文号序号"
          placeholder="序号"
          inputMode="numeric"
          value={docFields.serial}
          onChange={(event) => updateDocNumber({ serial: event.target.value })}
        />
        <span>号</span>
      </div>
      {composed.problem !== null && (
        <p className="field-problem" role="alert">
          {composed.problem}
        </p>
      )}
      {unparsedDocNumber && composed.docNumber === null && (
        <p className="field-problem">原文号“{meta.docNumber}”格式不规范，请按上面三栏重新填写。</p>
      )}
      {meta.version === 'upward' && (
        <label>
          <span>签发人</span>
          <input
            name="signer"
            value={meta.signer ?? ''}
            onChange={(event) => set({ signer: nullable(event.target.value) })}
          />
        </label>
      )}
      <label>
        <span>主送机关</span>
        <input
          name="recipients"
          value={meta.recipients ?? ''}
          onChange={(event) => set({ recipients: nullable(event.target.value.replace(/[：:]$/, '')) })}
        />
      </label>
      <label>
        <span>署名机关（每行一个）</span>
        <textarea
          name="issuers"
          rows={2}
          value={meta.issuers.join('\n')}
          onChange={(event) =>
            set({
              issuers: event.target.value
                .split('\n')
                .map((line) => line.trim())
                .filter((line) => line !== ''),
            })
          }
        />
      </label>
      <label>
        <span>成文日期</span>
        <input
          name="date"
          type="date"
          value={isoOf(meta.dateText)}
          onChange={(event) => set({ dateText: dateTextOf(event.target.value) })}
        />
      </label>
      <label>
        <span>附注</span>
        <input
          name="note"
          value={meta.note ?? ''}
          placeholder="（此件公开发布）"
          onChange={(event) => set({ note: nullable(event.target.value) })}
        />
      </label>
      <label>
        <span>抄送机关</span>
        <input
          name="copyTo"
          value={meta.copyTo ?? ''}
          onChange={(event) => set({ copyTo: nullable(event.target.value.replace(/。$/, '')) })}
        />
      </label>
      <label>
        <span>印发机关</span>
        <input
          name="printedBy"
          value={meta.printedBy ?? ''}
          onChange={(event) => set({ printedBy: nullable(event.target.value) })}
        />
      </label>
      <label>
        <span>印发日期</span>
        <input
          name="printedDate"
          type="date"
          value={isoOf(meta.printedDateText)}
          onChange={(event) => set({ printedDateText: dateTextOf(event.target.value) })}
        />
      </label>
    </form>
  )
}
