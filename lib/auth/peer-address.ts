import http from 'node:http';
import { PEER_HEADER } from './client-ip';

/**
 * Stamps each incoming request with the TCP peer address, overwriting any header of that name
 * the client sent, before Next.js sees it. Next.js does not otherwise pass the socket address
 * to server actions (it only fills X-Forwarded-For when the client sent none), and the per-IP
 * sign-in limit must not be steerable by a forged header. Installed once, from
 * instrumentation.ts, in the Node.js server process.
 */
export function stampPeerAddresses(): void {
  const flag = globalThis as unknown as { __accordPeerStamp?: boolean };
  if (flag.__accordPeerStamp) return;
  const prototype = http.Server.prototype as unknown as {
    emit: (this: http.Server, event: string, ...args: unknown[]) => boolean;
  };
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? '';
    }
    return emit.call(this, event, ...args);
  };
  flag.__accordPeerStamp = true;
}
