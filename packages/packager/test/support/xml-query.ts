import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Evaluates an XPath 1.0 expression on an XML document with xmllint (a real XML parser: the document must be
 * well-formed, entities are decoded). Use local-name() to stay clear of namespace prefixes.
 */
export function xpath(xml: string, expression: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlis-xpath-'));
  try {
    const file = join(dir, 'doc.xml');
    writeFileSync(file, xml);
    // xmllint ends its output with one newline of its own.
    return execFileSync('xmllint', ['--nonet', '--xpath', expression, file], { encoding: 'utf8' }).replace(
      /\n$/,
      '',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `//*[local-name()="a"]/*[local-name()="b"]` from `a/b`, anywhere in the document. */
export function el(path: string): string {
  return (
    '//' +
    path
      .split('/')
      .map((name) => `*[local-name()="${name}"]`)
      .join('/')
  );
}
