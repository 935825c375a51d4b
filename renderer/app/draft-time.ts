// When a draft was autosaved, as a clerk reads it: 3月8日 14:05.

export function draftTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${String(date.getMonth() + 1)}月${String(date.getDate())}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
