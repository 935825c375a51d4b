// The two dates of 《法治政府建设与责任落实督察工作规定》: report upward before 1 March, publish before
// 1 April of the year after the report year. Dates are plain ISO strings (no Date objects in the core).

export interface Deadline {
  readonly label: string
  /** YYYY-MM-DD, the last day. */
  readonly due: string
  /** Days from `today` to the due day; negative once passed. */
  readonly daysLeft: number
}

function dayNumber(iso: string): number {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
  return Date.UTC(year, month - 1, day) / 86_400_000
}

/** `todayIso` is the local calendar day, YYYY-MM-DD. */
export function submissionDeadlines(reportYear: number, todayIso: string): Deadline[] {
  const next = String(reportYear + 1)
  const make = (label: string, due: string): Deadline => ({
    label,
    due,
    daysLeft: dayNumber(due) - dayNumber(todayIso),
  })
  // "Before 1 March" means the last day to submit is the last day of February.
  const lastOfFebruary = new Date(Date.UTC(reportYear + 1, 2, 0)).toISOString().slice(0, 10)
  return [make('报送上级', lastOfFebruary), make('向社会公开', `${next}-03-31`)]
}
