// 개정문 fidelity on real pairs: the share of official sentences produced exactly, produced sentences the
// official text lacks, and round trips, for the fixtures (tuned on) and for the law-unseen pairs from
// other local governments (collected for measuring; the engine was not tuned to them one by one).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyAmendment, compareOrdinances, normalizeForComparison } from '../../shared/law/index.ts';
import type { BenchRow, BenchSuite } from './suite.ts';

const ROOT = resolve(import.meta.dirname, '../../test/fixtures');
const unify = (s: string): string => s.replace(/[“”"]/g, '"').replace(/\s+/g, ' ').trim();

function score(dir: string): { pairs: number; roundTrips: number; official: number; hit: number; extra: number } {
  const out = { pairs: 0, roundTrips: 0, official: 0, hit: 0, extra: 0 };
  for (const name of readdirSync(dir).sort()) {
    const p = `${dir}/${name}`;
    if (!existsSync(`${p}/old.md`)) continue;
    out.pairs++;
    const oldText = readFileSync(`${p}/old.md`, 'utf8');
    const newText = readFileSync(`${p}/new.md`, 'utf8');
    const r = compareOrdinances(oldText, newText, { style: name.startsWith('mapo-') ? 'chain' : 'single' });
    try {
      // A pair that differs only in formatting has no 개정문 to apply: it round-trips by definition.
      if (
        !r.changed ||
        normalizeForComparison(applyAmendment(oldText, r.amendment)) === normalizeForComparison(newText)
      )
        out.roundTrips++;
    } catch {
      // counted as a failed round trip
    }
    if (!existsSync(`${p}/expected-amendment.txt`)) continue;
    const official = readFileSync(`${p}/expected-amendment.txt`, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /한다\.$/.test(l))
      .map(unify);
    const produced = r.sentences.map((s) => unify(s.split('\n')[0] ?? ''));
    out.official += official.length;
    out.hit += official.filter((s) => produced.includes(s)).length;
    out.extra += produced.filter((s) => !official.includes(s)).length;
  }
  return out;
}

function rows(label: string, dir: string): BenchRow[] {
  if (!existsSync(dir)) return [];
  const s = score(dir);
  const share = s.official ? (100 * s.hit) / s.official : 0;
  return [
    {
      label: `${label} · official sentences produced exactly`,
      value: share,
      unit: '',
      note: `${s.hit}/${s.official} %`,
      target: '≥ 90',
      ok: share >= 90,
    },
    {
      label: `${label} · produced sentences the official text lacks`,
      value: s.extra,
      unit: '',
      note: `over ${s.pairs} pairs`,
    },
    {
      label: `${label} · round trips`,
      value: s.roundTrips,
      unit: '',
      note: `of ${s.pairs} pairs`,
      target: `= ${s.pairs}`,
      ok: s.roundTrips === s.pairs,
    },
  ];
}

export const fidelitySuite: BenchSuite = {
  name: 'fidelity — 개정문 against official sentences',
  run() {
    return Promise.resolve([...rows('fixtures', `${ROOT}/law`), ...rows('law-unseen', `${ROOT}/law-unseen`)]);
  },
};
