import { Alert, Button, Group, Pagination, Select, SegmentedControl, Stack, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CASE_KINDS, type CaseKind } from '../../../shared/cases/case-kinds.ts';
import { useQuery } from '../../components/use-query.ts';
import { CaseForm } from './CaseForm.tsx';
import { CaseList } from './CaseList.tsx';

const PAGE_SIZE = 50;

/** 사건 관리: register a case, and page through the list (newest first) with filters. */
export function CasesPage() {
  const [page, setPage] = useState(1);
  const [kind, setKind] = useState<CaseKind | null>(null);
  const [status, setStatus] = useState<'all' | 'open' | 'closed'>('all');
  const [department, setDepartment] = useState('');
  const query = {
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
    ...(kind ? { kind } : {}),
    ...(status !== 'all' ? { status } : {}),
    ...(department.trim() ? { department: department.trim() } : {}),
  };
  const list = useQuery('cases:page', query, JSON.stringify(query));
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));
  const filter =
    <T,>(set: (v: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

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
          setPage(1);
          list.reload();
        }}
      />
      <Group aria-label="목록 조건">
        <Select
          aria-label="구분으로 거르기"
          placeholder="구분 전체"
          data={CASE_KINDS.map((k) => ({ value: k.code, label: k.label }))}
          value={kind}
          onChange={(v) => filter(setKind)(v as CaseKind | null)}
          clearable
          w={160}
        />
        <SegmentedControl
          value={status}
          onChange={(v) => filter(setStatus)(v as 'all' | 'open' | 'closed')}
          data={[
            { value: 'all', label: '전체' },
            { value: 'open', label: '진행 중' },
            { value: 'closed', label: '종결' },
          ]}
        />
        <TextInput
          aria-label="담당부서로 거르기"
          placeholder="담당부서"
          value={department}
          onChange={(e) => filter(setDepartment)(e.currentTarget.value)}
          w={160}
        />
      </Group>
      {list.error && (
        <Alert color="red" title="목록을 불러오지 못했습니다">
          {list.error}
        </Alert>
      )}
      <CaseList cases={list.data?.rows ?? []} total={list.data?.total ?? 0} />
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} aria-label="쪽" />}
    </Stack>
  );
}
