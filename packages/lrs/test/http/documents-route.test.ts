import { describe, expect, test } from 'vitest';
import { agent } from '../support/statements.ts';
import { createTestLrs } from '../support/test-lrs.ts';

const activityId = encodeURIComponent('https://dlis.example/activities/agility');
const ana = encodeURIComponent(JSON.stringify(agent('ana')));
const STATE = `/xapi/activities/state?activityId=${activityId}&agent=${ana}`;
const PROFILE = `/xapi/activities/profile?activityId=${activityId}`;
const AGENT_PROFILE = `/xapi/agents/profile?agent=${ana}`;

describe('State resource', () => {
  test('PUT, GET with ETag, list ids, POST merges JSON, DELETE one and all', async () => {
    const lrs = createTestLrs();
    const url = `${STATE}&stateId=bookmark`;
    expect((await lrs.request({ method: 'PUT', url, body: { page: 3, score: 1 } })).status).toBe(204);
    const got = await lrs.request({ method: 'GET', url });
    expect(got.json()).toEqual({ page: 3, score: 1 });
    expect(got.headers.etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect((await lrs.request({ method: 'POST', url, body: { page: 4 } })).status).toBe(204);
    expect((await lrs.request({ method: 'GET', url })).json()).toEqual({ page: 4, score: 1 });
    await lrs.request({
      method: 'PUT',
      url: `${STATE}&stateId=other`,
      body: 'text',
      headers: { 'content-type': 'text/plain' },
    });
    expect((await lrs.request({ method: 'GET', url: STATE })).json<string[]>().sort()).toEqual([
      'bookmark',
      'other',
    ]);
    const mergeText = await lrs.request({ method: 'POST', url: `${STATE}&stateId=other`, body: { a: 1 } });
    expect(mergeText.status).toBe(400);
    expect((await lrs.request({ method: 'DELETE', url })).status).toBe(204);
    expect((await lrs.request({ method: 'GET', url })).status).toBe(404);
    expect((await lrs.request({ method: 'DELETE', url: STATE })).status).toBe(204);
    expect((await lrs.request({ method: 'GET', url: STATE })).json()).toEqual([]);
  });

  test('registration scopes the state; agent and activityId are required and checked', async () => {
    const lrs = createTestLrs();
    const registration = '0f2c1d7e-3a41-4c1e-9a7b-1d2e3f4a5b6c';
    await lrs.request({
      method: 'PUT',
      url: `${STATE}&stateId=s&registration=${registration}`,
      body: { r: 1 },
    });
    expect((await lrs.request({ method: 'GET', url: `${STATE}&stateId=s` })).status).toBe(404);
    expect(
      (await lrs.request({ method: 'GET', url: `/xapi/activities/state?activityId=${activityId}&stateId=s` }))
        .status,
    ).toBe(400);
    const badAgent = await lrs.request({
      method: 'GET',
      url: `/xapi/activities/state?activityId=${activityId}&agent={"name":"x"}`,
    });
    expect(badAgent.status).toBe(400);
    expect(badAgent.json<{ part: string }>().part).toBe('query');
  });

  test('2.0 requires a precondition to overwrite state; 1.0.3 does not', async () => {
    const lrs = createTestLrs();
    const url = `${STATE}&stateId=s`;
    await lrs.request({ method: 'PUT', url, body: { a: 1 } });
    expect((await lrs.request({ method: 'PUT', url, body: { a: 2 } })).status).toBe(204);
    expect((await lrs.request({ method: 'PUT', url, body: { a: 3 }, version: '2.0.0' })).status).toBe(409);
  });
});

describe.each([
  ['Activity Profile', PROFILE],
  ['Agent Profile', AGENT_PROFILE],
])('%s resource: ETag concurrency', (_name, base) => {
  test('If-None-Match: * creates, If-Match updates, wrong ETag → 412, no header on existing → 409', async () => {
    const lrs = createTestLrs();
    const url = `${base}&profileId=p`;
    expect((await lrs.request({ method: 'PUT', url, body: { v: 1 } })).status).toBe(400);
    expect(
      (await lrs.request({ method: 'PUT', url, body: { v: 1 }, headers: { 'if-none-match': '*' } })).status,
    ).toBe(204);
    expect(
      (await lrs.request({ method: 'PUT', url, body: { v: 2 }, headers: { 'if-none-match': '*' } })).status,
    ).toBe(412);
    const etag = (await lrs.request({ method: 'GET', url })).headers.etag!;
    expect((await lrs.request({ method: 'PUT', url, body: { v: 2 } })).status).toBe(409);
    expect(
      (await lrs.request({ method: 'PUT', url, body: { v: 2 }, headers: { 'if-match': '"nope"' } })).status,
    ).toBe(412);
    expect(
      (await lrs.request({ method: 'PUT', url, body: { v: 2 }, headers: { 'if-match': etag } })).status,
    ).toBe(204);
    expect((await lrs.request({ method: 'DELETE', url, headers: { 'if-match': etag } })).status).toBe(412);
    expect((await lrs.request({ method: 'GET', url })).json()).toEqual({ v: 2 });
    expect((await lrs.request({ method: 'GET', url: `${base}&since=2000-01-01T00:00:00Z` })).json()).toEqual([
      'p',
    ]);
  });
});
