import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readInput } from '../../electron/io/read-input'
import { docxZipCaps } from '../../renderer/docx/zip/read-docx-zip'
import { minimalDocx, paragraphsXml, writeZip } from '../docx/helpers/zip-writer'

const dir = mkdtempSync(join(tmpdir(), 'fznb-read-input-'))
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

describe('readInput', () => {
  it.each([
    ['report.txt', '一、举措', 'text'],
    ['report.md', '# 标题', 'text'],
    ['report.fznb', '{"format":"fazhi-nianbao-report"}', 'report'],
    ['word.docx', minimalDocx(paragraphsXml(['一、举措'])), 'docx'],
  ])('reads %s as %s', async (name, content, kind) => {
    const result = await readInput(file(name, content))
    expect(result.ok && result.value.kind).toBe(kind)
    expect(result.ok && result.value.bytes.byteLength).toBeGreaterThan(0)
  })

  it.each([
    ['missing.txt', null, 'not-found'],
    ['empty.txt', '', 'empty-file'],
    ['fake.docx', '这不是 Word 文档', 'not-a-docx'],
    ['locked.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'encrypted-docx'],
    ['old.doc', 'x', 'old-word-format'],
    ['truncated.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'not-a-docx'],
    [
      'bomb.docx',
      writeZip([{ name: 'word/document.xml', data: new Uint8Array(docxZipCaps.maxEntryBytes + 1) }]),
      'docx-too-large',
    ],
    ['image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'unsupported-file'],
  ])('refuses %s (%s) with %s', async (name, content, code) => {
    const path = content === null ? join(dir, name) : file(name, content)
    const result = await readInput(path)
    expect(!result.ok && result.error.code).toBe(code)
    expect(!result.ok && result.error.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('refuses a directory, and a huge file before reading it', async () => {
    const notFile = await readInput(dir)
    expect(!notFile.ok && notFile.error.code).toBe('not-a-file')
    const huge = await readInput(file('huge.txt', new Uint8Array(31 * 1024 * 1024).fill(0x41)))
    expect(!huge.ok && huge.error.code).toBe('file-too-large')
  })
})
