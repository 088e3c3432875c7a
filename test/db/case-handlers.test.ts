import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { setSetting } from '../../electron/db/repositories/settings.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { CaseDetail, PersonView } from '../../shared/cases/case-views.ts';
import type { CaseRecord } from '../../shared/cases/case-schema.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { testContext } from '../helpers/handler-context.ts';
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

const firstInstance = {
  kind: 'administrative_suit',
  caseNumber: '2024구합12345',
  title: '건축허가취소처분 취소',
  court: '서울행정법원',
  department: '건축과',
  instance: 1,
  wardSide: 'defendant',
  claimAmount: 50_000_000,
  filedOn: '2024-03-04',
  parties: [
    { side: '원고', name: '김민수', isWard: false },
    { side: '피고', name: '서울특별시 마포구청장', isWard: true },
  ],
};

describe('case handlers', () => {
  it('stores parties and reusable people, and shows them on the record', async () => {
    const lawyer = await ok<PersonView>(
      dispatch('people:create', { kind: 'lawyer', name: '박정의', organization: '법무법인 한결' }),
    );
    const again = await ok<PersonView>(
      dispatch('people:create', { kind: 'lawyer', name: '박정의', organization: '법무법인 한결' }),
    );
    expect(again.id).toBe(lawyer.id);
    const official = await ok<PersonView>(
      dispatch('people:create', { kind: 'official', name: '이수행', organization: '건축과' }),
    );
    const created = await ok<CaseRecord>(
      dispatch('cases:create', {
        ...firstInstance,
        people: [
          { personId: lawyer.id, role: 'attorney' },
          { personId: official.id, role: 'performer' },
        ],
      }),
    );
    expect(created.parties).toEqual(firstInstance.parties);
    expect(created.people.map((p) => [p.role, p.name])).toEqual([
      ['attorney', '박정의'],
      ['performer', '이수행'],
    ]);
    expect(created.claimAmount).toBe(50_000_000);
  });

  it('keeps every change in the history with who, when, old and new values', async () => {
    await setSetting(database.db, 'userName', '법무팀 홍길동');
    const created = await ok<CaseRecord>(dispatch('cases:create', firstInstance));
    await ok(
      dispatch('cases:update', {
        ...firstInstance,
        id: created.id,
        result: '승소',
        decidedOn: '2024-09-05',
        parties: [firstInstance.parties[1]],
      }),
    );
    const detail = await ok<CaseDetail>(dispatch('cases:get', { id: created.id }));
    expect(detail.history.map((h) => h.action)).toEqual(['update', 'create']);
    const update = detail.history[0];
    expect(update?.changedBy).toBe('법무팀 홍길동');
    expect(update?.changes).toEqual({
      result: [null, '승소'],
      decidedOn: [null, '2024-09-05'],
      parties: [firstInstance.parties, [firstInstance.parties[1]]],
    });
    expect(detail.history[1]?.changes['title']).toEqual([null, '건축허가취소처분 취소']);
  });

  it('an update that changes nothing adds no history line', async () => {
    const created = await ok<CaseRecord>(dispatch('cases:create', firstInstance));
    await ok(dispatch('cases:update', { ...firstInstance, id: created.id }));
    const detail = await ok<CaseDetail>(dispatch('cases:get', { id: created.id }));
    expect(detail.history).toHaveLength(1);
  });

  it('moves a deleted case to the 휴지통 and restores it with everything', async () => {
    const created = await ok<CaseRecord>(dispatch('cases:create', firstInstance));
    await ok(dispatch('cases:delete', { id: created.id }));
    expect(await ok<unknown[]>(dispatch('cases:list', undefined))).toEqual([]);
    expect((await ok<{ id: number }[]>(dispatch('cases:trash', undefined))).map((c) => c.id)).toEqual([created.id]);
    expect(await dispatch('cases:update', { ...firstInstance, id: created.id, title: '고침' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '휴지통에 있는 사건은 복원한 뒤에 고칠 수 있습니다.' },
    });
    expect(await dispatch('cases:create', firstInstance)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '이미 등록된 사건번호입니다: 2024구합12345 (휴지통에 있는 사건)' },
    });
    await ok(dispatch('cases:restore', { id: created.id }));
    const restored = await ok<CaseDetail>(dispatch('cases:get', { id: created.id }));
    expect(restored.record.parties).toHaveLength(2);
    expect(restored.record.deletedAt).toBeNull();
    expect(restored.history.map((h) => h.action)).toEqual(['restore', 'delete', 'create']);
  });

  it('links the 심급 chain and shows the whole family from any member', async () => {
    const first = await ok<CaseRecord>(dispatch('cases:create', firstInstance));
    const second = await ok<CaseRecord>(
      dispatch('cases:create', {
        ...firstInstance,
        caseNumber: '2024누56789',
        court: '서울고등법원',
        instance: 2,
        parentCaseId: first.id,
      }),
    );
    const third = await ok<CaseRecord>(
      dispatch('cases:create', {
        ...firstInstance,
        caseNumber: '2025두1234',
        court: '대법원',
        instance: 3,
        parentCaseId: second.id,
      }),
    );
    for (const id of [first.id, second.id, third.id]) {
      const detail = await ok<CaseDetail>(dispatch('cases:get', { id }));
      expect(detail.family.map((c) => c.caseNumber)).toEqual(['2024구합12345', '2024누56789', '2025두1234']);
    }
    expect(
      await dispatch('cases:create', { ...firstInstance, caseNumber: '2024누1', parentCaseId: 999 }),
    ).toMatchObject({
      ok: false,
      error: { fields: { parentCaseId: '원심 사건을 찾을 수 없습니다.' } },
    });
  });

  it('rejects impossible dates and amounts in Korean and writes nothing', async () => {
    const result = await dispatch('cases:create', {
      ...firstInstance,
      filedOn: '2024-02-30',
      claimAmount: -5,
      decidedOn: '2024-01-01',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: {
          filedOn: '접수일은 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요.',
          claimAmount: '소송가액은 0 이상이어야 합니다.',
        },
      },
    });
    const count = database.sqlite
      .prepare('SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM history) AS n')
      .get();
    expect(count).toEqual({ n: 0 });
  });

  it('answers NOT_FOUND for a case that does not exist', async () => {
    expect(await dispatch('cases:get', { id: 404 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '사건을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.' },
    });
  });
});
