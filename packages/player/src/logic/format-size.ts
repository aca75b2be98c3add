/**
 * A file size for people: kilobytes under 1,000 KB, else megabytes (1 KB = 1,000 bytes, as file managers
 * show), the number written with Intl.NumberFormat in `lang` and at most one decimal (none for KB).
 * `templates` are the UI strings `{size} Ko` / `{size} Mo` (`{size} KB` / `{size} MB` in English).
 */
export function formatSize(bytes: number, lang: string, templates: { kb: string; mb: string }): string {
  const kb = Math.max(1, Math.round(bytes / 1000));
  if (kb < 1000) return templates.kb.replace('{size}', new Intl.NumberFormat(lang).format(kb));
  const mb = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / 1_000_000);
  return templates.mb.replace('{size}', mb);
}
