import { describe, expect, test } from 'vitest';
import type { InjectRequest } from '@dlis/lrs';
import { agent, statement } from '../support/statements.ts';
import { createTestLrs, type TestLrs } from '../support/test-lrs.ts';

const activityId = encodeURIComponent('https://dlis.example/activities/agility');
const ana = encodeURIComponent(JSON.stringify(agent('ana')));
const STATE = `/xapi/activities/state?activityId=${activityId}&agent=${ana}&stateId=s`;

/** JSON text nested `depth` levels, {"a":{"a":…}}, built as text (JSON.stringify itself would overflow). */
const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
/** A JSON request whose body is `json` with the quoted placeholder "DEEP" replaced by `nested(depth)`. */
const deepBody = (method: string, url: string, json: unknown, depth = 10_000): InjectRequest => ({
  method,
  url,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(json).replace('"DEEP"', nested(depth)),
});
const unsignedToken = (content: object) => Buffer.from(JSON.stringify(content)).toString('base64url');

/** A `more` link the LRS really issued (limit=1 over 3 statements) for the `all` key. */
async function issuedMore(lrs: TestLrs): Promise<string> {
  await lrs.request({
    method: 'POST',
    url: '/xapi/statements',
    body: [statement(), statement(), statement()],
  });
  const page = await lrs.request({ method: 'GET', url: '/xapi/statements?limit=1' });
  return page.json<{ more: string }>().more;
}

interface BadCase {
  name: string;
  /** The request, given the LRS and a genuine `more` link issued to its `all` key. */
  request: (lrs: TestLrs, more: string) => InjectRequest | Promise<InjectRequest>;
  code: string;
}

const get = (url: string): InjectRequest => ({ method: 'GET', url });
const query = (params: string) => get(`/xapi/statements?${params}`);
/** A statement whose mbox holds the bytes FF FE (not UTF-8) where the placeholder X stands. */
const withFfFe = (json: string) => {
  const [before, after] = json.split('X') as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe]), Buffer.from(after)]);
};

