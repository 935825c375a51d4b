// What a clerk may see when input is refused: one line of Chinese, no stack trace, no English error name.

/** null when the message is fit for a person, else what is wrong with it. */
export function expectUserMessage(message: string): string | null {
  if (!/[\u4e00-\u9fff]/.test(message)) return `not Chinese: ${message}`
  if (message.trim().includes('\n')) return `more than one line: ${message}`
  if (/\bat \S+ \(|\bat file:|node:internal|Error:|TypeError|RangeError|undefined|\[object /.test(message))
    return `leaks internals: ${message}`
  return null
}
