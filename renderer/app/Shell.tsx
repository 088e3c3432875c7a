import { AppShell, Group, NavLink, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';

const SECTIONS = [
  { to: '/dashboard', label: '대시보드', hint: '다가오는 기한 · 기일' },
  { to: '/cases', label: '사건 관리', hint: '소송 · 행정심판 · 법률자문' },
  { to: '/calendar', label: '일정', hint: '달력 · 기한 관리대장' },
  { to: '/ordinances', label: '자치법규', hint: '조례 · 규칙 입안' },
  { to: '/reports', label: '보고서', hint: '추진실적 · 통계' },
  { to: '/settings', label: '설정', hint: '사용자 · 데이터' },
  { to: '/trash', label: '휴지통', hint: '삭제한 사건 복원' },
];

function SearchBox() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) void navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  return (
    <form onSubmit={submit} role="search" aria-label="전체 검색">
      <TextInput
        placeholder="사건번호, 당사자, 사건명, 자문 질의, 메모, 첨부파일 검색"
        aria-label="검색어"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        w={420}
      />
    </form>
  );
}

export function Shell() {
  const location = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={3}>LexDesk</Title>
            <Text c="dimmed">법무행정 데스크</Text>
          </Group>
          <SearchBox />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="주 메뉴">
        {SECTIONS.map((s) => (
          <NavLink
            key={s.to}
            component={RouterLink}
            to={s.to}
            label={s.label}
            description={s.hint}
            active={location.pathname.startsWith(s.to)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
