import { ComingSoon } from '../../components/ComingSoon.tsx';

export function ReportsPage() {
  return (
    <ComingSoon
      title="보고서"
      items={[
        '기준일 현재 주요업무 추진실적 (소송·심판 건수, 승소율, 자문 건수, 자치법규 제·개정 건수)',
        '숫자를 누르면 집계된 사건 목록 보기',
        '보고서 DOCX · XLSX 내보내기',
      ]}
    />
  );
}
