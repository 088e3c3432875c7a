import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api.ts';

export type SaveState =
  { kind: 'saved'; at: string } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'failed'; message: string };

const DELAY_MS = 800;

/**
 * Saves the draft body shortly after typing stops (and when leaving the page), so a crash loses at most the
 * last second. Sends the last known `updatedAt`, so two windows on one draft cannot silently overwrite each other.
 */
export function useAutosave(draftId: number, initialUpdatedAt: string) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: initialUpdatedAt });
  const pending = useRef<string | null>(null);
  const base = useRef(initialUpdatedAt);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await inFlight.current;
    const body = pending.current;
    if (body === null) return;
    pending.current = null;
    setState({ kind: 'saving' });
    inFlight.current = call('drafts:save', { id: draftId, body, baseUpdatedAt: base.current }).then(
      (result) => {
        base.current = result.updatedAt;
        setState(pending.current === null ? { kind: 'saved', at: result.updatedAt } : { kind: 'dirty' });
      },
      (error: Error) => {
        pending.current ??= body; // keep the text so the next attempt still saves it
        setState({ kind: 'failed', message: error.message });
      },
    );
    await inFlight.current;
  }, [draftId]);

  const changed = useCallback(
    (body: string) => {
      pending.current = body;
      setState({ kind: 'dirty' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const beforeUnload = () => void flush();
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      void flush();
    };
  }, [flush]);

  return { state, changed, flush };
}
