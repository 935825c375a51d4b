// exceljs is CommonJS and its typings declare named exports; Node's ESM loader only offers such a
// module as `default`, while bundlers (Vite, for the window; its browser build via package.json "browser") may
// give the named exports. This takes whichever is there.
import * as exceljsNamespace from 'exceljs'

type ExcelJs = typeof exceljsNamespace

export const ExcelJS: ExcelJs =
  (exceljsNamespace as unknown as { default?: ExcelJs }).default ?? exceljsNamespace
