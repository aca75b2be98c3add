import { createLrsKey } from '@dlis/lrs';
import { createLrsApp, type InjectRequest, type LrsApp } from '@dlis/lrs';
import type { LrsUserConfig } from '@dlis/lrs';
import { createMemoryStorage } from '@dlis/lrs';
import type { LrsStorage } from '@dlis/lrs';

export interface TestLrs {
  app: LrsApp;
  storage: LrsStorage;
  /** Authorization header of a key with scope `all`. */
  auth: string;
  /** Makes a key with these scopes and returns its Authorization header. */
  keyWith(...scopes: string[]): string;
  /** Injects with version 1.0.3 (or `version`) and the `all` key unless headers say otherwise. */
  request(req: InjectRequest & { version?: string }): ReturnType<LrsApp['inject']>;
}

export function basic(key: string, secret: string): string {
  return `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
}

export function createTestLrs(config: Partial<LrsUserConfig> = {}): TestLrs {
  const storage = config.storage ?? createMemoryStorage();
  const app = createLrsApp({ ...config, storage });
  const keyWith = (...scopes: string[]) => {
    const { key, secret } = createLrsKey(storage, { name: `test ${scopes.join(' ')}`, scopes });
    return basic(key, secret);
  };
  const auth = keyWith('all');
  return {
    app,
    storage,
    auth,
    keyWith,
    request: ({ version = '1.0.3', ...req }) =>
      app.inject({
        ...req,
        headers: { authorization: auth, 'x-experience-api-version': version, ...req.headers },
      }),
  };
}
