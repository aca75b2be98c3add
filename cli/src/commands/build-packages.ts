import { relative, resolve } from 'node:path';
import { formatDiagnostic } from '@dlis/course';
import { buildCourses } from '@dlis/packager';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';

interface BuildOptions {
  targets: ('scorm12' | 'scorm2004' | 'web')[];
  lang?: string;
  out: string;
  json?: boolean;
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** `dlis build`: build every target of every course; nothing is written unless every course is valid. */
export async function buildPackages(dirs: string[], options: BuildOptions, io: CliIo): Promise<ExitCode> {
  const result = await buildCourses({
    courseDirs: dirs.map((dir) => resolve(io.cwd, dir)),
    targets: options.targets,
    ...(options.lang ? { lang: options.lang } : {}),
    outDir: resolve(io.cwd, options.out),
  });
  if (options.json) {
    io.out(JSON.stringify(result, null, 2));
    return result.ok ? EXIT.ok : EXIT.diagnostics;
  }
  if (!result.ok) {
    for (const d of result.diagnostics) io.err(formatDiagnostic(d));
    const count = result.diagnostics.length;
    io.err(`\n${count} problem${count === 1 ? '' : 's'}: nothing was built.`);
    return EXIT.diagnostics;
  }
  for (const w of result.warnings) io.err(`warning: ${formatDiagnostic(w)}`);
  for (const p of result.packages) {
    io.out(`✓ ${relative(io.cwd, p.file) || p.file}  (${p.target}, ${formatSize(p.bytes)})`);
  }
  return EXIT.ok;
}
