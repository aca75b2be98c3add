import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, loadCourse } from '@dlis/course';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const schemaFile = fileURLToPath(
  new URL('../../../packages/course/schema/course.schema.json', import.meta.url),
);

/** A course id made from a folder name: lowercase letters, digits and dashes. */
export function courseIdFromFolder(dir: string): string {
  const id = basename(resolve(dir))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(id) ? id : `course-${id || 'new'}`;
}

/**
 * First line of a new course.yaml: editors with the YAML language server (VS Code's YAML extension) check the
 * file against the schema while the designer types. The path is relative to the new course folder.
 */
export function schemaLine(courseDir: string): string {
  const path = relative(courseDir, schemaFile).split(sep).join('/');
  return `# yaml-language-server: $schema=${path}\n`;
}

async function isMissingOrEmpty(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/** `dlis new`: copy a template, give the course the folder's name as id, and check that it validates. */
export async function newCourse(dir: string, options: { template: string }, io: CliIo): Promise<ExitCode> {
  const templates = (await readdir(templatesDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  if (!templates.includes(options.template)) {
    io.err(`error: unknown template '${options.template}'. Available templates: ${templates.join(', ')}.`);
    return EXIT.usage;
  }
  const target = resolve(io.cwd, dir);
  if (!(await isMissingOrEmpty(target))) {
    io.err(
      `error: ${dir} already exists and is not empty. Choose a new folder name, or empty that folder first.`,
    );
    return EXIT.diagnostics;
  }
  await mkdir(target, { recursive: true });
  await cp(join(templatesDir, options.template), target, { recursive: true });

  const id = courseIdFromFolder(target);
  const courseFile = join(target, 'course.yaml');
  const source = await readFile(courseFile, 'utf8');
  await writeFile(courseFile, schemaLine(target) + source.replace(/^id: .*$/m, `id: ${id}`));

  const loaded = await loadCourse(target, { cwd: io.cwd });
  if (!loaded.ok) {
    // The templates are tested; reaching this means the template folder was edited by hand.
    for (const d of loaded.diagnostics) io.err(formatDiagnostic(d));
    return EXIT.diagnostics;
  }
  const shown = relative(io.cwd, target) || '.';
  io.out(`✓ Created ${shown} (course id: ${id}) from the '${options.template}' template.`);
  io.out(`\nNext steps:`);
  io.out(`  1. Edit ${join(shown, 'course.yaml')} and the Markdown files in ${join(shown, 'pages')}`);
  io.out(`  2. Check it:  npx dlis validate ${shown}`);
  io.out(`  3. Build it:  npx dlis build ${shown} --out dist`);
  return EXIT.ok;
}
