// Text into HTML: the review page is built as a string (no DOM in core), so every value from a report —
// file names, headings, messages — is escaped here on its way in.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${String(char.charCodeAt(0))};`)
}
