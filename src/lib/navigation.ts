/** The main sections of the site, in header order, and which one a path belongs to. */

export interface NavItem {
  href: string;
  label: string;
}

export const mainNavigation: readonly NavItem[] = [
  { href: '/verhalen/', label: 'Verhalen' },
  { href: '/regelingen/', label: 'Regelingen' },
  { href: '/ambassadeurs/', label: 'Ambassadeurs' },
  { href: '/bijeenkomsten/', label: 'Bijeenkomsten' },
  { href: '/contact/', label: 'Contact' },
];

/** The navigation item whose section contains `pathname`, if any. */
export function currentSection(pathname: string): NavItem | undefined {
  return mainNavigation.find((item) => pathname === item.href || pathname.startsWith(item.href));
}

export interface Crumb {
  href: string;
  label: string;
}
