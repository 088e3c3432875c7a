import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Grep-level guards for the Electron security baseline (docs/architecture.md), so a refactor
// cannot quietly switch one off.
const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('Electron security baseline', () => {
  it('creates the window sandboxed and isolated, without Node', () => {
    const main = read('electron/main.ts');
    expect(main).toMatch(/contextIsolation:\s*true/);
    expect(main).toMatch(/sandbox:\s*true/);
    expect(main).toMatch(/nodeIntegration:\s*false/);
    expect(main).toMatch(/webSecurity:\s*true/);
    expect(main).not.toMatch(/webSecurity:\s*false|sandbox:\s*false|contextIsolation:\s*false|nodeIntegration:\s*true/);
    expect(main).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(main).toMatch(/'will-navigate'/);
    expect(main).toMatch(/requestSingleInstanceLock\(\)/);
    // Served from its own app:// origin, never straight from file://.
    expect(main).toMatch(/loadURL\(devServerUrl \?\? `\$\{APP_ORIGIN\}\/index.html`\)/);
    expect(main).not.toMatch(/loadFile\(/);
  });

  it('has a strict CSP with no remote origins', () => {
    const html = read('renderer/index.html');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('uses ipcRenderer only in the preload, which exposes one function', () => {
    const users = ['electron', 'renderer', 'shared']
      .flatMap(sourceFiles)
      .filter((file) => read(file).includes('ipcRenderer'))
      .map((file) => relative(root, join(root, file)));
    expect(users).toEqual(['electron/preload.ts']);
    const preload = read('electron/preload.ts');
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
  });

  it('packages with the fuses on and better-sqlite3 outside the asar', () => {
    const builder = read('electron-builder.yml');
    expect(builder).toMatch(/runAsNode:\s*false/);
    expect(builder).toMatch(/onlyLoadAppFromAsar:\s*true/);
    expect(builder).toMatch(/enableCookieEncryption:\s*true/);
    expect(builder).toMatch(/enableEmbeddedAsarIntegrityValidation:\s*true/);
    expect(builder).toMatch(/asarUnpack:[\s\S]*better-sqlite3/);
  });

  it('never rebuilds native modules for Electron on install (that breaks the Node tests)', () => {
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    expect(scripts['postinstall'] ?? '').not.toMatch(/install-app-deps/);
    expect(scripts['prepare'] ?? '').not.toMatch(/install-app-deps/);
  });
});
