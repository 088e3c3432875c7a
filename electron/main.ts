// The privileged side: one window, one IPC door, one database file. Everything else lives in plain
// Node modules (handlers, db, export) so it is testable without Electron.
import { app, BrowserWindow, dialog, ipcMain, net, Notification, protocol, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { AppError } from '../shared/errors.ts';
import { openDatabase, type OpenDatabase } from './db/open.ts';
import { schemaVersion } from './db/migrate.ts';
import { createDispatcher } from './ipc.ts';
import { electronDesktop } from './desktop.ts';
import { startReminders } from './reminders/reminder-scheduler.ts';
import { dashboardHandlers } from './handlers/dashboard.ts';
import type { HandlerContext } from './handlers/context.ts';
import { IPC_CHANNEL } from './ipc-channel.ts';
import { APP_ORIGIN, rendererFile } from './renderer-path.ts';

const devServerUrl = app.isPackaged ? undefined : process.env['VITE_DEV_SERVER_URL'];
const rendererDir = join(__dirname, '../renderer');
// The UI is served from app://lexdesk/ rather than file://: a real origin for the CSP's 'self', for module
// workers (the live 대비표) and for telling our own page from anything else.
let database: OpenDatabase | undefined;

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function isOwnPage(url: string): boolean {
  if (devServerUrl) return url.startsWith(devServerUrl);
  return url.startsWith(`${APP_ORIGIN}/`);
}

/** Serves out/renderer under app://lexdesk/, and nothing outside it. */
function serveRenderer(): void {
  protocol.handle('app', (request) => {
    const file = rendererFile(rendererDir, request.url);
    return file ? net.fetch(pathToFileURL(file).toString()) : new Response('', { status: 404 });
  });
}

function hardenSessions(): void {
  // No page may open windows, navigate away, or ask for camera/notifications-by-web/etc.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isOwnPage(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: 'LexDesk 법무행정 데스크',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

function osAccount(): string {
  try {
    return userInfo().username;
  } catch {
    return '알 수 없는 사용자';
  }
}

async function start(): Promise<void> {
  hardenSessions();
  serveRenderer();
  const dataPath = join(app.getPath('userData'), 'lexdesk.sqlite3');
  try {
    // In development (`npm start`) the addon built for Electron lives in out/native; a packaged app has it in
    // node_modules already.
    const native = join(__dirname, '../native/better_sqlite3.node');
    database = await openDatabase(dataPath, {
      backupDir: join(app.getPath('userData'), 'backups'),
      ...(!app.isPackaged && existsSync(native) ? { nativeBinding: native } : {}),
    });
  } catch (error) {
    const message =
      error instanceof AppError ? error.message : `데이터 파일을 열 수 없습니다: ${dataPath}\n${String(error)}`;
    dialog.showErrorBox('LexDesk를 시작할 수 없습니다', message);
    app.quit();
    return;
  }
  const context: HandlerContext = {
    db: database.db,
    appVersion: app.getVersion(),
    dataPath,
    schemaVersion: schemaVersion(database.sqlite),
    osUser: osAccount(),
    desktop: electronDesktop(),
    now: () => new Date().toISOString(),
    // sv-SE formats as YYYY-MM-DD in the machine's own time zone.
    today: () => new Date().toLocaleDateString('sv-SE'),
  };
  const dispatch = createDispatcher(context);
  ipcMain.handle(IPC_CHANNEL, (event, channel: unknown, input: unknown) => {
    // Answer only our own page, never a frame that navigated elsewhere.
    if (!event.senderFrame || !isOwnPage(event.senderFrame.url)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '허용되지 않은 요청입니다.' } };
    }
    return dispatch(channel, input);
  });
  const window = createWindow();
  startReminders({
    loadDashboard: () => dashboardHandlers['dashboard:get'](context, undefined),
    show: (digest) => {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title: `LexDesk — ${digest.title}`, body: digest.body });
      notification.on('click', () => {
        if (window.isMinimized()) window.restore();
        window.focus();
      });
      notification.show();
    },
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void database?.close();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && database) createWindow();
  });
  void app.whenReady().then(start);
}
