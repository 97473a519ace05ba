/**
 * Headers every response carries. The page's own Content-Security-Policy comes from Astro as a
 * <meta> tag with hashes of its inline code; `frame-ancestors` can only be sent as a header.
 */

export function securityHeaders(options: {
  https: boolean;
  path?: string;
}): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  // The CMS logs in to GitHub in a pop-up that hands the token back through window.opener;
  // 'same-origin' would cut that link (src/lib/cms-oauth.ts).
  if (options.path?.startsWith('/admin/')) {
    headers['Cross-Origin-Opener-Policy'] = 'same-origin-allow-popups';
  }
  // Only over https: a browser that saw HSTS on plain http would refuse the site later.
  if (options.https) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}
