/** The versions of xAPI whose data model the validator knows (1.0.3, and 2.0 = IEEE 9274.1.1), as an LRS reports them. */
export const XAPI_VERSIONS = ['1.0.3', '2.0.0'] as const;
export type XapiVersion = (typeof XAPI_VERSIONS)[number];