const CASES: BadCase[] = [
  // Forged or altered `more` tokens (issue 18, defect 2): never a bigger page, never a 500.
  {
    name: 'more: forged token lifting the page cap',
    request: () =>
      query(`more=${unsignedToken({ q: { limit: 1e9 }, after: Number.MAX_SAFE_INTEGER, format: 'exact' })}`),
    code: 'LRS_E_BAD_REQUEST',
  },
  {
    name: 'more: forged token with agent {}',
    request: () => query(`more=${unsignedToken({ q: { agent: {} }, after: 0 })}`),
    code: 'LRS_E_BAD_REQUEST',
  },
  {
    name: 'more: issued token with its payload altered',
    request: (_, more) => {
      const [payload, mac] = more.split('more=')[1]!.split('.');
      const altered = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { p: string[][] };
      altered.p = [['limit', '100000']];
      return query(`more=${unsignedToken(altered)}.${mac}`);
    },
    code: 'LRS_E_BAD_REQUEST',
  },
  {
    name: 'more: issued token used by another key',
    request: (lrs, more) => ({ ...get(more), headers: { authorization: lrs.keyWith('all') } }),
    code: 'LRS_E_BAD_REQUEST',
  },
  {
    name: 'more: given twice',
    request: (_, more) => get(`${more}&${more.split('?')[1]}`),
    code: 'LRS_E_BAD_REQUEST',
  },
  // Every statement query parameter is checked.
  { name: 'limit -5', request: () => query('limit=-5'), code: 'LRS_E_BAD_REQUEST' },
  { name: 'limit x', request: () => query('limit=x'), code: 'LRS_E_BAD_REQUEST' },
  {
    name: 'limit with 30 digits',
    request: () => query(`limit=${'9'.repeat(30)}`),
    code: 'LRS_E_BAD_REQUEST',
  },
  { name: 'format evil', request: () => query('format=evil'), code: 'LRS_E_BAD_REQUEST' },
  { name: 'since 5', request: () => query('since=5'), code: 'LRS_E_BAD_REQUEST' },
  { name: 'until yesterday', request: () => query('until=yesterday'), code: 'LRS_E_BAD_REQUEST' },
  { name: 'verb not an IRI', request: () => query('verb=a'), code: 'LRS_E_BAD_REQUEST' },
  {
    name: 'verb given twice',
    request: () => query('verb=http%3A%2F%2Fa.example%2Fv&verb=http%3A%2F%2Fb.example%2Fv'),
    code: 'LRS_E_BAD_REQUEST',
  },
  { name: 'activity not an IRI', request: () => query('activity=%20x'), code: 'LRS_E_BAD_REQUEST' },
  { name: 'agent {}', request: () => query(`agent=${encodeURIComponent('{}')}`), code: 'LRS_E_BAD_REQUEST' },
  { name: 'agent not JSON', request: () => query('agent=ana'), code: 'LRS_E_BAD_REQUEST' },
  {
    name: 'agent nested 10,000 levels',
    request: () => query(`agent=${encodeURIComponent(nested(10_000))}`),
    code: 'LRS_E_TOO_DEEP',
  },
  { name: 'ascending maybe', request: () => query('ascending=maybe'), code: 'LRS_E_BAD_REQUEST' },
  { name: 'related_agents 1', request: () => query('related_agents=1'), code: 'LRS_E_BAD_REQUEST' },
  { name: 'registration not a UUID', request: () => query('registration=x'), code: 'LRS_E_BAD_REQUEST' },
  { name: 'attachments yes', request: () => query('attachments=yes'), code: 'LRS_E_BAD_REQUEST' },
  // Invalid UTF-8 (defect 6).
  {
    name: '%FF in the query',
    request: () => query('verb=http%3A%2F%2Fa.example%2F%FF'),
    code: 'LRS_E_BAD_REQUEST',
  },
  {
    name: 'bytes FF FE in a statement mbox',
    request: () => ({
      method: 'POST',
      url: '/xapi/statements',
      headers: { 'content-type': 'application/json' },
      body: withFfFe(JSON.stringify(statement({ actor: { mbox: 'mailto:bXd@dlis.example' } }))),
    }),
    code: 'LRS_E_BAD_REQUEST',
  },
  // Nesting and document size (defect 3).
  {
    name: 'result.extensions nested 10,000 levels',
    request: () =>
      deepBody(
        'POST',
        '/xapi/statements',
        statement({ result: { extensions: { 'https://dlis.example/x': 'DEEP' } } }),
      ),
    code: 'LRS_E_TOO_DEEP',
  },
  {
    name: 'state document PUT nested 100 levels',
    request: () => deepBody('PUT', STATE, 'DEEP', 100),
    code: 'LRS_E_TOO_DEEP',
  },
  {
    name: 'state document POST nested 100 levels merged onto an existing one',
    request: async (lrs) => {
      await lrs.request({ method: 'PUT', url: STATE, body: { page: 1 } });
      return deepBody('POST', STATE, 'DEEP', 100);
    },
    code: 'LRS_E_TOO_DEEP',
  },
  {
    name: 'state document over the size limit',
    request: () => ({ method: 'PUT', url: STATE, body: { text: 'x'.repeat(2048) } }),
    code: 'LRS_E_DOCUMENT_TOO_LARGE',
  },
  {
    name: 'POST merges growing a document past the size limit',
    request: async (lrs) => {
      await lrs.request({ method: 'PUT', url: STATE, body: { a: 'x'.repeat(1200) } });
      return { method: 'POST', url: STATE, body: { b: 'y'.repeat(1200) } };
    },
    code: 'LRS_E_DOCUMENT_TOO_LARGE',
  },
];

describe('bad input gets a JSON 400 with its code, never a 500 nor a silent empty page', () => {
  test.each(CASES)('$name', async ({ request, code }) => {
    const lrs = createTestLrs({ maxDocumentBytes: 2000 });
    const more = await issuedMore(lrs);
    const res = await lrs.request(await request(lrs, more));
    expect([res.status, res.json<{ code: string }>().code]).toEqual([400, code]);
  });

  test('the page cap holds for any limit, and an issued more link pages on', async () => {
    const lrs = createTestLrs({ maxLimit: 2 });
    await lrs.request({
      method: 'POST',
      url: '/xapi/statements',
      body: [statement(), statement(), statement()],
    });
    const first = await lrs.request(query('limit=100000'));
    const page = first.json<{ statements: unknown[]; more: string }>();
    expect(page.statements).toHaveLength(2);
    const second = await lrs.request(get(page.more));
    expect([second.status, second.json<{ statements: unknown[] }>().statements.length]).toEqual([200, 1]);
  });
});
