// A folder's reports reviewed on every core: worker threads each running the same review as the main thread
// (review-worker.ts), handed one file at a time, so a slow report holds up no others, and the main thread reviews
// too. The rows come back in the folder's order whatever thread reviewed them. A worker that cannot start or
// fails hands its file back to the main thread and gets no more; the review goes on, slower, as before.
import { availableParallelism } from 'node:os'
import type { ReviewRow } from '../../../renderer/core/review/review-row'
import type { Template } from '../../../renderer/core/template-schema'

/** What the main thread tells a review worker when it starts it (workerData). */
export interface ReviewWorkerData {
  readonly folder: string
  readonly template: Template
}

/** A message to a worker: review the file at `path`, the `index`th of the folder. */
export interface ReviewTask {
  readonly index: number
  readonly path: string
}

/** A worker's answer: the file's row. */
export interface ReviewAnswer {
  readonly index: number
  readonly row: ReviewRow
}

/** The part of node:worker_threads' Worker the review uses, so the tests can stand in for a thread. */
export interface ReviewWorker {
  postMessage(task: ReviewTask): void
  on(event: 'message', listener: (answer: ReviewAnswer) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  terminate(): Promise<number>
}

/** Starts a review worker: the compiled CLI starts one on its own bundle (bundle-runner.cjs). */
export type StartReviewWorker = (data: ReviewWorkerData) => ReviewWorker

/** Below this many files a thread's start-up (loading the review's code) costs more than it saves. */
const FILES_PER_WORKER = 16
/**
 * Each thread holds its own copy of the review's code and heap, some 100 MB: more than three would take a county
 * office's older PC toward a gigabyte for a review that is done in seconds.
 */
const MOST_WORKERS = 3

/** How many workers a folder of `files` reports is worth on this machine, besides the main thread. */
export function workersFor(files: number, cores = availableParallelism()): number {
  return Math.max(0, Math.min(cores - 1, MOST_WORKERS, Math.floor(files / FILES_PER_WORKER)))
}

/**
 * Reviews the files `paths` (in the folder's order) with `count` workers and the main thread (`reviewHere`);
 * returns their rows in that order. `onFailure` hears of each worker that failed (the review goes on without it).
 */
export async function reviewInParallel(
  paths: readonly string[],
  data: ReviewWorkerData,
  start: StartReviewWorker,
  count: number,
  reviewHere: (path: string) => Promise<ReviewRow>,
  onFailure: (error: Error) => void = () => undefined,
): Promise<ReviewRow[]> {
  const rows: (ReviewRow | undefined)[] = new Array<ReviewRow | undefined>(paths.length)
  let next = 0
  const take = (): number | null => (next < paths.length ? next++ : null)
  // files a failed worker held: the main thread reviews them before taking new ones
  const returned: number[] = []

  const worker = (thread: ReviewWorker): Promise<void> =>
    new Promise<void>((resolve) => {
      let current: number | null = null
      let ended = false
      const end = (failure?: Error): void => {
        if (ended) return
        ended = true
        if (current !== null) returned.push(current)
        if (failure !== undefined) onFailure(failure)
        else if (current !== null) onFailure(new Error('线程中途退出，手上的报告未审完'))
        current = null
        void thread.terminate()
        resolve()
      }
      const give = (): void => {
        current = take()
        if (current === null) end()
        else thread.postMessage({ index: current, path: paths[current]! })
      }
      thread.on('message', (answer) => {
        if (answer.index !== current) return end(new Error('线程交回的不是交给它的报告'))
        rows[answer.index] = answer.row
        give()
      })
      thread.on('error', (error) => end(error))
      thread.on('exit', () => end())
      give()
    })

  const threads: Promise<void>[] = []
  for (let made = 0; made < count; made += 1) {
    try {
      threads.push(worker(start(data)))
    } catch (error) {
      onFailure(error instanceof Error ? error : new Error(String(error)))
      break
    }
  }
  const here = async (): Promise<void> => {
    for (;;) {
      const index = returned.pop() ?? take()
      if (index === null) return
      rows[index] = await reviewHere(paths[index]!)
    }
  }
  await Promise.all([here(), ...threads])
  // a worker that failed after the main thread had finished left its file behind
  await here()
  return rows.map((row, index) => {
    if (row === undefined) throw new Error(`no review of ${paths[index]!}`)
    return row
  })
}
