// Ordinance engine: parse + align + diff + 개정문 + 대비표 model (compareOrdinances), against a naive word diff
// of the whole texts, on the largest real fixture and on a synthetic 500-article ordinance.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diffWords } from 'diff';
import { buildComparisonDocx } from '../../electron/export/comparison-docx.ts';
import { compareOrdinances } from '../../shared/law/index.ts';
import { peakHeapMb, time } from './measure.ts';
import type { BenchRow, BenchSuite } from './suite.ts';
import { generateSyntheticOrdinance } from './synthetic-ordinance.ts';

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures/law');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

interface Case {
  name: string;
  oldText: string;
  newText: string;
  /** Ratio and heap targets apply to the synthetic case only (the issue's acceptance figures). */
  targets: boolean;
  docx: boolean;
}

function largestFixture(): Case {
  const slugs = readdirSync(FIXTURES).filter((d) => statSync(join(FIXTURES, d)).isDirectory());
  if (slugs.length === 0) throw new Error(`no fixtures in ${FIXTURES}`);
  const size = (slug: string) =>
    statSync(join(FIXTURES, slug, 'old.md')).size + statSync(join(FIXTURES, slug, 'new.md')).size;
  const slug = slugs.reduce((a, b) => (size(b) > size(a) ? b : a));
  return {
    name: `fixture ${slug}`,
    oldText: readFileSync(join(FIXTURES, slug, 'old.md'), 'utf8'),
    newText: readFileSync(join(FIXTURES, slug, 'new.md'), 'utf8'),
    targets: false,
    docx: false,
  };
}

function syntheticCase(): Case & { note: string } {
  const s = generateSyntheticOrdinance(500, 0.05);
  return {
    name: 'synthetic 500조',
    oldText: s.oldText,
    newText: s.newText,
    targets: true,
    docx: true,
    note: `${s.units} units, ${s.changedUnits} changed, ${(s.oldText.length / 1024).toFixed(0)} KiB`,
  };
}

async function measureCase(c: Case, note?: string): Promise<BenchRow[]> {
  const result = compareOrdinances(c.oldText, c.newText);
  const engine = await time(() => compareOrdinances(c.oldText, c.newText), RUNS);
  const naive = await time(() => diffWords(c.oldText, c.newText), RUNS);
  const ratio = engine.medianMs / naive.medianMs;
  const heap = await peakHeapMb(() => compareOrdinances(c.oldText, c.newText));
  const rows: BenchRow[] = [
    {
      label: `${c.name} · compareOrdinances (median of ${RUNS})`,
      value: engine.medianMs,
      unit: 'ms',
      note: `${note ? `${note}; ` : ''}${result.table.rows.length} table rows, ${result.warnings.length} warnings`,
    },
    { label: `${c.name} · naive diffWords baseline`, value: naive.medianMs, unit: 'ms' },
    {
      label: `${c.name} · ratio engine/baseline`,
      value: ratio,
      unit: '×',
      ...(c.targets ? { target: '≤ 0.5×', ok: ratio <= 0.5 } : {}),
    },
    { label: `${c.name} · heap used (peak)`, value: heap, unit: 'MB', target: '< 200 MB', ok: heap < 200 },
  ];
  if (c.docx) {
    const docx = await time(() => buildComparisonDocx(result.table), Math.max(3, Math.floor(RUNS / 3)), 1);
    rows.push({
      label: `${c.name} · DOCX build (대비표)`,
      value: docx.medianMs,
      unit: 'ms',
      target: '< 2000 ms',
      ok: docx.medianMs < 2000,
    });
  }
  return rows;
}

export const lawSuite: BenchSuite = {
  name: 'law — 개정문·대비표 engine',
  async run() {
    const synthetic = syntheticCase();
    return [...(await measureCase(largestFixture())), ...(await measureCase(synthetic, synthetic.note))];
  },
};
