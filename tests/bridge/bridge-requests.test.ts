// Drafts read back from storage (IndexedDB or the desktop autosave folder): the current shape, the
// one-slot versions' shape, and anything else refused rather than thrown.
import { describe, expect, it } from 'vitest'
import { parseStoredDraft, summarizeDrafts } from '../../renderer/bridge/bridge-requests'

const draft = {
  id: 'w1-abc',
  documentId: 'new-0123',
  content: '{}',
  title: '清江镇2024年法治政府建设情况的报告',
  name: '未命名报告.fznb',
  path: null,
  savedAt: '2025-02-01T08:00:00.000Z',
}

describe('parseStoredDraft', () => {
  it('reads a draft under the slot it is stored in', () => {
    expect(parseStoredDraft('w1-abc', draft)).toEqual(draft)
    expect(parseStoredDraft('w9-xyz', draft)).toEqual({ ...draft, id: 'w9-xyz' })
  })

  it('reads a draft of the one-slot versions: its path, else its slot, is its document', () => {
    const legacy = { content: draft.content, name: draft.name, path: draft.path, savedAt: draft.savedAt }
    expect(parseStoredDraft('current', legacy)).toEqual({
      ...legacy,
      id: 'current',
      documentId: 'current',
      title: null,
    })
    expect(parseStoredDraft('draft', { ...legacy, path: '/home/clerk/报告.fznb' })).toMatchObject({
      id: 'draft',
      documentId: '/home/clerk/报告.fznb',
    })
  })

  it.each([null, 'text', 7, {}, { ...draft, content: 1 }, { ...draft, savedAt: null }])(
    'refuses what is not a draft (%j)',
    (value) => {
      expect(parseStoredDraft('w1-abc', value)).toBeNull()
    },
  )
})

describe('summarizeDrafts', () => {
  it('lists newest first, without content', () => {
    const older = { ...draft, id: 'a', savedAt: '2025-01-01T08:00:00.000Z' }
    const newer = { ...draft, id: 'b', savedAt: '2025-03-01T08:00:00.000Z' }
    expect(summarizeDrafts([older, newer]).map((summary) => summary.id)).toEqual(['b', 'a'])
    expect(summarizeDrafts([older])[0]).not.toHaveProperty('content')
  })
})
