/**
 * Where the durable queue keeps unsent statements. The subset of Web Storage it needs, so `localStorage`
 * itself is one. `setItem` may throw (quota exceeded, storage disabled): the queue then keeps going in memory.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A store in memory: for tests, and when the browser offers no storage. Lost on reload. */
export function createMemoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
  };
}

/**
 * The browser's `localStorage`, or undefined when there is none or reading it throws (sandboxed frame, some
 * private modes, storage disabled by policy): the caller then falls back to `createMemoryStore()`.
 */
export function browserLocalStorage(): KeyValueStore | undefined {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The browser's `sessionStorage` (same rules as browserLocalStorage): where the cmi5 auth token waits for a reload. */
export function browserSessionStorage(): KeyValueStore | undefined {
  try {
    const storage = (globalThis as { sessionStorage?: Storage }).sessionStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The window's localStorage, when it can be read (undefined in a sandbox that refuses it). */
export function windowStore(win: Window | undefined): KeyValueStore | undefined {
  try {
    return win?.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
