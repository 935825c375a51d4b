// What browser mode's autosave holds right now (IndexedDB, read from inside the page), so that a test
// waits for the draft to be written instead of for a fixed time that a busy machine may overrun.
import type { Page } from 'playwright-core'

export interface StoredDraft {
  readonly id: string
  readonly documentId: string
  readonly content: string
  readonly name: string | null
  readonly path: string | null
  readonly savedAt: string
}

/** Every stored draft (one per slot), in key order. */
export function storedDrafts(page: Page): Promise<StoredDraft[]> {
  return page.evaluate(
    () =>
      new Promise<StoredDraft[]>((resolve) => {
        const opened = indexedDB.open('fazhi-nianbao', 1)
        opened.onupgradeneeded = () => opened.result.createObjectStore('autosave')
        opened.onerror = () => resolve([])
        opened.onsuccess = () => {
          const database = opened.result
          const read = database.transaction('autosave', 'readonly').objectStore('autosave').getAll()
          read.onsuccess = () => {
            database.close()
            resolve(read.result as StoredDraft[])
          }
          read.onerror = () => {
            database.close()
            resolve([])
          }
        }
      }),
  )
}

/** All stored drafts as JSON text, or '' when there is none: `toContain(text)` asks whether any holds it. */
export async function storedDraft(page: Page): Promise<string> {
  const drafts = await storedDrafts(page)
  return drafts.length === 0 ? '' : JSON.stringify(drafts)
}
