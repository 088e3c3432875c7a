// Editor responsiveness (issue 7): the real renderer in Chromium, a 500-article draft, 100 edits typed one after
// another at different articles; for each, the time from the first keystroke to the 개정문 preview showing it.
// Baseline: the engine's own time for the same comparison on this machine (what the worker must spend anyway).
import { performance } from 'node:perf_hooks';
import { launchApp } from '../../test/e2e/harness.ts';
import { compareOrdinances } from '../../shared/law/index.ts';
import type { BenchRow, BenchSuite } from './suite.ts';
import { generateSyntheticOrdinance } from './synthetic-ordinance.ts';

const EDITS = Number(process.env.BENCH_EDITS ?? 100);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function run(): Promise<BenchRow[]> {
  const { oldText } = generateSyntheticOrdinance(500, 0);
  const app = await launchApp();
  try {
    const { page } = app;
    const call = (channel: string, input: unknown) =>
      page.evaluate(
        async ([c, i]) => {
          const result = (await (
            globalThis as unknown as { api: { call(c: string, i: unknown): Promise<unknown> } }
          ).api.call(c as string, i)) as { ok: boolean; value: { ordinance?: { id: number }; draft?: { id: number } } };
          if (!result.ok) throw new Error(JSON.stringify(result));
          return result.value;
        },
        [channel, input] as const,
      );
    const created = await call('ordinances:create', {
      name: '벤치마크 조례',
      type: '조례',
      tags: [],
      revision: { revisionKind: '제정', body: oldText },
    });
    const draft = await call('drafts:create', { ordinanceId: created.ordinance?.id, name: '벤치마크 개정안' });
    await page.goto(`${app.url}#/drafts/${draft.draft?.id}`);
    await page.getByRole('tab', { name: '개정문' }).click();
    const amendment = page.getByLabel('개정문');
    await page.getByLabel('개정안 본문').click();

    const samples: number[] = [];
    for (let i = 1; i <= EDITS; i++) {
      // Go to the end of the 1st 항 of article N: search its heading, then the end of the next line.
      const article = 1 + ((i * 37) % 480);
      await page.keyboard.press('Control+f');
      const find = page.getByRole('textbox', { name: 'Find' });
      await find.fill(`제${article}조(`);
      await find.press('End');
      await find.press('Enter');
      await find.press('Escape');
      await page.keyboard.press('End');
      const token = `Q${i}Z`;
      const started = performance.now();
      await page.keyboard.type(` ${token}`);
      await amendment.getByText(token).first().waitFor({ timeout: 10_000 });
      samples.push(performance.now() - started);
    }

    // The autosaved draft now holds all the edits: time the engine alone on it, as the worker runs it.
    await page.getByLabel('저장 상태').getByText('저장됨').waitFor();
    const saved = await call('drafts:get', { id: draft.draft?.id });
    const edited = (saved as { draft?: { body?: string } }).draft?.body ?? oldText;
    const engine: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      compareOrdinances(oldText, edited);
      engine.push(performance.now() - t);
    }
    const p95 = percentile(samples, 95);
    return [
      {
        label: `500조 draft · ${EDITS} edits · keystroke → updated 개정문 (median)`,
        value: percentile(samples, 50),
        unit: 'ms',
      },
      {
        label: `500조 draft · keystroke → updated 개정문 (p95)`,
        value: p95,
        unit: 'ms',
        target: '≤ 300 ms',
        ok: p95 <= 300,
      },
      { label: '500조 draft · keystroke → updated 개정문 (max)', value: Math.max(...samples), unit: 'ms' },
      { label: 'baseline: engine alone on the same text (median, Node)', value: percentile(engine, 50), unit: 'ms' },
    ];
  } finally {
    await app.close();
  }
}

export const editorSuite: BenchSuite = { name: 'editor', run };
