/** The main sections of the site, in header order, and which one a path belongs to. */

export interface NavItem {
  href: string;
  label: string;
}

// The regelingenwijzer, functiecreatie's quick-scan and the municipalities are how an employer gets
// started: what applies to them, which job is in their business, and whom to call. Each has its own
// place in the menu.
export const mainNavigation: readonly NavItem[] = [
  { href: '/verhalen/', label: 'Verhalen' },
  { href: '/regelingen/', label: 'Regelingen' },
  { href: '/regelingen/wijzer/', label: 'Regelingenwijzer' },
  { href: '/functiecreatie/', label: 'Functiecreatie' },
  { href: '/gemeenten/', label: 'Gemeenten' },
  { href: '/ambassadeurs/', label: 'Ambassadeurs' },
  { href: '/bijeenkomsten/', label: 'Bijeenkomsten' },
  { href: '/contact/', label: 'Contact' },
];

/** The navigation item whose section contains `pathname`, if any: the most specific one. */
export function currentSection(pathname: string): NavItem | undefined {
  return mainNavigation
    .filter((item) => pathname.startsWith(item.href))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

export interface Crumb {
  href: string;
  label: string;
}
