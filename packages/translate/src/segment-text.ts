/**
 * Splits a text (a Markdown page, or a short text from course.yaml) into the segments a translator works on
 * — a heading, a paragraph, a list item, a quoted line, a table cell — and the skeleton between them (list
 * markers, `#`, `>`, blank lines, code blocks), which is not translated. Lossless: joining the parts gives the
 * text back exactly, so a translation is rebuilt by putting translated segments into the same skeleton.
 */
export type TextPart = { kind: 'skeleton'; text: string } | { kind: 'segment'; text: string };

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^(\s{0,3}#{1,6}[ \t]+)(.*?)((?:[ \t]+#+)?[ \t]*)$/;
const RULE = /^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BLOCK_PREFIX = /^([ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?)(.*)$/;
const WORDS = /[\p{L}\p{N}]/u;

export function joinParts(parts: readonly TextPart[]): string {
  return parts.map((p) => p.text).join('');
}

export function segmentText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const skeleton = (s: string) => {
    if (!s) return;
    const last = parts.at(-1);
    if (last?.kind === 'skeleton') last.text += s;
    else parts.push({ kind: 'skeleton', text: s });
  };
  /** A segment's own text, with its surrounding spaces moved to the skeleton. */
  const segment = (s: string) => {
    const lead = /^\s*/.exec(s)?.[0] ?? '';
    const trail = /\s*$/.exec(s.slice(lead.length))?.[0] ?? '';
    const core = s.slice(lead.length, s.length - trail.length);
    skeleton(lead);
    if (core && WORDS.test(core)) parts.push({ kind: 'segment', text: core });
    else skeleton(core);
    skeleton(trail);
  };

  let fence: string | undefined;
  /** The segment that the next plain line continues (a paragraph or list item running over lines). */
  let open: { text: string } | undefined;
  const closeOpen = () => {
    if (open) segment(open.text);
    open = undefined;
  };

  const lines = text.split(/(?<=\n)/);
  for (const full of lines) {
    const nl = full.endsWith('\n') ? (full.endsWith('\r\n') ? '\r\n' : '\n') : '';
    const line = full.slice(0, full.length - nl.length);
    if (fence !== undefined) {
      skeleton(full);
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      closeOpen();
      fence = fenceMatch[1] ?? '```';
      skeleton(full);
      continue;
    }
    if (!line.trim() || RULE.test(line) || line.trim().startsWith('<!--')) {
      closeOpen();
      skeleton(full);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      closeOpen();
      skeleton(heading[1] ?? '');
      segment(heading[2] ?? '');
      skeleton((heading[3] ?? '') + nl);
      continue;
    }
    if (/^\s*\|/.test(line)) {
      closeOpen();
      tableRow(line, skeleton, segment);
      skeleton(nl);
      continue;
    }
    const [, prefix = '', content = ''] = BLOCK_PREFIX.exec(line) ?? [];
    if (prefix.trim()) {
      closeOpen();
      skeleton(prefix);
      if (prefix.includes('>')) {
        segment(content);
        skeleton(nl);
      } else {
        open = { text: content };
        pendingNewline(nl);
      }
      continue;
    }
    if (open) {
      open.text += line;
      pendingNewline(nl);
      continue;
    }
    open = { text: line };
    pendingNewline(nl);
  }
  closeOpen();
  return parts;

  /** A line break inside an open paragraph belongs to its segment, unless the paragraph ends there. */
  function pendingNewline(nl: string) {
    if (!open || !nl) {
      closeOpen();
      skeleton(nl);
      return;
    }
    open.text += nl;
  }
}

/** `| a | b |`: each cell is a segment; the pipes and the `---` row are skeleton. */
function tableRow(line: string, skeleton: (s: string) => void, segment: (s: string) => void): void {
  let cell = '';
  let inCode = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    if (c === '\\' && i + 1 < line.length) {
      cell += c + (line[i + 1] ?? '');
      i++;
    } else if (c === '`') {
      inCode = !inCode;
      cell += c;
    } else if (c === '|' && !inCode) {
      if (/^\s*:?-+:?\s*$/.test(cell)) skeleton(cell);
      else segment(cell);
      skeleton('|');
      cell = '';
    } else cell += c;
  }
  if (/^\s*:?-+:?\s*$/.test(cell)) skeleton(cell);
  else segment(cell);
}
