import 'server-only';
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumInstalled } from '@/lib/chromium';

/**
 * HTML to PDF with Debian's Chromium (ADR 0018). The HTML is rendered on the server after the
 * data layer's access check and handed to the browser with setContent: no address to load, no
 * cookie, no session; scripts are off and every network request is refused, so the document
 * is exactly the string given. One browser is started on first use and reused; PDFs are made
 * one at a time (a queue), so a burst of downloads cannot start a browser page each on a small
 * server. Where there is no Chromium, `pdfAvailable()` says so and the print page still works.
 */

export function pdfAvailable(): boolean {
  return chromiumInstalled();
}

export class PdfUnavailable extends Error {
  constructor() {
    super(`PDF downloads need Chromium at ${CHROMIUM_PATH}, which this server does not have.`);
    this.name = 'PdfUnavailable';
  }
}

let browser: Promise<Browser> | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function sharedBrowser(): Promise<Browser> {
  if (browser) {
    const open = await browser.catch(() => null);
    if (open?.isConnected()) return open;
  }
  const { chromium } = await import('playwright-core');
  browser = chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const started = await browser;
  started.on('disconnected', () => {
    browser = null;
  });
  return started;
}

async function render(html: string): Promise<Uint8Array> {
  const context = await (await sharedBrowser()).newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    });
    return new Uint8Array(pdf);
  } finally {
    await context.close();
  }
}

/** A PDF of `html`, made after every PDF asked for before it. */
export function htmlToPdf(html: string): Promise<Uint8Array> {
  if (!pdfAvailable()) return Promise.reject(new PdfUnavailable());
  const result = queue.then(() => render(html));
  queue = result.catch(() => undefined);
  return result;
}
