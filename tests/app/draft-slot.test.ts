// Slot naming: per document and per window, stable for a document, safe as a file name.
import { describe, expect, it } from 'vitest'
import { AutosaveIdSchema } from '../../renderer/bridge/bridge-requests'
import {
  documentIdFor,
  draftSlotId,
  newDocumentId,
  randomId,
  slotWindow,
  windowLockName,
} from '../../renderer/app/draft-slot'

const counting = (): ((bytes: Uint8Array) => Uint8Array) => {
  let next = 0
  return (bytes) => bytes.map(() => next++)
}

describe('draft slots', () => {
  it('names a report by its path once saved, by its own id before', () => {
    expect(documentIdFor('/home/clerk/清江镇2024年报告.fznb', 'new-abc')).toBe(
      '/home/clerk/清江镇2024年报告.fznb',
    )
    expect(documentIdFor(null, 'new-abc')).toBe('new-abc')
  })

  it('gives each new report its own id', () => {
    const random = counting()
    const first = newDocumentId(random)
    const second = newDocumentId(random)
    expect(first).toMatch(/^new-[0-9a-z]{12}$/)
    expect(second).not.toBe(first)
  })

  it('makes random ids of base-36 characters only', () => {
    expect(randomId(() => new Uint8Array([0, 35, 36, 255]), 4)).toBe('0z03')
  })

  const slots = [
    { window: 'w1', document: '/home/clerk/报告.fznb' },
    { window: 'w1', document: 'C:\\Users\\科员\\Documents\\报告.fznb' },
    { window: 'w1', document: 'new-0123456789ab' },
    { window: 'w2', document: '/home/clerk/报告.fznb' },
    { window: 'w2', document: 'new-0123456789ab' },
    { window: 'w1', document: `/${'很长的文件夹/'.repeat(300)}报告.fznb` },
  ]

  it('is stable for one document in one window', () => {
    for (const { window, document } of slots)
      expect(draftSlotId(window, document)).toBe(draftSlotId(window, document))
  })

  it('differs between documents and between windows', () => {
    const ids = slots.map(({ window, document }) => draftSlotId(window, document))
    expect(new Set(ids).size).toBe(slots.length)
  })

  it('is a valid slot id (a file name in the desktop autosave folder) for any path', () => {
    for (const { window, document } of slots)
      expect(AutosaveIdSchema.safeParse(draftSlotId(window, document)).success).toBe(true)
  })

  it('tells which window wrote a slot, for the lock that says the window is still open', () => {
    expect(slotWindow(draftSlotId('k3v9x0aa', '/home/clerk/报告.fznb'))).toBe('k3v9x0aa')
    // The one-slot versions' drafts belong to no open window.
    expect(slotWindow('current')).toBeNull()
    expect(slotWindow('draft')).toBeNull()
    expect(windowLockName('k3v9x0aa')).toBe('fazhi-nianbao.window.k3v9x0aa')
  })
})
