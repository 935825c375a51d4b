// Whether a date is still to come, by the day the caller passed (CheckOptions.today). Without that day
// nothing is in the future: the rules that defer to date-in-future then judge the date as they always did.
export function isFutureDate(iso: string, today: string | null): boolean {
  return today !== null && iso > today
}
