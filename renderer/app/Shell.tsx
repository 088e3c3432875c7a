import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';

const SECTIONS = [
  { to: '/dashboard', label: '대시보드', hint: '다가오는 기한 · 기일' },
  { to: '/cases', label: '사건 관리', hint: '소송 · 행정심판 · 법률자문' },
  { to: '/ordinances', label: '자치법규', hint: '조례 · 규칙 입안' },
  { to: '/reports', label: '보고서', hint: '추진실적 · 통계' },
  { to: '/settings', label: '설정', hint: '사용자 · 데이터' },
  { to: '/trash', label: '휴지통', hint: '삭제한 사건 복원' },
];

export function Shell() {
  const location = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" gap="xs">
          <Title order={3}>LexDesk</Title>
          <Text c="dimmed">법무행정 데스크</Text>
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
