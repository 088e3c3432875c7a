import { Alert, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { caseKindLabel } from '../../../shared/cases/case-kinds.ts';
import { formatLedgerIssue } from '../../../shared/cases/ledger-rows.ts';
import type { LedgerPreview } from '../../../shared/contracts/ledger.ts';
import { call } from '../../api.ts';
import { formatWon } from '../../components/format.ts';
import { notifySaved } from '../../components/save-result.ts';

/** 송무대장 가져오기: choose a file, see every problem row by row, then import all rows or none. */
export function LedgerImportPage() {
  const navigate = useNavigate();
  const [preview, setPreview] = useState<LedgerPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function choose() {
    setBusy(true);
    setError(null);
    try {
      const result = await call('ledger:preview', {});
      if (result.path) setPreview(result);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function commit() {
    if (!preview?.path) return;
    setBusy(true);
    try {
      const { imported } = await call('ledger:commit', { path: preview.path });
      notifications.show({ color: 'green', message: `${imported}건을 가져왔습니다.` });
      void navigate('/cases');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Title order={2}>송무대장 가져오기 · 내보내기</Title>
      <Paper withBorder p="md">
        <Text mb="sm">
          엑셀(XLSX) 또는 CSV(UTF-8, CP949) 송무대장을 가져옵니다. 머리글: 구분, 사건번호, 법원, 사건명, 원고, 피고,
          우리측지위, 담당부서, 소송수행자, 소송대리인, 소송가액, 접수일, 결과, 선고일, 확정일, 종결일 (법률자문:
          자문유형, 요청일, 회신일). 오류가 한 행이라도 있으면 아무것도 저장하지 않습니다.
        </Text>
        <Group>
          <Button onClick={choose} loading={busy}>
            파일 선택
          </Button>
          <Button variant="default" onClick={() => notifySaved('송무대장을', () => call('ledger:export', undefined))}>
            송무대장 내보내기 (XLSX)
          </Button>
        </Group>
      </Paper>
      {error && (
        <Alert color="red" title="가져오지 못했습니다">
          {error}
        </Alert>
      )}
      {preview && (
        <Paper withBorder p="md" aria-label="가져오기 미리보기">
          <Group mb="sm">
            <Text fw={600}>{preview.path}</Text>
            <Badge variant="light">{preview.source}</Badge>
            <Text>
              전체 {preview.total}행 · 정상 {preview.valid}행 · 오류 {preview.errors.length}건
            </Text>
          </Group>
          {preview.errors.length > 0 && (
            <Alert color="red" title="다음 행을 고친 뒤 다시 선택하세요" mb="sm">
              <List size="sm" aria-label="오류 목록">
                {preview.errors.map((issue, i) => (
                  <List.Item key={i}>{formatLedgerIssue(issue)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {preview.warnings.length > 0 && (
            <Alert color="yellow" title="참고" mb="sm">
              <List size="sm">
                {preview.warnings.map((issue, i) => (
                  <List.Item key={i}>{formatLedgerIssue(issue)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Table aria-label="가져올 사건" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>행</Table.Th>
                <Table.Th>구분</Table.Th>
                <Table.Th>사건번호</Table.Th>
                <Table.Th>사건명</Table.Th>
                <Table.Th>법원</Table.Th>
                <Table.Th>소송가액</Table.Th>
                <Table.Th>결과</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.sample.map((r) => (
                <Table.Tr key={r.row}>
                  <Table.Td>{r.row}</Table.Td>
                  <Table.Td>{caseKindLabel(r.input.kind)}</Table.Td>
                  <Table.Td>{r.input.caseNumber ?? ''}</Table.Td>
                  <Table.Td>{r.input.title}</Table.Td>
                  <Table.Td>{r.input.court ?? ''}</Table.Td>
                  <Table.Td>{formatWon(r.input.claimAmount)}</Table.Td>
                  <Table.Td>{r.input.result ?? '진행 중'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {preview.valid > preview.sample.length && (
            <Text size="sm" c="dimmed" mt="xs">
              앞의 {preview.sample.length}행만 보여 줍니다.
            </Text>
          )}
          <Group justify="flex-end" mt="md">
            <Button onClick={commit} loading={busy} disabled={preview.errors.length > 0 || preview.valid === 0}>
              {preview.valid}건 가져오기
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
