import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

export interface CodeEditorHandle {
  /** Moves the cursor to the start of a 0-based line and scrolls it into view. */
  jumpToLine(line: number): void;
  focus(): void;
}

interface Props {
  initialText: string;
  onChange: (text: string) => void;
  height: number | string;
  label: string;
}

/**
 * CodeMirror 6: made for long documents (only the visible lines are rendered), with undo history,
 * search/replace (Ctrl+F / Ctrl+H) and line numbers that match the parser's warnings.
 */
export const CodeEditor = forwardRef<CodeEditorHandle, Props>(function CodeEditor(
  { initialText, onChange, height, label },
  ref,
) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          basicSetup,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label }),
          EditorView.theme({
            '&': { height: '100%', fontSize: '14px' },
            '.cm-scroller': {
              fontFamily: "'Malgun Gothic', '맑은 고딕', 'NanumGothic', sans-serif",
              lineHeight: '1.6',
            },
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor owns its text after creation; a new initialText means a new editor (see the key in the parent).
  }, []);

  useImperativeHandle(ref, () => ({
    jumpToLine(line: number) {
      const editor = view.current;
      if (!editor) return;
      const target = editor.state.doc.line(Math.min(Math.max(line + 1, 1), editor.state.doc.lines));
      editor.dispatch({
        selection: { anchor: target.from },
        effects: EditorView.scrollIntoView(target.from, { y: 'start' }),
      });
      editor.focus();
    },
    focus() {
      view.current?.focus();
    },
  }));

  return <div ref={host} style={{ height, border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }} />;
});
