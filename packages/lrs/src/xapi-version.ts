import { XAPI_VERSIONS, type XapiVersion } from '@dlis/xapi-profile';
import { LrsError } from './lrs-error.ts';

/** The two versions of the standard this LRS speaks (the validator's), as it reports them in About and headers. */
export { XAPI_VERSIONS, type XapiVersion };

/**
 * Reads X-Experience-API-Version. 1.0.3 Part Three §6.2: the LRS accepts any "1.0.x" (and "1.0") and answers as
 * 1.0.3; 2.0 (IEEE 9274.1.1 §4.1.5) accepts "2.0.x". Anything else, or no header, is a 400.
 */
export function parseXapiVersion(header: string | undefined): XapiVersion {
  if (header === undefined || header.trim() === '') {
    throw new LrsError(
      'version',
      'The X-Experience-API-Version header is missing. Send "1.0.3" or "2.0.0" with every request.',
      { part: 'header' },
    );
  }
  const value = header.trim();
  if (/^1\.0(\.\d+)?$/.test(value)) return '1.0.3';
  if (/^2\.0(\.\d+)?$/.test(value)) return '2.0.0';
  throw new LrsError(
    'version',
    `X-Experience-API-Version "${value}" is not supported. This LRS speaks ${XAPI_VERSIONS.join(' and ')}.`,
    { part: 'header' },
  );
}
