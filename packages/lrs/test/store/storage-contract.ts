import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, test } from 'vitest';
import { agentKey } from '@dlis/xapi-profile';
import type { LrsStorage } from '@dlis/lrs';
import { agent, prepared, statement, VERBS } from '../support/statements.ts';

/** The one contract every LrsStorage implementation passes (SQLite and in-memory). */
export function storageContract(name: string, open: () => LrsStorage): void {
  describe(`${name} storage contract`, () => {
    let storage: LrsStorage;
    beforeEach(() => {
      storage = open();
      return () => storage.close();
    });

    test('stores a batch and gets each statement by id', () => {
      const batch = prepared(statement(), statement());
      expect(storage.insertStatements(batch)).toEqual({ ok: true, inserted: batch.map((b) => b.id) });
      const got = storage.getStatement(batch[1]!.id);
      expect(got?.voided).toBe(false);
      expect(got?.statement.id).toBe(batch[1]!.id);
      expect(storage.getStatement(randomUUID())).toBeUndefined();
    });

    test('same id and same content is a no-op; other content is a conflict and stores nothing', () => {
      const st = statement();
      const [first] = prepared(st);
      storage.insertStatements([first!]);
      expect(storage.insertStatements(prepared(st))).toEqual({ ok: true, inserted: [] });
      const fresh = prepared(statement())[0]!;
      const changed = prepared({ ...st, verb: { id: VERBS.completed } })[0]!;
      expect(storage.insertStatements([fresh, changed])).toEqual({ ok: false, conflictId: st.id });
      expect(storage.getStatement(fresh.id)).toBeUndefined();
      expect(storage.stats().statements).toBe(1);
    });

    test('the same content is recognised from the stored statement: key order, durations past 0.01 s', () => {
      const st = statement({
        timestamp: '2026-01-01T10:00:00.000Z',
        result: { duration: 'PT1.234S', success: true },
      });
      storage.insertStatements(prepared(st));
      const { id, verb, object, actor, ...rest } = st;
      const reordered = { ...rest, object, verb, actor, id, result: { success: true, duration: 'PT1.23S' } };
      expect(storage.insertStatements(prepared(reordered))).toEqual({ ok: true, inserted: [] });
      const otherTime = { ...st, timestamp: '2026-01-01T10:00:01.000Z' };
      expect(storage.insertStatements(prepared(otherTime))).toEqual({ ok: false, conflictId: st.id });
    });

    test('several batches in one transaction: each keeps its own outcome, in order', () => {
      const st = statement();
      const [one] = prepared(st);
      const [changed] = prepared({ ...st, verb: { id: VERBS.completed } });
      const [other] = prepared(statement());
      const [again] = prepared(st);
      // The second batch conflicts with the first of the same group; the others are stored.
      expect(storage.insertStatementBatches([[one!], [changed!, other!], [other!], [again!]])).toEqual([
        { ok: true, inserted: [one!.id] },
        { ok: false, conflictId: st.id },
        { ok: true, inserted: [other!.id] },
        { ok: true, inserted: [] },
      ]);
      expect(storage.stats().statements).toBe(2);
    });

    test('voiding hides the target from queries; a voiding statement cannot be voided', () => {
      const target = prepared(statement())[0]!;
      const voiding = prepared(
        statement({ verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: target.id } }),
      )[0]!;
      const voidTheVoid = prepared(
        statement({ verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: voiding.id } }),
      )[0]!;
      storage.insertStatements([target, voiding, voidTheVoid]);
      expect(storage.getStatement(target.id)?.voided).toBe(true);
      expect(storage.getStatement(voiding.id)?.voided).toBe(false);
      const ids = storage.queryStatements({ limit: 10 }).statements.map((s) => s.id);
      expect(ids).toEqual([voidTheVoid.id, voiding.id]);
      expect(storage.stats().voided).toBe(1);
    });

    test('a voiding statement stored before its target still voids it', () => {
      const targetId = randomUUID();
      storage.insertStatements(
        prepared(
          statement({ verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: targetId } }),
        ),
      );
      storage.insertStatements(prepared(statement({ id: targetId })));
      expect(storage.getStatement(targetId)?.voided).toBe(true);
    });

    test('filters: agent, verb, activity, registration, related, since/until, ascending, limit and paging', () => {
      const registration = randomUUID();
      const a = prepared(statement({ actor: agent('ana') }))[0]!;
      const b = prepared(
        statement({
          actor: agent('bob'),
          verb: { id: VERBS.completed },
          context: {
            registration,
            instructor: agent('ana'),
            contextActivities: { parent: [{ id: 'https://dlis.example/course' }] },
          },
        }),
      )[0]!;
      const c = prepared(
        statement({ actor: agent('cy'), object: { id: 'https://dlis.example/course' } }),
      )[0]!;
      storage.insertStatements([a, b, c]);
      const ids = (q: Parameters<LrsStorage['queryStatements']>[0]) =>
        storage.queryStatements(q).statements.map((s) => s.id);
      const ana = agentKey(agent('ana'))!;
      expect(ids({ limit: 10, agent: ana })).toEqual([a.id]);
      expect(ids({ limit: 10, agent: ana, relatedAgents: true })).toEqual([b.id, a.id]);
      expect(ids({ limit: 10, verb: VERBS.completed })).toEqual([b.id]);
      expect(ids({ limit: 10, activity: 'https://dlis.example/course' })).toEqual([c.id]);
      expect(ids({ limit: 10, activity: 'https://dlis.example/course', relatedActivities: true })).toEqual([
        c.id,
        b.id,
      ]);
      expect(ids({ limit: 10, registration })).toEqual([b.id]);
      expect(ids({ limit: 10, since: a.stored, until: b.stored })).toEqual([b.id]);
      expect(ids({ limit: 10, ascending: true })).toEqual([a.id, b.id, c.id]);
      const page1 = storage.queryStatements({ limit: 2 });
      expect(page1.more).toBe(true);
      const page2 = storage.queryStatements({ limit: 2, after: page1.last! });
      expect([...page1.statements, ...page2.statements].map((s) => s.id)).toEqual([c.id, b.id, a.id]);
      expect(page2.more).toBe(false);
    });

    test('paging through every filter combination, several pages, both orders, equals the unpaged query', () => {
      const course = 'https://dlis.example/course';
      const registrations = [randomUUID(), randomUUID()];
      const batch: ReturnType<typeof prepared> = [];
      for (let i = 0; i < 60; i++) {
        const onCourse = i % 3 === 0;
        batch.push(
          ...prepared(
            statement({
              actor: agent(['ana', 'bob', 'cy'][i % 3]!),
              verb: { id: i % 2 === 0 ? VERBS.completed : VERBS.attempted },
              object: { objectType: 'Activity', id: onCourse ? course : `${course}/item-${i % 4}` },
              context: {
                registration: registrations[i % 2]!,
                instructor: agent(i % 5 === 0 ? 'ana' : 'dan'),
                ...(onCourse ? {} : { contextActivities: { parent: [{ id: course }] } }),
              },
            }),
          ),
        );
      }
      // A voided statement, and StatementRefs (one voiding, one plain) pointing into the data.
      const voided = batch[4]!;
      const refs = prepared(
        statement({ verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: voided.id } }),
        statement({ actor: agent('eve'), object: { objectType: 'StatementRef', id: batch[6]!.id } }),
      );
      storage.insertStatements([...batch, ...refs]);
      const ana = agentKey(agent('ana'))!;
      const middle = batch[10]!.stored;
      const late = batch[50]!.stored;
      const filters: Omit<Parameters<LrsStorage['queryStatements']>[0], 'limit'>[] = [
        {},
        { agent: ana },
        { agent: ana, relatedAgents: true },
        { verb: VERBS.completed },
        { activity: course },
        { activity: course, relatedActivities: true },
        { registration: registrations[0]! },
        { since: middle, until: late },
        { activity: course, relatedActivities: true, registration: registrations[1]!, since: middle },
        { agent: ana, relatedAgents: true, verb: VERBS.completed, activity: course, relatedActivities: true },
        { verb: VERBS.attempted, until: late },
      ];
      for (const filter of filters) {
        for (const ascending of [false, true]) {
          const all = storage
            .queryStatements({ ...filter, ascending, limit: 1000 })
            .statements.map((s) => s.id);
          const paged: unknown[] = [];
          let pages = 0;
          let after: number | undefined;
          for (;;) {
            const page = storage.queryStatements({ ...filter, ascending, limit: 3, after });
            // The JSON-text page (GET statements, format=exact) is the same page, unparsed.
            const text = storage.queryStatementJson({ ...filter, ascending, limit: 3, after });
            expect({ ...text, json: text.json.map((t) => JSON.parse(t) as unknown) }).toEqual({
              json: page.statements,
              last: page.last,
              more: page.more,
            });
            paged.push(...page.statements.map((s) => s.id));
            pages++;
            if (!page.more) break;
            after = page.last;
          }
          expect({ filter, ascending, ids: paged }).toEqual({ filter, ascending, ids: all });
          expect(pages, JSON.stringify(filter)).toBeGreaterThanOrEqual(3);
          expect(all).not.toContain(voided.id);
        }
      }
      // The plain StatementRef comes back with its target's filters, at its own place in the order.
      const byAna = storage.queryStatements({ agent: ana, limit: 1000, ascending: true }).statements;
      expect(byAna.at(-1)?.id).toBe(refs[1]!.id);
    });

    test('a StatementRef matches the filters of its target (voiding statements come back with the verb filter)', () => {
      const target = prepared(statement({ verb: { id: VERBS.completed } }))[0]!;
      const voiding = prepared(
        statement({ verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: target.id } }),
      )[0]!;
      storage.insertStatements([target, voiding]);
      expect(
        storage.queryStatements({ limit: 10, verb: VERBS.completed }).statements.map((s) => s.id),
      ).toEqual([voiding.id]);
    });

    test('agent filter and Groups: the Group by its IFI, and an Agent matches the Groups it is a member of', () => {
      const team = {
        objectType: 'Group',
        name: 'Team A',
        account: { homePage: 'https://dlis.example', name: 'team-a' },
        member: [agent('ana'), agent('bob')],
      };
      const byTeam = prepared(statement({ actor: team }))[0]!;
      const byAnonymous = prepared(statement({ actor: { objectType: 'Group', member: [agent('ana')] } }))[0]!;
      const aboutTeam = prepared(
        statement({ verb: { id: VERBS.completed }, object: { ...team, member: [agent('cy')] } }),
      )[0]!;
      const teamAsContext = prepared(
        statement({ actor: agent('dan'), context: { team: { ...team, member: [agent('ana')] } } }),
      )[0]!;
      const anaAlone = prepared(statement({ actor: agent('ana') }))[0]!;
      storage.insertStatements([byTeam, byAnonymous, aboutTeam, teamAsContext, anaAlone]);
      const ids = (agentValue: string, relatedAgents = false) =>
        storage.queryStatements({ limit: 10, agent: agentValue, relatedAgents }).statements.map((s) => s.id);
      const teamKey = agentKey(team)!;
      // The Group is matched by its IFI whatever members a statement lists, never through its members' statements.
      expect(ids(teamKey)).toEqual([aboutTeam.id, byTeam.id]);
      expect(ids(teamKey, true)).toEqual([teamAsContext.id, aboutTeam.id, byTeam.id]);
      // An Agent matches Groups it is a member of, as Actor or Object; Team only with related_agents.
      expect(ids(agentKey(agent('ana'))!)).toEqual([anaAlone.id, byAnonymous.id, byTeam.id]);
      expect(ids(agentKey(agent('ana'))!, true)).toEqual([
        anaAlone.id,
        teamAsContext.id,
        byAnonymous.id,
        byTeam.id,
      ]);
      expect(ids(agentKey(agent('cy'))!)).toEqual([aboutTeam.id]);
      expect(ids(agentKey(agent('eve'))!, true)).toEqual([]);
    });

    test('agent names: every name given to an IFI anywhere in stored statements, sorted', () => {
      const named = (name: string) => ({ ...agent('ana'), name });
      storage.insertStatements(
        prepared(
          statement({ actor: named('Ana') }),
          statement({ actor: agent('bob'), context: { instructor: named('Ana Lopez') } }),
          statement({ actor: { objectType: 'Group', member: [named('A. Lopez')] } }),
          statement({ actor: named('Ana') }),
        ),
      );
      expect(storage.agentNames(agentKey(agent('ana'))!)).toEqual(['A. Lopez', 'Ana', 'Ana Lopez']);
      expect(storage.agentNames(agentKey(agent('bob'))!)).toEqual([]);
    });

    test('authority filter (statements/read/mine)', () => {
      storage.insertStatements(prepared(statement()));
      const mine = 'account:http://localhost/dlis-lrs|test-key';
      expect(storage.queryStatements({ limit: 10, authority: mine }).statements).toHaveLength(1);
      expect(storage.queryStatements({ limit: 10, authority: 'account:x|y' }).statements).toHaveLength(0);
    });

    test('related_agents matches the Authority (2.0 §4.1.6.1 related_agents); agent alone does not', () => {
      const [st] = prepared(statement());
      storage.insertStatements([st!]);
      const lrs = 'account:http://localhost/dlis-lrs|test-key';
      const ids = (relatedAgents: boolean) =>
        storage.queryStatements({ limit: 10, agent: lrs, relatedAgents }).statements.map((s) => s.id);
      expect(ids(true)).toEqual([st!.id]);
      expect(ids(false)).toEqual([]);
    });

    test('documents: put, get, list with since, delete one and all', () => {
      const doc = (text: string, updated: string) => ({
        content: Buffer.from(text),
        contentType: 'text/plain',
        etag: `"${text}"`,
        updated,
      });
      storage.putDocument('state', 's1', 'a', doc('one', '2026-01-01T00:00:00.000Z'));
      storage.putDocument('state', 's1', 'b', doc('two', '2026-01-02T00:00:00.000Z'));
      storage.putDocument('agentProfile', 's1', 'a', doc('other kind', '2026-01-02T00:00:00.000Z'));
      storage.putDocument('state', 's1', 'a', doc('three', '2026-01-03T00:00:00.000Z'));
      expect(storage.getDocument('state', 's1', 'a')?.content.toString()).toBe('three');
      expect(storage.listDocumentIds('state', 's1').sort()).toEqual(['a', 'b']);
      expect(storage.listDocumentIds('state', 's1', '2026-01-02T12:00:00.000Z')).toEqual(['a']);
      storage.deleteDocument('state', 's1', 'b');
      expect(storage.getDocument('state', 's1', 'b')).toBeUndefined();
      storage.deleteDocuments('state', 's1');
      expect(storage.listDocumentIds('state', 's1')).toEqual([]);
      expect(storage.getDocument('agentProfile', 's1', 'a')).toBeDefined();
    });

    test('activities, attachments and keys round-trip', () => {
      storage.putActivity('https://x.example/a', { objectType: 'Activity', id: 'https://x.example/a' });
      expect(storage.getActivity('https://x.example/a')?.id).toBe('https://x.example/a');
      storage.putAttachment('AB12', 'text/plain', Buffer.from('hi'));
      expect(storage.getAttachment('ab12')?.content.toString()).toBe('hi');
      const key = {
        key: 'k',
        name: 'n',
        scopes: ['all'],
        salt: 's',
        hash: 'h',
        created: 'c',
        revoked: undefined,
      };
      storage.putKey(key);
      storage.putKey({ ...key, revoked: 'r' });
      expect(storage.getKey('k')).toEqual({ ...key, revoked: 'r' });
      expect(storage.listKeys()).toHaveLength(1);
    });
  });
}
