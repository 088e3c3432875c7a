import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ORDINANCE_TYPES, type OrdinanceType } from '../../../shared/ordinances/ordinance-views.ts';
import { ApiError, call } from '../../api.ts';
import { useQuery } from '../../components/use-query.ts';

/** 자치법규 등록 by paste (or a file read into the box): 제명 from the text's first line when left empty. */
function RegisterModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const [name, setName] = useState('');
  const [type, setType] = useState<OrdinanceType>('조례');
  const [department, setDepartment] = useState('');
  const [promulgatedOn, setPromulgatedOn] = useState('');
  const [promulgationNo, setPromulgationNo] = useState('');
  const [text, setText] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const guessName = (body: string) =>
    body
      .split('\n')
      .map((l) => l.replace(/^#+\s*/, '').trim())
      .find((l) => l !== '') ?? '';

  async function readFile() {
    try {
      const file = await call('ordinances:readFile', {});
      if (!file.path) return;
      setText(file.text);
      if (!name) setName(guessName(file.text));
    } catch (e) {
      setErrors({ body: (e as Error).message });
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const detail = await call('ordinances:create', {
        name: name || guessName(text),
        type,
        department,
        tags,
        revision: { revisionKind: '제정', promulgatedOn, promulgationNo, body: text },
      });
      onCreated(detail.ordinance.id);
    } catch (e) {
      if (e instanceof ApiError) {
        const fields = e.payload.fields ?? {};
        setErrors({
          ...fields,
          body: fields['revision'] ?? fields['body'] ?? (Object.keys(fields).length ? '' : e.message),
        });
      } else setErrors({ body: '저장하지 못했습니다.' });
    }
  }

  return (
    <Modal opened onClose={onClose} title="자치법규 등록" size="xl">
      <form onSubmit={submit} aria-label="자치법규 등록" noValidate>
        <Stack>
          <Group grow>
            <TextInput
              label="제명"
              placeholder="비워 두면 본문 첫 줄"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors['name']}
            />
            <Select
              label="종류"
              data={[...ORDINANCE_TYPES]}
              value={type}
              allowDeselect={false}
              onChange={(v) => v && setType(v as OrdinanceType)}
            />
          </Group>
          <Group grow>
            <TextInput
              label="소관부서"
              value={department}
              onChange={(e) => setDepartment(e.currentTarget.value)}
              error={errors['department']}
            />
            <TextInput
              type="date"
              label="최종 공포일"
              value={promulgatedOn}
              onChange={(e) => setPromulgatedOn(e.currentTarget.value)}
            />
            <TextInput
              label="공포번호"
              placeholder="예: 제1234호"
              value={promulgationNo}
              onChange={(e) => setPromulgationNo(e.currentTarget.value)}
            />
          </Group>
          <TagsInput label="태그" placeholder="예: 위원회, 수수료 (Enter로 추가)" value={tags} onChange={setTags} />
          <Textarea
            label="현행 본문"
            description="국가법령정보센터 등에서 복사한 본문을 붙여 넣거나 파일을 불러오세요."
            autosize
            minRows={10}
            maxRows={20}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errors['body']}
          />
          <Group justify="space-between">
            <Button variant="default" onClick={readFile}>
              파일 불러오기 (.txt .md .docx)
            </Button>
            <Button type="submit">등록</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function OrdinancesPage() {
  const list = useQuery('ordinances:list', undefined);
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  const [importResult, setImportResult] = useState<{
    created: number;
    failed: { file: string; message: string }[];
  } | null>(null);

  async function importFiles(folder: boolean) {
    try {
      const result = await call('ordinances:importFiles', { folder });
      if (result.created.length === 0 && result.failed.length === 0) return;
      setImportResult({ created: result.created.length, failed: result.failed });
      if (result.created.length > 0)
        notifications.show({ color: 'green', message: `${result.created.length}건을 등록했습니다.` });
      list.reload();
    } catch (e) {
      notifications.show({ color: 'red', message: (e as Error).message });
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>자치법규</Title>
        <Group>
          <Button component={Link} to="/ordinances/compare" variant="default">
            두 본문 비교
          </Button>
          <Button variant="default" onClick={() => importFiles(false)}>
            파일에서 가져오기
          </Button>
          <Button variant="default" onClick={() => importFiles(true)}>
            폴더에서 가져오기
          </Button>
          <Button onClick={() => setRegistering(true)}>새 자치법규 등록</Button>
        </Group>
      </Group>
      {importResult && importResult.failed.length > 0 && (
        <Alert
          color="orange"
          title={`${importResult.created}건 등록, ${importResult.failed.length}건 실패`}
          withCloseButton
          onClose={() => setImportResult(null)}
        >
          {importResult.failed.map((f) => (
            <Text key={f.file} size="sm">
              {f.file}: {f.message}
            </Text>
          ))}
        </Alert>
      )}
      <Paper withBorder p="md">
        {list.data?.length === 0 ? (
          <Text c="dimmed">등록된 자치법규가 없습니다. 현행 본문을 붙여 넣거나 파일에서 가져오세요.</Text>
        ) : (
          <Table aria-label="자치법규 목록" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>제명</Table.Th>
                <Table.Th>종류</Table.Th>
                <Table.Th>소관부서</Table.Th>
                <Table.Th>최종 공포</Table.Th>
                <Table.Th>시행일</Table.Th>
                <Table.Th>개정안</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data ?? []).map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/ordinances/${o.id}`}>
                      {o.name}
                    </Anchor>
                    {o.tags.map((t) => (
                      <Badge key={t} size="xs" variant="outline" ml={4}>
                        {t}
                      </Badge>
                    ))}
                  </Table.Td>
                  <Table.Td>{o.type}</Table.Td>
                  <Table.Td>{o.department ?? ''}</Table.Td>
                  <Table.Td>
                    {o.latestPromulgatedOn ?? ''} {o.latestPromulgationNo ?? ''}
                  </Table.Td>
                  <Table.Td>{o.effectiveOn ?? ''}</Table.Td>
                  <Table.Td>
                    {o.openDraftCount > 0 && <Badge variant="light">작성 중 {o.openDraftCount}</Badge>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {registering && (
        <RegisterModal
          onClose={() => setRegistering(false)}
          onCreated={(id) => {
            setRegistering(false);
            void navigate(`/ordinances/${id}`);
          }}
        />
      )}
    </Stack>
  );
}
