// The browser autosave lives in IndexedDB: unlike localStorage it survives large drafts and is written
// asynchronously, so autosaving never blocks typing.
import { appError, err, ok, type Result } from '../core/result'

const databaseName = 'fazhi-nianbao'
const storeName = 'autosave'
const draftKey = 'current'

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(storeName)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('indexedDB open failed'))
  })
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const database = await openDatabase()
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(storeName, mode)
      const request = action(transaction.objectStore(storeName))
      transaction.oncomplete = () => resolve(request.result as T)
      transaction.onerror = () => reject(transaction.error ?? new Error('indexedDB transaction failed'))
      transaction.onabort = () => reject(transaction.error ?? new Error('indexedDB transaction aborted'))
    })
  } finally {
    database.close()
  }
}

const unavailable = appError('autosave-unavailable', '自动保存不可用：浏览器禁止了本地存储。请及时手动保存。')

export async function readDraft(): Promise<Result<unknown>> {
  try {
    return ok((await run<unknown>('readonly', (store) => store.get(draftKey))) ?? null)
  } catch {
    return err(unavailable)
  }
}

export async function writeDraft(draft: unknown): Promise<Result<null>> {
  try {
    await run('readwrite', (store) => store.put(draft, draftKey))
    return ok(null)
  } catch {
    return err(unavailable)
  }
}

export async function deleteDraft(): Promise<Result<null>> {
  try {
    await run('readwrite', (store) => store.delete(draftKey))
    return ok(null)
  } catch {
    return err(unavailable)
  }
}
