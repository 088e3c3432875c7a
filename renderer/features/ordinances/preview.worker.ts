// Computes the 대비표 and 개정문 off the UI thread, so typing never waits for the diff.
import { compareOrdinances, type ComparisonResult, type CompareOptions } from '../../../shared/law/index.ts';
import type { OutlineItem } from '../../../shared/ordinances/ordinance-views.ts';
import { parseText } from '../../../shared/ordinances/outline.ts';

export interface PreviewRequest {
  id: number;
  oldText: string;
  newText: string;
  /** 제명, the office's clause style (설정) and the draft's 일부개정/전부개정 choice. */
  options: Pick<CompareOptions, 'title' | 'style' | 'mode'>;
}

export type PreviewResponse =
  | { id: number; ok: true; result: ComparisonResult; outline: OutlineItem[]; ms: number }
  | { id: number; ok: false; message: string };

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const { id, oldText, newText, options } = event.data;
  const started = performance.now();
  try {
    const result = compareOrdinances(oldText, newText, options);
    const outline = parseText(newText).outline;
    const response: PreviewResponse = { id, ok: true, result, outline, ms: performance.now() - started };
    self.postMessage(response);
  } catch (error) {
    const response: PreviewResponse = {
      id,
      ok: false,
      message: error instanceof Error ? error.message : '대비표를 만들지 못했습니다.',
    };
    self.postMessage(response);
  }
};
