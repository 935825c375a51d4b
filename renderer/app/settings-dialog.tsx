// 设置: the defaults every new report starts from, and the fonts used when the official ones are missing.
import { useState, type ReactNode } from 'react'
import type { Settings } from '../core/settings'
import { ModalDialog } from './modal-dialog'

interface Field {
  readonly key: Exclude<keyof Settings, 'fonts' | 'issuers'>
  readonly label: string
  readonly placeholder: string
}

const fields: readonly Field[] = [
  { key: 'issuerMark', label: '发文机关标志', placeholder: '例：中共XX镇委员会　XX镇人民政府' },
  { key: 'docNumberPrefix', label: '机关代字', placeholder: '例：X委' },
  { key: 'signer', label: '签发人', placeholder: '例：张三' },
  { key: 'recipients', label: '主送机关', placeholder: '例：中共XX县委、XX县人民政府' },
  { key: 'copyTo', label: '抄送机关', placeholder: '例：中共XX县委全面依法治县委员会办公室' },
  { key: 'printedBy', label: '印发机关', placeholder: '例：XX镇党政办公室' },
]

const fontFields: readonly { key: keyof Settings['fonts']; label: string }[] = [
  { key: 'title', label: '标题字体（小标宋）' },
  { key: 'body', label: '正文字体（仿宋）' },
  { key: 'heading1', label: '一级标题字体（黑体）' },
  { key: 'heading2', label: '二级标题字体（楷体）' },
  { key: 'pageNumber', label: '页码字体（宋体）' },
]

export interface SettingsDialogProps {
  readonly initial: Settings
  readonly onSave: (settings: Settings) => void
  readonly onCancel: () => void
}

export function SettingsDialog({ initial, onSave, onCancel }: SettingsDialogProps): ReactNode {
  const [draft, setDraft] = useState<Settings>(initial)
  const [issuersText, setIssuersText] = useState(initial.issuers.join('\n'))
  const submit = (): void => {
    const issuers = issuersText
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
    onSave({ ...draft, issuers })
  }
  return (
    <ModalDialog title="设置" onSubmit={submit} onCancel={onCancel}>
      <p className="dialog-hint">新建报告时自动填入以下内容，可在每份报告中修改。</p>
      <div className="form-grid">
        {fields.map((field, index) => (
          <label key={field.key}>
            <span>{field.label}</span>
            <input
              name={field.key}
              autoFocus={index === 0}
              value={draft[field.key]}
              placeholder={field.placeholder}
              onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
            />
          </label>
        ))}
        <label>
          <span>署名机关（每行一个）</span>
          <textarea
            name="issuers"
            rows={2}
            value={issuersText}
            placeholder={'中共XX镇委员会\nXX镇人民政府'}
            onChange={(event) => setIssuersText(event.target.value)}
          />
        </label>
      </div>
      <h3>字体（缺少公文字体时的替代）</h3>
      <div className="form-grid">
        {fontFields.map((field) => (
          <label key={field.key}>
            <span>{field.label}</span>
            <input
              name={`font-${field.key}`}
              value={draft.fonts[field.key]}
              onChange={(event) =>
                setDraft({ ...draft, fonts: { ...draft.fonts, [field.key]: event.target.value } })
              }
            />
          </label>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button type="submit" className="primary">
          保存设置
        </button>
      </div>
    </ModalDialog>
  )
}
