// The report body in Tiptap. Typing only updates the editor: conversion to a Report and the check run
// later, off the input path (see use-live-check.ts), so a long report never makes keystrokes lag.
import type { Editor, JSONContent } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import { memo, useEffect, useRef, type ReactNode } from 'react'
import { currentPartId } from '../editor/current-part'
import { reportExtensions } from '../editor/extensions'

export interface ReportEditorProps {
  readonly content: JSONContent
  readonly onReady: (editor: Editor | null) => void
  readonly onChange: () => void
  readonly onPartChange: (partId: string | null) => void
  /** false for a report opened read-only (审阅模式). @default true */
  readonly editable?: boolean
  /** The clipboard's plain text of a paste, before the paste lands (use-whole-report-paste.ts). */
  readonly onPasteText?: (text: string) => void
}

export const ReportEditor = memo(function ReportEditor({
  content,
  onReady,
  onChange,
  onPartChange,
  editable = true,
  onPasteText,
}: ReportEditorProps): ReactNode {
  // the editor keeps the props it was made with: the latest handler is read through a ref
  const pasteText = useRef(onPasteText)
  useEffect(() => {
    pasteText.current = onPasteText
  })
  const editor = useEditor({
    extensions: reportExtensions,
    content,
    editable,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: 'report-body', 'aria-label': '报告正文', spellcheck: 'false', lang: 'zh-CN' },
      handlePaste: (_view, event) => {
        const text = event.clipboardData?.getData('text/plain') ?? ''
        if (text.trim() !== '') pasteText.current?.(text)
        // the paste itself goes on as any paste does
        return false
      },
    },
    onUpdate: () => onChange(),
    onSelectionUpdate: ({ editor: current }) => onPartChange(currentPartId(current.state)),
  })
  // Hand the live instance up from an effect: under StrictMode the editor outlives a first unmount,
  // and a destroy callback would clear the reference after the remount had set it.
  useEffect(() => {
    onReady(editor)
    return () => onReady(null)
  }, [editor, onReady])
  return <EditorContent editor={editor} className="report-editor" />
})
