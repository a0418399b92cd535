import { BlockList, isIP } from 'node:net';
import { env } from '@/lib/env';

/**
 * The one place that decides a request's client IP (used by the per-IP sign-in limit).
 *
 * Next.js keeps an X-Forwarded-For that the client sent and only fills it from the socket
 * when it is missing, so the header alone can be forged. The server therefore stamps the TCP
 * peer address on every request (./peer-address.ts, installed at start-up) and X-Forwarded-For
 * is believed only when that peer is a proxy named in TRUSTED_PROXY: then the client is the
 * right-most address in the header that is not itself a trusted proxy.
 */
export const PEER_HEADER = 'x-accord-peer-address';

const stamp = globalThis as unknown as { __accordPeerStamp?: boolean };

function normalise(address: string | null | undefined): string | null {
  if (!address) return null;
  let value = address.trim();
  if (value.startsWith('[')) value = value.slice(1, value.indexOf(']') > 0 ? value.indexOf(']') : undefined);
  if (value.toLowerCase().startsWith('::ffff:') && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}

/** The trusted proxies as a block list; the entries were checked when the settings were read (lib/env.ts). */
export function trustedProxyBlockList(entries: readonly string[]): BlockList | null {
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const ip = normalise(address);
    if (!ip) continue;
    const type = isIP(ip) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(prefix), type);
  }
  return list;
}

function isTrusted(list: BlockList, ip: string): boolean {
  return list.check(ip, isIP(ip) === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client IP of a request, given the trusted proxies and whether the peer stamp is in
 * place. Without the stamp (a server started some other way) the last X-Forwarded-For entry,
 * which Next.js fills from the socket, is the best there is.
 */
export function clientIpFrom(headers: Headers, trusted: BlockList | null, peerStamped: boolean): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map(normalise);
  const peer = peerStamped ? normalise(headers.get(PEER_HEADER)) : (forwarded.at(-1) ?? null);
  if (!peer) return 'unknown';
  if (!trusted || !isTrusted(trusted, peer)) return peer;
  const chain = peerStamped ? forwarded : forwarded.slice(0, -1);
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i];
    if (!hop) return peer; // a garbled entry: stop believing the chain there
    if (!isTrusted(trusted, hop)) return hop;
  }
  return peer;
}

let trustedProxies: BlockList | null | undefined;

export function clientIp(headers: Headers): string {
  if (trustedProxies === undefined) trustedProxies = trustedProxyBlockList(env().TRUSTED_PROXY);
  return clientIpFrom(headers, trustedProxies, stamp.__accordPeerStamp === true);
}
