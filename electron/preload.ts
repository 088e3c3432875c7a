// The whole surface the page gets: one function. No ipcRenderer, no Node, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from './ipc-channel.ts';

contextBridge.exposeInMainWorld('api', {
  call: (channel: string, input?: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, channel, input),
});
