// @ts-check
// Compiles the `dlis` command: cli/src and the workspace packages it imports, bundled by rolldown into plain
// JavaScript under cli/dist/<build>/ (gitignored), so that a start is a bare Node start, not a TypeScript
// compilation. Plain JavaScript itself because cli/bin/dlis.js imports it to recompile stale builds, and Node 20
// does not run TypeScript.
//
// - npm packages stay external, imported by their path relative to the output, as resolved from the source
//   that imports them (a workspace may hold its own version of a package, e.g. packages/course/node_modules/ajv).
// - `import.meta.url` in the sources is replaced by the URL of the source file itself, so that the files they
//   locate next to them (schemas, XSDs, templates, the player build) are found where they are.
// - cli/dist/current.json names the build and the inputs it was made from (path, size, mtime): the bin checks
//   them at every start and recompiles when one changed. Each build has its own folder, so a process that
//   still runs an older build keeps loading its chunks while a newer one is written.
// Only what currentBuild() needs is imported at the top: the bin imports this module at every start of `dlis`.
// What compiling needs (node:crypto, node:fs/promises, rolldown) is imported when it compiles.
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'cli', 'dist');
/** Where the bin finds the current build. */
export const CURRENT_FILE = join(DIST, 'current.json');
/** Entry points: the command, and the worker thread that builds courses in parallel. */
const ENTRIES = {
  dlis: 'cli/src/main.ts',
  'build-worker': 'packages/packager/src/build-worker.ts',
};
/** Replaced in the bundle by a loader of its own standaloneValidatorsCode(): ajv's validators, compiled once here. */
const SCHEMA_VALIDATORS = join(ROOT, 'packages/course/src/schema-validators.ts');
/** Sources of the workspace packages (not their node_modules). */
const WORKSPACE_SOURCE = /[\\/]packages[\\/][^\\/]+[\\/](src|build)[\\/]/;
/** The validators' script in a build (precompiledValidators), run with a V8 code cache. */
const VALIDATORS_SCRIPT = 'schema-validators.cjs';
/** Runs a script of the build with a V8 code cache kept next to it (bundled into the command). */
const CACHED_SCRIPT = join(ROOT, 'cli', 'build', 'cached-script.mjs');
/** Files that decide the output besides the bundled sources: a dependency change must recompile. */
const EXTRA_INPUTS = ['package-lock.json', 'cli/build/compile-cli.mjs', 'cli/build/cached-chunk.mjs'];
/**
 * Chunks (by name) run as scripts with a V8 code cache (cli/build/cached-chunk.mjs): the command's entry
 * (commander and the command table, loaded at every start but help's) and the course loader, which every course
 * command loads (yaml, marked, the checks: 0.5 MB, the largest code of `dlis validate`).
 */
const CACHED_CHUNKS = new Set(['dlis', 'load-course']);
/**
 * npm packages bundled into the command instead of imported from node_modules: the pure JavaScript ones every
 * course command loads. Importing them from node_modules resolves and reads a hundred small files at each start
 * (yaml alone is 80 CommonJS files); bundled, they are a few chunks. Packages with native code, data files or
 * their own workers (better-sqlite3, xmllint-wasm, vite, playwright) stay external.
 */
const BUNDLED_PACKAGES = new Set([
  'yaml',
  'marked',
  'sanitize-html',
  'htmlparser2',
  'domhandler',
  'domelementtype',
  'domutils',
  'dom-serializer',
  'entities',
  'deepmerge',
  'escape-string-regexp',
  'is-plain-object',
  'parse-srcset',
  'postcss',
  'picocolors',
  'nanoid',
  'source-map-js',
  'commander',
]);
/** File of a build holding the output of its help command lines (cli/src/recorded-help.ts), replayed by the bin. */
const HELP_FILE = 'help.json';
/** Builds kept besides the new one (a running process may still load chunks from them). */
const KEEP_OLD_BUILDS = 2;

/**
 * @typedef {{ dir: string, inputs: [string, number, number][] }} CurrentBuild
 * `dir`: folder of the build under cli/dist; `inputs`: [path relative to the root, size, mtimeMs] of every file
 * the build was made from.
 */

