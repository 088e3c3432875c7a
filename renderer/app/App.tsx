import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { Shell } from './Shell.tsx';
import { theme } from './theme.ts';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { CasesPage } from '../features/cases/CasesPage.tsx';
import { CaseDetailPage } from '../features/cases/CaseDetailPage.tsx';
import { TrashPage } from '../features/cases/TrashPage.tsx';
import { LedgerImportPage } from '../features/cases/LedgerImportPage.tsx';
import { CalendarPage } from '../features/calendar/CalendarPage.tsx';
import { SearchPage } from '../features/search/SearchPage.tsx';
import { OrdinancesPage } from '../features/ordinances/OrdinancesPage.tsx';
import { OrdinanceDetailPage } from '../features/ordinances/OrdinanceDetailPage.tsx';
import { ComparePage } from '../features/ordinances/ComparePage.tsx';
import { DraftPage } from '../features/ordinances/DraftPage.tsx';
import { ReportsPage } from '../features/reports/ReportsPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';

// Hash routing: the app is loaded from a file, where path URLs would not resolve.
export function App() {
  return (
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      <HashRouter>
        <Routes>
          <Route element={<Shell />}>
            <Route index element={<Navigate to="/dashboard" replace />} />
            <Route path="/dashboard" element={<DashboardPage />} />
            <Route path="/cases" element={<CasesPage />} />
            <Route path="/cases/import" element={<LedgerImportPage />} />
            <Route path="/cases/:id" element={<CaseDetailPage />} />
            <Route path="/calendar" element={<CalendarPage />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/trash" element={<TrashPage />} />
            <Route path="/ordinances" element={<OrdinancesPage />} />
            <Route path="/ordinances/compare" element={<ComparePage />} />
            <Route path="/ordinances/:id" element={<OrdinanceDetailPage />} />
            <Route path="/drafts/:id" element={<DraftPage />} />
            <Route path="/reports" element={<ReportsPage />} />
            <Route path="/settings" element={<SettingsPage />} />
          </Route>
        </Routes>
      </HashRouter>
    </MantineProvider>
  );
}
