import { validateXML } from 'xmllint-wasm';

/**
 * Evaluates an XPath 1.0 expression on an XML document with libxml2's xmllint (WebAssembly build, no system
 * program): a real XML parser, so the document must be well-formed and entities are decoded.
 * Use local-name() to stay clear of namespace prefixes.
 */
export async function xpath(xml: string, expression: string): Promise<string> {
  const result = await validateXML({
    xml: { fileName: 'doc.xml', contents: xml },
    // `normalization` makes xmllint-wasm hand back stdout; the arguments are then replaced by the query.
    normalization: 'format',
    modifyArguments: () => ['--nonet', '--xpath', expression, 'doc.xml'],
  });
  // xmllint ends its output with one newline of its own.
  return result.normalized.replace(/\n$/, '');
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
