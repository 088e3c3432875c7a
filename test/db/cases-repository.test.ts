import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { findCaseByNumber, insertCase, listCases } from '../../electron/db/repositories/cases.ts';
import { caseInputSchema } from '../../shared/cases/case-schema.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
beforeEach(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
});
afterEach(async () => {
  await database.close();
  temp.cleanup();
});

const parse = (input: unknown) => caseInputSchema.parse(input);

describe('cases repository', () => {
  it('lists newest first and survives reopening the file', async () => {
    await insertCase(
      database.db,
      parse({ kind: 'administrative_suit', caseNumber: '2024구합12345', title: '건축허가취소', court: '서울행정법원' }),
      '2026-03-01T09:00:00.000Z',
    );
    await insertCase(
      database.db,
      parse({ kind: 'legal_opinion', title: '공유재산 사용료 감면 질의' }),
      '2026-03-02T09:00:00.000Z',
    );
    await database.close();
    database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
    const list = await listCases(database.db);
    expect(list.map((c) => [c.kind, c.caseNumber, c.title, c.court])).toEqual([
      ['legal_opinion', null, '공유재산 사용료 감면 질의', null],
      ['administrative_suit', '2024구합12345', '건축허가취소', '서울행정법원'],
    ]);
  });

  it('finds by number within a court only', async () => {
    await insertCase(
      database.db,
      parse({ kind: 'civil_suit', caseNumber: '2024가단5678', title: '부당이득금', court: '서울서부지방법원' }),
      '2026-03-01T00:00:00.000Z',
    );
    expect((await findCaseByNumber(database.db, '2024가단5678', '서울서부지방법원'))?.title).toBe('부당이득금');
    expect(await findCaseByNumber(database.db, '2024가단5678', '수원지방법원')).toBeUndefined();
  });

  it('the database itself rejects a duplicate number at the same court', async () => {
    const input = parse({ kind: 'civil_suit', caseNumber: '2024가단5678', title: 'a', court: '서울서부지방법원' });
    await insertCase(database.db, input, 'x');
    await expect(insertCase(database.db, input, 'y')).rejects.toThrow(/UNIQUE/);
    expect(await listCases(database.db)).toHaveLength(1);
  });
});
