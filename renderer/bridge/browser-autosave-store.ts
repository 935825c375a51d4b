// The browser autosave lives in IndexedDB, one record per slot (keyed by slot id): unlike localStorage it
// holds large drafts and is written asynchronously, so autosaving never blocks typing. The connection is kept
// open: a write asked for in a pagehide handler must create its transaction before the handler returns, or
// the page may be gone before an indexedDB.open() would have answered. Even a committed transaction can lose
// that race (Chromium aborts what is still in flight when a closing page drops its connection), so a draft
// written while the page is hidden, which is how closing starts, is mirrored into localStorage too, written
// synchronously; the next page load moves any mirror left behind into IndexedDB.
import { appError, err, ok, type Result } from '../core/result'

const databaseName = 'fazhi-nianbao'
const storeName = 'autosave'

let connection: IDBDatabase | null = null
let connecting: Promise<IDBDatabase> | null = null

function connect(): Promise<IDBDatabase> {
  connecting ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(storeName)
    request.onsuccess = () => {
      const database = request.result
      // Another tab upgrading the database, or the browser closing it, must not leave a dead handle cached.
      database.onversionchange = () => {
        database.close()
        forget(database)
      }
      database.onclose = () => forget(database)
      connection = database
      resolve(database)
    }
    request.onerror = () => {
      connecting = null
      reject(request.error ?? new Error('indexedDB open failed'))
    }
  })
  return connecting
}

function forget(database: IDBDatabase): void {
  if (connection !== database) return
  connection = null
  connecting = null
}

/** Opens the database ahead of the first write (at start-up), so that write can start synchronously. */
export function prepareAutosaveStore(): void {
  connect().catch(() => undefined)
}

function transact<T>(
  database: IDBDatabase,
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const transaction = database.transaction(storeName, mode)
    const request = action(transaction.objectStore(storeName))
    // Commit now rather than when the task ends: a page being unloaded (pagehide) has no later task, and
    // Chromium aborts a transaction still open when its page goes away.
    if (mode === 'readwrite') transaction.commit()
    transaction.oncomplete = () => resolve(request.result as T)
    transaction.onerror = () => reject(transaction.error ?? new Error('indexedDB transaction failed'))
    transaction.onabort = () => reject(transaction.error ?? new Error('indexedDB transaction aborted'))
  })
}

/** Synchronous up to the request when the connection is open; see the header. */
function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const open = connection
  if (open !== null) {
    try {
      return transact<T>(open, mode, action)
    } catch {
      // Closed under us (InvalidStateError): reconnect below.
      forget(open)
    }
  }
  return connect().then((database) => transact<T>(database, mode, action))
}

const unavailable = appError('autosave-unavailable', '自动保存不可用：浏览器禁止了本地存储。请及时手动保存。')

const mirrorPrefix = 'fazhi-nianbao.autosave.'

function mirror(id: string, draft: unknown): void {
  try {
    localStorage.setItem(mirrorPrefix + id, JSON.stringify(draft))
  } catch {
    // Full or disabled: IndexedDB may still make it.
  }
}

function unmirror(id: string): void {
  try {
    localStorage.removeItem(mirrorPrefix + id)
  } catch {
    // Disabled storage holds no mirror.
  }
}

/** Mirrors left by a page that closed before IndexedDB had its draft go into IndexedDB. */
async function adoptMirrors(): Promise<void> {
  let keys: string[]
  try {
    keys = Object.keys(localStorage).filter((key) => key.startsWith(mirrorPrefix))
  } catch {
    return
  }
  for (const key of keys) {
    const id = key.slice(mirrorPrefix.length)
    let draft: unknown
    try {
      draft = JSON.parse(localStorage.getItem(key) ?? 'null')
    } catch {
      draft = null
    }
    if (draft !== null) await run('readwrite', (store) => store.put(draft, id))
    unmirror(id)
  }
}

/** Every stored record with its key, read in one transaction. */
export async function readAllDrafts(): Promise<Result<readonly (readonly [string, unknown])[]>> {
  const pairs: (readonly [string, unknown])[] = []
  try {
    await adoptMirrors()
    await run('readonly', (store) => {
      const cursor = store.openCursor()
      cursor.onsuccess = () => {
        const current = cursor.result
        if (current === null) return
        // Keys are the slot ids this module wrote (strings); anything else is not a draft.
        if (typeof current.key === 'string') pairs.push([current.key, current.value])
        current.continue()
      }
      return cursor
    })
    return ok(pairs)
  } catch {
    return err(unavailable)
  }
}

export async function readDraft(id: string): Promise<Result<unknown>> {
  try {
    await adoptMirrors()
    return ok((await run<unknown>('readonly', (store) => store.get(id))) ?? null)
  } catch {
    return err(unavailable)
  }
}

// Set as the page starts to go away: registered when this module loads, so before the app's own pagehide handler
// asks for the last draft, which is then mirrored even where the tab was never reported hidden.
let unloading = false
window.addEventListener('pagehide', () => {
  unloading = true
})
window.addEventListener('pageshow', () => {
  unloading = false
})

/** Not async: the transaction is created before this returns (pagehide). */
export function writeDraft(id: string, draft: unknown): Promise<Result<null>> {
  const mirrored = unloading || document.visibilityState === 'hidden'
  if (mirrored) mirror(id, draft)
  return run('readwrite', (store) => store.put(draft, id)).then(
    () => {
      // Stored for good: the page outlived the write, the mirror has done its job.
      if (mirrored) unmirror(id)
      return ok(null)
    },
    () => err(unavailable),
  )
}

export function deleteDraft(id: string): Promise<Result<null>> {
  unmirror(id)
  return run('readwrite', (store) => store.delete(id)).then(
    () => ok(null),
    () => err(unavailable),
  )
}
