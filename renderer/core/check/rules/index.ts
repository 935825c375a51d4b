// The rules in display order: structure first, then items, then wording and format.
import type { Rule } from '../rule'
import { attachmentNamePunctuation } from './attachment-name-punctuation'
import { citedDocNumber } from './cited-doc-number'
import { closingPhrase } from './closing-phrase'
import { countNumerals } from './count-numerals'
import { dateAfterDeadline } from './date-after-deadline'
import { dateBeforeYearEnd } from './date-before-year-end'
import { dateFormat } from './date-format'
import { dateImpossible } from './date-impossible'
import { dateInFuture } from './date-in-future'
import { docNumberFormat } from './doc-number-format'
import { docNumberYear } from './doc-number-year'
import { documentPeriod } from './document-period'
import { doubledPunctuation } from './doubled-punctuation'
import { editingDebris } from './editing-debris'
import { fieldUnfilled } from './field-unfilled'
import { figureStale } from './figure-stale'
import { halfwidthPunctuation } from './halfwidth-punctuation'
import { itemMissing } from './item-missing'
import { itemNoFigures } from './item-no-figures'
import { latinLetters } from './latin-letters'
import { lawTitleMarks } from './law-title-marks'
import { metaMissing } from './meta-missing'
import { numberingFormat } from './numbering-format'
import { numberingRenumbered } from './numbering-renumbered'
import { partEmpty } from './part-empty'
import { partMerged } from './part-merged'
import { partMissing } from './part-missing'
import { partUnrecognized } from './part-unrecognized'
import { planUncovered } from './plan-uncovered'
import { punctuation } from './punctuation'
import { requestInReport } from './request-in-report'
import { shortcomingsCauses } from './shortcomings-causes'
import { titleGenre } from './title-genre'
import { titleYear } from './title-year'
import { unpairedMarks } from './unpaired-marks'
import { wrongTerm } from './wrong-term'
import { yearConflict } from './year-conflict'
import { yearMismatch } from './year-mismatch'
import { yearRange } from './year-range'

export const rules: readonly Rule[] = [
  partMissing,
  partMerged,
  partEmpty,
  partUnrecognized,
  shortcomingsCauses,
  itemMissing,
  itemNoFigures,
  planUncovered,
  fieldUnfilled,
  figureStale,
  yearConflict,
  yearMismatch,
  titleYear,
  titleGenre,
  wrongTerm,
  editingDebris,
  latinLetters,
  docNumberFormat,
  docNumberYear,
  citedDocNumber,
  dateImpossible,
  dateFormat,
  dateInFuture,
  dateBeforeYearEnd,
  dateAfterDeadline,
  metaMissing,
  numberingFormat,
  numberingRenumbered,
  yearRange,
  countNumerals,
  documentPeriod,
  punctuation,
  halfwidthPunctuation,
  doubledPunctuation,
  unpairedMarks,
  lawTitleMarks,
  closingPhrase,
  attachmentNamePunctuation,
  requestInReport,
]
