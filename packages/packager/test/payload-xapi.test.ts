import { describe, expect, test } from 'vitest';
import type { CourseTracking } from '@dlis/course';
import { payloadXapi } from '@dlis/packager';

const tracking = (extra: Partial<CourseTracking> = {}): CourseTracking => ({
  identity: 'pseudonymous',
  cmi5: { moveOn: 'Completed', launchMethod: 'AnyWindow' },
  ...extra,
});
const key = { key: 'k1', secret: 's3cret' };
const basic = `Basic ${Buffer.from('k1:s3cret').toString('base64')}`;

describe('payloadXapi', () => {
  test('cmi5 and xapi always report, and never carry an embedded key', () => {
    for (const target of ['cmi5', 'xapi'] as const) {
      expect(payloadXapi(target, tracking())).toEqual({ identity: 'pseudonymous' });
      expect(payloadXapi(target, tracking({ identity: 'named' }), { embedKey: key })).toEqual({
        identity: 'named',
      });
      expect(payloadXapi(target, tracking(), { endpoint: 'https://lrs.test/xapi' })).toEqual({
        endpoint: 'https://lrs.test/xapi/',
        identity: 'pseudonymous',
      });
    }
  });

  test('SCORM and web report only when an LRS is named; the build flag wins over course.yaml', () => {
    for (const target of ['scorm12', 'scorm2004', 'web'] as const) {
      expect(payloadXapi(target, tracking())).toBeUndefined();
      expect(payloadXapi(target, tracking({ endpoint: 'https://a.test/xapi/' }))).toEqual({
        endpoint: 'https://a.test/xapi/',
        identity: 'pseudonymous',
      });
      expect(
        payloadXapi(target, tracking({ endpoint: 'https://a.test/xapi/' }), {
          endpoint: 'http://b.test:8080/x',
        }),
      ).toEqual({ endpoint: 'http://b.test:8080/x/', identity: 'pseudonymous' });
    }
  });

  test('credentials are embedded only when the key is given explicitly', () => {
    const withEndpoint = { endpoint: 'https://a.test/xapi/' };
    expect(payloadXapi('scorm2004', tracking(), withEndpoint)).not.toHaveProperty('authorization');
    expect(payloadXapi('scorm2004', tracking(), { ...withEndpoint, embedKey: key })).toEqual({
      endpoint: 'https://a.test/xapi/',
      identity: 'pseudonymous',
      authorization: basic,
    });
  });

  test('a key without any LRS is refused with PACKAGE_E_KEY_WITHOUT_ENDPOINT', () => {
    expect(() => payloadXapi('web', tracking(), { embedKey: key })).toThrow(
      expect.objectContaining({ code: 'PACKAGE_E_KEY_WITHOUT_ENDPOINT' }),
    );
  });
});
