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

/**
 * Name of the `<meta>` by which index.html lists the add-on files (catalogues then script, in load order) that
 * the first screen does not need (packager `courseStartAddons`): separated by spaces.
 */
export const LATER_ADDONS_META = 'dlis-addons-later';

/**
 * Loads the add-ons of LATER_ADDONS_META, once, in list order (`async = false`: each catalogue before its
 * add-on), by script elements as loadLazyAddon does. The player calls it once its first page is painted, so
 * that they do not share the network with what the first screen needs. When every one has loaded (or failed),
 * the meta gets `data-loaded` (the PDF printer waits for it). Elements already rendered upgrade as their
 * add-on defines them.
 */
export function loadLaterAddons(): void {
  const meta = laterAddonsMeta();
  if (!meta || meta.dataset.loading !== undefined) return;
  meta.dataset.loading = '';
  const files = meta.content.split(' ').filter(Boolean);
  let left = files.length;
  const done = () => {
    if (--left > 0) return;
    meta.dataset.loaded = '';
    for (const resolve of waiting.splice(0)) resolve();
  };
  if (!left) done();
  for (const file of files) {
    const script = document.createElement('script');
    script.src = file;
    script.async = false;
    script.onload = script.onerror = done;
    document.head.append(script);
  }
}

const waiting: (() => void)[] = [];

function laterAddonsMeta(): HTMLMetaElement | null {
  return document.querySelector<HTMLMetaElement>(`meta[name="${LATER_ADDONS_META}"]`);
}

/**
 * Resolves once the add-ons of LATER_ADDONS_META have run (at once when the page lists none): what must measure
 * or call the blocks they define waits for it (a deep link's block moves down as the blocks above it upgrade).
 */
export function laterAddonsLoaded(): Promise<void> {
  const meta = laterAddonsMeta();
  if (!meta || meta.dataset.loaded !== undefined) return Promise.resolve();
  return new Promise((resolve) => waiting.push(resolve));
}
