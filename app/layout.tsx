import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Accord', template: '%s · Accord' },
  description: 'Collaborative goal setting for therapy: agree goals together, check in, see progress.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f766e' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so Next can put this response's CSP nonce (proxy.ts) on
  // its scripts; a prerendered page would carry none and be blocked (ADR 13).
  await connection();
  return (
    <html lang="en-GB">
      <body className="min-h-dvh font-sans">
        <a
          href="#main"
          className={
            'sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded ' +
            'focus:bg-white focus:px-4 focus:py-2 focus:shadow'
          }
        >
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
