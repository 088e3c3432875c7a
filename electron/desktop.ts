// The DesktopPort of the real app: Electron's native dialogs and shell.
import { app, BrowserWindow, dialog, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DesktopPort } from './handlers/context.ts';

export function electronDesktop(): DesktopPort {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    async saveFile(suggestedName, data, filters) {
      const window = parent();
      const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeFile(result.filePath, data);
      return result.filePath;
    },
    async pickFiles(filters, multiple) {
      const window = parent();
      const options = {
        filters,
        properties: multiple ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const),
      };
      const result = window
        ? await dialog.showOpenDialog(window, { ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      return result.canceled ? [] : result.filePaths;
    },
    async pickFolder() {
      const window = parent();
      const options = { properties: ['openDirectory' as const] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openPath(path) {
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },
  };
}
