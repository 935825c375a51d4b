// IPC channel names, shared by preload and main so a typo is a compile error, not a silent no-op.
export const channels = {
  openFile: 'bridge:open-file',
  openRecent: 'bridge:open-recent',
  takeLaunchFile: 'bridge:take-launch-file',
  saveReport: 'bridge:save-report',
  saveDocx: 'bridge:save-docx',
  listRecent: 'bridge:list-recent',
  loadSettings: 'bridge:load-settings',
  saveSettings: 'bridge:save-settings',
  listAutosaves: 'bridge:list-autosaves',
  loadAutosave: 'bridge:load-autosave',
  storeAutosave: 'bridge:store-autosave',
  clearAutosave: 'bridge:clear-autosave',
  setDocumentState: 'bridge:set-document-state',
  print: 'bridge:print',
  exportPdf: 'bridge:export-pdf',
  openFolder: 'bridge:open-folder',
  saveSummary: 'bridge:save-summary',
  menuCommand: 'event:menu-command',
  fileOpened: 'event:file-opened',
  /** Main asks the page to store its pending autosave before the window closes… */
  flushAutosave: 'event:flush-autosave',
  /** …and the preload answers here once it is stored. */
  autosaveFlushed: 'reply:autosave-flushed',
} as const

export type Channel = (typeof channels)[keyof typeof channels]
