/** Name prefix of the `<meta>` by which index.html names an add-on it ships without loading it. */
export const LAZY_ADDON_META = 'dlis-addon-';

const loading = new Map<string, Promise<boolean>>();

/**
 * Runs an add-on script the package ships but does not load at start (the search add-on: only readers who
 * search pay for it). index.html names its file in `<meta name="dlis-addon-<name>" content="<file>">`; a classic
 * script element loads it, as `import()` and `fetch()` do not work from file://. Resolves false when the page
 * names no such add-on or its script fails to load; loads each add-on once.
 */
export function loadLazyAddon(name: string): Promise<boolean> {
  const known = loading.get(name);
  if (known) return known;
  const file = document.querySelector<HTMLMetaElement>(`meta[name="${LAZY_ADDON_META}${name}"]`)?.content;
  const promise = new Promise<boolean>((resolve) => {
    if (!file) return resolve(false);
    const script = document.createElement('script');
    script.src = file;
    script.addEventListener('load', () => resolve(true));
    script.addEventListener('error', () => resolve(false));
    document.head.append(script);
  });
  loading.set(name, promise);
  return promise;
}
