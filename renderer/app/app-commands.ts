// Word/WPS keyboard habits, the same in the desktop app and in browser mode.
import type { MenuCommand } from '../bridge/bridge'

interface Shortcut {
  readonly key: string
  readonly shift?: boolean
  readonly command: MenuCommand
}

const shortcuts: readonly Shortcut[] = [
  { key: 'n', command: 'new' },
  { key: 'o', command: 'open' },
  { key: 's', command: 'save' },
  { key: 's', shift: true, command: 'save-as' },
  { key: 'e', command: 'export-docx' },
  { key: 'p', command: 'print' },
  { key: 'f', command: 'find' },
  { key: 'h', command: 'replace' },
]

/** The command a key press means, or null; undo/redo are left to the editor, which owns the history. */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  const match = shortcuts.find(
    (shortcut) => shortcut.key === key && (shortcut.shift ?? false) === event.shiftKey,
  )
  return match?.command ?? null
}
