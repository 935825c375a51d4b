// Reads a file the user chose with the same checks as the CLI (io/read-input.ts: size, format, zip
// limits before anything inflates it), as the OpenedFile the renderer imports.
import type { OpenedFile } from '../../renderer/bridge/bridge'
import { ok, type Result } from '../../renderer/core/result'
import { readInput } from '../io/read-input'

export async function openDocument(path: string): Promise<Result<OpenedFile>> {
  const input = await readInput(path)
  if (!input.ok) return input
  const { name, kind, bytes } = input.value
  return ok({ name, path, kind, bytes })
}
