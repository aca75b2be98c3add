/**
 * Inline SVG charts for the HTML report: no script, no external resource, readable in print and in grey scale.
 * Each chart has a <title> and <desc> (role="img"); the report puts its data table right after it. Meaning never
 * rests on colour alone: boxes are labelled, radar series differ by dash pattern and marker shape, level segments
 * carry their level number.
 */

export interface BoxSeries {
  label: string;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

const FONT = 'font-family="system-ui, sans-serif" font-size="12"';
const INK = '#1a1a1a';
const FILLS = ['#dbe9f6', '#9ecae1', '#4292c6', '#08519c', '#f0f0f0'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Room for the longest label at 12 px (about 6.6 px a character), within bounds; longer labels are cut. */
function labelWidth(labels: readonly string[], min = 90, max = 260): number {
  const longest = labels.reduce((m, l) => Math.max(m, l.length), 0);
  return Math.round(Math.min(max, Math.max(min, 16 + 6.6 * longest)));
}

function fit(label: string, width: number): string {
  const room = Math.floor((width - 16) / 6.6);
  return label.length <= room ? label : `${label.slice(0, Math.max(1, room - 1))}…`;
}

function svgOpen(id: string, width: number, height: number, title: string, desc: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">` +
    `<title id="${id}-t">${escapeXml(title)}</title><desc id="${id}-d">${escapeXml(desc)}</desc>`
  );
}

/** Width of the plot area of the row charts (box plots, stacked bars), right of the label column. */
const PLOT = 440;

/**
 * Begins a row chart: a label column wide enough for the rows' labels, then the plot. Returns the label column's width and
 * the opened parts; the caller closes them with `</g></svg>`.
 */
function openRowChart(
  id: string,
  rows: readonly { label: string }[],
  height: number,
  title: string,
  desc: string,
): { left: number; parts: string[] } {
  const left = labelWidth(rows.map((r) => r.label));
  return { left, parts: [svgOpen(id, left + PLOT + 20, height, title, desc), `<g ${FONT} fill="${INK}">`] };
}

/**
 * A row's label, right-aligned in the label column and cut to fit it (a cut label keeps its full text as a
 * tooltip: group names made of answer labels can be long); `y` is its baseline.
 */
function rowLabel(label: string, left: number, y: number): string {
  const shown = fit(label, left);
  const full = shown === label ? '' : `<title>${escapeXml(label)}</title>`;
  return `<text x="${left - 8}" y="${y}" text-anchor="end">${full}${escapeXml(shown)}</text>`;
}

/** Horizontal box plots on 0..100 (whiskers min–max, box Q1–Q3, median line, mean diamond), cut-offs dashed. */
export function boxPlotSvg(
  id: string,
  series: readonly BoxSeries[],
  cutoffs: readonly { at: number; label: string }[],
  title: string,
  desc: string,
): string {
  const row = 34;
  const top = 24;
  const height = top + series.length * row + 40;
  const { left, parts } = openRowChart(id, series, height, title, desc);
  const x = (v: number) => left + (Math.max(0, Math.min(100, v)) / 100) * PLOT;
  for (const c of cutoffs) {
    parts.push(
      `<line x1="${x(c.at)}" x2="${x(c.at)}" y1="${top - 8}" y2="${height - 34}" stroke="#777" stroke-dasharray="4 3"/>` +
        `<text x="${x(c.at) + 3}" y="${top - 10}">${escapeXml(c.label)}</text>`,
    );
  }
  series.forEach((s, i) => {
    const y = top + i * row + row / 2;
    parts.push(
      rowLabel(s.label, left, y + 4) +
        `<line x1="${x(s.min)}" x2="${x(s.max)}" y1="${y}" y2="${y}" stroke="${INK}"/>` +
        `<line x1="${x(s.min)}" x2="${x(s.min)}" y1="${y - 6}" y2="${y + 6}" stroke="${INK}"/>` +
        `<line x1="${x(s.max)}" x2="${x(s.max)}" y1="${y - 6}" y2="${y + 6}" stroke="${INK}"/>` +
        `<rect x="${x(s.q1)}" y="${y - 10}" width="${Math.max(1, x(s.q3) - x(s.q1))}" height="20" fill="${FILLS[1]}" stroke="${INK}"/>` +
        `<line x1="${x(s.median)}" x2="${x(s.median)}" y1="${y - 10}" y2="${y + 10}" stroke="${INK}" stroke-width="3"/>` +
        `<path d="M${x(s.mean)} ${y - 5}l5 5-5 5-5-5z" fill="#fff" stroke="${INK}"/>`,
    );
  });
  const axisY = height - 30;
  parts.push(`<line x1="${left}" x2="${left + PLOT}" y1="${axisY}" y2="${axisY}" stroke="${INK}"/>`);
  for (let t = 0; t <= 100; t += 20) {
    parts.push(
      `<line x1="${x(t)}" x2="${x(t)}" y1="${axisY}" y2="${axisY + 5}" stroke="${INK}"/><text x="${x(t)}" y="${axisY + 18}" text-anchor="middle">${t}</text>`,
    );
  }
  parts.push('</g></svg>');
  return parts.join('');
}

/** Radar (spider) chart of means on 0..100, one closed line per series with its own dash and marker. */
export function radarSvg(
  id: string,
  axes: readonly string[],
  series: readonly { label: string; values: readonly (number | null)[] }[],
  title: string,
  desc: string,
): string {
  const size = 420;
  const c = size / 2;
  const r = 150;
  const legend = 22 * series.length + 10;
  const legendWidth = labelWidth(
    series.map((s) => s.label),
    120,
    300,
  );
  const parts = [
    svgOpen(id, size + 50 + legendWidth, Math.max(size, legend), title, desc),
    `<g ${FONT} fill="${INK}">`,
  ];
  const point = (i: number, v: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
    return [c + Math.cos(a) * r * (v / 100), c + Math.sin(a) * r * (v / 100)] as const;
  };
  for (const ring of [20, 40, 60, 80, 100]) {
    const pts = axes
      .map((_, i) =>
        point(i, ring)
          .map((n) => n.toFixed(1))
          .join(','),
      )
      .join(' ');
    parts.push(`<polygon points="${pts}" fill="none" stroke="#ccc"/>`);
  }
  axes.forEach((label, i) => {
    const [ex, ey] = point(i, 100);
    const [lx, ly] = point(i, 114);
    parts.push(
      `<line x1="${c}" y1="${c}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}" stroke="#ccc"/>` +
        `<text x="${lx.toFixed(1)}" y="${(ly + 4).toFixed(1)}" text-anchor="middle">${escapeXml(label)}</text>`,
    );
  });
  series.forEach((s, k) => {
    const pts = s.values.flatMap((v, i) => (v === null ? [] : [point(i, v)]));
    const dash = DASHES[k % DASHES.length] ?? '';
    parts.push(
      `<polygon points="${pts.map((p) => p.map((n) => n.toFixed(1)).join(',')).join(' ')}" fill="none" stroke="${INK}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    for (const [px, py] of pts) parts.push(marker(k, px, py));
    const ly = 20 + k * 22;
    parts.push(
      `<line x1="${size + 10}" x2="${size + 50}" y1="${ly}" y2="${ly}" stroke="${INK}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>` +
        marker(k, size + 30, ly) +
        `<text x="${size + 58}" y="${ly + 4}">${escapeXml(fit(s.label, legendWidth))}</text>`,
    );
  });
  parts.push('</g></svg>');
  return parts.join('');
}

function marker(k: number, x: number, y: number): string {
  const p = (n: number) => n.toFixed(1);
  switch (k % 4) {
    case 0:
      return `<circle cx="${p(x)}" cy="${p(y)}" r="3.5" fill="${INK}"/>`;
    case 1:
      return `<rect x="${p(x - 3.5)}" y="${p(y - 3.5)}" width="7" height="7" fill="#fff" stroke="${INK}"/>`;
    case 2:
      return `<path d="M${p(x)} ${p(y - 4.5)}l4.5 8h-9z" fill="${INK}"/>`;
    default:
      return `<path d="M${p(x - 4)} ${p(y - 4)}l8 8m0-8l-8 8" stroke="${INK}" stroke-width="1.5"/>`;
  }
}

/** 100 % stacked bars: one per group, one segment per level (labelled with its short name), shares in %. */
export function stackedBarsSvg(
  id: string,
  rows: readonly { label: string; segments: readonly { short: string; count: number; hidden?: boolean }[] }[],
  title: string,
  desc: string,
): string {
  const row = 30;
  const height = 10 + rows.length * row + 10;
  const { left, parts } = openRowChart(id, rows, height, title, desc);
  // Hidden cells share one hatched segment per bar: marked by its pattern and its word, not by colour alone.
  if (rows.some((r) => r.segments.some((s) => s.hidden === true))) {
    parts.push(
      `<defs><pattern id="${id}-hidden" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#767676" stroke-width="2"/></pattern></defs>`,
    );
  }
  rows.forEach((r, i) => {
    const y = 10 + i * row;
    const total = r.segments.reduce((s, x) => s + x.count, 0);
    parts.push(rowLabel(r.label, left, y + 16));
    let at = left;
    r.segments.forEach((s, k) => {
      if (total === 0 || s.count === 0) return;
      const w = (s.count / total) * PLOT;
      const fill = s.hidden === true ? `url(#${id}-hidden)` : (FILLS[k % FILLS.length] ?? '#eee');
      const dark = s.hidden !== true && k >= 2 && k < 4;
      parts.push(
        `<rect x="${at.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="22" fill="${fill}" stroke="${INK}"/>`,
      );
      if (w > 34) {
        const text = s.hidden === true ? s.short : `${s.short} ${Math.round((s.count / total) * 100)}%`;
        parts.push(
          `<text x="${(at + w / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle" fill="${dark ? '#fff' : INK}"${s.hidden === true ? ' font-style="italic"' : ''}>${escapeXml(text)}</text>`,
        );
      }
      at += w;
    });
  });
  parts.push('</g></svg>');
  return parts.join('');
}
