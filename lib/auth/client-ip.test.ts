import { describe, expect, test } from 'vitest';
import { clientIpFrom, PEER_HEADER, trustedProxyBlockList } from './client-ip';

const request = (peer: string | null, forwardedFor?: string) =>
  new Headers({
    ...(peer === null ? {} : { [PEER_HEADER]: peer }),
    ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
  });

describe('clientIpFrom', () => {
  test('with no trusted proxy a forged X-Forwarded-For is ignored: the TCP peer counts', () => {
    expect(clientIpFrom(request('203.0.113.9', '198.51.100.1'), null, true)).toBe('203.0.113.9');
    expect(clientIpFrom(request('::ffff:203.0.113.9'), null, true)).toBe('203.0.113.9');
  });

  test('behind a trusted proxy the right-most untrusted hop is the client', () => {
    const trusted = trustedProxyBlockList(['10.0.0.0/8', '192.0.2.7']);
    expect(clientIpFrom(request('10.1.2.3', '6.6.6.6, 198.51.100.1, 192.0.2.7'), trusted, true)).toBe('198.51.100.1');
    // A request that reached the app directly, not through the proxy, cannot claim an address.
    expect(clientIpFrom(request('203.0.113.9', '198.51.100.1'), trusted, true)).toBe('203.0.113.9');
  });

  test('without the peer stamp, the entry Next.js fills from the socket is used', () => {
    expect(clientIpFrom(request(null, '127.0.0.1'), null, false)).toBe('127.0.0.1');
    expect(clientIpFrom(request(null), null, false)).toBe('unknown');
  });
});

describe('trustedProxyBlockList', () => {
  test('addresses and ranges, IPv4 and IPv6; none configured trusts nobody', () => {
    const list = trustedProxyBlockList(['10.0.0.0/8', '192.0.2.7', 'fd00::/8']);
    expect(list?.check('10.200.1.1', 'ipv4')).toBe(true);
    expect(list?.check('192.0.2.7', 'ipv4')).toBe(true);
    expect(list?.check('192.0.2.8', 'ipv4')).toBe(false);
    expect(list?.check('fd00::1', 'ipv6')).toBe(true);
    expect(trustedProxyBlockList([])).toBeNull();
  });
});
