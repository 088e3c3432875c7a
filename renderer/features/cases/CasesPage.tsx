import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import type { CaseSummary } from '../../../shared/cases/case-schema.ts';
import { call } from '../../api.ts';
import { CaseForm } from './CaseForm.tsx';
import { CaseList } from './CaseList.tsx';

export function CasesPage() {
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(() => {
    call('cases:list', undefined).then(
      (list) => {
        setCases(list);
        setLoadError(null);
      },
      (e: Error) => setLoadError(e.message),
    );
  }, []);

  useEffect(reload, [reload]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>사건 관리</Title>
        <Button component={Link} to="/cases/import" variant="default">
          송무대장 가져오기 · 내보내기
        </Button>
      </Group>
      <CaseForm
        onCreated={(created) => {
          notifications.show({
            color: 'green',
            message: `사건을 등록했습니다: ${created.caseNumber ?? created.title}`,
          });
          reload();
        }}
      />
      {loadError && (
        <Alert color="red" title="목록을 불러오지 못했습니다">
          {loadError}
        </Alert>
      )}
      <CaseList cases={cases} />
    </Stack>
  );
}
