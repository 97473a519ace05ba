/**
 * Redirect targets built from the request's own path. A Location that starts with `//` or `/\`
 * is read by browsers as another host (`//evil.example/x`), so a path taken from the request is
 * reduced to a path on this site before it goes into a Location header.
 */

const origin = 'http://same-origin.invalid';

/** `pathname` (and `search`) as a Location that always stays on this site. */
export function sameOriginPath(pathname: string, search = ''): string {
  // Control characters and whitespace have no place in a Location; browsers drop tabs and
  // newlines, which could join slashes into `//`.
  const cleaned = `${pathname}${search}`.replace(/[\0-\x20\x7f]/g, '');
  const location = `/${cleaned.replace(/^[/\\]+/, '')}`;
  // Belt and braces: whatever a URL parser makes of it must not leave this origin.
  const resolved = new URL(location, origin);
  return resolved.origin === origin ? location : '/';
}
