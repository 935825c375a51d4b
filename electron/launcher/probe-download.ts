// Does the download host answer at all? Asked with a short timeout before handing the download to
// electron/install.js, whose HTTP client has no timeout and retries: behind a firewall that drops packets
// it would hang for minutes before failing.
import { err, ok, type Result } from '../../renderer/core/result'

function host(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

interface NetworkCause {
  readonly code?: unknown
  /** Set when every address of the host failed (IPv4 and IPv6): an AggregateError. */
  readonly errors?: readonly { readonly code?: unknown }[]
}

function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: NetworkCause }).cause
  const code = cause?.code ?? cause?.errors?.[0]?.code
  return typeof code === 'string' ? code : undefined
}

/** Why the host could not be reached, in a few Chinese words a clerk can pass to the IT office. */
function describeFailure(error: unknown, url: string, timeoutMs: number): string {
  const where = host(url)
  if ((error as { name?: unknown }).name === 'TimeoutError')
    return `${String(Math.max(1, Math.round(timeoutMs / 1000)))} 秒内连不上 ${where}`
  const code = networkCode(error)
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `找不到 ${where}`
  if (code === 'ECONNREFUSED') return `${where} 拒绝连接`
  if (code === 'ECONNRESET') return `${where} 断开了连接`
  if (code !== undefined && /TIMEOUT/i.test(code)) return `连接 ${where} 超时`
  return `连不上 ${where}${code === undefined ? '' : `（${code}）`}`
}

/**
 * Ok when the URL answers with the file (asked for its first byte only), else the reason in Chinese.
 * A GET with a Range, not a HEAD: the signed storage URLs GitHub and mirrors redirect to may refuse HEAD.
 */
export async function probeDownload(url: string, timeoutMs: number): Promise<Result<void, string>> {
  try {
    const response = await fetch(url, {
      headers: { Range: 'bytes=0-0' },
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    })
    await response.body?.cancel()
    if (response.ok) return ok(undefined)
    if (response.status === 404) return err(`${host(url)} 上没有这个版本的 Electron（HTTP 404）`)
    return err(`${host(url)} 返回 HTTP ${String(response.status)}`)
  } catch (error) {
    return err(describeFailure(error, url, timeoutMs))
  }
}
