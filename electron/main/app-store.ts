// Settings and recent files in electron-store (a JSON file in the user's app data folder).
// Values are read through zod, so a hand-edited or damaged file degrades to defaults, never to a crash.
import Store from 'electron-store'
import { z } from 'zod'
import type { RecentFile } from '../../renderer/bridge/bridge'
import { normalizeSettings, type Settings } from '../../renderer/core/settings'

interface StoreShape {
  settings: Settings
  recent: RecentFile[]
}

const RecentFilesSchema = z.array(
  z.object({ name: z.string().max(255), path: z.string().max(4096), openedAt: z.string().max(40) }),
)

const maxRecent = 10

export interface AppStore {
  readSettings(): Settings
  writeSettings(settings: Settings): Settings
  readRecent(): RecentFile[]
  addRecent(file: { name: string; path: string }): RecentFile[]
}

export function createAppStore(): AppStore {
  const store = new Store<StoreShape>({
    name: 'settings',
    // A damaged settings file must not stop a clerk from opening the app a week before the deadline.
    clearInvalidConfig: true,
    defaults: { settings: normalizeSettings(undefined), recent: [] },
  })
  const readRecent = (): RecentFile[] => {
    const parsed = RecentFilesSchema.safeParse(store.get('recent'))
    return parsed.success ? parsed.data : []
  }
  return {
    readSettings: () => normalizeSettings(store.get('settings')),
    writeSettings(settings) {
      const normalized = normalizeSettings(settings)
      store.set('settings', normalized)
      return normalized
    },
    readRecent,
    addRecent(file) {
      const rest = readRecent().filter((entry) => entry.path !== file.path)
      const next = [{ ...file, openedAt: new Date().toISOString() }, ...rest].slice(0, maxRecent)
      store.set('recent', next)
      return next
    },
  }
}
