import { describe, expect, it } from 'vitest'
import { commandForKey } from '../../renderer/app/app-commands'

const press = (
  key: string,
  modifiers: { ctrl?: boolean; shift?: boolean; alt?: boolean; meta?: boolean } = {},
) => ({
  key,
  ctrlKey: modifiers.ctrl ?? false,
  shiftKey: modifiers.shift ?? false,
  altKey: modifiers.alt ?? false,
  metaKey: modifiers.meta ?? false,
})

describe('commandForKey (Word/WPS shortcuts)', () => {
  const cases = [
    { event: press('s', { ctrl: true }), command: 'save' },
    { event: press('S', { ctrl: true, shift: true }), command: 'save-as' },
    { event: press('o', { ctrl: true }), command: 'open' },
    { event: press('n', { ctrl: true }), command: 'new' },
    { event: press('p', { ctrl: true }), command: 'print' },
    { event: press('e', { ctrl: true }), command: 'export-docx' },
    { event: press('f', { ctrl: true }), command: 'find' },
    { event: press('h', { ctrl: true }), command: 'replace' },
    { event: press('s', { meta: true }), command: 'save' },
    { event: press('s'), command: null },
    { event: press('s', { ctrl: true, alt: true }), command: null },
    { event: press('z', { ctrl: true }), command: null },
  ]
  for (const { event, command } of cases)
    it(`${JSON.stringify(event)} → ${command}`, () => expect(commandForKey(event)).toBe(command))
})
