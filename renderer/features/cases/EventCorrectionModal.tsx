import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { EventView } from '../../../shared/cases/case-views.ts';
import { isServiceEvent, type AnyEventKind } from '../../../shared/cases/event-kinds.ts';
import { ApiError, call } from '../../api.ts';

/** Correcting an event's date re-dates the deadlines it started; the user sees each change. */
export function EventCorrectionModal({
  event,
  onClose,
  onSaved,
}: {
  event: EventView;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [date, setDate] = useState(event.noticeOn ?? event.occurredOn);
  const [electronic, setElectronic] = useState(event.noticeOn !== null);
  const [time, setTime] = useState(event.time ?? '');
  const [place, setPlace] = useState(event.place ?? '');
  const [memo, setMemo] = useState(event.memo ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const service = isServiceEvent(event.kind);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const result = await call('events:update', {
        id: event.id,
        kind: event.kind as AnyEventKind,
        date,
        electronicNotice: service && electronic,
        serviceMethod: service && !electronic && event.serviceMethod !== 'electronic' ? event.serviceMethod : null,
        time,
        place,
        subtype: event.subtype,
        result: event.result,
        memo,
      });
      notifications.show({
        color: result.changes.length > 0 ? 'orange' : 'green',
        title: result.changes.length > 0 ? '기한이 바뀌었습니다' : '기록을 고쳤습니다',
        message:
          result.changes.length > 0
            ? result.changes.map((c) => `${c.title}: ${c.from} → ${c.to}`).join('\n')
            : '바뀐 기한은 없습니다.',
        autoClose: result.changes.length > 0 ? false : 4000,
      });
      onSaved();
    } catch (error) {
      setErrors(
        error instanceof ApiError ? (error.payload.fields ?? { _: error.message }) : { _: '저장하지 못했습니다.' },
      );
    }
  }

  return (
    <Modal opened onClose={onClose} title={`${event.kindName} 기록 고치기`}>
      <form onSubmit={submit} aria-label="기록 고치기" noValidate>
        <Stack>
          <TextInput
            type="date"
            label={service && electronic ? '전자송달 통지일' : '날짜'}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors['date']}
          />
          {service && (
            <Checkbox
              label="전자송달 (통지일 기준)"
              checked={electronic}
              onChange={(e) => setElectronic(e.currentTarget.checked)}
            />
          )}
          <TextInput
            label="시각"
            value={time}
            onChange={(e) => setTime(e.currentTarget.value)}
            error={errors['time']}
          />
          <TextInput
            label="장소"
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            error={errors['place']}
          />
          <TextInput
            label="메모"
            value={memo}
            onChange={(e) => setMemo(e.currentTarget.value)}
            error={errors['memo']}
          />
          {errors['_'] && <Text c="red">{errors['_']}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              취소
            </Button>
            <Button type="submit">저장</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
