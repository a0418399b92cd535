import { describe, expect, test } from 'vitest';
import { appOrigin, isEmbeddedDemo, parseEnv } from './env';

const SECRET = 'a-production-secret-of-at-least-32-characters';
const DATABASE_URL = 'postgres://accord@db.internal:5432/accord';

describe('production settings (ADR 13)', () => {
  test('production against DATABASE_URL without APP_URL refuses, naming APP_URL and why', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL, AUTH_SECRET: SECRET })).toThrow(
      /APP_URL must be set when running in production against DATABASE_URL.*never from request headers/,
    );
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL, AUTH_SECRET: SECRET, APP_URL: '' })).toThrow(
      /APP_URL must be set/,
    );
  });

  test('production against DATABASE_URL without AUTH_SECRET refuses too', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL, APP_URL: 'https://accord.example.org' })).toThrow(
      /AUTH_SECRET must be set/,
    );
  });

  test('with both set, links use APP_URL without its trailing slash', () => {
    const settings = parseEnv({
      NODE_ENV: 'production',
      DATABASE_URL,
      AUTH_SECRET: SECRET,
      APP_URL: 'https://accord.example.org/',
    });
    expect(appOrigin(settings)).toBe('https://accord.example.org');
    expect(isEmbeddedDemo(settings)).toBe(false);
  });

  test('a server-action key shared by instances must be a base64 32-byte key, or the server refuses to start (ADR 0021)', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key);
    for (const bad of ['not-a-key', Buffer.alloc(16, 7).toString('base64'), `${key.slice(0, -2)}?=`]) {
      expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: bad })).toThrow(
        /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be a base64-encoded 32-byte key/,
      );
    }
  });

  test('APP_URL must be an http(s) address', () => {
    expect(() => parseEnv({ APP_URL: 'javascript:alert(1)' })).toThrow(
      /APP_URL must be an http:\/\/ or https:\/\/ address/,
    );
    expect(() => parseEnv({ APP_URL: 'accord.example.org' })).toThrow(/APP_URL/);
  });

  test('the embedded demo needs neither and links to http://localhost:<PORT>', () => {
    const production = parseEnv({ NODE_ENV: 'production', PORT: '4100' });
    expect(isEmbeddedDemo(production)).toBe(true);
    expect(appOrigin(production)).toBe('http://localhost:4100');
    expect(appOrigin(parseEnv({}))).toBe('http://localhost:3000');
  });

  test('development against DATABASE_URL does not require APP_URL', () => {
    expect(appOrigin(parseEnv({ NODE_ENV: 'development', DATABASE_URL }))).toBe('http://localhost:3000');
  });
});

describe('TRUSTED_PROXY', () => {
  test('unset: no proxy is trusted', () => {
    expect(parseEnv({}).TRUSTED_PROXY).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXY: '' }).TRUSTED_PROXY).toEqual([]);
  });

  test('comma-separated IPs and CIDR blocks, IPv4 and IPv6', () => {
    expect(parseEnv({ TRUSTED_PROXY: '10.0.0.5, 172.16.0.0/12,::1,fd00::/8' }).TRUSTED_PROXY).toEqual([
      '10.0.0.5',
      '172.16.0.0/12',
      '::1',
      'fd00::/8',
    ]);
  });

  test.each(['proxy.internal', '10.0.0.0/33', '::1/129', '10.0.0.1/8/8', '300.1.1.1'])('refuses %s', (entry) => {
    expect(() => parseEnv({ TRUSTED_PROXY: `10.0.0.1,${entry}` })).toThrow(
      /TRUSTED_PROXY entries must be IP addresses or CIDR blocks/,
    );
  });
});
