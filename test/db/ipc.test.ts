import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import { handlers } from '../../electron/handlers/index.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { testContext } from '../helpers/handler-context.ts';

let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
let logged: unknown[];
beforeEach(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  logged = [];
  dispatch = createDispatcher(testContext(database), { logError: (_c, e) => logged.push(e) });
});
afterEach(async () => {
  await database.close();
  temp.cleanup();
});

const count = () => database.sqlite.prepare('SELECT count(*) AS n FROM cases').get();

describe('dispatcher', () => {
  it('creates and lists a case through the contract', async () => {
    const created = await dispatch('cases:create', {
      kind: 'administrative_suit',
      caseNumber: '2024 구합 12345',
      title: '  건축허가취소처분 취소 ',
      court: '서울행정법원',
      department: '건축과',
    });
    expect(created).toMatchObject({
      ok: true,
      value: {
        id: 1,
        kind: 'administrative_suit',
        caseNumber: '2024구합12345',
        title: '건축허가취소처분 취소',
        court: '서울행정법원',
        department: '건축과',
        claimAmount: null,
        parties: [],
        deletedAt: null,
      },
    });
    const list = await dispatch('cases:list', undefined);
    expect(list.ok && (list.value as unknown[]).length).toBe(1);
  });

  it('answers an unknown channel with a Korean error and no detail', async () => {
    expect(await dispatch('cases:drop', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: '알 수 없는 요청입니다.' },
    });
    expect(await dispatch(42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    // Prototype keys are not channels.
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('rejects bad input with per-field Korean messages and writes nothing', async () => {
    const result = await dispatch('cases:create', { kind: 'civil_suit', caseNumber: '12345', title: '' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message:
          '입력값을 확인하세요: 사건명을 입력하세요. 사건번호는 연도·사건부호·번호 형식이어야 합니다 (예: 2024구합12345).',
        fields: {
          title: '사건명을 입력하세요.',
          caseNumber: '사건번호는 연도·사건부호·번호 형식이어야 합니다 (예: 2024구합12345).',
        },
      },
    });
    expect(await dispatch('cases:create', { kind: 'nonsense', title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { kind: '구분을 선택하세요.' } },
    });
    expect(await dispatch('cases:create', null)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(count()).toEqual({ n: 0 });
  });

  it('reports a duplicate number as a conflict on the field', async () => {
    const input = { kind: 'civil_suit', caseNumber: '2023나1234', title: '손해배상', court: '서울고등법원' };
    expect((await dispatch('cases:create', input)).ok).toBe(true);
    expect(await dispatch('cases:create', input)).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: '이미 등록된 사건번호입니다: 2023나1234',
        fields: { caseNumber: '이미 등록된 사건번호입니다.' },
      },
    });
    expect(count()).toEqual({ n: 1 });
  });

  it('hides a handler crash behind a Korean message, logging the detail in the main process only', async () => {
    const failing = createDispatcher(testContext(database), {
      handlers: {
        ...handlers,
        'cases:list': () => {
          throw new Error('SQLITE_CORRUPT: /home/user/secret/path');
        },
      },
      logError: (_c, e) => logged.push(e),
    });
    const result = await failing('cases:list', undefined);
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: '처리 중 오류가 발생했습니다. 같은 문제가 계속되면 담당자에게 알려 주세요.' },
    });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('never rejects, even when logging itself fails', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const plain = createDispatcher(testContext(database), {
      handlers: { ...handlers, 'app:info': () => Promise.reject(new TypeError('boom')) },
    });
    await expect(plain('app:info', undefined)).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
  });
});
