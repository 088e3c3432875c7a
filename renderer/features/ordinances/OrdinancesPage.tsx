import { ComingSoon } from '../../components/ComingSoon.tsx';

export function OrdinancesPage() {
  return (
    <ComingSoon
      title="자치법규"
      items={[
        '조례·규칙 목록과 개정 이력 관리',
        '개정안 편집과 실시간 신·구조문대비표, 개정문 자동 작성',
        '입법예고부터 공포·시행까지의 일정 관리',
        '의회 제출용 의안(DOCX) 만들기',
      ]}
    />
  );
}
