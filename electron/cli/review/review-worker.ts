// The review in a worker thread (review-workers.ts): the folder and the template come with the thread's start, then
// one file at a time, each answered with its row, reviewed as the main thread reviews (review-file.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { reviewFile } from './review-file'
import type { ReviewAnswer, ReviewTask, ReviewWorkerData } from './review-workers'

export function reviewWorker(): void {
  const port = parentPort
  if (port === null) throw new Error('the review worker runs in a worker thread')
  const { folder, template } = workerData as ReviewWorkerData
  port.on('message', (task: ReviewTask) => {
    void reviewFile(folder, task.path, template).then((row) => {
      const answer: ReviewAnswer = { index: task.index, row }
      port.postMessage(answer)
    })
  })
}
