// Runs the real, built renderer in Debian's Chromium with `window.api.call` wired to the same dispatcher
// and handlers that ipcMain uses, over a real temporary SQLite file. Only Electron itself is missing.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher } from '../../electron/ipc.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { fakeDesktop, testContext, type FakeDesktop } from '../helpers/handler-context.ts';

export const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Builds the renderer exactly as `npm run build` does, into a temp folder. */
export async function buildRenderer(outDir: string): Promise<void> {
  // mode 'production' explicitly: vitest sets NODE_ENV=test, which would otherwise give React's development build.
  await build({
    configFile: 'vite.config.ts',
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

function serveStatic(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
    const file = join(root, path === '' ? 'index.html' : path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export interface App {
  page: Page;
  url: string;
  database: OpenDatabase;
  /** The OS dialogs: set `picks` before an action that opens files; `saved` lists what exports wrote. */
  desktop: FakeDesktop;
  /** Closes the page and database, then reopens both on the same file: an app restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The main side's clock (and so its "today"), e.g. Date.parse('2024-09-20T00:00:00Z'). */
  now?: number;
}

export async function launchApp(options: LaunchOptions = {}): Promise<App> {
  const temp = makeTempDir('lexdesk-e2e-');
  const webRoot = join(temp.dir, 'renderer');
  const dbFile = join(temp.dir, 'userData', 'lexdesk.sqlite3');
  await buildRenderer(webRoot);
  const server = await serveStatic(webRoot);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });

  const app = { desktop: fakeDesktop(temp.dir) } as App;
  const open = async () => {
    app.database = await openDatabase(dbFile);
    const dispatch = createDispatcher(testContext(app.database, options.now ?? Date.now(), app.desktop));
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ko-KR' });
    // Same shape as electron/preload.ts exposes.
    await context.exposeFunction('__lexdeskDispatch', (channel: unknown, input: unknown) => dispatch(channel, input));
    // A string, not a function: transpilers (tsx keeps names) may wrap functions in helpers the page lacks.
    await context.addInitScript(`
      Object.defineProperty(window, 'api', {
        value: Object.freeze({ call: (channel, input) => window.__lexdeskDispatch(channel, input) }),
      });
    `);
    // Generous: the CI machine is slower than this one, and a wait that passes late is not a bug.
    context.setDefaultTimeout(20_000);
    app.page = await context.newPage();
    app.page.on('pageerror', (error) => console.error('[renderer]', error));
    await app.page.goto(url);
  };
  await open();
  app.url = url;
  app.restart = async () => {
    await app.page.context().close();
    await app.database.close();
    await open();
  };
  app.close = async () => {
    await browser.close();
    await app.database.close();
    await new Promise((resolve) => server.close(resolve));
    temp.cleanup();
  };
  return app;
}
