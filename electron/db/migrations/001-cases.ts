import type { Migration } from './index.ts';

export const m001Cases: Migration = {
  version: 1,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('administrative_suit', 'civil_suit', 'constitutional_suit',
                                           'family_suit', 'administrative_appeal', 'legal_opinion')),
        case_number TEXT,
        title TEXT NOT NULL CHECK (length(title) > 0),
        court TEXT,
        department TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- The same number can exist at two courts; within one court (or none) it is unique.
      CREATE UNIQUE INDEX cases_court_number ON cases (ifnull(court, ''), case_number)
        WHERE case_number IS NOT NULL;
      CREATE INDEX cases_created ON cases (created_at DESC, id DESC);
    `);
  },
};
