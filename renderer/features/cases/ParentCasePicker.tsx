import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../../shared/cases/case-schema.ts';
import { call } from '../../api.ts';

type Option = { value: string; label: string };
const option = (c: Pick<CaseSummary, 'id' | 'caseNumber' | 'title'>): Option => ({
  value: String(c.id),
  label: `${c.caseNumber ?? ''} ${c.title}`.trim(),
});

interface Props {
  selfId: number;
  value: number | null;
  /** Cases to offer before the user types (the current 심급 family). */
  initial: CaseSummary[];
  onChange: (id: number | null) => void;
  error?: string | undefined;
}

/** 원심 사건: found by typing a 사건번호 or name (the same search as the header), never by loading every case. */
export function ParentCasePicker({ selfId, value, initial, onChange, error }: Props) {
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Option[]>(() => initial.filter((c) => c.id !== selfId).map(option));

  useEffect(() => {
    const text = search.trim();
    if (text.length === 0) return;
    const timer = setTimeout(() => {
      call('search:query', { text, limit: 20 }).then(
        (result) => {
          const found = result.rows.filter((c) => c.id !== selfId).map(option);
          // Keep the selected case listed so its label stays visible.
          setOptions((current) => {
            const selected = current.filter((o) => o.value === String(value));
            return [...selected, ...found.filter((o) => o.value !== String(value))];
          });
        },
        () => undefined,
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [search, selfId, value]);

  return (
    <Select
      label="원심 사건"
      placeholder="사건번호나 사건명으로 찾기"
      data={options}
      value={value ? String(value) : null}
      onChange={(v) => onChange(v ? Number(v) : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      clearable
      nothingFoundMessage={search.trim() ? '찾은 사건이 없습니다.' : undefined}
      error={error}
    />
  );
}
