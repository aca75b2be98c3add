import { describe, expect, test } from 'vitest';
import { catalogs } from '../../src/i18n/catalogs.ts';
import { xapiCatalogs } from '../../src/i18n/xapi/xapi-catalogs.ts';
import { en } from '../../src/i18n/xapi/en.ts';
import { fr } from '../../src/i18n/xapi/fr.ts';
import { nextXapiNotice, useXapiNews, xapiMessagesFor } from '../../src/logic/xapi-news.ts';
import { xapiNotice } from '../../src/logic/xapi-notice.ts';

describe('xAPI news catalogues and plug-in', () => {
  test('one per UI language, each with exactly the keys of fr, all non-empty', () => {
    expect(Object.keys(xapiCatalogs).sort()).toEqual(Object.keys(catalogs).sort());
    const reference = Object.keys(fr).sort();
    for (const [tag, messages] of Object.entries(xapiCatalogs)) {
      expect(Object.keys(messages).sort(), tag).toEqual(reference);
      for (const [key, value] of Object.entries(messages)) expect(value.trim(), `${tag}.${key}`).not.toBe('');
    }
  });

  test('nothing before an xAPI entry plugs the news in; then the messagesFor fallback rules', () => {
    const waiting = {
      state: 'waiting',
      pending: 3,
      durable: true,
      full: false,
      failures: 5,
      conflicts: [],
      rejected: [],
    } as const;
    expect(xapiMessagesFor('fr')).toBeUndefined();
    expect(nextXapiNotice(waiting, undefined)).toBeUndefined();
    useXapiNews({ catalogs: xapiCatalogs, notice: xapiNotice });
    expect(nextXapiNotice(waiting, undefined)).toBe('xapiWaiting');
    expect(xapiMessagesFor('fr-CA')).toBe(fr);
    expect(xapiMessagesFor('de-AT')?.xapiSent).toBe('Ihre Aktivität wurde gesendet.');
    expect(xapiMessagesFor('it')).toBe(en);
  });
});
