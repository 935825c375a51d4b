// The calendar day as the clerk's wall calendar shows it (YYYY-MM-DD), for the callers that read the clock
// and hand the day to the core (CheckOptions.today). Local, not UTC: at 7 in the morning in Beijing the UTC
// date is still yesterday's.
export function localIsoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
