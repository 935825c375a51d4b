import { describe, expect, it } from 'vitest'
import { findLaunchPath } from '../../electron/main/launch-path'

describe('findLaunchPath', () => {
  const cases = [
    { argv: ['C:\\法治年报\\法治年报.exe', 'D:\\报告\\2024年报告.fznb'], path: 'D:\\报告\\2024年报告.fznb' },
    { argv: ['/usr/bin/fazhi', '--no-sandbox', '/home/a/去年.DOCX'], path: '/home/a/去年.DOCX' },
    { argv: ['electron', '.', '--inspect'], path: null },
    { argv: ['法治年报.exe', 'C:\\图片.png'], path: null },
  ]
  for (const { argv, path } of cases)
    it(`${argv.join(' ')} → ${path}`, () => expect(findLaunchPath(argv)).toBe(path))
})
