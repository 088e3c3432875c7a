import { notifications } from '@mantine/notifications';

/** Tells the user where an export went (or that it was cancelled / failed). */
export async function notifySaved(what: string, save: () => Promise<{ path: string | null }>): Promise<void> {
  try {
    const result = await save();
    if (result.path) notifications.show({ color: 'green', title: `${what} 저장했습니다`, message: result.path });
  } catch (e) {
    notifications.show({ color: 'red', title: `${what} 저장하지 못했습니다`, message: (e as Error).message });
  }
}
