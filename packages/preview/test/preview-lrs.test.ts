import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { courseActivityIri, VerbIri } from '@dlis/xapi-profile';
import { createPreviewLrs, type PreviewLrs } from '../src/server/preview-lrs.ts';

let lrs: PreviewLrs;
let server: Server;
let origin: string;

beforeEach(async () => {
  lrs = createPreviewLrs();
  server = createServer((req, res) => {
    if (!lrs.handle(req, res)) {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((done) => server.close(done));
  lrs.close();
});

const activityId = courseActivityIri('preview-test');
const launchInput = () => ({
  origin,
  activityId,
  auId: `${activityId}/au`,
  mode: 'Normal' as const,
  moveOn: 'Completed',
});

describe('the preview LRS', () => {
  test('an xAPI launch names the endpoint, a working key, the actor and the attempt', async () => {
    const query = await lrs.launch('xapi', launchInput());
    expect(query.endpoint).toBe(`${origin}/__dlis/xapi/`);
    expect(query.activity_id).toBe(activityId);
    const about = await fetch(`${query.endpoint}statements?limit=1`, {
      headers: { authorization: query.auth!, 'x-experience-api-version': '1.0.3' },
    });
    expect(about.status).toBe(200);
  });

  test('a cmi5 launch writes LMS.LaunchData and its fetch URL gives a token once', async () => {
    const query = await lrs.launch('cmi5', { ...launchInput(), mode: 'Review' });
    const first = (await (await fetch(query.fetch!, { method: 'POST' })).json()) as Record<string, string>;
    const again = (await (await fetch(query.fetch!, { method: 'POST' })).json()) as Record<string, string>;
    expect(first['auth-token']).toBeTruthy();
    expect(again['error-code']).toBe('1');
    const state = new URL(`${query.endpoint}activities/state`);
    state.searchParams.set('activityId', query.activityId!);
    state.searchParams.set('agent', query.actor!);
    state.searchParams.set('registration', query.registration!);
    state.searchParams.set('stateId', 'LMS.LaunchData');
    const launchData = (await (
      await fetch(state, {
        headers: { authorization: `Basic ${first['auth-token']}`, 'x-experience-api-version': '1.0.3' },
      })
    ).json()) as { launchMode: string; moveOn: string; contextTemplate: unknown };
    expect(launchData).toMatchObject({ launchMode: 'Review', moveOn: 'Completed' });
  });

  test('statements of the attempt come back with their profile check, and news of them is given', async () => {
    const query = await lrs.launch('xapi', launchInput());
    let news = 0;
    lrs.onStatements(() => (news += 1));
    const statement = {
      id: randomUUID(),
      actor: JSON.parse(query.actor!) as unknown,
      verb: { id: VerbIri.experienced },
      object: { objectType: 'Activity', id: `${activityId}/page/p1` },
      context: { registration: query.registration },
    };
    const sent = await fetch(`${query.endpoint}statements`, {
      method: 'POST',
      headers: {
        authorization: query.auth!,
        'x-experience-api-version': '1.0.3',
        'content-type': 'application/json',
      },
      body: JSON.stringify(statement),
    });
    expect(sent.status).toBe(200);
    await expect.poll(() => news).toBe(1);
    const checked = await lrs.statements();
    expect(checked).toHaveLength(1);
    expect(checked[0]!.statement['id']).toBe(statement.id);
    expect(checked[0]!.statement).not.toHaveProperty('stored');
    expect(checked[0]!.statement).not.toHaveProperty('authority');
    // A bare statement with no DLIS context: the profile check says why it fails.
    expect(checked[0]!.valid).toBe(false);
    expect(checked[0]!.failures.length).toBeGreaterThan(0);

    lrs.newAttempt();
    expect(await lrs.statements()).toHaveLength(0);
  });

  test('during a simulated outage the endpoint answers 503, and again 200 after it', async () => {
    const query = await lrs.launch('xapi', launchInput());
    lrs.setOutage(true);
    const during = await fetch(`${query.endpoint}statements`, {
      headers: { authorization: query.auth!, 'x-experience-api-version': '1.0.3' },
    });
    expect(during.status).toBe(503);
    expect(lrs.refused()).toBe(1);
    lrs.setOutage(false);
    const after = await fetch(`${query.endpoint}statements`, {
      headers: { authorization: query.auth!, 'x-experience-api-version': '1.0.3' },
    });
    expect(after.status).toBe(200);
  });
});
