import { resolve } from 'node:path';
import { checkLinks, findExternalLinks, type ExternalLink, type LinkVerdict } from '@dlis/course';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';

/** Why a verdict matters to the designer, and what to do. */
function describe(verdict: LinkVerdict): { message: string; hint?: string } | undefined {
  switch (verdict.kind) {
    case 'ok':
      return undefined;
    case 'moved':
      return {
        message: `moved: it now leads to ${verdict.location}`,
        hint: 'Write the new address in the course (the old one may stop working).',
      };
    case 'broken':
      return {
        message: `broken: the site answers ${verdict.status}${verdict.status === 404 ? ' (not found)' : ''}`,
        hint: 'Find the page again on the site, or remove the link.',
      };
    case 'timeout':
      return {
        message: `no answer within ${verdict.ms / 1000} s`,
        hint: 'The site may be down or slow: check it again later, or in a browser.',
      };
    case 'unreachable':
      return {
        message: `cannot be reached (${verdict.reason})`,
        hint: 'Check the address, and that you are online.',
      };
  }
}

/**
 * `dlis check-links`: every http(s) address written in the courses' files, asked once each. Prints each
 * problem at its file:line:col, then a summary. Exit 1 when an address is broken, silent or unreachable
 * (moved ones are warnings).
 */
export async function checkCourseLinks(
  dirs: string[],
  options: { timeoutMs: number; json?: boolean | undefined },
  io: CliIo,
): Promise<ExitCode> {
  const links: ExternalLink[] = [];
  for (const dir of dirs) links.push(...(await findExternalLinks(resolve(io.cwd, dir), io.cwd)));
  const verdicts = await checkLinks(
    links.map((l) => l.url),
    { timeoutMs: options.timeoutMs },
  );
  const failing = (v: LinkVerdict) => v.kind === 'broken' || v.kind === 'timeout' || v.kind === 'unreachable';
  if (options.json) {
    io.out(
      JSON.stringify(
        links.map((l) => ({ ...l, verdict: verdicts.get(l.url) })),
        null,
        2,
      ),
    );
  } else {
    for (const link of links) {
      const verdict = verdicts.get(link.url)!;
      const text = describe(verdict);
      if (!text) continue;
      const prefix = failing(verdict) ? '' : 'warning: ';
      io.err(`${prefix}${link.file}:${link.line}:${link.col}: ${link.url} ${text.message}.`);
      if (text.hint) io.err(`  hint: ${text.hint}`);
    }
    const counts = { ok: 0, moved: 0, broken: 0, timeout: 0, unreachable: 0 };
    for (const verdict of verdicts.values()) counts[verdict.kind]++;
    const all = [...verdicts.values()];
    if (all.length > 0 && all.every((v) => v.kind === 'unreachable')) {
      io.err('No address could be reached: this computer may be offline. The links were not checked.');
    }
    io.out(
      `${verdicts.size} address${verdicts.size === 1 ? '' : 'es'} checked (${links.length} link${links.length === 1 ? '' : 's'}): ` +
        `${counts.ok} ok, ${counts.moved} moved, ${counts.broken} broken, ${counts.timeout} without answer, ` +
        `${counts.unreachable} unreachable.`,
    );
  }
  return [...verdicts.values()].some(failing) ? EXIT.diagnostics : EXIT.ok;
}
