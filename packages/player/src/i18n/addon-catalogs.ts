import type { LanguageTag } from '@dlis/course/compiled';

/**
 * The catalogues of a catalogue folder as `import.meta.glob` of its `<tag>.ts` files gives them (sources:
 * tests, preview): each file exports a const named after its tag.
 */
export function collectCatalogs<M>(modules: Record<string, Record<string, M>>): Record<LanguageTag, M> {
  const out: Record<LanguageTag, M> = {};
  for (const [path, module] of Object.entries(modules)) {
    const tag = path.slice(path.lastIndexOf('/') + 1, -3);
    const messages = module[tag];
    if (messages) out[tag] = messages;
  }
  return out;
}

/** The catalogue of `table` for a content language: same tag, else same primary subtag, else `fallback`. */
export function catalogFor<M>(table: Readonly<Record<LanguageTag, M>>, lang: LanguageTag, fallback: M): M {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return table[lang] ?? table[primary] ?? fallback;
}
