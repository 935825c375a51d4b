// The live check of the open report (live-check.ts), loaded with the first report rather than with the start
// screen, side by side with the editor's code. Until it is there the check is null and the workspace shows
// 正在加载; a file that cannot be loaded says so, as the other parts loaded on demand do (loading-boundary.tsx).
import { useEffect, useMemo, useState } from 'react'
import { localIsoDate } from '../core/local-date'
import type { Report } from '../core/report'
import type { Template } from '../core/template-schema'
import type { LiveCheck } from './live-check'

type Checker = (report: Report, template: Template, today: string) => LiveCheck

export type LiveCheckState =
  | { readonly status: 'loading'; readonly live: null }
  | { readonly status: 'failed'; readonly live: null }
  | { readonly status: 'ready'; readonly live: LiveCheck }

let loading: Promise<Checker> | null = null

function loadChecker(): Promise<Checker> {
  loading ??= import('./live-check').then(
    (module) => module.liveCheck,
    (error: unknown) => {
      // a failed load may succeed later (a server back, a file restored): the next report asks again
      loading = null
      throw error
    },
  )
  return loading
}

/** The check of `report` against `template`; none while no report is open (no template). */
export function useLiveCheck(report: Report, template: Template | null): LiveCheckState {
  const active = template !== null
  const [checker, setChecker] = useState<{ run: Checker } | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (!active || checker !== null) return
    let current = true
    loadChecker().then(
      (run) => current && setChecker({ run }),
      () => current && setFailed(true),
    )
    return () => {
      current = false
    }
  }, [active, checker])

  // the day is read at each check, so a session left open past midnight judges dates by the new day
  const live = useMemo(
    () =>
      checker === null || template === null ? null : checker.run(report, template, localIsoDate(new Date())),
    [checker, report, template],
  )
  if (live !== null) return { status: 'ready', live }
  // a failure is shown until a later load succeeds (each report opened asks again)
  return failed ? { status: 'failed', live: null } : { status: 'loading', live: null }
}
