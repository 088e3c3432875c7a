import type { Migration } from './index.ts';

// 지휘 (cases.md §1): in a 국가소송 or a 행정소송 on delegated state business the ward acts under the
// 검찰청's direction, and an appeal or its waiver needs the 검찰청's approval. Free text, e.g.
// `서울고등검찰청 지휘 · 2024. 10. 1. 항소 승인`.
export const m006Direction: Migration = {
  version: 6,
  name: 'direction',
  up(db) {
    db.exec(`ALTER TABLE cases ADD COLUMN direction TEXT;`);
  },
};
