import { describe, expect, it } from 'vitest'
import { appError, err, ok } from '../../renderer/core/result'

describe('Result', () => {
  it('carries a value or a Chinese error as plain data', () => {
    const good = ok(3)
    const bad = err(appError('not-a-docx', '文件不是有效的 Word 文档'))
    expect(JSON.parse(JSON.stringify(good))).toEqual({ ok: true, value: 3 })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.message).toMatch(/Word/)
  })
})
