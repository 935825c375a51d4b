// Where an autosave goes. One slot per document per window: a window (a tab in browser mode) never writes a
// slot another window writes, so two windows never overwrite each other's drafts, not even when both edit the
// same report; and a draft left by a crash keeps its slot until it is recovered or discarded, whatever the
// next window opens. Slot ids name files in the desktop app's autosave folder, so they are [a-z0-9-] only
// (AutosaveIdSchema in bridge-requests.ts checks that at the boundary).

/** Random base-36 text from `random` (crypto.getRandomValues in the app, fixed bytes in tests). */
export function randomId(random: (bytes: Uint8Array) => Uint8Array, length = 12): string {
  const bytes = random(new Uint8Array(length))
  return [...bytes].map((byte) => (byte % 36).toString(36)).join('')
}

/** A report not yet saved to a file is known by an id made when it was created or imported. */
export function newDocumentId(random: (bytes: Uint8Array) => Uint8Array): string {
  return `new-${randomId(random)}`
}

/** A report saved to a file is that file; otherwise the id it was given. */
export function documentIdFor(path: string | null, unsavedId: string): string {
  return path ?? unsavedId
}

/**
 * 53-bit string hash (cyrb53): a path becomes a short file-name-safe token. Not for security; a collision
 * between two of one window's documents would need two paths among a handful to collide in 2^53.
 */
function hash53(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

/** The slot of `documentId` as edited in window `windowId`. */
export function draftSlotId(windowId: string, documentId: string): string {
  return `${windowId}-${hash53(documentId)}`
}

/** The window that wrote a slot; null for the one-slot versions' `current` and `draft`. */
export function slotWindow(slotId: string): string | null {
  const dash = slotId.indexOf('-')
  return dash > 0 ? slotId.slice(0, dash) : null
}

/** The Web Lock a window holds while it is open, so other windows can tell its drafts are in use. */
export function windowLockName(windowId: string): string {
  return `fazhi-nianbao.window.${windowId}`
}
