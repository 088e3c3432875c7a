import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate.ts';
import { migrations } from '../../electron/db/migrations/index.ts';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import { caseInputSchema, type CaseRecord } from '../../shared/cases/case-schema.ts';
import { insertCase } from '../../electron/db/repositories/cases.ts';
import { withDeferredSearchIndexing } from '../../electron/db/search/deferred-indexing.ts';
import type { PersonView } from '../../shared/cases/case-views.ts';
import type { SearchResult } from '../../shared/cases/search-views.ts';
import { testContext } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { ok } from '../helpers/dispatch.ts';

let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
beforeEach(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  dispatch = createDispatcher(testContext(database));
});
afterEach(async () => {
  await database.close();
  temp.cleanup();
});

const search = (text: string) => ok<SearchResult>(dispatch('search:query', { text }));
const ids = async (text: string) => (await search(text)).rows.map((r) => r.id);

const suit = {
  kind: 'administrative_suit',
  caseNumber: '2024구합12345',
  title: '건축허가취소처분 취소',
  court: '서울행정법원',
  department: '건축과',
  parties: [
    { side: '원고', name: '김민수', isWard: false },
    { side: '피고', name: '서울특별시 마포구청장', isWard: true },
  ],
  memo: '현장 사진은 벚꽃길 입구에서 촬영',
};
const opinion = {
  kind: 'legal_opinion',
  title: '도로점용허가 갱신 여부',
  department: '도로과',
  question: '노점상 도로점용허가를 갱신하지 않을 수 있는지',
  answer: '재량행위로서 갱신 거부 가능',
};
const civil = {
  kind: 'civil_suit',
  caseNumber: '2023가단5678',
  title: '손해배상(기)',
  court: '서울서부지방법원',
  department: '도로과',
  parties: [{ side: '원고', name: '이영희', isWard: false }],
};

async function seed(): Promise<{ suit: CaseRecord; opinion: CaseRecord; civil: CaseRecord }> {
  return {
    suit: await ok<CaseRecord>(dispatch('cases:create', suit)),
    opinion: await ok<CaseRecord>(dispatch('cases:create', opinion)),
    civil: await ok<CaseRecord>(dispatch('cases:create', civil)),
  };
}

