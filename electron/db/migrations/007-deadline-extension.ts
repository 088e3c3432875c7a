import type { Migration } from './index.ts';

// 기간 연장 (민사소송법 §402의2②, 행정심판법 §45① 단서): a rule-based deadline extended once. The due date is
// recomputed from the event, so what must be stored is the fact of the extension and, when the decision wrote a
// date, that date.
export const m007DeadlineExtension: Migration = {
  version: 7,
  name: 'deadline-extension',
  up(db) {
    db.exec(`
      ALTER TABLE deadlines ADD COLUMN extended_at TEXT;      -- when the extension was recorded; null: not extended
      ALTER TABLE deadlines ADD COLUMN extended_until TEXT;   -- the date the decision set, when it set one
    `);
  },
};
