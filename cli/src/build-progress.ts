import { relative } from 'node:path';
import type { BuildProgress, PackageReport } from '@dlis/packager';
import type { CliIo } from './io.ts';

type CourseState = {
  phase: 'waiting' | 'checked' | 'packaging' | 'done';
  packages: number;
  ms?: number;
};

/**
 * The progress of a build of several courses: on a terminal, one line per course redrawn in place
 * (waiting, checked, packaging n/N, done with its time); elsewhere (a log, a pipe), one plain line per course
 * when it is done.
 */
export class BuildProgressView {
  private readonly states = new Map<string, CourseState>();
  private drawn = 0;

  constructor(
    private readonly dirs: readonly string[],
    private readonly targets: number,
    private readonly io: CliIo,
  ) {
    for (const dir of dirs) this.states.set(dir, { phase: 'waiting', packages: 0 });
    this.draw();
  }

  update(event: BuildProgress): void {
    if (event.type === 'start') return;
    const state = this.states.get(event.dir);
    if (!state) return;
    if (event.type === 'checked') state.phase = 'checked';
    else if (event.type === 'package') {
      state.phase = 'packaging';
      state.packages++;
    } else {
      state.phase = 'done';
      state.ms = event.ms;
      if (!this.io.terminal) this.io.out(this.line(event.dir, state));
    }
    this.draw();
  }

  private draw(): void {
    const terminal = this.io.terminal;
    if (!terminal) return;
    // Back to the first line drawn, then every line again (each cleared first).
    let text = this.drawn > 0 ? `\x1b[${this.drawn}A` : '';
    for (const dir of this.dirs) text += `\x1b[2K${this.line(dir, this.states.get(dir)!)}\n`;
    terminal.write(text);
    this.drawn = this.dirs.length;
  }

  private line(dir: string, state: CourseState): string {
    const shown = (relative(this.io.cwd, dir) || dir).padEnd(this.width());
    switch (state.phase) {
      case 'waiting':
        return `  · ${shown}  waiting`;
      case 'checked':
        return `  … ${shown}  checked`;
      case 'packaging':
        return `  … ${shown}  packaging ${state.packages}/${this.targets}`;
      case 'done':
        return `✓ ${shown}  ${state.packages} package${state.packages === 1 ? '' : 's'}  ${seconds(state.ms ?? 0)}`;
    }
  }

  private width(): number {
    return Math.max(...this.dirs.map((d) => (relative(this.io.cwd, d) || d).length));
  }
}

/** The packages of a build as a table: package, target, size, time. */
export function packageTable(
  packages: readonly PackageReport[],
  times: ReadonlyMap<string, number>,
  io: CliIo,
): string[] {
  const rows = packages.map((p) => [
    relative(io.cwd, p.file) || p.file,
    p.target + (p.embeddedKey ? ' (key)' : ''),
    formatSize(p.bytes),
    seconds(times.get(p.file) ?? 0),
  ]);
  const header = ['package', 'target', 'size', 'time'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => (i >= 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [format(header), ...rows.map(format)];
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