describe('search:query', () => {
  it('finds a case by a 2-character fragment of a party name, with the hit highlighted', async () => {
    const { suit } = await seed();
    const result = await search('김민');
    expect(result.rows.map((r) => r.id)).toEqual([suit.id]);
    expect(result.total).toBe(1);
    expect(result.rows[0]).toMatchObject({
      caseNumber: '2024구합12345',
      title: '건축허가취소처분 취소',
      court: '서울행정법원',
      department: '건축과',
      deletedAt: null,
      kind: 'administrative_suit',
      matchedIn: ['당사자'],
    });
    expect(result.rows[0]?.snippet).toBe('【김민】수, 서울특별시 마포구청장');
    // The end of a name is found as well as its start (every column ends in the padding migration 003 adds).
    expect(await ids('민수')).toEqual([suit.id]);
    expect(await ids('영희')).toHaveLength(1);
  });

  it('finds a 사건번호 by a fragment and ranks the exact number first', async () => {
    const { suit } = await seed();
    const other = await ok<CaseRecord>(
      dispatch('cases:create', { ...suit, caseNumber: '2024구합123456', title: '영업정지처분 취소', parties: [] }),
    );
    expect(new Set(await ids('구합123'))).toEqual(new Set([suit.id, other.id]));
    expect(await ids('2024구합123456')).toEqual([other.id]);
    const exact = await search('2024구합12345');
    expect(exact.rows.map((r) => r.id)).toEqual([suit.id, other.id]);
    expect(exact.rows[0]?.snippet).toBe('【2024구합12345】 서울행정법원');
    expect(exact.rows[0]?.matchedIn).toEqual(['사건번호']);
    // Typed with spaces, as people read numbers aloud.
    expect((await ids('2024 구합 12345'))[0]).toBe(suit.id);
  });

  it('finds a word of the 사건명, the 자문 질의, the memo and a 담당부서', async () => {
    const { suit, opinion } = await seed();
    expect(await ids('허가취소')).toEqual([suit.id]);
    const byQuestion = await search('노점상');
    expect(byQuestion.rows.map((r) => r.id)).toEqual([opinion.id]);
    expect(byQuestion.rows[0]?.matchedIn).toEqual(['자문']);
    expect(byQuestion.rows[0]?.snippet).toBe(
      '【노점상】 도로점용허가를 갱신하지 않을 수 있는지 재량행위로서 갱신 거부 가…',
    );
    const byMemo = await search('벚꽃길');
    expect(byMemo.rows.map((r) => r.id)).toEqual([suit.id]);
    expect(byMemo.rows[0]?.matchedIn).toEqual(['메모']);
    expect(new Set(await ids('도로과'))).toEqual(new Set([opinion.id, (await ids('손해배상'))[0]]));
  });

  it('finds linked people and follows a renamed person', async () => {
    const { suit } = await seed();
    const lawyer = await ok<PersonView>(
      dispatch('people:create', { kind: 'lawyer', name: '박정의', organization: '법무법인 한결' }),
    );
    await ok(dispatch('cases:update', { ...suit, id: suit.id, people: [{ personId: lawyer.id, role: 'attorney' }] }));
    const result = await search('법무법인 한결');
    expect(result.rows.map((r) => r.id)).toEqual([suit.id]);
    expect(result.rows[0]?.matchedIn).toEqual(['담당자']);
    database.sqlite.prepare("UPDATE people SET name = '박정직' WHERE id = ?").run(lawyer.id);
    expect(await ids('박정의')).toEqual([]);
    expect(await ids('박정직')).toEqual([suit.id]);
  });

  it('finds an attachment by its file name, and forgets it when the file is removed', async () => {
    const { civil } = await seed();
    const insert = database.sqlite.prepare(
      "INSERT INTO attachments (case_id, original_name, stored_name, sha256, size, added_at) VALUES (?, ?, 'a1', 'x', 1, 't')",
    );
    const { lastInsertRowid } = insert.run(civil.id, '2023가단5678_준비서면(2차).hwp');
    const result = await search('준비서면(2차)');
    expect(result.rows.map((r) => r.id)).toEqual([civil.id]);
    expect(result.rows[0]?.matchedIn).toEqual(['첨부파일']);
    expect(result.rows[0]?.snippet).toBe('2023가단5678_【준비서면(2차)】.hwp');
    database.sqlite.prepare('DELETE FROM attachments WHERE id = ?').run(lastInsertRowid);
    expect(await ids('준비서면')).toEqual([]);
  });

  it('finds event places and memos (기록)', async () => {
    const { suit } = await seed();
    await ok(
      dispatch('events:add', {
        caseId: suit.id,
        kind: 'hearing',
        date: '2026-04-01',
        time: '14:00',
        place: '서울행정법원 B동 제203호',
        memo: '증인 신문 예정',
      }),
    );
    const result = await search('증인 신문');
    expect(result.rows.map((r) => r.id)).toEqual([suit.id]);
    expect(result.rows[0]?.matchedIn).toEqual(['기록']);
    expect(await ids('제203호')).toEqual([suit.id]);
  });

  it('follows an update: the old term is gone, the new one found', async () => {
    const { suit } = await seed();
    await ok(
      dispatch('cases:update', {
        ...suit,
        id: suit.id,
        title: '영업정지처분 취소',
        parties: [{ side: '원고', name: '최지우', isWard: false }],
      }),
    );
    expect(await ids('허가취소')).toEqual([]);
    expect(await ids('김민')).toEqual([]);
    expect(await ids('영업정지')).toEqual([suit.id]);
    expect(await ids('지우')).toEqual([suit.id]);
  });

  it('hides cases in the 휴지통 and finds them again once restored', async () => {
    const { suit } = await seed();
    await ok(dispatch('cases:delete', { id: suit.id }));
    expect(await ids('김민')).toEqual([]);
    expect(await ids('2024구합12345')).toEqual([]);
    expect((await search('허가취소')).total).toBe(0);
    await ok(dispatch('cases:restore', { id: suit.id }));
    expect(await ids('김민')).toEqual([suit.id]);
    expect(await ids('2024구합12345')).toEqual([suit.id]);
  });

  it('ANDs whitespace-separated terms, short and long mixed', async () => {
    const { suit } = await seed();
    expect(await ids('김민 건축허가')).toEqual([suit.id]);
    expect(await ids('김민 손해배상')).toEqual([]);
    expect(await ids('마포 서울')).toHaveLength(1);
  });

  it('finds a 1-character term and ignores case for Latin text', async () => {
    const { suit, civil } = await seed();
    expect(new Set(await ids('김'))).toEqual(new Set([suit.id]));
    expect(await ids('희')).toEqual([civil.id]);
    await ok(dispatch('cases:update', { ...civil, id: civil.id, memo: 'LH 공사 관련 ABC-123' }));
    expect(await ids('lh')).toEqual([civil.id]);
    expect(await ids('abc-123')).toEqual([civil.id]);
  });

  it('falls back to LIKE for a short term too common for the index, with the same answers', async () => {
    const { suit, civil } = await seed();
    // 250 distinct trigrams beginning with 뷁 (more than MAX_TRIGRAMS): 뷁 is then checked with LIKE.
    const memo = Array.from({ length: 250 }, (_, i) => `뷁${String.fromCharCode(0xac00 + i)}`).join(' ');
    await ok(dispatch('cases:update', { ...civil, id: civil.id, memo }));
    const result = await search('뷁');
    expect(result.rows.map((r) => r.id)).toEqual([civil.id]);
    expect(result.rows[0]?.matchedIn).toEqual(['메모']);
    expect(result.rows[0]?.snippet.startsWith('【뷁】가 【뷁】각')).toBe(true);
    expect(await ids('뷁 김민')).toEqual([]);
    expect(await ids('뷁 손해배상')).toEqual([civil.id]);
    expect(await ids('영희 뷁')).toEqual([civil.id]);
    expect(await ids('김')).toEqual([suit.id]);
  });

  it('treats query syntax as plain text and never fails on it', async () => {
    const { opinion } = await seed();
    await ok(
      dispatch('cases:update', {
        ...opinion,
        id: opinion.id,
        memo: '표현 "AND" 와 (괄호) 및 50% 할인_코드 \\ 백슬래시',
      }),
    );
    for (const text of [
      '"',
      '""',
      '*',
      '(',
      ')',
      '-',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      'NEAR(',
      'a:b',
      '^',
      '%',
      '_',
      '\\',
    ]) {
      const result = await dispatch('search:query', { text });
      expect(result.ok, text).toBe(true);
    }
    expect(await ids('"AND"')).toEqual([opinion.id]);
    expect(await ids('(괄호)')).toEqual([opinion.id]);
    expect(await ids('%')).toEqual([opinion.id]);
    expect(await ids('_코')).toEqual([opinion.id]);
    expect(await ids('AND')).toEqual([opinion.id]);
    expect(await ids('no such')).toEqual([]);
  });

  it('refuses an empty or too long search with a Korean message', async () => {
    const empty = await dispatch('search:query', { text: '   ' });
    expect(empty).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: '입력값을 확인하세요: 검색어를 입력하세요.',
        fields: { text: '검색어를 입력하세요.' },
      },
    });
    const long = await dispatch('search:query', { text: '가'.repeat(101) });
    expect(long.ok ? null : long.error.fields).toEqual({ text: '검색어는 100자 이내로 입력하세요.' });
  });

  it('caps results at the limit and reports the total', async () => {
    for (let i = 0; i < 8; i++)
      await ok(dispatch('cases:create', { ...suit, caseNumber: `2024구합${100 + i}`, title: `도시계획 사건 ${i}` }));
    const result = await ok<SearchResult>(dispatch('search:query', { text: '도시계획', limit: 5 }));
    expect(result.rows).toHaveLength(5);
    expect(result.total).toBe(8);
    expect(result.totalCapped).toBe(false);
  });

  it('never raises an SQL or FTS error, whatever is typed', async () => {
    await seed();
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }), async (text) => {
        const result = await dispatch('search:query', { text });
        if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
        else expect(Array.isArray(result.value && (result.value as SearchResult).rows)).toBe(true);
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('"', '*', '(', ')', '-', 'AND', 'OR', 'NEAR', ':', '^', '김', '민', ' ', '%', '\\'), {
          minLength: 1,
          maxLength: 12,
        }),
        async (parts) => {
          const result = await dispatch('search:query', { text: parts.join('') });
          if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('migration 003 (search)', () => {
  it('indexes the cases already in a v2 database, except those in the 휴지통', () => {
    const raw = new BetterSqlite3(join(temp.dir, 'v2.sqlite3'));
    try {
      migrate(
        raw,
        migrations.filter((m) => m.version <= 2),
      );
      const add = raw.prepare(
        "INSERT INTO cases (kind, case_number, title, court, created_at, updated_at, deleted_at) VALUES ('administrative_suit', ?, ?, '서울행정법원', 't', 't', ?)",
      );
      const live = Number(add.run('2022구합1', '정보공개거부처분 취소', null).lastInsertRowid);
      add.run('2022구합2', '정보공개거부처분 무효확인', 't');
      raw.prepare("INSERT INTO parties (case_id, side, name) VALUES (?, '원고', '홍길동')").run(live);
      migrate(raw);
      const hits = raw
        .prepare('SELECT rowid FROM case_search_fts WHERE case_search_fts MATCH \'"정보공개"\'')
        .all() as { rowid: number }[];
      expect(hits.map((h) => h.rowid)).toEqual([live]);
      expect(raw.prepare('SELECT parties FROM case_search WHERE case_id = ?').get(live)).toEqual({
        parties: '홍길동  ',
      });
      raw.prepare("INSERT INTO case_search_fts (case_search_fts) VALUES ('integrity-check')").run();
    } finally {
      raw.close();
    }
  });
});

describe('bulk writes with deferred search indexing', () => {
  const input = (caseNumber: string, party: string) =>
    caseInputSchema.parse({
      kind: 'civil_suit',
      caseNumber,
      title: '부당이득금 반환',
      court: '서울서부지방법원',
      parties: [{ side: '원고', name: party, isWard: false }],
    });

  it('indexes every case inserted while deferred, once, with its parties', async () => {
    await database.db
      .transaction()
      .execute((trx) =>
        withDeferredSearchIndexing(trx, async () => [
          await insertCase(trx, input('2024가단1001', '홍길순'), 'now'),
          await insertCase(trx, input('2024가단1002', '박영희'), 'now'),
        ]),
      );
    expect((await search('길순')).rows.map((r) => r.caseNumber)).toEqual(['2024가단1001']);
    expect((await search('영희')).rows.map((r) => r.caseNumber)).toEqual(['2024가단1002']);
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM search_deferred').get()).toEqual({ n: 0 });
  });

  it('leaves neither rows nor the pause behind when the bulk write fails', async () => {
    await expect(
      database.db.transaction().execute((trx) =>
        withDeferredSearchIndexing(trx, async () => {
          await insertCase(trx, input('2024가단1003', '최민호'), 'now');
          throw new Error('row 3 is broken');
        }),
      ),
    ).rejects.toThrow('row 3 is broken');
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM search_deferred').get()).toEqual({ n: 0 });
    expect(await ids('민호')).toEqual([]);
    // Ordinary writes are indexed again straight away.
    await ok(dispatch('cases:create', { ...input('2024가단1004', '최민호'), people: [] }));
    expect((await search('민호')).rows.map((r) => r.caseNumber)).toEqual(['2024가단1004']);
  });
});
