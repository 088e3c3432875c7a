import type { Migration } from './index.ts';

// The full case record of issue 6: parties, people, events, deadlines, attachments, history, trash,
// holidays and settings. Dates are ISO `YYYY-MM-DD` text, timestamps UTC ISO, money integer 원.
export const m002CaseRecords: Migration = {
  version: 2,
  name: 'case-records',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN instance INTEGER CHECK (instance BETWEEN 1 AND 3);        -- 심급
      ALTER TABLE cases ADD COLUMN parent_case_id INTEGER REFERENCES cases (id);              -- 원심
      ALTER TABLE cases ADD COLUMN division TEXT;                                             -- 재판부
      ALTER TABLE cases ADD COLUMN ward_side TEXT;                                            -- 우리측 지위
      ALTER TABLE cases ADD COLUMN claim_amount INTEGER CHECK (claim_amount >= 0);            -- 소송가액 (원)
      ALTER TABLE cases ADD COLUMN filed_on TEXT;                                             -- 접수일 / 청구일 / 요청일
      ALTER TABLE cases ADD COLUMN result TEXT;                                               -- 승소, 패소, 인용 …
      ALTER TABLE cases ADD COLUMN decided_on TEXT;                                           -- 선고일 / 재결일 / 회신일
      ALTER TABLE cases ADD COLUMN finalized_on TEXT;                                         -- 확정일
      ALTER TABLE cases ADD COLUMN closed_on TEXT;                                            -- 종결일
      ALTER TABLE cases ADD COLUMN opinion_type TEXT CHECK (opinion_type IN ('external', 'internal'));
      ALTER TABLE cases ADD COLUMN question TEXT;                                             -- 자문 질의 요지
      ALTER TABLE cases ADD COLUMN answer TEXT;                                               -- 회신 요지
      ALTER TABLE cases ADD COLUMN cost_amount INTEGER CHECK (cost_amount >= 0);              -- 소송비용 / 자문료
      ALTER TABLE cases ADD COLUMN award_amount INTEGER;                                      -- 판결금
      ALTER TABLE cases ADD COLUMN memo TEXT;
      ALTER TABLE cases ADD COLUMN deleted_at TEXT;                                           -- 휴지통
      CREATE INDEX cases_parent ON cases (parent_case_id);
      CREATE INDEX cases_live_kind ON cases (deleted_at, kind, filed_on);

      -- Reusable people and firms: 소송수행자 (officials), 소송대리인 / 고문변호사 (lawyers, firms).
      CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('official', 'lawyer', 'firm')),
        name TEXT NOT NULL CHECK (length(name) > 0),
        organization TEXT,
        phone TEXT,
        email TEXT,
        memo TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX people_identity ON people (kind, name, ifnull(organization, ''));

      CREATE TABLE case_people (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people (id),
        role TEXT NOT NULL CHECK (role IN ('performer', 'attorney', 'advisor')),
        PRIMARY KEY (case_id, person_id, role)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_people_person ON case_people (person_id);

      CREATE TABLE parties (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        side TEXT NOT NULL,            -- 원고, 피고, 청구인, 피청구인, 항소인 …
        name TEXT NOT NULL CHECK (length(name) > 0),
        is_ward INTEGER NOT NULL DEFAULT 0 CHECK (is_ward IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX parties_case ON parties (case_id, position);

      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,            -- service, hearing, filing, decision …
        subtype TEXT,                  -- 판결 송달, 변론기일, 답변서 …
        occurred_on TEXT NOT NULL,     -- the effective date (deemed-service date for 전자송달)
        notice_on TEXT,                -- 전자송달 notice date
        service_method TEXT CHECK (service_method IN ('electronic', 'mail', 'personal', 'other')),
        time TEXT,                     -- HH:MM for hearings
        place TEXT,
        result TEXT,
        amount INTEGER,
        memo TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_case ON events (case_id, occurred_on);
      CREATE INDEX events_date ON events (occurred_on, kind);

      CREATE TABLE deadlines (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        event_id INTEGER REFERENCES events (id) ON DELETE CASCADE,   -- null: a custom deadline
        rule_id TEXT,                                                -- null: a custom deadline
        title TEXT NOT NULL,
        due_on TEXT NOT NULL,
        raw_end TEXT,
        explanation TEXT,
        provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1)),
        remind_days INTEGER NOT NULL DEFAULT 3 CHECK (remind_days >= 0),
        assignee TEXT,
        done_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX deadlines_open_due ON deadlines (done_at, due_on);
      CREATE INDEX deadlines_case ON deadlines (case_id, due_on);
      CREATE INDEX deadlines_event ON deadlines (event_id);

      CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
        original_name TEXT NOT NULL,
        stored_name TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX attachments_case ON attachments (case_id);

      -- Every change to a record: who, when, old and new values (JSON {field: [old, new]}).
      CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
        changes TEXT NOT NULL DEFAULT '{}',
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX history_case ON history (case_id, changed_at);

      -- 공휴일 as data: official (bundled, versioned), user (임시공휴일), provisional (computed, 미확정).
      CREATE TABLE holidays (
        date TEXT NOT NULL,
        name TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('official', 'user', 'provisional')),
        data_version TEXT,
        PRIMARY KEY (date, name)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
