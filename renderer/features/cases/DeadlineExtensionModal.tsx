import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { DeadlineView } from '../../../shared/cases/case-views.ts';
import { formatPeriodKo, parsePeriod } from '../../../shared/deadlines/period.ts';
import type { PeriodExtension } from '../../../shared/deadlines/extension.ts';
import { ApiError, call } from '../../api.ts';

/**
 * 기간 연장: records the decision that extended a deadline once. The date it wrote, when it wrote one, is the new
 * deadline; otherwise the app computes it from the rule and explains how.
 */
export function DeadlineExtensionModal({
  deadline,
  extension,
  onClose,
  onSaved,
}: {
  deadline: DeadlineView;
  extension: PeriodExtension;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [orderedUntil, setOrderedUntil] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      const updated = await call('deadlines:extend', { id: deadline.id, extended: true, orderedUntil });
      notifications.show({
        color: 'green',
        title: '기한을 연장했습니다',
        message: `${deadline.title}: ${deadline.dueOn} → ${updated.dueOn}`,
      });
      onSaved();
    } catch (err) {
      setError(
        err instanceof ApiError ? (err.payload.fields?.['orderedUntil'] ?? err.message) : '저장하지 못했습니다.',
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`${deadline.title} 기한 연장`} size="md">
      <form onSubmit={submit} aria-label="기한 연장" noValidate>
        <Stack>
          <Text size="sm" style={{ wordBreak: 'keep-all' }}>
            {`${extension.statute}: ${extension.grantedBy}으로 ${formatPeriodKo(parsePeriod(extension.period))} ` +
              `연장할 수 있습니다${extension.limit ? ` (${extension.limit})` : ''}. 연장은 한 번만 기록합니다.`}
          </Text>
          <Text size="sm" fw={600}>
            현재 기한 {deadline.dueOn}
          </Text>
          <TextInput
            type="date"
            label={`${extension.document}에 적힌 연장 기한`}
            description={`${extension.document}에 날짜가 있으면 입력하세요. 비워 두면 본래 말일 다음 날부터 계산합니다.`}
            value={orderedUntil}
            onChange={(e) => {
              setOrderedUntil(e.currentTarget.value);
              setError(null);
            }}
            error={error}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              닫기
            </Button>
            <Button type="submit" loading={saving}>
              연장 기록
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
