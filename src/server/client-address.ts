/**
 * Who sent a request, for the rate limit. Behind proxies, each proxy appends the address it saw
 * to X-Forwarded-For, so only the last `hops` entries were written by proxies we run; anything
 * further left came from the client and can say anything. With one proxy in front, the client is
 * the last entry; with two (a CDN and nginx), the one before it.
 */
import type { IncomingMessage } from 'node:http';

/**
 * The number of trusted proxy hops from TRUST_PROXY: a count, `true` (one proxy, as before
 * counts were possible) or `false`/unset (none, the header is ignored).
 */
export function trustedProxyHops(value: string | undefined): number {
  const setting = (value ?? '').trim().toLowerCase();
  if (setting === '' || setting === 'false') return 0;
  if (setting === 'true') return 1;
  if (/^\d+$/.test(setting)) return Number(setting);
  throw new Error(
    `TRUST_PROXY must be the number of proxies in front of this process (0, 1, 2, ...), not "${value}".`,
  );
}

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
