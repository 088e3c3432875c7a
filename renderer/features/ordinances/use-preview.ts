import { useEffect, useRef, useState } from 'react';
import type { ComparisonResult } from '../../../shared/law/index.ts';
import type { OutlineItem } from '../../../shared/ordinances/ordinance-views.ts';
import { useQuery } from '../../components/use-query.ts';
import type { PreviewRequest, PreviewResponse } from './preview.worker.ts';

export interface Preview {
  result: ComparisonResult | null;
  /** Outline of the new text (for the editor's article list). */
  outline: OutlineItem[];
  error: string | null;
  /** Worker time of the last result, ms. */
  ms: number | null;
  pending: boolean;
}

/**
 * The live 대비표/개정문 for two texts. One worker per editor; only the newest request's answer is used, and
 * requests are coalesced: while one is computing, later edits wait and only the last of them is sent.
 */
export function usePreview(
  oldText: string,
  newText: string,
  title?: string,
  mode: 'partial' | 'full' = 'partial',
): Preview {
  const style = useQuery('settings:get', undefined).data?.amendmentStyle ?? 'single';
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);
  const busy = useRef(false);
  /** The newest request; sent as soon as the worker is free. */
  const wanted = useRef<PreviewRequest | null>(null);
  const [state, setState] = useState<Preview>({ result: null, outline: [], error: null, ms: null, pending: true });

  const pump = () => {
    const w = worker.current;
    const request = wanted.current;
    if (!w || busy.current || !request) return;
    busy.current = true;
    w.postMessage(request);
  };

  useEffect(() => {
    const w = new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    // A new worker has nothing in flight (the effect may re-run, e.g. in React's StrictMode).
    busy.current = false;
    w.onmessage = (event: MessageEvent<PreviewResponse>) => {
      busy.current = false;
      const data = event.data;
      if (data.id === wanted.current?.id) {
        wanted.current = null;
        setState(
          data.ok
            ? { result: data.result, outline: data.outline, error: null, ms: data.ms, pending: false }
            : { result: null, outline: [], error: data.message, ms: null, pending: false },
        );
      }
      pump();
    };
    w.onerror = () => {
      busy.current = false;
      setState((s) => ({ ...s, error: '미리보기를 계산하지 못했습니다. 창을 다시 열어 보세요.', pending: false }));
    };
    pump();
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    const options = { style, mode, ...(title ? { title } : {}) };
    wanted.current = { id: ++nextId.current, oldText, newText, options };
    setState((s) => ({ ...s, pending: true }));
    pump();
  }, [oldText, newText, title, style, mode]);

  return state;
}
