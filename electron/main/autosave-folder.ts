// The desktop app's drafts: one JSON file per autosave slot, `<slot id>.json`, in the user data folder's
// autosave/, each written atomically (electron/io/write-atomic.ts), so a crash leaves the old draft or the
// new one, never a torn file. Writes to one slot run one after another: two renames racing could otherwise
// put an older draft over a newer one. The one-slot versions kept `draft.json`; it lists as slot "draft".
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { AutosaveDraft, AutosaveSummary } from '../../renderer/bridge/bridge'
import { parseStoredDraft, summarizeDrafts } from '../../renderer/bridge/bridge-requests'
import { writeFileAtomic } from '../io/write-atomic'

export interface AutosaveFolder {
  list(): Promise<AutosaveSummary[]>
  load(id: string): Promise<AutosaveDraft | null>
  /** Throws what the file system threw; the caller turns it into a Chinese message. */
  store(draft: AutosaveDraft): Promise<void>
  clear(id: string): Promise<void>
}

const draftFile = /^([A-Za-z0-9_-]{1,80})\.json$/

/** `id` must have passed AutosaveIdSchema: it becomes a file name. */
export function createAutosaveFolder(folder: string): AutosaveFolder {
  const queues = new Map<string, Promise<unknown>>()
  const inTurn = <T>(id: string, task: () => Promise<T>): Promise<T> => {
    const previous = queues.get(id) ?? Promise.resolve()
    const next = previous.then(task, task)
    const settled = next.catch(() => undefined)
    queues.set(id, settled)
    void settled.then(() => {
      if (queues.get(id) === settled) queues.delete(id)
    })
    return next
  }
  const pathOf = (id: string): string => join(folder, `${id}.json`)
  const load = async (id: string): Promise<AutosaveDraft | null> => {
    try {
      return parseStoredDraft(id, JSON.parse(await readFile(pathOf(id), 'utf8')))
    } catch {
      // No draft, or one torn or hand-edited: never block start-up over it.
      return null
    }
  }

  return {
    async list() {
      // Writes and removals asked for before the listing are reflected in it.
      await Promise.all(queues.values())
      let names: string[]
      try {
        names = await readdir(folder)
      } catch {
        return []
      }
      const ids = names.flatMap((name) => draftFile.exec(name)?.[1] ?? [])
      const drafts = await Promise.all(ids.map(load))
      return summarizeDrafts(drafts.filter((draft) => draft !== null))
    },
    load: (id) => inTurn(id, () => load(id)),
    store: (draft) =>
      inTurn(draft.id, async () => {
        await mkdir(folder, { recursive: true })
        await writeFileAtomic(pathOf(draft.id), JSON.stringify(draft))
      }),
    clear: (id) => inTurn(id, () => rm(pathOf(id), { force: true })),
  }
}
