/**
 * Safe HTML text for the printed documents (ADR 0018). The print pages and their PDFs are
 * written as HTML strings because the PDF is made outside React (a route handler cannot render
 * React to a string); every value from the record passes through `text` or `attr` here, so
 * a goal worded "<script>" prints as those characters and nothing else.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content: every character that could start markup or end an attribute is escaped. */
export function text(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Text whose line breaks should print (a goal written over two lines). */
export function multiline(value: string | null | undefined): string {
  return text(value).replace(/\r?\n/g, '<br>');
}

/** A definition list of the rows that have a value. */
export function facts(rows: readonly (readonly [string, string | null | undefined])[]): string {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (shown.length === 0) return '';
  const items = shown.map(([label, value]) => `<div><dt>${text(label)}</dt><dd>${multiline(value)}</dd></div>`);
  return `<dl class="facts">${items.join('')}</dl>`;
}

/** The whole standalone document the PDF is made from: inline CSS only, nothing to fetch. */
export function standaloneDocument(title: string, css: string, body: string): string {
  return (
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${text(title)}</title>` +
    `<style>${css}</style></head><body>${body}</body></html>`
  );
}
