import type { fr } from './fr.ts';

/** The keys of the UI strings; fr.ts is the reference. */
export type MessageKey = keyof typeof fr;

/** A UI catalogue: exactly the keys of fr.ts (`satisfies Messages` flags a missing or extra key). */
export type Messages = Record<MessageKey, string>;

/** Replaces `{name}` placeholders with `params[name]`; unknown placeholders are left as they are. */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
