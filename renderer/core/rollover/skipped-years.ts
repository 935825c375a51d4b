// A draft rolled over from a report several years old (2023 → 2026) skips the reports of the years between: most
// likely a slip of the year chosen, which the app asks about and the CLI warns of.

/** The years between a report's year and the next report's, e.g. 2023 → 2026: 2024, 2025. */
export function skippedYears(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from - 1) }, (_, index) => from + 1 + index)
}
