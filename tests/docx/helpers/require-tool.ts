// External tools the docx tests read exports back with. A missing tool fails the test with the package to
// install; a skipped check would pass silently on a machine that cannot check anything.
import { accessSync, constants } from 'node:fs'
import { spawnSync } from 'node:child_process'

const INSTALL_HINT: Readonly<Record<string, string>> = {
  '/usr/bin/python3': 'apt-get install python3',
  soffice: 'apt-get install libreoffice-writer',
  pdftotext: 'apt-get install poppler-utils',
  pdftoppm: 'apt-get install poppler-utils',
  xmllint: 'apt-get install libxml2-utils',
}

export function requireTool(command: string): string {
  const found = command.startsWith('/')
    ? (() => {
        try {
          accessSync(command, constants.X_OK)
          return command
        } catch {
          return null
        }
      })()
    : spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim() || null
  if (found === null) {
    throw new Error(
      `docx tests need ${command} (${INSTALL_HINT[command] ?? 'install it'}); it is not on this machine`,
    )
  }
  return found
}

export function requirePythonDocx(): string {
  const python = requireTool('/usr/bin/python3')
  const probe = spawnSync(python, ['-c', 'import docx, lxml'], { encoding: 'utf8' })
  if (probe.status !== 0) {
    throw new Error(
      `docx tests need python-docx under ${python} (apt-get install python3-docx): ${probe.stderr.trim()}`,
    )
  }
  return python
}