/** Compiles the command into a new folder under cli/dist and makes it current. Returns that folder. */
export async function compileCli() {
  const { rolldown } = await import('rolldown');
  const { createHash } = await import('node:crypto');
  const { mkdir, rename, rm, writeFile } = await import('node:fs/promises');
  await mkdir(DIST, { recursive: true });
  const staging = join(DIST, `.staging-${process.pid}-${Date.now()}`);
  /** @type {Set<string>} */
  const sources = new Set();
  const validators = await precompiledValidators(rolldown, staging);
  const bundle = await rolldown({
    cwd: ROOT,
    input: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)])),
    platform: 'node',
    logLevel: 'warn',
    checks: { bundlerTimings: false },
    // The workspace packages' modules only declare things: a module none of whose exports a chunk uses is left
    // out of it (\`dlis validate\` then loads the loader, not the compiler and its HTML sanitizer).
    treeshake: { moduleSideEffects: [{ test: WORKSPACE_SOURCE, sideEffects: false }] },
    plugins: [
      externalPackages(),
      replaceModule(SCHEMA_VALIDATORS, validators.module),
      sourceLocatedMeta(staging, sources),
      commanderSpawnsLazily(),
    ],
  });
  /** @type {import('rolldown').RolldownOutput['output']} */
  let output;
  try {
    ({ output } = await bundle.write({
      dir: staging,
      format: 'esm',
      sourcemap: true,
      // ASCII only (\u escapes): Node decodes and V8 parses a one-byte source faster than UTF-8 text.
      charset: 'ascii',
      // Licence notices only: the rest of the comments is in the source maps' sources.
      comments: { legal: true, annotation: false, jsdoc: false },
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      // Externals are absolute paths (externalPackages): import them relative to the output folder.
      paths: (id) => (id.startsWith('/') ? toImportPath(relative(staging, id)) : id),
    }));
  } finally {
    await bundle.close();
  }
  await writeFile(join(staging, VALIDATORS_SCRIPT), validators.script);
  for (const chunk of output)
    if (chunk.type === 'chunk' && CACHED_CHUNKS.has(chunk.name)) await cacheChunk(staging, chunk.fileName);
  const inputs = await describeInputs([...sources, ...EXTRA_INPUTS.map((f) => join(ROOT, f))]);
  const id = createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 12);
  const dir = join(DIST, id);
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
  await writeFile(join(dir, HELP_FILE), `${JSON.stringify(await recordHelpOf(dir))}\n`);
  /** @type {CurrentBuild} */
  const current = { dir: id, inputs };
  const temp = `${CURRENT_FILE}.${process.pid}`;
  await writeFile(temp, `${JSON.stringify(current)}\n`);
  await rename(temp, CURRENT_FILE);
  await removeOldBuilds(id);
  return dir;
}

/**
 * What the help command lines of the build in `dir` print (cli/src/recorded-help.ts), by command line.
 * @param {string} dir
 * @returns {Promise<Record<string, { out: string, err: string, code: number }>>}
 */
async function recordHelpOf(dir) {
  const { recordHelp, runCli } = await import(pathToFileURL(join(dir, 'dlis.js')).href);
  /** @type {import('../src/recorded-help.ts').RecordedReply[]} */
  const replies = await recordHelp(runCli);
  return Object.fromEntries(replies.map(({ argv, ...reply }) => [JSON.stringify(argv), reply]));
}

/**
 * The validators of packages/course/src/schema-validators.ts for the build in `outDir`: `script`, their standalone
 * code (made by that module itself: bundled into `outDir`, imported, called) as a function expression of
 * `(exports, require)`, written to VALIDATORS_SCRIPT; `module`, the code that replaces that module in the bundle
 * and runs the script with a V8 code cache.
 * @param {typeof import('rolldown').rolldown} rolldown
 * @param {string} outDir
 */
async function precompiledValidators(rolldown, outDir) {
  const { rm } = await import('node:fs/promises');
  const bundle = await rolldown({
    input: SCHEMA_VALIDATORS,
    platform: 'node',
    logLevel: 'warn',
    plugins: [externalPackages()],
  });
  let file;
  try {
    const { output } = await bundle.write({
      dir: outDir,
      format: 'esm',
      entryFileNames: 'schema-validators-generator.mjs',
      paths: (id) => (id.startsWith('/') ? toImportPath(relative(outDir, id)) : id),
    });
    file = join(outDir, output[0].fileName);
  } finally {
    await bundle.close();
  }
  const { standaloneValidatorsCode } = await import(pathToFileURL(file).href);
  await rm(file);
  // ajv's runtime helpers are required from the source's folder (packages/course may hold its own ajv).
  const source = JSON.stringify(toImportPath(relative(outDir, SCHEMA_VALIDATORS)));
  return {
    // ASCII only, like the chunks: the schemas' French texts as \\u escapes (they are in strings and patterns).
    script: `(function (exports, require) {\n${asciiOnly(standaloneValidatorsCode())}\n})\n`,
    module: `import { createRequire } from 'node:module';
import { runCachedScript } from ${JSON.stringify(CACHED_SCRIPT)};
const require = createRequire(new URL(${source}, import.meta.url));
let validators;
const load = () => {
  if (!validators) {
    validators = {};
    runCachedScript(new URL(${JSON.stringify(`./${VALIDATORS_SCRIPT}`)}, import.meta.url))(validators, require);
  }
  return validators;
};
export function courseValidator() { return load().courseValidator; }
export function questionnaireValidator() { return load().questionnaireValidator; }
`,
  };
}

