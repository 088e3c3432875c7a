import type { Migration } from './index.ts';

// Search (issue 6). Every live case has one flattened document in `case_search`, one column per kind of
// text a user looks for; `case_search_fts` is an external-content FTS5 trigram index over it. Triggers on every
// table that feeds the document rebuild it, so each write path of the app (handlers, imports, the CLI) keeps
// search right without calling anything. Cases in the 휴지통 have no document: deleting removes it, restoring
// rebuilds it.

/** Document columns in bm25-weight order; electron/db/search/ maps them to the labels users see. */
export const SEARCH_COLUMNS = [
  'number',
  'title',
  'parties',
  'people',
  'opinion',
  'memo',
  'attachments',
  'records',
] as const;

const list = SEARCH_COLUMNS.join(', ');

/**
 * Two trailing spaces end every column, so every character of the text starts at least one trigram: a 1–2
 * character term is then found through the index by listing the trigrams it begins (case_search_vocab).
 */
const pad = (expr: string) => `${expr} || '  '`;

/** Upserts the document of every live case matching `where` (over `c`); unchanged documents are not rewritten. */
function rebuildWhere(where: string): string {
  return `
    INSERT INTO case_search (case_id, ${list})
    SELECT c.id,
      -- 사건번호 (and its compact form when typed with spaces) with the court: how cases are cited.
      ${pad(`trim(ifnull(c.case_number, '')
        || CASE WHEN instr(c.case_number, ' ') > 0 THEN ' ' || replace(c.case_number, ' ', '') ELSE '' END
        || ' ' || ifnull(c.court, '') || ' ' || ifnull(c.division, ''))`)},
      ${pad('c.title')},
      ${pad(`ifnull((SELECT group_concat(p.name, ', ') FROM parties p WHERE p.case_id = c.id), '')`)},
      ${pad(`trim(ifnull(c.department, '') || ' ' || ifnull((
        SELECT group_concat(pe.name || ifnull(' (' || pe.organization || ')', ''), ', ')
        FROM case_people cp JOIN people pe ON pe.id = cp.person_id WHERE cp.case_id = c.id), ''))`)},
      ${pad(`trim(ifnull(c.question, '') || ' ' || ifnull(c.answer, ''))`)},
      ${pad(`ifnull(c.memo, '')`)},
      ${pad(`ifnull((SELECT group_concat(a.original_name, ' ') FROM attachments a WHERE a.case_id = c.id), '')`)},
      ${pad(`ifnull((SELECT group_concat(trim(ifnull(e.subtype, '') || ' ' || ifnull(e.place, '') || ' '
                || ifnull(e.result, '') || ' ' || ifnull(e.memo, '')), ' ')
              FROM events e WHERE e.case_id = c.id
                AND coalesce(e.subtype, e.place, e.result, e.memo) IS NOT NULL), '')`)}
    FROM cases c
    WHERE c.deleted_at IS NULL AND (${where})
    ON CONFLICT (case_id) DO UPDATE SET
      ${SEARCH_COLUMNS.map((col) => `${col} = excluded.${col}`).join(', ')}
    WHERE ${SEARCH_COLUMNS.map((col) => `${col} IS NOT excluded.${col}`).join(' OR ')};`;
}

/**
 * Bulk writers (the 송무대장 import) set the one row of `search_deferred` while they insert, then touch each new
 * case once (see electron/db/search/deferred-indexing.ts): one document build per case instead of one per row.
 */
const NOT_DEFERRED = 'WHEN NOT EXISTS (SELECT 1 FROM search_deferred)';

/** AFTER INSERT / UPDATE / DELETE triggers on a child table whose rows carry `case_id`. */
function childTriggers(table: string, updateOf: string): string {
  return `
    CREATE TRIGGER ${table}_search_ai AFTER INSERT ON ${table} ${NOT_DEFERRED} BEGIN
      ${rebuildWhere('c.id = new.case_id')}
    END;
    CREATE TRIGGER ${table}_search_au AFTER UPDATE OF ${updateOf} ON ${table} BEGIN
      ${rebuildWhere('c.id IN (old.case_id, new.case_id)')}
    END;
    CREATE TRIGGER ${table}_search_ad AFTER DELETE ON ${table} BEGIN
      ${rebuildWhere('c.id = old.case_id')}
    END;`;
}

const ftsValues = (row: 'new' | 'old') => SEARCH_COLUMNS.map((col) => `${row}.${col}`).join(', ');

