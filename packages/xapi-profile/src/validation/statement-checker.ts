import { StatementValidationError } from './statement-validation-error.ts';
import type { XapiVersion } from './xapi-version.ts';
import { isIri, isLanguageTag } from './xapi-formats.ts';

/** A JSON object as parsed from a request body. */
export type JsonObject = { [key: string]: unknown };

/**
 * Shared helpers of the statement validator: they know the current property path and the xAPI version, and throw
 * a StatementValidationError whose message starts with the path (`statements[2].actor.mbox: …`).
 */
export class StatementChecker {
  constructor(readonly version: XapiVersion) {}

  fail(path: string, message: string): never {
    throw new StatementValidationError(path, message);
  }

  /** The value must be a JSON object (not null, not an array). */
  object(value: unknown, path: string): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, `must be a JSON object, got ${describe(value)}.`);
    }
    return value as JsonObject;
  }

  /**
   * Rejects properties outside `allowed` and null values (1.0.3 Part Three §2.2: "reject any Statement having a
   * property whose value is set to null", except inside extensions, which are not walked here).
   */
  keys(obj: JsonObject, path: string, allowed: readonly string[]): void {
    // for…in, not Object.entries: no arrays allocated (this runs on every object of every stored statement).
    for (const key in obj) {
      if (!allowed.includes(key)) {
        this.fail(`${path}.${key}`, `unknown property; allowed here: ${allowed.join(', ')}.`);
      }
      if (obj[key] === null) this.fail(`${path}.${key}`, 'must not be null; leave the property out instead.');
    }
  }

  required(obj: JsonObject, path: string, key: string): unknown {
    if (obj[key] === undefined) this.fail(`${path}.${key}`, 'is required.');
    return obj[key];
  }

  string(value: unknown, path: string): string {
    if (typeof value !== 'string') this.fail(path, `must be a string, got ${describe(value)}.`);
    return value;
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value !== 'boolean') this.fail(path, `must be true or false, got ${describe(value)}.`);
    return value;
  }

  number(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(path, `must be a number, got ${describe(value)}.`);
    }
    return value;
  }

  iri(value: unknown, path: string): string {
    if (!isIri(value))
      this.fail(path, `must be an absolute IRI (e.g. "https://example.org/x"), got ${describe(value)}.`);
    return value;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, `must be an array, got ${describe(value)}.`);
    return value;
  }

  /** Language map (1.0.3 Part Two §4.2): RFC 5646 tags to strings. */
  languageMap(value: unknown, path: string): void {
    const map = this.object(value, path);
    for (const tag in map) {
      const text = map[tag];
      if (!isLanguageTag(tag))
        this.fail(`${path}.${tag}`, 'the key must be an RFC 5646 language tag (e.g. "en-US").');
      if (typeof text !== 'string') this.fail(`${path}.${tag}`, `must be a string, got ${describe(text)}.`);
    }
  }

  /** Extensions (1.0.3 Part Two §2.4.6.3 / §4.1): keys are IRIs, values any JSON (null allowed). */
  extensions(value: unknown, path: string): void {
    const map = this.object(value, path);
    for (const key of Object.keys(map)) {
      if (!isIri(key)) this.fail(`${path}["${key}"]`, 'extension keys must be absolute IRIs.');
    }
  }
}

/** Short description of a JSON value for error messages (never echoes long content). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return value.length > 60 ? `"${value.slice(0, 57)}..."` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