/**
 * Replaces the chunk `fileName` of the build in `outDir` by a script run with a V8 code cache and the module
 * that runs it (cached-chunk.mjs); its source map follows the script (same lines).
 * @param {string} outDir
 * @param {string} fileName
 */
async function cacheChunk(outDir, fileName) {
  const { copyFile, readFile, rename, writeFile } = await import('node:fs/promises');
  const { Script } = await import('node:vm');
  const { chunkAsScript } = await import('./cached-chunk.mjs');
  const file = join(outDir, fileName);
  const scriptName = fileName.replace(/\.js$/, '.cjs');
  const debugName = fileName.replace(/\.js$/, '.debug.js');
  const written = await readFile(file, 'utf8');
  const code = written.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n');
  let parts;
  try {
    parts = chunkAsScript(code, {
      script: `./${scriptName}`,
      cachedScript: toImportPath(relative(outDir, CACHED_SCRIPT)),
      debug: `./${debugName}`,
    });
    new Script(parts.script, { filename: scriptName }); // a syntax error shows here, not at a user's start
  } catch (error) {
    throw new Error(
      `${fileName} cannot run as a cached script: ${error instanceof Error ? error.message : error}`,
      { cause: error },
    );
  }
  await writeFile(join(outDir, scriptName), `${parts.script}//# sourceMappingURL=${scriptName}.map\n`);
  await copyFile(`${file}.map`, join(outDir, `${scriptName}.map`));
  // The chunk as it was, for DLIS_DEBUG (Node maps its stack traces to the sources).
  await writeFile(join(outDir, debugName), `${code}//# sourceMappingURL=${debugName}.map\n`);
  await rename(`${file}.map`, join(outDir, `${debugName}.map`));
  await writeFile(file, parts.module);
}

/**
 * `code` with each non-ASCII UTF-16 unit written as a \\u escape: the same program where those characters are in
 * string literals, regular expressions, identifiers or comments.
 * @param {string} code
 */
