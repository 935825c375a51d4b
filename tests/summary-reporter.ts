// Prints the plain closing line CI reads ("tests: N passed, N failed"), after vitest's own summary.
import type { Reporter, TestModule } from 'vitest/node'

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const testModule of testModules) {
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) failed += 1
      for (const test of testModule.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed += 1
        else if (state === 'failed') failed += 1
        else skipped += 1
      }
    }
    const tail = skipped > 0 ? `, ${skipped} skipped` : ''
    console.log(`\ntests: ${passed} passed, ${failed} failed${tail}`)
  }
}
