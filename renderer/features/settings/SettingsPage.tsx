import { Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { PERSON_KINDS, personInputSchema } from '../../../shared/cases/person-schema.ts';
import { AMENDMENT_STYLE_LABELS, AMENDMENT_STYLES, type UserSettings } from '../../../shared/contracts/settings.ts';
import { fieldErrors } from '../../../shared/validation.ts';
import { ApiError, call } from '../../api.ts';
import { useQuery } from '../../components/use-query.ts';
import { HolidaysSection } from './HolidaysSection.tsx';

/** One saved setting: a text field and its 저장 button. */
function SettingForm({
  field,
  label,
  placeholder,
  formLabel,
}: {
  field: 'userName' | 'officeName';
  label: string;
  placeholder: (settings: UserSettings) => string;
  formLabel: string;
}) {
  const settings = useQuery('settings:get', undefined);
  const [value, setValue] = useState('');
  useEffect(() => setValue(settings.data?.[field] ?? ''), [settings.data, field]);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await call('settings:update', { [field]: value });
      notifications.show({ color: 'green', message: '저장했습니다.' });
      settings.reload();
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  }

  return (
    <form onSubmit={save} aria-label={formLabel}>
      <Group align="flex-end">
        <TextInput
          label={label}
          placeholder={settings.data ? placeholder(settings.data) : ''}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          w={420}
        />
        <Button type="submit">저장</Button>
      </Group>
    </form>
  );
}

/** How this office joins the clauses of a 개정문: every 개정문 the app writes follows it. */
function AmendmentStyleForm() {
  const settings = useQuery('settings:get', undefined);
  async function choose(value: string | null) {
    const style = AMENDMENT_STYLES.find((s) => s === value);
    if (!style) return;
    try {
      await call('settings:update', { amendmentStyle: style });
      notifications.show({ color: 'green', message: '저장했습니다.' });
      settings.reload();
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  }
  return (
    <Select
      label="개정문 문장 잇기 (기관이 공포하는 방식대로)"
      aria-label="개정문 문장 잇기"
      w={520}
      allowDeselect={false}
      data={AMENDMENT_STYLES.map((s) => ({ value: s, label: AMENDMENT_STYLE_LABELS[s] }))}
      value={settings.data?.amendmentStyle ?? null}
      onChange={(v) => void choose(v)}
    />
  );
}

type PersonKind = 'official' | 'lawyer' | 'firm';

function PeopleSection() {
  const people = useQuery('people:list', undefined);
  const [values, setValues] = useState({
    kind: 'lawyer' as PersonKind,
    name: '',
    organization: '',
    phone: '',
    email: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function add(event: FormEvent) {
    event.preventDefault();
    const parsed = personInputSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    try {
      await call('people:create', values);
      setValues({ ...values, name: '', organization: '', phone: '', email: '' });
      setErrors({});
      people.reload();
    } catch (e) {
      setErrors(e instanceof ApiError ? (e.payload.fields ?? { name: e.message }) : { name: '저장하지 못했습니다.' });
    }
  }

  return (
    <Stack>
      <form onSubmit={add} aria-label="사람·법무법인 등록" noValidate>
        <SimpleGrid cols={{ base: 2, md: 6 }}>
          <Select
            label="구분"
            data={PERSON_KINDS.map((k) => ({ value: k.code, label: k.label }))}
            value={values.kind}
            allowDeselect={false}
            onChange={(v) => v && setValues({ ...values, kind: v as PersonKind })}
          />
          <TextInput
            label="이름"
            value={values.name}
            onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
            error={errors['name']}
          />
          <TextInput
            label="소속"
            value={values.organization}
            onChange={(e) => setValues({ ...values, organization: e.currentTarget.value })}
          />
          <TextInput
            label="전화"
            value={values.phone}
            onChange={(e) => setValues({ ...values, phone: e.currentTarget.value })}
          />
          <TextInput
            label="전자우편"
            value={values.email}
            onChange={(e) => setValues({ ...values, email: e.currentTarget.value })}
          />
          <Button type="submit" mt="xl">
            등록
          </Button>
        </SimpleGrid>
      </form>
      <Table aria-label="사람·법무법인 목록">
        <Table.Tbody>
          {(people.data ?? []).map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{PERSON_KINDS.find((k) => k.code === p.kind)?.label}</Table.Td>
              <Table.Td>{p.name}</Table.Td>
              <Table.Td>{p.organization ?? ''}</Table.Td>
              <Table.Td>{p.phone ?? ''}</Table.Td>
              <Table.Td>{p.email ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function SettingsPage() {
  const info = useQuery('app:info', undefined);
  return (
    <Stack>
      <Title order={2}>설정</Title>
      <Paper withBorder p="lg">
        <Title order={4} mb="sm">
          사용자
        </Title>
        <Stack>
          <SettingForm
            field="userName"
            formLabel="사용자"
            label="사용자 이름 (변경 이력에 기록됩니다)"
            placeholder={(s) => `비워 두면 컴퓨터 계정(${s.osUser})을 씁니다`}
          />
          <SettingForm
            field="officeName"
            formLabel="기관"
            label="기관명 (보고서 제목에 씁니다)"
            placeholder={() => '예: 마포구 — 비워 두면 ○○구'}
          />
          <AmendmentStyleForm />
        </Stack>
      </Paper>
      <Paper withBorder p="lg">
        <Title order={4} mb="sm">
          사람·법무법인 (소송수행자, 소송대리인, 고문변호사)
        </Title>
        <PeopleSection />
      </Paper>
      <Paper withBorder p="lg">
        <Title order={4} mb="sm">
          공휴일
        </Title>
        {info.data && <HolidaysSection initialYear={Number(info.data.today.slice(0, 4))} />}
      </Paper>
      <Paper withBorder p="lg">
        <Title order={4} mb="sm">
          데이터
        </Title>
        {info.error && <Text c="red">{info.error}</Text>}
        {info.data && (
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={180}>프로그램 버전</Table.Th>
                <Table.Td>{info.data.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>데이터 파일</Table.Th>
                <Table.Td>{info.data.dataPath}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>데이터 버전</Table.Th>
                <Table.Td>{info.data.schemaVersion}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
