// A paste as the browser delivers it, with what the clipboard holds (text/html from Word, only text from a PDF).
import type { Page } from 'playwright-core'

export async function paste(
  page: Page,
  data: { readonly html?: string; readonly text: string },
): Promise<void> {
  await page.locator('.report-body').evaluate((editor, clipboardData) => {
    const clipboard = new DataTransfer()
    if (clipboardData.html !== undefined) clipboard.setData('text/html', clipboardData.html)
    clipboard.setData('text/plain', clipboardData.text)
    editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
    )
  }, data)
}