function asciiOnly(code) {
  return code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Loads `code` instead of the file `id`.
 * @param {string} id
 * @param {string} code
 * @returns {import('rolldown').Plugin}
 */
function replaceModule(id, code) {
  return {
    name: 'dlis-replace-module',
    load(loaded) {
      return loaded === id ? { code, moduleType: 'js' } : null;
    },
  };
}

/**
 * commander requires node:child_process when it loads, for the sub-commands it runs as separate programs, which
 * `dlis` has none of: that module and what it pulls in (net, dgram, streams) cost every start a couple of
 * milliseconds. Its `childProcess.spawn` becomes a function that requires it when called. A commander whose first
 * line differs is bundled as it is.
 * @returns {import('rolldown').Plugin}
 */
function commanderSpawnsLazily() {
  const eager = "const childProcess = require('node:child_process');";
  return {
    name: 'dlis-commander-spawns-lazily',
    transform(code, id) {
      if (!id.endsWith(`${sep}node_modules${sep}commander${sep}lib${sep}command.js`) || !code.includes(eager))
        return null;
      const lazy =
        "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { code: code.replace(eager, lazy), map: null };
    },
  };
}

/**
 * Every bare import of an npm package becomes external, at the file Node's resolution gives from the importer
 * (rolldown resolves it: conditions node, import, default). Workspace packages (@dlis/*) resolve to their
 * sources under packages/ and are bundled.
 * @returns {import('rolldown').Plugin}
 */
function externalPackages() {
  return {
    name: 'dlis-external-packages',
    async resolveId(source, importer, options) {
      if (source.startsWith('node:')) return { id: source, external: true };
      if (!importer || source.startsWith('.') || source.startsWith('/') || source.startsWith('\0'))
        return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      if (resolved.external) return resolved;
      const packageName = packageNameOf(resolved.id);
      return packageName && !BUNDLED_PACKAGES.has(packageName)
        ? { id: resolved.id, external: true }
        : resolved;
    },
  };
}

/**
 * Replaces `import.meta.url` in the repository's sources by the URL of the source file, computed from the
 * chunk's own URL (the output folder is flat: every chunk is one level under cli/dist/<build>/). Refuses
 * `import.meta.dirname` and `import.meta.filename`, which cannot be rewritten as simply.
 * Records every bundled source file in `sources`.
 * @param {string} outDir
 * @param {Set<string>} sources
 * @returns {import('rolldown').Plugin}
 */
function sourceLocatedMeta(outDir, sources) {
  return {
    name: 'dlis-source-located-meta',
    transform(code, id) {
      if (id.startsWith('\0') || id.includes(`${sep}node_modules${sep}`)) return null;
      sources.add(id);
      // Its replacement (precompiledValidators) locates the script of the build: its import.meta.url is the chunk's.
      if (id === SCHEMA_VALIDATORS) return null;
      if (/\bimport\.meta\.(dirname|filename)\b/.test(code)) {
        this.error(
          `${relative(ROOT, id)}: use new URL('…', import.meta.url) instead of import.meta.dirname/filename`,
        );
      }
      if (!code.includes('import.meta.url')) return null;
      const fromOutput = JSON.stringify(toImportPath(relative(outDir, id)));
      return {
        code: code.replaceAll('import.meta.url', `new URL(${fromOutput}, import.meta.url).href`),
        map: null,
      };
    },
  };
}

/** The npm package a resolved file belongs to (`yaml`, `@scope/name`), or undefined outside node_modules. */
function packageNameOf(file) {
  const marker = `${sep}node_modules${sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return undefined;
  const [first, second] = file.slice(at + marker.length).split(sep);
  return first?.startsWith('@') ? `${first}/${second}` : first;
}

/** A relative path as an import specifier: POSIX separators, `./` in front of a name. */
function toImportPath(path) {
  const posix = path.split(sep).join('/');
  return posix.startsWith('.') ? posix : `./${posix}`;
}

/**
 * [path relative to the root, size, mtimeMs] of each file, sorted by path.
 * @param {string[]} files
 * @returns {Promise<[string, number, number][]>}
 */
async function describeInputs(files) {
  const { stat } = await import('node:fs/promises');
  const unique = [...new Set(files)].sort();
  return Promise.all(
    unique.map(async (file) => {
      const info = await stat(file);
      return /** @type {[string, number, number]} */ ([
        toImportPath(relative(ROOT, file)).slice(2),
        info.size,
        info.mtimeMs,
      ]);
    }),
  );
}

/** Removes staging folders and builds other than `current` and the KEEP_OLD_BUILDS most recent ones. */
async function removeOldBuilds(current) {
  const { readdir, rm, stat } = await import('node:fs/promises');
  const entries = await readdir(DIST, { withFileTypes: true });
  const builds = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name === current) continue;
    if (entry.name.startsWith('.staging-')) continue; // another process may be writing it
    builds.push({ name: entry.name, mtime: (await stat(join(DIST, entry.name))).mtimeMs });
  }
  builds.sort((a, b) => b.mtime - a.mtime);
  for (const old of builds.slice(KEEP_OLD_BUILDS))
    await rm(join(DIST, old.name), { recursive: true, force: true });
}

/**
 * The current build, or why it cannot be used: `missing` (never compiled), `stale` (an input changed since).
 * Synchronous and cheap (one stat per input): the bin calls it at every start.
 * @param {typeof import('node:fs')} fs
 * @returns {{ state: 'fresh', entry: string } | { state: 'missing' | 'stale', reason: string }}
 */
export function currentBuild(fs) {
  /** @type {CurrentBuild} */
  let current;
  try {
    current = JSON.parse(fs.readFileSync(CURRENT_FILE, 'utf8'));
  } catch {
    return { state: 'missing', reason: 'the dlis command has not been compiled' };
  }
  const entry = join(DIST, current.dir, 'dlis.js');
  if (!fs.existsSync(entry)) return { state: 'missing', reason: `${relative(ROOT, entry)} is missing` };
  // ROOT ends with a separator and the inputs are plain relative paths: a concatenation, not path.join (whose
  // normalisation was half the time of this loop, run at every start).
  for (const [path, size, mtime] of current.inputs) {
    const info = fs.statSync(ROOT + path, { throwIfNoEntry: false });
    if (!info || info.size !== size || info.mtimeMs !== mtime) {
      return { state: 'stale', reason: `${path} changed since the dlis command was compiled` };
    }
  }
  return { state: 'fresh', entry };
}

/**
 * The recorded output of `argv` when it is a help command line of the build (`dlis --help`, `dlis validate -h`…),
 * else undefined: the bin then runs the command.
 * @param {typeof import('node:fs')} fs
 * @param {string} entry the build's dlis.js (currentBuild)
 * @param {string[]} argv
 * @returns {{ out: string, err: string, code: number } | undefined}
 */
export function recordedReply(fs, entry, argv) {
  if (argv.length > 4) return undefined;
  let replies;
  try {
    replies = JSON.parse(fs.readFileSync(join(dirname(entry), HELP_FILE), 'utf8'));
  } catch {
    return undefined; // a build made before help was recorded: run the command
  }
  const key = JSON.stringify(argv);
  return Object.hasOwn(replies, key) ? replies[key] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = globalThis.performance.now();
  const dir = await compileCli();
  console.log(
    `dlis compiled into ${relative(process.cwd(), dir) || dir} (${((globalThis.performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
