// Results at the edges (file input, template parsing, Bridge calls, CLI commands).
// Plain objects, so a Result crosses IPC and JSON unchanged; a thrown error would lose its fields.

/** A failure a person can act on: `code` for code and tests, `message` in Chinese for people. */
export interface AppError {
  readonly code: string
  readonly message: string
}

export type Result<T, E = AppError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E }

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value }
}

export function err<E = AppError>(error: E): Result<never, E> {
  return { ok: false, error }
}

export function appError(code: string, message: string): AppError {
  return { code, message }
}
