// The editor takes the browser's caret from a selectionchange event, which a busy machine delivers late;
// a key the editor handles itself (Enter, Tab) acts on the caret the editor has. These helpers wait until the
// editor's own selection is where the browser's caret is, inside the block the test clicked, instead of for a
// frame or two, which is no promise on a loaded machine.
import type { Locator } from 'playwright-core'
import { expect } from 'vitest'

interface TiptapElement extends HTMLElement {
  editor?: {
    readonly state: { readonly selection: { readonly anchor: number; readonly head: number } }
    readonly view: { posAtDOM(node: Node, offset: number): number; domAtPos(pos: number): { node: Node } }
  }
}

/** True when the editor's selection matches the browser's caret and lies inside `block`. */
function caretTaken(block: Locator): Promise<boolean> {
  return block.evaluate((element) => {
    const editor = element.closest<TiptapElement>('.ProseMirror')?.editor
    const dom = document.getSelection()
    if (editor === undefined || dom === null || dom.anchorNode === null) return false
    const { anchor, head } = editor.state.selection
    let browserAnchor: number
    try {
      browserAnchor = editor.view.posAtDOM(dom.anchorNode, dom.anchorOffset)
    } catch {
      return false
    }
    return browserAnchor === anchor && anchor === head && element.contains(editor.view.domAtPos(anchor).node)
  })
}

export async function waitForCaretIn(block: Locator): Promise<void> {
  await expect.poll(() => caretTaken(block)).toBe(true)
}
