import { notifications } from '@mantine/notifications';
import type { AttachmentView } from '../../../shared/cases/attachment-views.ts';
import { call } from '../../api.ts';
import { useQuery } from '../../components/use-query.ts';

export interface Attachments {
  list: AttachmentView[] | undefined;
  /** Opens the picker; the files belong to the case, or to one of its events when `eventId` is given. */
  add: (eventId?: number) => void;
  open: (attachment: AttachmentView) => void;
  remove: (attachment: AttachmentView) => void;
}

/**
 * A case's files and what the user can do with them; shared by the 기록 rows and the 첨부 파일 panel.
 * `onChanged` runs after a file was added or removed (the case's history has a new line).
 */
export function useAttachments(caseId: number, onChanged: () => void): Attachments {
  const query = useQuery('attachments:list', { caseId }, String(caseId));

  const run = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) notifications.show({ color: 'green', message: done });
      query.reload();
      onChanged();
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  };

  return {
    list: query.data,
    add: (eventId) =>
      void run(async () => {
        const added = await call('attachments:add', { caseId, eventId: eventId ?? null });
        if (added.length > 0) notifications.show({ color: 'green', message: `${added.length}개 파일을 첨부했습니다.` });
      }),
    open: (a) =>
      void call('attachments:open', { id: a.id }).catch((e: Error) =>
        notifications.show({ color: 'red', message: e.message }),
      ),
    remove: (a) => {
      if (window.confirm(`'${a.name}' 첨부를 삭제할까요? 파일은 데이터 폴더의 휴지통(.trash)에 보관됩니다.`))
        void run(() => call('attachments:remove', { id: a.id }), '첨부를 삭제했습니다.');
    },
  };
}
