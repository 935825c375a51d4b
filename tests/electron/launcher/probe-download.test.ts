import { afterEach, describe, expect, it } from 'vitest'
import { probeDownload } from '../../../electron/launcher/probe-download'
import { closedPort, serveLocally, type LocalServer } from './local-server'

let server: LocalServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('probeDownload', () => {
  it('is ok when the file answers, asking for its first byte only', async () => {
    let range: string | undefined
    server = await serveLocally((request, response) => {
      range = request.headers.range
      response.writeHead(206, { 'Content-Range': 'bytes 0-0/100' }).end('P')
    })
    expect(await probeDownload(`${server.url}v41.7.1/electron.zip`, 5_000)).toEqual({
      ok: true,
      value: undefined,
    })
    expect(range).toBe('bytes=0-0')
  })

  it('follows a redirect to the storage host, as GitHub and the mirrors answer', async () => {
    server = await serveLocally((request, response) => {
      if (request.url === '/moved') response.writeHead(200).end('P')
      else response.writeHead(302, { Location: '/moved' }).end()
    })
    expect((await probeDownload(`${server.url}file.zip`, 5_000)).ok).toBe(true)
  })

  it('says when the mirror lacks this version', async () => {
    server = await serveLocally((_request, response) => response.writeHead(404).end())
    expect(await probeDownload(`${server.url}v41.7.1/electron.zip`, 5_000)).toEqual({
      ok: false,
      error: expect.stringMatching(/^127\.0\.0\.1:\d+ 上没有这个版本的 Electron（HTTP 404）$/) as unknown,
    })
  })

  it('says when the host refuses the connection', async () => {
    const port = await closedPort()
    expect(await probeDownload(`http://127.0.0.1:${String(port)}/electron.zip`, 5_000)).toEqual({
      ok: false,
      error: `127.0.0.1:${String(port)} 拒绝连接`,
    })
  })

  it('gives up on a host that takes the connection but never answers', async () => {
    server = await serveLocally(() => undefined)
    const probe = await probeDownload(`${server.url}electron.zip`, 300)
    expect(probe).toEqual({
      ok: false,
      error: expect.stringMatching(/^1 秒内连不上 127\.0\.0\.1:\d+$/) as unknown,
    })
  })
})
