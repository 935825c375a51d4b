// Before the window closes, the page stores its pending autosave: main asks (event:flush-autosave), the
// preload answers once the draft is written (reply:autosave-flushed). A page that hangs or never answers
// must not keep the window open, so the wait is capped.
export interface FlushBeforeClose {
  /** Asks the page to flush; settles when it has answered or the wait is up. */
  request(): Promise<void>
  /** The page's answer. */
  done(): void
}

/** 2 s: a draft is written in milliseconds; a page that takes longer is stuck. */
export const flushWaitMs = 2000

export function createFlushBeforeClose(ask: () => void, waitMs: number = flushWaitMs): FlushBeforeClose {
  let waiting: (() => void)[] = []
  const answer = (): void => {
    const resolvers = waiting
    waiting = []
    for (const resolve of resolvers) resolve()
  }
  return {
    request() {
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          waiting = waiting.filter((entry) => entry !== settle)
          resolve()
        }, waitMs)
        const settle = (): void => {
          clearTimeout(timer)
          resolve()
        }
        waiting.push(settle)
        ask()
      })
    },
    done: answer,
  }
}
