// One rule per file under rules/, named by its id; rules/index.ts fixes their (display) order.
import type { CheckContext } from './check-context'
import type { Finding } from './finding'

export interface Rule {
  readonly id: string
  readonly run: (context: CheckContext) => readonly Finding[]
}
