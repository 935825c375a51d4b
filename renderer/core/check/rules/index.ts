// The rules in display order: structure first, then items, then wording and format.
import type { Rule } from '../rule'
import { closingPhrase } from './closing-phrase'
import { dateFormat } from './date-format'
import { docNumberFormat } from './doc-number-format'
import { fieldUnfilled } from './field-unfilled'
import { halfwidthPunctuation } from './halfwidth-punctuation'
import { figureStale } from './figure-stale'
import { itemMissing } from './item-missing'
import { itemNoFigures } from './item-no-figures'
import { lawTitleMarks } from './law-title-marks'
import { partEmpty } from './part-empty'
import { partMerged } from './part-merged'
import { partMissing } from './part-missing'
import { partUnrecognized } from './part-unrecognized'
import { planUncovered } from './plan-uncovered'
import { punctuation } from './punctuation'
import { wrongTerm } from './wrong-term'
import { yearMismatch } from './year-mismatch'

export const rules: readonly Rule[] = [
  partMissing,
  partMerged,
  partEmpty,
  partUnrecognized,
  itemMissing,
  itemNoFigures,
  planUncovered,
  fieldUnfilled,
  figureStale,
  yearMismatch,
  wrongTerm,
  docNumberFormat,
  dateFormat,
  punctuation,
  halfwidthPunctuation,
  lawTitleMarks,
  closingPhrase,
]
