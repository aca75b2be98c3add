import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openSqliteStorage } from '../../src/store/sqlite-storage.ts';
import { prepared, statement } from '../support/statements.ts';
import { storageContract } from './storage-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlis-lrs-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storageContract('SQLite', () => openSqliteStorage(join(dir, `db-${++n}`, 'lrs.sqlite')));

test('SQLite keeps statements across close and reopen, in WAL mode', () => {
  const file = join(dir, 'reopen.sqlite');
  const first = openSqliteStorage(file);
  const [st] = prepared(statement());
  first.insertStatements([st!]);
  first.close();
  const again = openSqliteStorage(file);
  expect(again.getStatement(st!.id)?.statement.id).toBe(st!.id);
  again.close();
});
