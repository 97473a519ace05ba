/** The main sections of the site, in header order, and which one a path belongs to. */

export interface NavItem {
  href: string;
  label: string;
  /** Pages outside the item's folder that belong to its section. */
  also?: readonly string[];
}

// The regelingenwijzer and the municipalities are how an employer finds what applies to them and
// whom to call; "Aan de slag" gathers what they can do next (functiecreatie's quick-scan, the
// region's proposals 1, 2 and 4). Each has its own place in the menu.
export const mainNavigation: readonly NavItem[] = [
  { href: '/verhalen/', label: 'Verhalen' },
  { href: '/regelingen/', label: 'Regelingen' },
  { href: '/regelingen/wijzer/', label: 'Regelingenwijzer' },
  {
    href: '/aan-de-slag/',
    label: 'Aan de slag',
    also: [
      '/functiecreatie/',
      '/leren-in-modules/',
      '/leermeester-en-leerbedrijf/',
      '/sociaal-inkopen/',
    ],
  },
  { href: '/gemeenten/', label: 'Gemeenten' },
  { href: '/ambassadeurs/', label: 'Ambassadeurs' },
  { href: '/bijeenkomsten/', label: 'Bijeenkomsten' },
  { href: '/contact/', label: 'Contact' },
];

/** The navigation item whose section contains `pathname`, if any: the most specific one. */
export function currentSection(pathname: string): NavItem | undefined {
  return mainNavigation
    .filter(
      (item) =>
        pathname.startsWith(item.href) || item.also?.some((page) => pathname.startsWith(page)),
    )
    .sort((a, b) => b.href.length - a.href.length)[0];
}

export interface Crumb {
  href: string;
  label: string;
}
