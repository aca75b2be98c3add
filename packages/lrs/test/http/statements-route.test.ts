import { createHash, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { buildMultipart, multipartBoundary, parseMultipart } from '../../src/http/multipart.ts';
import type { JsonObject } from '@dlis/xapi-profile';
import { agent, statement, VERBS } from '../support/statements.ts';
import { createTestLrs } from '../support/test-lrs.ts';

type Result = { statements: JsonObject[]; more: string };

describe('Statements resource', () => {
  test('POST stores, GET returns it completed by the LRS, with the consistency headers', async () => {
    const lrs = createTestLrs();
    const st = statement();
    delete st.id;
    const posted = await lrs.request({ method: 'POST', url: '/xapi/statements', body: st });
    expect(posted.status).toBe(200);
    const [id] = posted.json<string[]>();
    const got = await lrs.request({ method: 'GET', url: `/xapi/statements?statementId=${id}` });
    expect(got.status).toBe(200);
    const body = got.json<JsonObject>();
    expect(body).toMatchObject({ id, version: '1.0.0', authority: { objectType: 'Agent' } });
    expect(body.timestamp).toBe(body.stored);
    expect(got.headers['x-experience-api-consistent-through']).toMatch(/Z$/);
    expect(got.headers['last-modified']).toBeDefined();
    expect(got.headers['x-experience-api-version']).toBe('1.0.3');
  });

  test('PUT is idempotent for the same content and 409 for other content (immutability)', async () => {
    const lrs = createTestLrs();
    const st = statement();
    const url = `/xapi/statements?statementId=${String(st.id)}`;
    expect((await lrs.request({ method: 'PUT', url, body: st })).status).toBe(204);
    expect((await lrs.request({ method: 'PUT', url, body: { ...st } })).status).toBe(204);
    const conflict = await lrs.request({
      method: 'PUT',
      url,
      body: { ...st, verb: { id: VERBS.completed } },
    });
    expect(conflict.status).toBe(409);
    expect(conflict.json<JsonObject>().code).toBe('LRS_E_CONFLICT');
    const other = await lrs.request({
      method: 'PUT',
      url: `/xapi/statements?statementId=${randomUUID()}`,
      body: st,
    });
    expect(other.status).toBe(400);
    expect(other.json<JsonObject>().message).toMatch(/differs from statementId/);
  });

  test('durations compare to the hundredth of a second (2.0 §4.2.7, caught by the conformance suite)', async () => {
    const lrs = createTestLrs();
    const st = statement({ result: { duration: 'PT1.2345S' } });
    const url = `/xapi/statements?statementId=${String(st.id)}`;
    expect((await lrs.request({ method: 'PUT', url, body: st, version: '2.0.0' })).status).toBe(204);
    const same = { ...st, result: { duration: 'PT1.23S' } };
    expect((await lrs.request({ method: 'PUT', url, body: same, version: '2.0.0' })).status).toBe(204);
    const other = { ...st, result: { duration: 'PT1.24S' } };
    expect((await lrs.request({ method: 'PUT', url, body: other, version: '2.0.0' })).status).toBe(409);
  });

  test('a batch is atomic: one invalid statement or a repeated id stores nothing, and the path is named', async () => {
    const lrs = createTestLrs();
    const invalid = await lrs.request({
      method: 'POST',
      url: '/xapi/statements',
      body: [statement(), { ...statement(), result: { score: { scaled: 2 } } }],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json<JsonObject>()).toMatchObject({ part: 'body', code: 'LRS_E_INVALID_STATEMENT' });
    expect(invalid.json<JsonObject>().message).toMatch(/^statements\[1\]\.result\.score\.scaled/);
    const st = statement();
    const repeated = await lrs.request({ method: 'POST', url: '/xapi/statements', body: [st, st] });
    expect(repeated.status).toBe(400);
    expect(lrs.storage.stats().statements).toBe(0);
  });

  test('voiding: the target is only reachable through voidedStatementId and leaves query results', async () => {
    const lrs = createTestLrs();
    const target = statement();
    await lrs.request({ method: 'POST', url: '/xapi/statements', body: target });
    const voiding = statement({
      verb: { id: VERBS.voided },
      object: { objectType: 'StatementRef', id: target.id },
    });
    expect((await lrs.request({ method: 'POST', url: '/xapi/statements', body: voiding })).status).toBe(200);
    expect(
      (await lrs.request({ method: 'GET', url: `/xapi/statements?statementId=${String(target.id)}` })).status,
    ).toBe(404);
    const voided = await lrs.request({
      method: 'GET',
      url: `/xapi/statements?voidedStatementId=${String(target.id)}`,
    });
    expect(voided.status).toBe(200);
    const all = (await lrs.request({ method: 'GET', url: '/xapi/statements' })).json<Result>();
    expect(all.statements.map((s) => s.id)).toEqual([voiding.id]);
  });

  test('parameter errors are 400 and name the parameter; consistent-through is sent on errors too', async () => {
    const lrs = createTestLrs();
    const unknown = await lrs.request({ method: 'GET', url: '/xapi/statements?colour=blue' });
    expect(unknown.status).toBe(400);
    expect(unknown.json<JsonObject>()).toMatchObject({ part: 'query' });
    expect(unknown.json<JsonObject>().message).toMatch(/"colour"/);
    expect(unknown.headers['x-experience-api-consistent-through']).toBeDefined();
    const mixed = await lrs.request({
      method: 'GET',
      url: `/xapi/statements?statementId=${randomUUID()}&verb=${VERBS.voided}`,
    });
    expect(mixed.status).toBe(400);
    expect((await lrs.request({ method: 'GET', url: '/xapi/statements?limit=-1' })).status).toBe(400);
    expect((await lrs.request({ method: 'GET', url: '/xapi/statements?since=yesterday' })).status).toBe(400);
    expect((await lrs.request({ method: 'GET', url: '/xapi/statements?format=short' })).status).toBe(400);
    expect((await lrs.request({ method: 'GET', url: '/xapi/statements?agent={"name":"x"}' })).status).toBe(
      400,
    );
  });

  test('paging with more stays stable while statements arrive', async () => {
    const lrs = createTestLrs();
    const first = Array.from({ length: 5 }, () => statement());
    await lrs.request({ method: 'POST', url: '/xapi/statements', body: first });
    const seen: string[] = [];
    let url: string | undefined = '/xapi/statements?limit=2';
    while (url) {
      const page: Result = (await lrs.request({ method: 'GET', url })).json<Result>();
      seen.push(...page.statements.map((s) => String(s.id)));
      await lrs.request({ method: 'POST', url: '/xapi/statements', body: statement() });
      url = page.more || undefined;
      if (url) expect(url).toMatch(/^\/xapi\/statements\?more=/);
    }
    expect(seen).toEqual(first.map((s) => s.id).reverse());
  });

  test('filters over HTTP: agent with related_agents, verb, activity, ascending', async () => {
    const lrs = createTestLrs();
    const ana = agent('ana');
    const a = statement({ actor: ana });
    const b = statement({ actor: agent('bob'), verb: { id: VERBS.completed }, context: { instructor: ana } });
    await lrs.request({ method: 'POST', url: '/xapi/statements', body: [a, b] });
    const ids = async (query: string) =>
      (await lrs.request({ method: 'GET', url: `/xapi/statements?${query}` }))
        .json<Result>()
        .statements.map((s) => s.id);
    const anaParam = encodeURIComponent(JSON.stringify(ana));
    expect(await ids(`agent=${anaParam}`)).toEqual([a.id]);
    expect(await ids(`agent=${anaParam}&related_agents=true&ascending=true`)).toEqual([a.id, b.id]);
    expect(await ids(`verb=${encodeURIComponent(VERBS.completed)}`)).toEqual([b.id]);
    expect(
      await ids(`activity=${encodeURIComponent('https://dlis.example/activities/agility')}&limit=1`),
    ).toEqual([b.id]);
  });

  test('formats: ids strips to identifiers, canonical picks the Accept-Language, single context activity → array', async () => {
    const lrs = createTestLrs();
    const st = statement({
      object: { id: 'https://a.example/q', definition: { name: { 'en-US': 'Question', fr: 'Question FR' } } },
      context: { contextActivities: { parent: { id: 'https://a.example/course' } } },
    });
    await lrs.request({ method: 'POST', url: '/xapi/statements', body: st });
    const exact = (
      await lrs.request({ method: 'GET', url: `/xapi/statements?statementId=${String(st.id)}` })
    ).json<JsonObject>();
    expect((exact.context as JsonObject).contextActivities).toEqual({
      parent: [{ id: 'https://a.example/course' }],
    });
    const ids = (await lrs.request({ method: 'GET', url: '/xapi/statements?format=ids' })).json<Result>()
      .statements[0]!;
    expect(ids.object).toEqual({ id: 'https://a.example/q' });
    expect(ids.verb).toEqual({ id: VERBS.attempted });
    const canonical = (
      await lrs.request({
        method: 'GET',
        url: '/xapi/statements?format=canonical',
        headers: { 'accept-language': 'fr' },
      })
    ).json<Result>().statements[0]!;
    expect((canonical.object as JsonObject).definition).toEqual({ name: { fr: 'Question FR' } });
    expect(canonical.verb).toEqual({ id: VERBS.attempted, display: { fr: 'a tenté' } });
  });

  test('attachments: multipart/mixed with SHA-2 checked, returned with attachments=true', async () => {
    const lrs = createTestLrs();
    const content = Buffer.from('réponse libre');
    const sha2 = createHash('sha256').update(content).digest('hex');
    const st = statement({
      attachments: [
        {
          usageType: 'https://u.example/answer',
          display: { en: 'answer' },
          contentType: 'text/plain',
          length: content.length,
          sha2,
        },
      ],
    });
    const send = (parts: { headers: Record<string, string>; body: Buffer }[]) => {
      const multipart = buildMultipart(parts);
      return lrs.request({
        method: 'POST',
        url: '/xapi/statements',
        headers: { 'content-type': multipart.contentType },
        body: multipart.body,
      });
    };
    const json = { headers: { 'Content-Type': 'application/json' }, body: Buffer.from(JSON.stringify(st)) };
    const part = (hash: string) => ({
      headers: {
        'Content-Type': 'text/plain',
        'Content-Transfer-Encoding': 'binary',
        'X-Experience-API-Hash': hash,
      },
      body: content,
    });
    expect((await send([json])).json<JsonObject>().message).toMatch(/no part with sha2/);
    expect((await send([json, part('0'.repeat(64))])).status).toBe(400);
    expect((await send([json, part(sha2)])).status).toBe(200);
    const got = await lrs.request({
      method: 'GET',
      url: `/xapi/statements?statementId=${String(st.id)}&attachments=true`,
    });
    expect(got.headers['content-type']).toMatch(/^multipart\/mixed; boundary=/);
    const parts = parseMultipart(
      Buffer.from(got.body, 'utf8'),
      multipartBoundary(got.headers['content-type']!),
    );
    expect(parts).toHaveLength(2);
    expect(parts[1]!.headers['x-experience-api-hash']).toBe(sha2);
    expect(parts[1]!.body.toString('utf8')).toBe('réponse libre');
  });

  test('signed statements: RS256 accepted, other algorithms and altered payloads rejected', async () => {
    const lrs = createTestLrs();
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jws = (payload: unknown, alg = 'RS256') => {
      const head = Buffer.from(JSON.stringify({ alg })).toString('base64url');
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return Buffer.from(
        `${head}.${body}.${sign('sha256', Buffer.from(`${head}.${body}`), privateKey).toString('base64url')}`,
      );
    };
    const post = (st: JsonObject, signature: Buffer) => {
      const sha2 = createHash('sha256').update(signature).digest('hex');
      const signed = {
        ...st,
        attachments: [
          {
            usageType: 'http://adlnet.gov/expapi/attachments/signature',
            display: { en: 'sig' },
            contentType: 'application/octet-stream',
            length: signature.length,
            sha2,
          },
        ],
      };
      const multipart = buildMultipart([
        { headers: { 'Content-Type': 'application/json' }, body: Buffer.from(JSON.stringify(signed)) },
        {
          headers: { 'Content-Type': 'application/octet-stream', 'X-Experience-API-Hash': sha2 },
          body: signature,
        },
      ]);
      return lrs.request({
        method: 'POST',
        url: '/xapi/statements',
        headers: { 'content-type': multipart.contentType },
        body: multipart.body,
      });
    };
    const st = statement();
    expect((await post(st, jws(st))).status).toBe(200);
    const other = statement();
    expect((await post(other, jws(other, 'HS256'))).json<JsonObject>().message).toMatch(/alg must be RS256/);
    expect(
      (await post(other, jws({ ...other, verb: { id: VERBS.completed } }))).json<JsonObject>().message,
    ).toMatch(/signed payload differs/);
    expect((await post(other, Buffer.from('not a jws'))).status).toBe(400);
  });

  test('alternate request syntax works under 1.0.3 and is refused under 2.0', async () => {
    const lrs = createTestLrs();
    const st = statement();
    const form = new URLSearchParams({
      statementId: String(st.id),
      content: JSON.stringify(st),
      'X-Experience-API-Version': '1.0.3',
      Authorization: lrs.auth,
    });
    const put = await lrs.app.inject({
      method: 'POST',
      url: '/xapi/statements?method=PUT',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(put.status).toBe(204);
    form.set('X-Experience-API-Version', '2.0.0');
    const refused = await lrs.app.inject({
      method: 'POST',
      url: '/xapi/statements?method=PUT',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(refused.status).toBe(400);
  });
});

describe('protocol', () => {
  test('version header: missing → 400 (About excepted), 2.0 answered as 2.0.0, fallback configurable', async () => {
    const lrs = createTestLrs();
    const missing = await lrs.app.inject({
      method: 'GET',
      url: '/xapi/statements',
      headers: { authorization: lrs.auth },
    });
    expect(missing.status).toBe(400);
    expect(missing.json<JsonObject>().code).toBe('LRS_E_VERSION');
    expect(missing.headers['x-experience-api-version']).toBe('2.0.0');
    const about = await lrs.app.inject({ method: 'GET', url: '/xapi/about' });
    expect(about.json()).toEqual({ version: ['1.0.3', '2.0.0'], extensions: {} });
    const v2 = await lrs.request({ method: 'GET', url: '/xapi/statements', version: '2.0' });
    expect(v2.headers['x-experience-api-version']).toBe('2.0.0');
    expect((await lrs.request({ method: 'GET', url: '/xapi/statements', version: '0.9' })).status).toBe(400);
    const old = createTestLrs({ fallbackVersion: '1.0.3' });
    const oldMissing = await old.app.inject({ method: 'GET', url: '/xapi/statements' });
    expect(oldMissing.headers['x-experience-api-version']).toBe('1.0.3');
  });

  test('HEAD answers like GET without a body', async () => {
    const lrs = createTestLrs();
    const head = await lrs.request({ method: 'HEAD', url: '/xapi/statements' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  test('CORS: allowed origins get the headers and a preflight, others do not', async () => {
    const lrs = createTestLrs({ corsOrigins: ['https://lms.example'] });
    const preflight = await lrs.app.inject({
      method: 'OPTIONS',
      url: '/xapi/statements',
      headers: { origin: 'https://lms.example' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://lms.example');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/X-Experience-API-Version/);
    const other = await lrs.request({
      method: 'GET',
      url: '/xapi/statements',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('bodies over maxBodyBytes are refused with 413', async () => {
    const lrs = createTestLrs({ maxBodyBytes: 100 });
    const big = await lrs.request({ method: 'POST', url: '/xapi/statements', body: statement() });
    expect(big.status).toBe(413);
  });

  test('unknown resource → 404; wrong method → 405', async () => {
    const lrs = createTestLrs();
    expect((await lrs.request({ method: 'GET', url: '/xapi/nothing' })).status).toBe(404);
    expect((await lrs.request({ method: 'DELETE', url: '/xapi/statements' })).status).toBe(405);
  });

  test('Activities keeps the canonical definition; Agents returns a Person', async () => {
    const lrs = createTestLrs();
    const object = { id: 'https://a.example/q', definition: { name: { en: 'Q' } } };
    await lrs.request({ method: 'POST', url: '/xapi/statements', body: statement({ object }) });
    const later = {
      id: 'https://a.example/q',
      definition: { name: { fr: 'Q fr' }, type: 'https://t.example/question' },
    };
    await lrs.request({ method: 'POST', url: '/xapi/statements', body: statement({ object: later }) });
    const activity = await lrs.request({
      method: 'GET',
      url: `/xapi/activities?activityId=${encodeURIComponent(object.id)}`,
    });
    expect(activity.json()).toEqual({
      objectType: 'Activity',
      id: object.id,
      definition: { name: { en: 'Q', fr: 'Q fr' }, type: 'https://t.example/question' },
    });
    const person = await lrs.request({
      method: 'GET',
      url: `/xapi/agents?agent=${encodeURIComponent(JSON.stringify(agent('ana')))}`,
    });
    expect(person.json()).toEqual({
      objectType: 'Person',
      account: [{ homePage: 'https://dlis.example', name: 'ana' }],
    });
  });

  test('concurrent POSTs are group-committed, each answered with its own outcome', async () => {
    const lrs = createTestLrs();
    const st = statement();
    await lrs.request({ method: 'POST', url: '/xapi/statements', body: st });
    const fresh = [statement(), statement()];
    const answers = await Promise.all([
      lrs.request({ method: 'POST', url: '/xapi/statements', body: [fresh[0]] }),
      lrs.request({
        method: 'POST',
        url: '/xapi/statements',
        body: { ...st, verb: { id: VERBS.completed } },
      }),
      lrs.request({ method: 'POST', url: '/xapi/statements', body: [fresh[1]] }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 409, 200]);
    expect(answers[0]!.json()).toEqual([fresh[0]!.id]);
    expect(lrs.storage.stats().statements).toBe(3);
  });

  test('Agents resource: the Person combines every name stored statements gave the Agent', async () => {
    const lrs = createTestLrs();
    const mbox = 'mailto:ana@dlis.example';
    await lrs.request({
      method: 'POST',
      url: '/xapi/statements',
      body: [
        statement({ actor: { mbox, name: 'Ana' } }),
        statement({
          actor: agent('bob'),
          context: { instructor: { objectType: 'Agent', mbox, name: 'Ana L.' } },
        }),
        statement({ actor: { objectType: 'Agent', mbox: 'mailto:other@dlis.example', name: 'Other' } }),
      ],
    });
    const get = async (a: object) =>
      (
        await lrs.request({
          method: 'GET',
          url: `/xapi/agents?agent=${encodeURIComponent(JSON.stringify(a))}`,
          version: '2.0.0',
        })
      ).json();
    expect(await get({ mbox })).toEqual({ objectType: 'Person', name: ['Ana', 'Ana L.'], mbox: [mbox] });
    // The name in the request is part of what is known of the Agent; IFIs are never linked to each other.
    expect(await get({ objectType: 'Agent', mbox, name: 'Ana' })).toEqual({
      objectType: 'Person',
      name: ['Ana', 'Ana L.'],
      mbox: [mbox],
    });
    expect(await get({ mbox: 'mailto:new@dlis.example', name: 'New' })).toEqual({
      objectType: 'Person',
      name: ['New'],
      mbox: ['mailto:new@dlis.example'],
    });
  });

  test('agent filter over HTTP: a member matches its Group as Actor, an Identified Group matches by its IFI', async () => {
    const lrs = createTestLrs();
    const team = {
      objectType: 'Group',
      mbox: 'mailto:team@dlis.example',
      member: [agent('ana'), agent('bob')],
    };
    const byTeam = statement({ actor: team });
    const byAna = statement({ actor: agent('ana') });
    await lrs.request({ method: 'POST', url: '/xapi/statements', body: [byTeam, byAna] });
    const ids = async (a: object) =>
      (
        await lrs.request({
          method: 'GET',
          url: `/xapi/statements?agent=${encodeURIComponent(JSON.stringify(a))}`,
          version: '2.0.0',
        })
      )
        .json<Result>()
        .statements.map((s) => s.id);
    expect(await ids(agent('ana'))).toEqual([byAna.id, byTeam.id]);
    expect(await ids(agent('bob'))).toEqual([byTeam.id]);
    expect(await ids({ objectType: 'Group', mbox: team.mbox })).toEqual([byTeam.id]);
    expect(await ids({ objectType: 'Group', mbox: team.mbox, member: [agent('ana')] })).toEqual([byTeam.id]);
  });
});