export const m003Search: Migration = {
  version: 3,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE search_deferred (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;
      CREATE TABLE case_search (
        case_id INTEGER PRIMARY KEY,
        ${SEARCH_COLUMNS.map((col) => `${col} TEXT NOT NULL`).join(',\n        ')}
      ) STRICT;
      ${rebuildWhere('1')}

      -- case_sensitive 0: 'ABC' finds 'abc'; remove_diacritics 0: Hangul and Hanja stay exactly as typed.
      CREATE VIRTUAL TABLE case_search_fts USING fts5(
        ${list},
        content = 'case_search', content_rowid = 'case_id',
        tokenize = 'trigram case_sensitive 0 remove_diacritics 0'
      );
      INSERT INTO case_search_fts (case_search_fts) VALUES ('rebuild');
      -- The index's trigrams, searchable by range: how 1–2 character terms use the index (electron/db/search/).
      CREATE VIRTUAL TABLE case_search_vocab USING fts5vocab(case_search_fts, 'row');
      -- ORDER BY rank: a hit in the 사건번호 outweighs one in 사건명, which outweighs one in a memo.
      INSERT INTO case_search_fts (case_search_fts, rank) VALUES ('rank', 'bm25(10, 5, 4, 3, 2, 1, 2, 1)');

      -- The external-content protocol: the index is told the old values to remove and the new to add.
      CREATE TRIGGER case_search_fts_ai AFTER INSERT ON case_search BEGIN
        INSERT INTO case_search_fts (rowid, ${list}) VALUES (new.case_id, ${ftsValues('new')});
      END;
      CREATE TRIGGER case_search_fts_ad AFTER DELETE ON case_search BEGIN
        INSERT INTO case_search_fts (case_search_fts, rowid, ${list}) VALUES ('delete', old.case_id, ${ftsValues('old')});
      END;
      CREATE TRIGGER case_search_fts_au AFTER UPDATE ON case_search BEGIN
        INSERT INTO case_search_fts (case_search_fts, rowid, ${list}) VALUES ('delete', old.case_id, ${ftsValues('old')});
        INSERT INTO case_search_fts (rowid, ${list}) VALUES (new.case_id, ${ftsValues('new')});
      END;

      CREATE TRIGGER cases_search_ai AFTER INSERT ON cases ${NOT_DEFERRED} BEGIN
        ${rebuildWhere('c.id = new.id')}
      END;
      CREATE TRIGGER cases_search_au
        AFTER UPDATE OF case_number, title, court, division, department, question, answer, memo, deleted_at ON cases
      BEGIN
        DELETE FROM case_search WHERE case_id = new.id AND new.deleted_at IS NOT NULL;
        ${rebuildWhere('c.id = new.id')}
      END;
      CREATE TRIGGER cases_search_ad AFTER DELETE ON cases BEGIN
        DELETE FROM case_search WHERE case_id = old.id;
      END;
      ${childTriggers('parties', 'case_id, name')}
      ${childTriggers('case_people', 'case_id, person_id')}
      ${childTriggers('attachments', 'case_id, original_name')}
      ${childTriggers('events', 'case_id, subtype, place, result, memo')}
      CREATE TRIGGER people_search_au AFTER UPDATE OF name, organization ON people BEGIN
        ${rebuildWhere('c.id IN (SELECT case_id FROM case_people WHERE person_id = new.id)')}
      END;

      -- An exact 사건번호 ranks first: find it without scanning (cases_court_number leads with the court).
      CREATE INDEX cases_number ON cases (case_number) WHERE case_number IS NOT NULL;

      -- 002's (deleted_at, kind, filed_on) leads with a column nearly always NULL; without ANALYZE statistics the
      -- planner takes "deleted_at IS NULL" for a selective lookup and drives the dashboard, the list and its
      -- counts through it (0.1–0.7 s at 100,000 cases). Partial indexes serve live cases instead; the 휴지통
      -- gets its own.
      DROP INDEX cases_live_kind;
      CREATE INDEX cases_trash ON cases (deleted_at) WHERE deleted_at IS NOT NULL;
      -- cases:page walks live cases newest first, optionally by 구분 or 담당부서, and stops after one page.
      CREATE INDEX cases_live_created ON cases (created_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX cases_live_kind_created ON cases (kind, created_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX cases_live_department_created ON cases (department, created_at DESC, id DESC)
        WHERE deleted_at IS NULL;
      -- Open cases (no 결과, no 종결일): the 진행 중 filter and the dashboard's "다음 조치 없음" list.
      CREATE INDEX cases_open_created ON cases (created_at, id)
        WHERE deleted_at IS NULL AND result IS NULL AND closed_on IS NULL;
      CREATE INDEX cases_open_department ON cases (department)
        WHERE deleted_at IS NULL AND result IS NULL AND closed_on IS NULL;
      -- "Has an open deadline?" per case, without reading the case's done ones.
      CREATE INDEX deadlines_open_case ON deadlines (case_id) WHERE done_at IS NULL;
    `);
  },
};
