// @ts-check
// An ES module chunk of the compiled command turned into a script that runs with a V8 code cache
// (cached-script.mjs). Node 20 keeps no code cache of ES modules, so the chunk every course command loads (the
// course loader with yaml and marked, half a megabyte) was parsed and its functions compiled again at every
// start. As a script, V8 reads both from the cache the first run wrote.
//
// The chunk's text is kept line for line (its source map still applies to the script):
// - each `import … from "x"` becomes a `const` taken from the namespace of "x", which the module left in the
//   chunk's place imports (in the same order, so modules still run in the same order);
// - `import.meta` becomes the meta of that module, which has the chunk's file name (so `new URL(…, import.meta.url)`
//   resolves as before), and `import(x)` that module's import(x);
// - the final `export { a as b, … }` becomes `return { b: a, … }`: the module exports those values.
// A chunk with anything else (`export default`, `export const`, `export … from`, top-level await) is refused:
// the compilation fails.
import { parseAst } from 'rolldown/parseAst';

/**
 * @typedef {{ type: string, start: number, end: number, [key: string]: any }} AstNode
 */

/**
 * Parameters of the script: the namespaces of the chunk's imports, in order; the module's import.meta; its
 * `import()` (a script has none of its own: relative specifiers resolve from the module, in the chunk's folder).
 */
const IMPORTS = '__chunkImports';
const META = '__chunkImportMeta';
const DYNAMIC_IMPORT = '__chunkImport';

/**
 * The script and the module that replace the ES module chunk `code`.
 * @param {string} code the chunk, ASCII only (the build writes every chunk so)
 * @param {{ script: string, cachedScript: string, debug: string }} paths import paths from the chunk's folder:
 *   `script`, where the script is written; `cachedScript`, the module exporting runCachedScript; `debug`, where the
 *   chunk itself is kept (imported instead of the script when DLIS_DEBUG is set)
 * @returns {{ script: string, module: string }}
 */
export function chunkAsScript(code, paths) {
  if (/[^\0-\x7f]/.test(code)) throw new Error('the chunk is not ASCII');
  if (code.includes('__chunkImport')) throw new Error('the chunk names __chunkImport…');
  /** @type {{ body: AstNode[] }} */
  const ast = /** @type {any} */ (parseAst(code));
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  /** @type {string[]} */
  const sources = [];
  /** @type {string[]} */
  let exports = [];
  ast.body.forEach((node, index) => {
    if (node.type === 'ImportDeclaration') {
      const i = sources.push(node.source.value) - 1;
      edits.push({ start: node.start, end: node.end, text: importAsConst(node, i) });
    } else if (node.type === 'ExportNamedDeclaration' && !node.declaration && !node.source) {
      if (index !== ast.body.length - 1) throw new Error('the chunk exports before its last statement');
      exports = node.specifiers.map(/** @param {AstNode} s */ (s) => nameOf(s.exported));
      const returned = node.specifiers.map(
        /** @param {AstNode} s */ (s) => `${JSON.stringify(nameOf(s.exported))}: ${nameOf(s.local)}`,
      );
      edits.push({ start: node.start, end: node.end, text: `return { ${returned.join(', ')} };` });
    } else if (node.type.startsWith('Export')) {
      throw new Error(`the chunk has an ${node.type}`);
    }
  });
  visit(ast.body, (node) => {
    if (node.type === 'ImportExpression') {
      if (node.options) throw new Error('the chunk has an import() with options');
      edits.push({ start: node.start, end: node.source.start, text: `${DYNAMIC_IMPORT}(` });
    }
    if (node.type === 'MetaProperty' && node.meta.name === 'import')
      edits.push({ start: node.start, end: node.end, text: META });
  });
  edits.sort((a, b) => b.start - a.start);
  let body = code;
  for (const edit of edits) body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  // The wrapper opens on the chunk's first line: the lines of the script are those of the chunk. Strict, as the
  // module was.
  const script = `(function (${IMPORTS}, ${META}, ${DYNAMIC_IMPORT}) {'use strict'; ${body}\n})\n`;
  const namespaces = sources.map((source, i) => `import * as i${i} from ${JSON.stringify(source)};`);
  const module = [
    ...namespaces,
    `import { runCachedScript } from ${JSON.stringify(paths.cachedScript)};`,
    // DLIS_DEBUG: the chunk itself, whose stack traces Node maps to the sources (it maps no node:vm script's).
    `const chunk = process.env.DLIS_DEBUG ? await import(${JSON.stringify(paths.debug)}) : ` +
      `runCachedScript(new URL(${JSON.stringify(paths.script)}, import.meta.url))(` +
      `[${sources.map((_, i) => `i${i}`).join(', ')}], import.meta, (specifier) => import(specifier));`,
    ...exports.map((name, i) => `const e${i} = chunk[${JSON.stringify(name)}];`),
    `export { ${exports.map((name, i) => `e${i} as ${exportName(name)}`).join(', ')} };`,
    '',
  ].join('\n');
  return { script, module };
}

/**
 * `const { a: b, c } = __chunkImports[i];` for `import { a as b, c } from "…"`; a namespace or a default import is taken
 * from the namespace; an import for its effect alone leaves nothing (the module imports it).
 * @param {AstNode} node
 * @param {number} i
 */
function importAsConst(node, i) {
  /** @type {string[]} */
  const named = [];
  /** @type {string[]} */
  const statements = [];
  for (const s of node.specifiers) {
    if (s.type === 'ImportNamespaceSpecifier') statements.push(`const ${s.local.name} = ${IMPORTS}[${i}];`);
    else if (s.type === 'ImportDefaultSpecifier')
      statements.push(`const ${s.local.name} = ${IMPORTS}[${i}].default;`);
    else named.push(`${JSON.stringify(nameOf(s.imported))}: ${s.local.name}`);
  }
  if (named.length > 0) statements.unshift(`const { ${named.join(', ')} } = ${IMPORTS}[${i}];`);
  return statements.join(' ');
}

/** @param {AstNode} node an Identifier or a string Literal (`export { a as "b-c" }`) */
function nameOf(node) {
  return node.type === 'Identifier' ? node.name : String(node.value);
}

/** @param {string} name */
function exportName(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/**
 * Calls `found` on every node under `node`.
 * @param {unknown} node
 * @param {(node: AstNode) => void} found
 */
function visit(node, found) {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, found);
  } else if (node && typeof node === 'object') {
    const n = /** @type {AstNode} */ (node);
    if (typeof n.type === 'string') found(n);
    for (const key in n) {
      const value = n[key];
      if (value && typeof value === 'object') visit(value, found);
    }
  }
}
