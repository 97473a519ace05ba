/**
 * Who sent a request, for the rate limit. Behind proxies, each proxy appends the address it saw
 * to X-Forwarded-For, so only the last `hops` entries were written by proxies we run; anything
 * further left came from the client and can say anything. With one proxy in front, the client is
 * the last entry; with two (a CDN and nginx), the one before it.
 */
import type { IncomingMessage } from 'node:http';

/** The client's address: the entry `hops` from the right of X-Forwarded-For, or the socket's. */
export function clientAddress(req: IncomingMessage, hops: number): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (hops <= 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (forwarded.length === 0) return socketAddress;
  // Fewer entries than proxies: the request came in past the outer one(s), so the farthest
  // entry is the address the first proxy it passed saw.
  return forwarded[Math.max(0, forwarded.length - hops)] ?? socketAddress;
}
