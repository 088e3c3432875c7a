import { Button, Group, Paper, SimpleGrid, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { call } from '../../api.ts';
import { useQuery } from '../../components/use-query.ts';

/** 향후 계획 lines and the DOCX / XLSX exports of the same period. */
export function ExportPanel({ asOf, from }: { asOf: string; from: string | null }) {
  const settings = useQuery('settings:get', undefined);
  const [office, setOffice] = useState<string | null>(null);
  // Starts from the 기관명 in 설정 until the user types; a change here is for this export only.
  const officeValue = office ?? settings.data?.officeName ?? '';
  const [section, setSection] = useState('법무행정');
  const [plans, setPlans] = useState('');
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);

  async function exportAs(format: 'docx' | 'xlsx') {
    setBusy(format);
    try {
      const input = {
        asOf,
        from,
        plans: plans.split('\n'),
        ...(officeValue.trim() ? { office: officeValue.trim() } : {}),
        ...(section.trim() ? { sectionTitle: section.trim() } : {}),
      };
      const result = await call(format === 'docx' ? 'reports:exportDocx' : 'reports:exportXlsx', input);
      if (result.path) notifications.show({ color: 'green', message: `저장했습니다: ${result.path}` });
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder p="md" aria-label="보고서 내보내기" role="region">
      <Title order={5} mb="xs">
        보고서 내보내기
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="xs">
        <TextInput
          label="기관명"
          placeholder="○○구 (설정에서 기관명을 정할 수 있습니다)"
          value={officeValue}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setOffice(value);
          }}
        />
        <TextInput
          label="분야명"
          value={section}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setSection(value);
          }}
        />
      </SimpleGrid>
      <Textarea
        label="향후 계획 (한 줄에 하나)"
        autosize
        minRows={3}
        placeholder={'행정절차법 교육\n조례·규칙심의회 운영\n소송 송무 지도'}
        value={plans}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setPlans(value);
        }}
      />
      <Group mt="sm">
        <Button onClick={() => exportAs('docx')} loading={busy === 'docx'}>
          DOCX로 내보내기
        </Button>
        <Button variant="light" onClick={() => exportAs('xlsx')} loading={busy === 'xlsx'}>
          XLSX로 내보내기
        </Button>
      </Group>
    </Paper>
  );
}
