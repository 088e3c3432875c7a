// shared/deadlines must stay pure (architecture.md): no Node built-ins, no DOM, nothing from electron/ or renderer/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../../shared/deadlines');

describe('shared/deadlines purity', () => {
  it('imports only siblings and the two pure data packages', () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      const code = source.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      const specifiers = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]);
      for (const spec of specifiers) {
        expect(spec === 'korean-lunar-calendar' || /^\.\/[\w-]+\.ts$/.test(spec ?? ''), `${file}: ${spec}`).toBe(true);
      }
      expect(code, file).not.toMatch(/new Date\(|Date\.now|process\.|window\.|document\./);
    }
  });
});
