/**
 * Every HTML answer must forbid framing and name its charset. The server sets both before any
 * handler runs, but Astro's on-demand pages (signup forms, the wijzer's result, server islands)
 * write their own Content-Security-Policy (the hashes of their inline code) and a bare
 * `text/html` in writeHead, which replaces what was set. This wraps writeHead to add
 * `frame-ancestors 'none'` to whatever policy the page sends and the charset to its type.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

const frameAncestors = "frame-ancestors 'none'";

/** A Content-Security-Policy with `frame-ancestors 'none'`, added when the policy has none. */
export function withFrameAncestors(policy: string): string {
  if (/(^|;)\s*frame-ancestors\s/i.test(policy)) return policy;
  const trimmed = policy.trim().replace(/;$/, '');
  return trimmed ? `${trimmed}; ${frameAncestors}` : frameAncestors;
}

/** `text/html` with `charset=utf-8` when it names none; other types unchanged. */
export function withCharset(contentType: string): string {
  if (!/^\s*text\/html\b/i.test(contentType) || /charset=/i.test(contentType)) return contentType;
  return `${contentType.trim().replace(/;$/, '')}; charset=utf-8`;
}

function headerName(headers: OutgoingHttpHeaders, name: string): string | undefined {
  return Object.keys(headers).find((key) => key.toLowerCase() === name);
}

export function protectHtmlHeaders(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = (status: number, ...rest: unknown[]) => {
    // writeHead(status, headers) or writeHead(status, statusMessage, headers).
    const index = typeof rest[0] === 'string' ? 1 : 0;
    const given = rest[index];
    const headers: OutgoingHttpHeaders =
      given && typeof given === 'object' && !Array.isArray(given)
        ? (given as OutgoingHttpHeaders)
        : {};
    const typeKey = headerName(headers, 'content-type');
    const type = String((typeKey ? headers[typeKey] : res.getHeader('content-type')) ?? '');
    if (/^\s*text\/html\b/i.test(type)) {
      headers[typeKey ?? 'content-type'] = withCharset(type);
      const policyKey = headerName(headers, 'content-security-policy');
      const policy = policyKey ? headers[policyKey] : res.getHeader('content-security-policy');
      headers[policyKey ?? 'content-security-policy'] = withFrameAncestors(String(policy ?? ''));
    }
    if (given === undefined || given === headers) rest[index] = headers;
    return writeHead(status, ...rest);
  };
}
