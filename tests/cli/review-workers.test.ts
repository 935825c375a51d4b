// `review` on every core (review-workers.ts): the dispatch with threads stood in for by objects that answer on
// later ticks, in any order and with failures, and the compiled CLI's real worker threads on a folder large
// enough to start them, whose summary must equal the one-after-the-other review's, down to the byte.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reviewCommand } from '../../electron/cli/review-command'
import { reviewFolder } from '../../electron/cli/review/review-folder'
import {
  type ReviewAnswer,
  type ReviewTask,
  type ReviewWorker,
  reviewInParallel,
  workersFor,
} from '../../electron/cli/review/review-workers'
import { defaultTemplate } from '../../renderer/core/builtin-templates'
import type { ReviewRow } from '../../renderer/core/review/review-row'
import { runCli } from './run-cli'

const rowOf = (path: string, by: string): ReviewRow => ({ file: path, issuer: by }) as unknown as ReviewRow

/** A stand-in thread: answers each task a few ticks later, or fails at its `failAt`th task. */
class StandInWorker implements ReviewWorker {
  public readonly tasks: string[] = []
  public terminated = false
  private readonly listeners: Record<string, ((value: never) => void)[]> = {}

  public constructor(
    private readonly name: string,
    private readonly failAt: number | null = null,
  ) {}

  public on(event: string, listener: (value: never) => void): this {
    ;(this.listeners[event] ??= []).push(listener)
    return this
  }

  private emit(event: string, value: unknown): void {
    for (const listener of this.listeners[event] ?? []) (listener as (value: unknown) => void)(value)
  }

  public postMessage(task: ReviewTask): void {
    this.tasks.push(task.path)
    const failing = this.failAt !== null && this.tasks.length === this.failAt
    setTimeout(
      () => {
        if (this.terminated) return
        if (failing) this.emit('error', new Error(`${this.name} failed`))
        else
          this.emit('message', { index: task.index, row: rowOf(task.path, this.name) } satisfies ReviewAnswer)
      },
      (task.index * 7) % 5,
    )
  }

  public terminate(): Promise<number> {
    this.terminated = true
    setTimeout(() => this.emit('exit', 1), 0)
    return Promise.resolve(1)
  }
}

const paths = Array.from({ length: 40 }, (_, index) => `报告${String(index)}.docx`)
const here = async (path: string): Promise<ReviewRow> => {
  await new Promise((resolve) => setTimeout(resolve, 1))
  return rowOf(path, 'main')
}
const data = { folder: '/报告', template: defaultTemplate() }

describe('reviewing a folder on worker threads', () => {
  it('returns a row for every file, in the folder’s order, shared among the threads and the main one', async () => {
    const workers = [new StandInWorker('a'), new StandInWorker('b'), new StandInWorker('c')]
    let started = 0
    const rows = await reviewInParallel(paths, data, () => workers[started++]!, 3, here)
    expect(rows.map((row) => row.file)).toEqual(paths)
    const by = new Set(rows.map((row) => row.issuer))
    expect(by).toEqual(new Set(['a', 'b', 'c', 'main']))
    expect(workers.every((worker) => worker.terminated)).toBe(true)
    expect(workers.flatMap((worker) => worker.tasks).length).toBe(
      rows.filter((row) => row.issuer !== 'main').length,
    )
  })

  it('reviews a failed worker’s file on the main thread, gives it no more, and says so', async () => {
    const failing = new StandInWorker('a', 3)
    const failures: string[] = []
    const rows = await reviewInParallel(
      paths,
      data,
      () => failing,
      1,
      here,
      (error) => failures.push(error.message),
    )
    expect(rows.map((row) => row.file)).toEqual(paths)
    expect(failing.tasks).toHaveLength(3)
    expect(rows[paths.indexOf(failing.tasks[2]!)]!.issuer).toBe('main')
    expect(failures).toEqual(['a failed'])
  })

  it('goes on alone when no worker can be started', async () => {
    const failures: string[] = []
    const rows = await reviewInParallel(
      paths,
      data,
      () => {
        throw new Error('no threads here')
      },
      2,
      here,
      (error) => failures.push(error.message),
    )
    expect(rows.map((row) => row.issuer)).toEqual(paths.map(() => 'main'))
    expect(failures).toEqual(['no threads here'])
  })

  it('starts workers only for folders that repay their start, and one core fewer than the machine has', () => {
    expect(workersFor(10, 8)).toBe(0)
    expect(workersFor(40, 8)).toBe(2)
    expect(workersFor(200, 2)).toBe(1)
    expect(workersFor(200, 1)).toBe(0)
    expect(workersFor(5000, 64)).toBe(3)
  })

  it('reviews a folder in the compiled CLI on worker threads, to the same summary as one after the other', async () => {
    expect(workersFor(40), 'this test needs a machine of two cores or more').toBeGreaterThan(0)
    expect(availableParallelism()).toBeGreaterThan(1)
    const folder = reportsFolder()
    const run = runCli('review', folder, '--json')
    expect(run.stderr).toBe('')
    expect([0, 1]).toContain(run.code)
    const inTurn = await reviewFolder(folder, defaultTemplate())
    expect(run.stdout).toBe(`${JSON.stringify(inTurn, null, 2)}\n`)
  }, 120_000)

  it('says once, in Chinese, that a thread failed, and still reviews every report', async () => {
    expect(workersFor(40), 'this test needs a machine of two cores or more').toBeGreaterThan(0)
    const folder = reportsFolder()
    let out = ''
    let err = ''
    const code = await reviewCommand.run(
      [folder, '--json'],
      { stdout: (text) => (out += text), stderr: (text) => (err += text) },
      { startReviewWorker: () => new StandInWorker('a', 1) },
    )
    expect([0, 1]).toContain(code)
    expect(err).toBe('并行审阅的线程出错（a failed），其余报告改为逐个审阅。\n')
    expect(out).toBe(`${JSON.stringify(await reviewFolder(folder, defaultTemplate()), null, 2)}\n`)
  })
})

/** A folder of 40 short reports as text, a third of them without the 第一责任人 part. */
function reportsFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'fznb-review-workers-'))
  for (const [index, name] of paths.entries()) {
    const missing =
      index % 3 === 0
        ? ''
        : '三、党政主要负责人履行推进法治建设第一责任人职责情况\n认真履行第一责任人职责。\n'
    writeFileSync(
      join(folder, name.replace('.docx', '.txt')),
      `示范镇${String(index)}号2023年法治政府建设年度报告\n\n一、推进法治政府建设的主要举措和成效\n全年开展普法活动${String(index)}场。\n二、存在的不足和原因\n执法力量不足，原因是人员少。\n${missing}四、2024年工作打算\n继续推进依法行政。\n\n示范镇人民政府\n2024年1月20日\n`,
    )
  }
  return folder
}
