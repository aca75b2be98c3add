/** Table and definition-list markup shared by the HTML report's sections. */
export function dl(term: string, value: string): string {
  return `<dt>${term}</dt><dd>${value}</dd>`;
}

export function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  return (
    `<table><caption>${caption}</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>` +
    rows
      .map(
        (r) =>
          `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`,
      )
      .join('') +
    `</tbody></table>`
  );
}
