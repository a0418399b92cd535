import { afterEach, describe, expect, test, vi } from 'vitest';

// A request whose Host and X-Forwarded-Host were forged by whoever sent it.
const forgedHeaders = vi.fn(() =>
  Promise.resolve(
    new Headers({ host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }),
  ),
);
vi.mock('next/headers', () => ({ headers: forgedHeaders }));

async function linksWith(settings: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(settings)) vi.stubEnv(key, value ?? '');
  return import('./links');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('absoluteUrl (ADR 13)', () => {
  test('builds links from APP_URL and never reads the request headers', async () => {
    const { absoluteUrl } = await linksWith({
      APP_URL: 'https://accord.example.org',
      DATABASE_URL: 'postgres://db/accord',
      NODE_ENV: 'production',
      AUTH_SECRET: 'x'.repeat(32),
    });
    expect(absoluteUrl('/reset-password/abc')).toBe('https://accord.example.org/reset-password/abc');
    expect(forgedHeaders).not.toHaveBeenCalled();
  });

  test('the embedded demo links to http://localhost:<PORT>, whatever the Host header says', async () => {
    const { absoluteUrl } = await linksWith({ APP_URL: undefined, DATABASE_URL: undefined, PORT: '4321' });
    expect(absoluteUrl('/invite/xyz')).toBe('http://localhost:4321/invite/xyz');
    expect(forgedHeaders).not.toHaveBeenCalled();
  });

  test('refuses anything but a path on this site', async () => {
    const { absoluteUrl } = await linksWith({ APP_URL: 'https://accord.example.org' });
    expect(() => absoluteUrl('//evil.example/x')).toThrow(/one "\/"/);
    expect(() => absoluteUrl('https://evil.example/x')).toThrow(/one "\/"/);
  });
});
