import type { Agent } from '@dlis/xapi-profile';
import { TRACKING_ERROR_CODES, TrackingError } from '../tracking-error.ts';
import { XAPI_VERSION } from './xapi-client.ts';

export interface LrsDocumentsOptions {
  endpoint: string;
  /** `Authorization` header value (Basic …). */
  authorization: string;
  fetch?: typeof fetch;
}

/** Which State API document (xAPI 1.0.3 Part Three §2.3): activity, agent, optional registration, stateId. */
export interface StateAddress {
  activityId: string;
  agent: Agent;
  registration?: string;
  stateId: string;
}

/**
 * JSON documents of the LRS: the State API (cmi5 LMS.LaunchData, the learner state) and the Agent Profile API
 * (cmi5LearnerPreferences). GET answers undefined for 404 (no document); any other failure throws a
 * TrackingError `TRACKING_E_LRS_DOCUMENT`.
 */
export class LrsDocuments {
  readonly #base: string;
  readonly #authorization: string;
  readonly #fetch: typeof fetch;

  constructor(options: LrsDocumentsOptions) {
    this.#base = options.endpoint.replace(/\/+$/, '');
    this.#authorization = options.authorization;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  getState(address: StateAddress): Promise<unknown> {
    return this.#get('activities/state', stateQuery(address));
  }

  /** PUT a JSON state document (replaces it). `keepalive` for a save from pagehide. */
  async putState(
    address: StateAddress,
    document: unknown,
    options: { keepalive?: boolean } = {},
  ): Promise<void> {
    const url = `${this.#base}/activities/state?${stateQuery(address)}`;
    const response = await this.#request(url, {
      method: 'PUT',
      body: JSON.stringify(document),
      keepalive: options.keepalive ?? false,
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.status !== 204 && response.status !== 200) throw failure('PUT', url, response.status);
  }

  /**
   * Whether the LRS stores the statement `id` (GET statements?statementId, xAPI 1.0.3 Part Three §2.1.4):
   * true (200), false (404), undefined when it cannot tell (no answer, refused).
   */
  async hasStatement(id: string): Promise<boolean | undefined> {
    const url = `${this.#base}/statements?${new URLSearchParams({ statementId: id }).toString()}`;
    try {
      const response = await this.#request(url, { method: 'GET' });
      await response.body?.cancel().catch(() => undefined);
      if (response.status === 200) return true;
      return response.status === 404 ? false : undefined;
    } catch {
      return undefined;
    }
  }

  /** GET an agent profile document, e.g. `cmi5LearnerPreferences` (cmi5 11). */
  getAgentProfile(agent: Agent, profileId: string): Promise<unknown> {
    const query = new URLSearchParams({ agent: JSON.stringify(agent), profileId });
    return this.#get('agents/profile', query.toString());
  }

  async #get(resource: string, query: string): Promise<unknown> {
    const url = `${this.#base}/${resource}?${query}`;
    const response = await this.#request(url, { method: 'GET' });
    if (response.status === 404) {
      await response.body?.cancel().catch(() => undefined);
      return undefined;
    }
    if (response.status !== 200) throw failure('GET', url, response.status);
    try {
      return (await response.json()) as unknown;
    } catch {
      throw new TrackingError(
        TRACKING_ERROR_CODES.lrsDocument,
        `The LRS document at ${url} is not JSON; DLIS reads and writes JSON documents only.`,
      );
    }
  }

  async #request(url: string, init: RequestInit): Promise<Response> {
    try {
      return await this.#fetch(url, {
        ...init,
        headers: {
          Authorization: this.#authorization,
          'X-Experience-API-Version': XAPI_VERSION,
          ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        credentials: 'omit',
      });
    } catch (error) {
      throw new TrackingError(
        TRACKING_ERROR_CODES.lrsDocument,
        `No answer from the LRS for ${url} (${error instanceof Error ? error.message : String(error)}). ` +
          'Check the network and the launch endpoint.',
        { transient: true },
      );
    }
  }
}

function stateQuery(address: StateAddress): string {
  const query = new URLSearchParams({
    activityId: address.activityId,
    agent: JSON.stringify(address.agent),
    stateId: address.stateId,
  });
  if (address.registration !== undefined) query.set('registration', address.registration);
  return query.toString();
}

function failure(method: string, url: string, status: number): TrackingError {
  return new TrackingError(
    TRACKING_ERROR_CODES.lrsDocument,
    `The LRS answered ${status} to ${method} ${url.split('?')[0]}: check the launch credentials (401/403) ` +
      'and that the endpoint is the LRS (404).',
    { transient: status >= 500 || status === 408 || status === 429 },
  );
}
