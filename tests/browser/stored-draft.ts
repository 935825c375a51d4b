// What browser mode's autosave holds right now (IndexedDB, read from inside the page), so that a test
// waits for the draft to be written instead of for a fixed time that a busy machine may overrun.
import type { Page } from 'playwright-core'

/** The stored draft as JSON text, or '' when there is none. */
export function storedDraft(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const opened = indexedDB.open('fazhi-nianbao', 1)
        opened.onupgradeneeded = () => opened.result.createObjectStore('autosave')
        opened.onerror = () => resolve('')
        opened.onsuccess = () => {
          const database = opened.result
          const read = database.transaction('autosave', 'readonly').objectStore('autosave').get('current')
          read.onsuccess = () => {
            database.close()
            resolve(read.result === undefined ? '' : JSON.stringify(read.result))
          }
          read.onerror = () => {
            database.close()
            resolve('')
          }
        }
      }),
  )
}
