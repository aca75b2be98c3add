/**
 * The smallest strict XML reader the XLIFF import needs: elements, attributes, text, CDATA, comments,
 * processing instructions and the predefined and numeric character references. No DTD (a DOCTYPE is refused,
 * so no entity expansion), no namespaces resolution beyond keeping prefixed names as written. Every
 * well-formedness error is thrown as an XmlSyntaxError with its line and column.
 */

export interface XmlPosition {
  line: number;
  col: number;
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  position: XmlPosition;
}

export type XmlNode = XmlElement | { text: string; position: XmlPosition };

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: XmlPosition,
  ) {
    super(message);
  }
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.\u00B7-\uFFFF]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Element nesting allowed before the reader gives up (inline codes nest a few levels, never thousands). */
const MAX_DEPTH = 200;

export function isElement(node: XmlNode): node is XmlElement {
  return 'name' in node;
}

/** Parse a whole document and return its root element. */
export function readXml(source: string): XmlElement {
  return new XmlReader(source).document();
}

class XmlReader {
  private pos = 0;
  /** Offset of the first character of each line, for positions in O(log n). */
  private readonly lineStarts: number[] = [0];

  constructor(private readonly src: string) {
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  document(): XmlElement {
    if (this.src.startsWith('\uFEFF')) this.pos = 1;
    this.misc();
    if (this.src.startsWith('<!DOCTYPE', this.pos)) this.fail('a DOCTYPE is not allowed in an XLIFF file');
    if (this.src[this.pos] !== '<') this.fail('expected the root element');
    const root = this.element(0);
    this.misc();
    if (this.pos < this.src.length) this.fail('unexpected content after the root element');
    return root;
  }

  /** Whitespace, comments and processing instructions (incl. the XML declaration) outside the root. */
  private misc(): void {
    for (;;) {
      while (/\s/.test(this.src[this.pos] ?? '')) this.pos++;
      if (this.src.startsWith('<?', this.pos)) this.skipPast('?>', 'processing instruction');
      else if (this.src.startsWith('<!--', this.pos)) this.skipPast('-->', 'comment');
      else return;
    }
  }

  private element(depth: number): XmlElement {
    if (depth > MAX_DEPTH) this.fail(`elements nested more than ${MAX_DEPTH} deep`);
    const position = this.here();
    this.pos++; // '<'
    const name = this.name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const hadSpace = this.skipSpace();
      const c = this.src[this.pos];
      if (c === '/' && this.src[this.pos + 1] === '>') {
        this.pos += 2;
        return { name, attributes, children: [], position };
      }
      if (c === '>') {
        this.pos++;
        break;
      }
      if (c === undefined) this.fail(`unclosed start tag <${name}>`);
      if (!hadSpace) this.fail(`expected a space, '>' or '/>' in <${name}>`);
      const attrPos = this.here();
      const attr = this.name();
      this.skipSpace();
      if (this.src[this.pos] !== '=') this.fail(`expected '=' after attribute ${attr}`);
      this.pos++;
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`attribute ${attr} needs a quoted value`);
      this.pos++;
      const end = this.src.indexOf(quote, this.pos);
      if (end < 0) this.fail(`unclosed value of attribute ${attr}`);
      const raw = this.src.slice(this.pos, end);
      if (raw.includes('<')) this.fail(`'<' is not allowed in the value of attribute ${attr}`);
      const value = this.decode(raw, this.here());
      this.pos = end + 1;
      if (attr in attributes) throw new XmlSyntaxError(`attribute ${attr} is repeated`, attrPos);
      attributes[attr] = value.replace(/[\t\n\r]/g, ' ');
    }
    const children: XmlNode[] = [];
    for (;;) {
      const at = this.here();
      if (this.pos >= this.src.length) throw new XmlSyntaxError(`<${name}> is never closed`, position);
      if (this.src.startsWith('</', this.pos)) {
        this.pos += 2;
        const closing = this.name();
        this.skipSpace();
        if (this.src[this.pos] !== '>') this.fail(`expected '>' to end </${closing}>`);
        if (closing !== name) {
          throw new XmlSyntaxError(
            `</${closing}> closes <${name}> (opened at ${position.line}:${position.col})`,
            at,
          );
        }
        this.pos++;
        return { name, attributes, children, position };
      }
      if (this.src.startsWith('<!--', this.pos)) this.skipPast('-->', 'comment');
      else if (this.src.startsWith('<![CDATA[', this.pos)) {
        const end = this.src.indexOf(']]>', this.pos);
        if (end < 0) this.fail('unclosed CDATA section');
        children.push({ text: this.src.slice(this.pos + 9, end), position: at });
        this.pos = end + 3;
      } else if (this.src.startsWith('<?', this.pos)) this.skipPast('?>', 'processing instruction');
      else if (this.src[this.pos] === '<') children.push(this.element(depth + 1));
      else {
        let end = this.src.indexOf('<', this.pos);
        if (end < 0) end = this.src.length;
        const raw = this.src.slice(this.pos, end);
        if (raw.includes(']]>')) this.fail("']]>' is not allowed in text");
        children.push({ text: this.decode(raw, at), position: at });
        this.pos = end;
      }
    }
  }

  private decode(raw: string, start: XmlPosition): string {
    let out = '';
    let i = 0;
    for (;;) {
      const amp = raw.indexOf('&', i);
      if (amp < 0) return out + raw.slice(i);
      out += raw.slice(i, amp);
      const semi = raw.indexOf(';', amp);
      const ref = semi < 0 ? '' : raw.slice(amp + 1, semi);
      let char: string | undefined;
      if (/^#[0-9]{1,7}$/.test(ref)) char = codePoint(Number(ref.slice(1)));
      else if (/^#x[0-9A-Fa-f]{1,6}$/.test(ref)) char = codePoint(parseInt(ref.slice(2), 16));
      else char = PREDEFINED[ref];
      if (char === undefined) {
        const before = raw.slice(0, amp);
        const lines = before.split('\n');
        const line = start.line + lines.length - 1;
        const col = lines.length === 1 ? start.col + amp : (lines.at(-1)?.length ?? 0) + 1;
        throw new XmlSyntaxError(
          `unknown or malformed character reference '&${ref.slice(0, 20)}${semi < 0 ? '' : ';'}' (write & as &amp;)`,
          { line, col },
        );
      }
      out += char;
      i = semi + 1;
    }
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail('expected a name');
    this.pos += m[0].length;
    return m[0];
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (/\s/.test(this.src[this.pos] ?? '')) this.pos++;
    return this.pos > start;
  }

  private skipPast(end: string, what: string): void {
    const i = this.src.indexOf(end, this.pos);
    if (i < 0) this.fail(`unclosed ${what}`);
    this.pos = i + end.length;
  }

  private here(): XmlPosition {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= this.pos) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: this.pos - (this.lineStarts[low] ?? 0) + 1 };
  }

  private fail(message: string): never {
    throw new XmlSyntaxError(message, this.here());
  }
}

function codePoint(n: number): string | undefined {
  const allowed =
    n === 0x9 || n === 0xa || n === 0xd || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0x10ffff);
  return allowed && !(n >= 0xfffe && n <= 0xffff) ? String.fromCodePoint(n) : undefined;
}
