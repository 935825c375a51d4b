// One rule per file under rules/, named by its id; rules/index.ts fixes their (display) order.
import type { CheckContext } from './check-context'
import type { Finding } from './finding'

export interface Rule {
  readonly id: string
  /** What the rule looks for, in Chinese, for a reader who sees the finding out of its context (审阅 outputs). */
  readonly name: string
  readonly run: (context: CheckContext) => readonly Finding[]
}
