import fs from 'node:fs';
import type { Download } from '@playwright/test';

/** The text of a downloaded PDF, page by page, read back with pdf.js (no rendering, no canvas). */
export async function pdfText(download: Download): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await fs.promises.readFile(await download.path()));
  const document = await getDocument({ data, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
  }
  await document.destroy();
  // One space for any run of white space, so a phrase is found wherever the page wrapped it.
  return pages.join('\n').replace(/\s+/g, ' ');
}

export const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();
