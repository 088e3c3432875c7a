import type { Migration } from './index.ts';

// 자치법규 registry (issue 7): each ordinance, its promulgated revisions with full text, drafts of the next
// revision with their legislative timeline, and the 의안 details the bill package needs.
export const m004Ordinances: Migration = {
  version: 4,
  name: 'ordinances',
  up(db) {
    db.exec(`
      CREATE TABLE ordinances (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),                 -- 제명
        type TEXT NOT NULL CHECK (type IN ('조례', '규칙', '훈령', '예규')),
        department TEXT,                                             -- 소관부서
        tags TEXT NOT NULL DEFAULT '[]',                             -- JSON array of strings
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX ordinances_name ON ordinances (name) WHERE deleted_at IS NULL;

      CREATE TABLE ordinance_revisions (
        id INTEGER PRIMARY KEY,
        ordinance_id INTEGER NOT NULL REFERENCES ordinances (id) ON DELETE CASCADE,
        revision_kind TEXT NOT NULL CHECK (revision_kind IN ('제정', '일부개정', '전부개정', '폐지', '타법개정')),
        promulgation_no TEXT,                                        -- 공포번호, e.g. 제1234호
        promulgated_on TEXT,                                         -- 공포일
        effective_on TEXT,                                           -- 시행일
        notice_started_on TEXT,                                      -- 입법예고 시작일 (for the yearly report)
        body TEXT NOT NULL,
        draft_id INTEGER,                                            -- the draft it came from, if any
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ordinance_revisions_ordinance ON ordinance_revisions (ordinance_id, promulgated_on);
      CREATE INDEX ordinance_revisions_promulgated ON ordinance_revisions (promulgated_on);

      CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        ordinance_id INTEGER NOT NULL REFERENCES ordinances (id) ON DELETE CASCADE,
        base_revision_id INTEGER REFERENCES ordinance_revisions (id),
        name TEXT NOT NULL CHECK (length(name) > 0),                 -- e.g. 2026년 정기 개정안
        body TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'drafting' CHECK (status IN ('drafting', 'promulgated', 'abandoned')),
        bill TEXT NOT NULL DEFAULT '{}',                             -- JSON: 의안번호, 제안이유, 주요내용, 참고사항 …
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drafts_ordinance ON drafts (ordinance_id, updated_at);

      -- One row per step of the legislative timeline: planned and actual dates.
      CREATE TABLE draft_steps (
        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        step TEXT NOT NULL,
        planned_on TEXT,
        actual_on TEXT,
        end_on TEXT,                                                 -- 입법예고 종료일
        memo TEXT,
        PRIMARY KEY (draft_id, step)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
