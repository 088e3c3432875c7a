/** The single ipcMain channel; the contract's `domain:verb` names travel inside it. */
export const IPC_CHANNEL = 'lexdesk:call';
