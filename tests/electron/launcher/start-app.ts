// Runs the README's `npm start` as a user would, in a process group of its own so that the test can press
// Ctrl+C the way a terminal does (SIGINT to every process of the group: npm, the launcher, Electron).
import { spawn } from 'node:child_process'
import { join } from 'node:path'

export const projectRoot = join(import.meta.dirname, '../../..')

export interface StartedApp {
  readonly stdout: () => string
  readonly stderr: () => string
  /** Resolves with the first match of `pattern` in stdout; rejects when the process ends first. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>
  readonly exited: Promise<number | null>
  pressCtrlC(): void
}

/** The environment without the developer's own Electron settings, which would change what is tested. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(npm_config_|npm_package_config_)?electron_/i.test(key)),
  )
}

export function startApp(env: NodeJS.ProcessEnv): StartedApp {
  const child = spawn('npm', ['start'], {
    cwd: projectRoot,
    env: { ...cleanEnv(), BROWSER: 'none', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  const waiters: {
    pattern: RegExp
    resolve: (match: RegExpMatchArray) => void
    reject: (error: Error) => void
  }[] = []
  const settle = (): void => {
    for (const waiter of [...waiters]) {
      const match = stdout.match(waiter.pattern)
      if (match !== null) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(match)
      }
    }
  }
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    settle()
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => {
    child.on('close', (code) => {
      for (const waiter of waiters.splice(0))
        waiter.reject(
          new Error(
            `npm start ended (${String(code)}) before ${String(waiter.pattern)}:\n${stdout}\n${stderr}`,
          ),
        )
      resolve(code)
    })
  })
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve, reject })
        settle()
      }),
    exited,
    pressCtrlC: () => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT')
    },
  }
}
