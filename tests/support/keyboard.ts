import type { Page } from 'playwright-core';

/**
 * Keyboard-only helpers: they read where focus is (following open shadow roots) and move it with Tab or
 * Shift+Tab only. Nothing here clicks, checks or fills.
 */
export interface FocusedElement {
  tag: string;
  /** Explicit role, else the implicit one of the common controls (link, button, radio, checkbox, …). */
  role: string;
  /** aria-label, aria-labelledby, associated <label> text, else text content, on one line. */
  name: string;
  checked?: boolean;
  selected?: boolean;
  expanded?: string | null;
  /** Whether the focus ring can be seen: a non-`none` outline or box-shadow. */
  ringVisible: boolean;
  /** The computed outline and box-shadow, for messages. */
  ring: string;
}

export interface FocusTarget {
  role: string;
  /** The exact name, a pattern, or any of a list of exact names. */
  name: string | RegExp | readonly string[];
}

/** The deeply focused element (document.activeElement, then each shadowRoot.activeElement). */
export async function focused(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const oneLine = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const tag = el.tagName.toLowerCase();
    const input = el instanceof HTMLInputElement ? el : undefined;
    const implicit: Record<string, string> = {
      a: el.hasAttribute('href') ? 'link' : 'generic',
      button: 'button',
      select: 'combobox',
      textarea: 'textbox',
      summary: 'button',
      h1: 'heading',
      h2: 'heading',
      h3: 'heading',
      audio: 'audio',
      video: 'video',
    };
    const inputRole: Record<string, string> = { radio: 'radio', checkbox: 'checkbox' };
    const role =
      el.getAttribute('role') ??
      (input ? (inputRole[input.type] ?? 'textbox') : (implicit[tag] ?? 'generic'));
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelledBy = el
      .getAttribute('aria-labelledby')
      ?.split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ');
    const labels =
      input || el instanceof HTMLSelectElement
        ? Array.from((el as HTMLInputElement).labels ?? [], (l) => l.textContent ?? '').join(' ')
        : '';
    const name = oneLine(el.getAttribute('aria-label') || labelledBy || labels || el.textContent);
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      tag,
      role,
      name,
      ...(input ? { checked: input.checked } : {}),
      ...(el.hasAttribute('aria-selected') ? { selected: el.getAttribute('aria-selected') === 'true' } : {}),
      expanded: el.getAttribute('aria-expanded'),
      ringVisible: outline || shadow,
      ring: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
    };
  });
}

function matches(el: FocusedElement | null, target: FocusTarget): boolean {
  if (!el || el.role !== target.role) return false;
  const { name } = target;
  if (typeof name === 'string') return el.name === name;
  return name instanceof RegExp ? name.test(el.name) : name.includes(el.name);
}

function describeFocus(el: FocusedElement | null): string {
  return el ? `${el.role} <${el.tag}> "${el.name.slice(0, 80)}"` : 'nothing (body)';
}

/**
 * Presses Tab (or Shift+Tab) until the focused element has the wanted role and accessible name; fails after
 * `maxPresses` with what was focused along the way.
 */
export async function tabTo(
  page: Page,
  target: FocusTarget,
  options: { backwards?: boolean; maxPresses?: number } = {},
): Promise<FocusedElement> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const max = options.maxPresses ?? 120;
  const seen: string[] = [];
  let current = await focused(page);
  if (matches(current, target)) return current!;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    current = await focused(page);
    if (matches(current, target)) return current!;
    seen.push(describeFocus(current));
  }
  throw new Error(
    `${max} × ${key} did not reach ${target.role} "${String(target.name)}"; focused last: ` +
      `${describeFocus(current)}; along the way: ${seen.slice(-8).join(' | ')}`,
  );
}
