// Traditional characters read as simplified for matching, through OpenCC's dictionaries; simplified text is
// returned untouched without running the conversion.
import { describe, expect, it } from 'vitest'
import { Converter } from 'opencc-js'
import { readFileSync } from 'node:fs'
import {
  changingCharacters,
  convertThroughMatchingEntries,
  convertToSimplified,
  convertWithWholeDictionaries,
  simplifierKeys,
  toSimplified,
} from '../../renderer/core/simplified-chinese'
import { TRADITIONAL_CHARACTERS } from '../../renderer/core/traditional-characters'

describe('toSimplified', () => {
  const cases: readonly [written: string, simplified: string][] = [
    ['某某鎮2023年法治政府建設年度報告', '某某镇2023年法治政府建设年度报告'],
    ['一、主要舉措和成效', '一、主要举措和成效'],
    ['行政複議', '行政复议'],
    ['履行法院生效裁判', '履行法院生效裁判'],
    // Taiwan and Hong Kong forms
    ['裡面', '里面'],
    ['綫索', '线索'],
  ]
  it.each(cases)('reads “%s” as “%s”', (written, simplified) => {
    expect(toSimplified(written)).toBe(simplified)
  })

  it('leaves simplified text as it is, 才 and 台 included (variant keys that convert to themselves)', () => {
    const text = '镇党委书记才能亲自部署，搭建工作平台，核查群众诉求。'
    expect(toSimplified(text)).toBe(text)
  })

  it('catches every dictionary character that converts on its own', () => {
    const chars = new Set(simplifierKeys().flatMap((key) => [...key]))
    const missed = [...chars].filter((char) => toSimplified(char) !== convertToSimplified(char))
    expect(missed).toEqual([])
  })

  it('reads the characters that convert from a list that is exactly what the dictionaries give', () => {
    expect(Array.from(TRADITIONAL_CHARACTERS)).toEqual(changingCharacters())
  })

  it('converts phrases in a traditional text, and leaves their simplified look-alikes in a simplified one', () => {
    // 打坏 is simplified for "broken"; OpenCC reads it as traditional 打坯 only when asked to convert
    expect(convertToSimplified('打坏')).toBe('打坯')
    expect(toSimplified('不慎打坏')).toBe('不慎打坏')
    // 批覆 turns into 批复 where the text is traditional (來函 says so)
    expect(toSimplified('來函已批覆')).toBe('来函已批复')
  })
})

describe('converting through the entries that can match', () => {
  it('gives what the trie of the whole dictionaries gives, for every key and every key run into the next', () => {
    const keys = simplifierKeys()
    // keys side by side make phrases across their boundaries, where the longest match has to choose
    for (let at = 0; at < keys.length; at += 40) {
      const text = keys.slice(at, at + 40).join('')
      expect(convertThroughMatchingEntries(text), text).toBe(convertWithWholeDictionaries(text))
    }
  })

  it('gives what the whole dictionaries give for reports written in traditional characters', () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' })
    for (const name of ['qingjiang-2023', 'beiliu-2023', 'gongchuan-2023']) {
      const text = toTraditional(
        readFileSync(new URL(`../../../shared/fixtures/reports/${name}.txt`, import.meta.url), 'utf8'),
      )
      expect(convertThroughMatchingEntries(text)).toBe(convertWithWholeDictionaries(text))
      expect(convertThroughMatchingEntries(text)).not.toBe(text)
    }
  })

  it('reads the same whichever way a text comes: the first conversions and the later ones agree', () => {
    const sentences = ['北留鎮黨委政府', '行政複議案件', '綫索核查', '來函已批覆', '裡面']
    const first = sentences.map((sentence) => toSimplified(sentence))
    // past the first few, the conversion builds the whole trie; the same sentences read the same
    const later = Array.from({ length: 3 }, () => sentences.map((sentence) => toSimplified(sentence))).at(-1)
    expect(later).toEqual(first)
    expect(first).toEqual(['北留镇党委政府', '行政复议案件', '线索核查', '来函已批复', '里面'])
  })
})
