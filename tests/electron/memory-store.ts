// The settings and recent-files store main keeps on disk (electron-store), held in memory for handler tests.
import type { AppStore } from '../../electron/main/app-store'
import type { RecentFile } from '../../renderer/bridge/bridge'
import { defaultSettings, type Settings } from '../../renderer/core/settings'

export function memoryStore(): AppStore {
  let settings: Settings = defaultSettings
  let recent: RecentFile[] = []
  return {
    readSettings: () => settings,
    writeSettings: (next) => (settings = next),
    readRecent: () => recent,
    addRecent: (file) => (recent = [{ ...file, openedAt: '2025-01-01T00:00:00.000Z' }, ...recent]),
  }
}
