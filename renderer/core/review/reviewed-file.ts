// Which files of a county's folder are submissions: every .docx, .txt and .fznb, but not hidden files
// nor the Word/WPS lock files (~$报告.docx) left next to an open document. Shared by the CLI's folder
// walk, the desktop app and browser mode.

const reviewedExtensions = ['.docx', '.txt', '.fznb']

export function isReviewedFile(name: string): boolean {
  const lower = name.toLowerCase()
  return (
    !name.startsWith('.') &&
    !name.startsWith('~$') &&
    reviewedExtensions.some((extension) => lower.endsWith(extension))
  )
}

/** A county reviews 10–30 reports; far more means the wrong folder (a whole disk) was chosen. */
export const maxReviewedFiles = 300
