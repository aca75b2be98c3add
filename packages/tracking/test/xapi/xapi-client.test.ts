import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthorization } from '@dlis/tracking';
import { XAPI_VERSION, XapiClient } from '@dlis/tracking';
import { fetchStoredStatements, makeStatement, startTestLrs, type TestLrs } from './support/test-lrs.ts';

describe('XapiClient against the embedded LRS', () => {
  let lrs: TestLrs;
  beforeAll(async () => {
    lrs = await startTestLrs();
  });
  afterAll(() => lrs.running.close());

  it('POSTs a batch with the version header; a resend of the same batch is a no-op', async () => {
    const seen: Headers[] = [];
    const client = new XapiClient({
      endpoint: `${lrs.endpoint}/`,
      authorization: lrs.authorization,
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });
    const batch = [makeStatement(1), makeStatement(2)];
    expect(await client.postStatements(batch)).toEqual({ kind: 'sent', status: 200 });
    expect(await client.postStatements(batch.map((s) => JSON.stringify(s)))).toMatchObject({ kind: 'sent' });
    expect(seen[0]?.get('X-Experience-API-Version')).toBe(XAPI_VERSION);
    expect(seen[0]?.get('Content-Type')).toBe('application/json');
    const stored = await fetchStoredStatements(lrs);
    expect(stored.filter((s) => batch.some((b) => b.id === s.id))).toHaveLength(2);
  });

  it('reports 409 as a conflict when an id is stored with other content', async () => {
    const client = new XapiClient({ endpoint: lrs.endpoint, authorization: lrs.authorization });
    const original = makeStatement(3);
    expect((await client.postStatements([original])).kind).toBe('sent');
    const changed = { ...original, object: { objectType: 'Activity', id: 'https://example.org/other' } };
    const outcome = await client.postStatements([makeStatement(4), changed]);
    expect(outcome).toMatchObject({ kind: 'conflict', status: 409 });
  });

  it('reports wrong credentials as rejected (401), with the LRS message', async () => {
    const client = new XapiClient({
      endpoint: lrs.endpoint,
      authorization: basicAuthorization('nokey:nosecret'),
    });
    const outcome = await client.postStatements([makeStatement(5)]);
    expect(outcome).toMatchObject({ kind: 'rejected', status: 401 });
    expect(outcome.kind === 'rejected' && outcome.detail).toMatch(/401: .*unknown or revoked/);
  });

  it('reports an invalid statement as rejected (400)', async () => {
    const client = new XapiClient({ endpoint: lrs.endpoint, authorization: lrs.authorization });
    const outcome = await client.postStatements([{ ...makeStatement(6), verb: { id: 'not an iri' } }]);
    expect(outcome).toMatchObject({ kind: 'rejected', status: 400 });
  });

  it('reports a closed port as retry, without throwing', async () => {
    const client = new XapiClient({ endpoint: 'http://127.0.0.1:9/xapi', authorization: lrs.authorization });
    const outcome = await client.postStatements([makeStatement(7)]);
    expect(outcome.kind).toBe('retry');
    expect(outcome.kind === 'retry' && outcome.status).toBeUndefined();
  });
});

describe('XapiClient and overloaded servers', () => {
  // The embedded LRS never answers 429 or 503, so a minimal server stands in for an overloaded one.
  let server: Server;
  let endpoint: string;
  const answers: { status: number; retryAfter?: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      const answer = answers.shift() ?? { status: 500 };
      if (answer.retryAfter) res.setHeader('Retry-After', answer.retryAfter);
      res.statusCode = answer.status;
      res.end('{"message":"busy"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/xapi`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    [429, '3', 3000],
    [503, undefined, undefined],
    [408, undefined, undefined],
    [500, '0', 0],
  ])('answers %i → retry (Retry-After %s)', async (status, retryAfter, retryAfterMs) => {
    answers.push(retryAfter === undefined ? { status } : { status, retryAfter });
    const client = new XapiClient({ endpoint, authorization: 'Basic x' });
    const outcome = await client.postStatements([makeStatement(1)]);
    expect(outcome).toEqual({
      kind: 'retry',
      status,
      detail: `The LRS answered ${status}: busy.`,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  });

  it('answers 404 → rejected (a wrong endpoint is not retried)', async () => {
    answers.push({ status: 404 });
    const client = new XapiClient({ endpoint, authorization: 'Basic x' });
    expect(await client.postStatements([makeStatement(1)])).toMatchObject({ kind: 'rejected', status: 404 });
  });
});
