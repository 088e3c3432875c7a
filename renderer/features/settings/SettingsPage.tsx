import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract.ts';
import { call } from '../../api.ts';

export function SettingsPage() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('app:info', undefined).then(setInfo, (e: Error) => setError(e.message));
  }, []);

  return (
    <Stack>
      <Title order={2}>설정</Title>
      <Paper withBorder p="lg">
        <Title order={4} mb="sm">
          데이터
        </Title>
        {error && <Text c="red">{error}</Text>}
        {info && (
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={180}>프로그램 버전</Table.Th>
                <Table.Td>{info.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>데이터 파일</Table.Th>
                <Table.Td>{info.dataPath}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>데이터 버전</Table.Th>
                <Table.Td>{info.schemaVersion}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        <Text c="dimmed" size="sm" mt="sm">
          사용자 이름, 글꼴, 공휴일 관리 등은 다음 버전에서 추가됩니다.
        </Text>
      </Paper>
    </Stack>
  );
}
