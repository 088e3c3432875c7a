import type { Migration } from './index.ts';

// 교육 실적 (issue 8): the training sessions the legal team runs, counted in the yearly report.
export const m005Education: Migration = {
  version: 5,
  name: 'education',
  up(db) {
    db.exec(`
      CREATE TABLE education_sessions (
        id INTEGER PRIMARY KEY,
        held_on TEXT NOT NULL,                                       -- 일자
        course TEXT NOT NULL CHECK (length(course) > 0),             -- 과정명
        attendees INTEGER NOT NULL CHECK (attendees >= 0),           -- 인원
        memo TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX education_sessions_held ON education_sessions (held_on);
    `);
  },
};
