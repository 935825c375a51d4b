// The tests' independent reader of the review workbook: exceljs, an .xlsx library of its own that the app does
// not use to write it. exceljs is CommonJS and its typings declare named exports; Node's ESM loader only offers
// such a module as `default`, other loaders may give the named exports. This takes whichever is there.
import * as exceljsNamespace from 'exceljs'

type ExcelJs = typeof exceljsNamespace

export const ExcelJS: ExcelJs =
  (exceljsNamespace as unknown as { default?: ExcelJs }).default ?? exceljsNamespace
