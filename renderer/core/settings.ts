// User settings: the defaults a clerk types once (发文机关, 机关代字, 签发人 …) and the font fallbacks.
// One zod schema serves electron-store (main), localStorage (browser mode) and the settings form.
import { z } from 'zod'

export const FontFallbacksSchema = z.object({
  /** 方正小标宋简体 is often missing; 宋体 bold is the accepted stand-in. */
  title: z.string().min(1).max(60),
  body: z.string().min(1).max(60),
  heading1: z.string().min(1).max(60),
  heading2: z.string().min(1).max(60),
  pageNumber: z.string().min(1).max(60),
})

export const SettingsSchema = z.object({
  issuerMark: z.string().max(200),
  issuers: z.array(z.string().max(100)).max(10),
  docNumberPrefix: z.string().max(40),
  signer: z.string().max(40),
  recipients: z.string().max(200),
  copyTo: z.string().max(300),
  printedBy: z.string().max(100),
  fonts: FontFallbacksSchema,
})

export type Settings = z.infer<typeof SettingsSchema>
export type FontFallbacks = z.infer<typeof FontFallbacksSchema>

export const defaultSettings: Settings = {
  issuerMark: '',
  issuers: [],
  docNumberPrefix: '',
  signer: '',
  recipients: '',
  copyTo: '',
  printedBy: '',
  fonts: {
    title: '方正小标宋简体',
    body: '仿宋_GB2312',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    pageNumber: '宋体',
  },
}

/** Reads stored settings leniently: a field that fails the schema falls back to its default, alone. */
export function normalizeSettings(stored: unknown): Settings {
  const parsed = SettingsSchema.safeParse(stored)
  if (parsed.success) return parsed.data
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {}
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
    const value = SettingsSchema.shape[key].safeParse(source[key])
    return value.success ? (value.data as Settings[K]) : defaultSettings[key]
  }
  return {
    issuerMark: field('issuerMark'),
    issuers: field('issuers'),
    docNumberPrefix: field('docNumberPrefix'),
    signer: field('signer'),
    recipients: field('recipients'),
    copyTo: field('copyTo'),
    printedBy: field('printedBy'),
    fonts: field('fonts'),
  }
}
