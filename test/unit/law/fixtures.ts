// Fixture access for the law tests: real ordinance pairs copied into test/fixtures (CI has no ../shared).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../fixtures/law/', import.meta.url));

export interface FixturePair {
  name: string;
  old: string;
  new: string;
  /** Official 개정문 sentences, one per line, when the fixture has them. */
  expected: string[] | null;
}

export function fixturePairs(): FixturePair[] {
  return readdirSync(ROOT)
    .filter((d) => existsSync(`${ROOT}${d}/old.md`))
    .sort()
    .map((name) => {
      const exp = `${ROOT}${name}/expected-amendment.txt`;
      return {
        name,
        old: readFileSync(`${ROOT}${name}/old.md`, 'utf8'),
        new: readFileSync(`${ROOT}${name}/new.md`, 'utf8'),
        expected: existsSync(exp)
          ? readFileSync(exp, 'utf8')
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean)
          : null,
      };
    });
}

/** Quotes unified for comparing with official text (the fixtures mix “ ” and "). */
export function unifyQuotes(s: string): string {
  return s.replace(/[“”"]/g, '"');
}
