// The frame of every dialog: a modal form over the app, its title announced to screen readers,
// Enter submits and Esc cancels, as in Word's dialogs.
import { useId, type ReactNode } from 'react'

export interface ModalDialogProps {
  readonly title: string
  readonly onSubmit: () => void
  readonly onCancel: () => void
  readonly children: ReactNode
}

export function ModalDialog({ title, onSubmit, onCancel, children }: ModalDialogProps): ReactNode {
  const titleId = useId()
  return (
    <div className="dialog-backdrop">
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={(event) => {
          event.preventDefault()
          onSubmit()
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel()
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </form>
    </div>
  )
}
