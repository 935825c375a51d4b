// The print preview on a page of its own (renderer/print-preview.html), for printing a saved report without the
// editor and for the Chromium test that prints it to PDF. The report arrives as .fznb text in a message from this
// same origin (no URL parameters: a report is too large for one and must not end up in logs).
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { ReportVersion } from '../../core/report'
import { parseReportFile } from '../../core/report-file'
import { PrintPreview } from './print-preview'

interface PreviewMessage {
  readonly fznb: string
  readonly version?: ReportVersion
}

function isPreviewMessage(data: unknown): data is PreviewMessage {
  if (typeof data !== 'object' || data === null) return false
  const { fznb, version } = data as Record<string, unknown>
  return typeof fznb === 'string' && (version === undefined || version === 'upward' || version === 'public')
}

const container = document.getElementById('root')
if (container === null) throw new Error('print-preview.html has no #root')
const root = createRoot(container)

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== window.location.origin || !isPreviewMessage(event.data)) return
  const file = parseReportFile(event.data.fznb)
  if (!file.ok) {
    container.textContent = file.error.message
    return
  }
  root.render(
    <StrictMode>
      <PrintPreview report={file.value.report} version={event.data.version} />
    </StrictMode>,
  )
  // Ready once React has committed and the fonts the sheets name have loaded.
  requestAnimationFrame(() => {
    void document.fonts.ready.then(() => {
      document.body.dataset['ready'] = 'true'
    })
  })
})
