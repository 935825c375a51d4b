// `npm start` on a machine like ours: no Electron binary, its download host unreachable. The launcher must
// fall back to browser mode and serve the app; with a binary present it must run that instead.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closedPort } from './local-server'
import { projectRoot, startApp, type StartedApp } from './start-app'

const addressLine = /请在浏览器中打开：(http:\/\/127\.0\.0\.1:\d+\/)/
/** A Node or npm stack frame, or an uncaught error's header: never for a user to see. */
const stackTrace = /^\s+at\s|\bError:|npm error/m

let scratch: string

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'fznb-launch-'))
})

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** An empty folder as Electron's dist: the binary is absent, however the developer's machine is set up. */
function noBinary(): NodeJS.ProcessEnv {
  return {
    ELECTRON_OVERRIDE_DIST_PATH: mkdtempSync(join(scratch, 'dist-')),
    electron_config_cache: mkdtempSync(join(scratch, 'cache-')),
  }
}

/** A stand-in Electron executable that records its arguments and exits with `code`. */
function stubElectron(code: number): { env: NodeJS.ProcessEnv; record: string } {
  const dist = mkdtempSync(join(scratch, 'stub-'))
  const record = join(dist, 'arguments.txt')
  const executable = join(dist, 'electron')
  writeFileSync(executable, `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\nexit ${String(code)}\n`)
  chmodSync(executable, 0o755)
  return { env: { ELECTRON_OVERRIDE_DIST_PATH: dist, DISPLAY: ':99' }, record }
}

async function expectServesApp(app: StartedApp): Promise<string> {
  const [, url] = await app.waitFor(addressLine)
  const page = await (await fetch(url!)).text()
  expect(page).toContain('<title>法治年报</title>')
  return url!
}

async function stopWithCtrlC(app: StartedApp, url: string): Promise<void> {
  app.pressCtrlC()
  // npm ends by the same SIGINT (no exit code, as any program stopped by Ctrl+C); the launcher itself
  // closes the server and exits 0, which would otherwise show as npm's "npm error … exit code".
  expect([0, null]).toContain(await app.exited)
  expect(app.stdout()).toContain('法治年报已停止。')
  expect(app.stderr()).not.toMatch(stackTrace)
  await expect(fetch(url)).rejects.toThrow()
}

describe('npm start', () => {
  it('falls back to browser mode when the Electron download fails, says why in one line, and stops on Ctrl+C', async () => {
    const port = await closedPort()
    const app = startApp({
      ...noBinary(),
      DISPLAY: ':99',
      ELECTRON_MIRROR: `http://127.0.0.1:${String(port)}/`,
    })
    const url = await expectServesApp(app)
    const said = app.stdout().split('\n')
    const why = said.find((line) => line.startsWith('未能从所设镜像下载 Electron 运行环境'))
    expect(why).toBe(
      `未能从所设镜像下载 Electron 运行环境（127.0.0.1:${String(port)} 拒绝连接），现以浏览器版打开。` +
        '要用桌面版：请检查 ELECTRON_MIRROR 的地址后再运行 npm start，或安装“法治年报”安装程序。',
    )
    await stopWithCtrlC(app, url)
  }, 240_000)

  it('runs the Electron binary on the built app when one is present', async () => {
    const stub = stubElectron(0)
    const app = startApp(stub.env)
    expect(await app.exited).toBe(0)
    expect(readFileSync(stub.record, 'utf8').trim()).toBe(projectRoot)
    expect(readFileSync(join(projectRoot, 'out/main/index.js'), 'utf8').length).toBeGreaterThan(0)
    expect(app.stdout()).not.toMatch(addressLine)
    expect(app.stderr()).not.toMatch(stackTrace)
  }, 240_000)

  it('falls back to browser mode when Electron fails to start', async () => {
    const stub = stubElectron(3)
    const app = startApp(stub.env)
    const url = await expectServesApp(app)
    expect(app.stdout()).toContain('桌面版未能启动（退出码 3），现以浏览器版打开')
    expect(readFileSync(stub.record, 'utf8').trim()).toBe(projectRoot)
    await stopWithCtrlC(app, url)
  }, 240_000)

  it('serves browser mode on a machine without a desktop, without trying the download', async () => {
    const app = startApp({ ...noBinary(), DISPLAY: '', WAYLAND_DISPLAY: '' })
    const url = await expectServesApp(app)
    expect(app.stdout()).toContain('这台机器没有图形桌面（未设置 DISPLAY），现以浏览器版运行。')
    expect(app.stdout()).not.toContain('正在获取 Electron')
    await stopWithCtrlC(app, url)
  }, 240_000)
})
