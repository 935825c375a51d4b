// Prints the plain closing line CI reads ("tests: N passed, N failed"), after vitest's own summary.
// A file that fails outside its tests (a beforeAll hook, an import) counts as one failure: its tests
// show as skipped, and a closing line of "0 failed" would hide the broken run.
import type { Reporter, TestModule } from 'vitest/node'

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const testModule of testModules) {
      let failedHere = 0
      for (const test of testModule.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed += 1
        else if (state === 'failed') failedHere += 1
        else skipped += 1
      }
      if (failedHere === 0 && testModule.state() === 'failed') failedHere = 1
      failed += failedHere
    }
    const tail = skipped > 0 ? `, ${String(skipped)} skipped` : ''
    console.log(`\ntests: ${String(passed)} passed, ${String(failed)} failed${tail}`)
  }
}
