/**
 * Share links: plain addresses of each network's own share page, so sharing needs no script of
 * theirs and nothing is tracked. The only extra parameter is `via`, which says which ambassador
 * shared a link, so signups they bring can be credited to them.
 */

export interface ShareLink {
  network: 'linkedin' | 'whatsapp' | 'facebook' | 'x' | 'email';
  /** The visible name of the link. */
  label: string;
  href: string;
}

export interface Shareable {
  /** The address to share (the canonical URL, with `?via=` on an ambassador's page). */
  url: string;
  title: string;
  /** One sentence for WhatsApp and e-mail, where the text is written by us. */
  text: string;
}

/** A URL with `?via=<ambassador>` added (replacing any earlier `via`). */
export function withVia(url: string, ambassador: string): string {
  const shared = new URL(url);
  shared.searchParams.set('via', ambassador);
  return shared.href;
}

/** The share links for LinkedIn, WhatsApp, Facebook, X and e-mail. */
export function shareLinks({ url, title, text }: Shareable): ShareLink[] {
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return [
    {
      network: 'linkedin',
      label: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`,
    },
    {
      network: 'whatsapp',
      label: 'WhatsApp',
      href: `https://wa.me/?${query({ text: `${text} ${url}` })}`,
    },
    {
      network: 'facebook',
      label: 'Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`,
    },
    {
      network: 'x',
      label: 'X',
      href: `https://x.com/intent/tweet?${query({ text: title, url })}`,
    },
    {
      network: 'email',
      label: 'E-mail',
      // mailto wants %20 for spaces, not "+": some mail programs show the plus signs.
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${text}\n\n${url}`)}`,
    },
  ];
}

/** Collections with a generated share image, by their Dutch URL segment. */
export const shareCollections = [
  'verhalen',
  'regelingen',
  'ambassadeurs',
  'bijeenkomsten',
  'gemeenten',
] as const;
export type ShareCollection = (typeof shareCollections)[number];

/** Where the share image of an entry is published. */
export function shareImagePath(collection: ShareCollection, slug: string): string {
  return `/deel/${collection}/${slug}.png`;
}

/** The share image of every other page: the campaign itself. */
export const campaignShareImagePath = '/deel/campagne.png';

/** The address people share: on an ambassador's own page it credits them with `?via=`. */
export function sharedUrl(canonical: string, collection: ShareCollection, slug: string): string {
  return collection === 'ambassadeurs' ? withVia(canonical, slug) : canonical;
}

/** Where the QR code of an event or ambassador can be downloaded as SVG. */
export function qrCodePath(collection: 'bijeenkomsten' | 'ambassadeurs', slug: string): string {
  return `/deel/qr/${collection}/${slug}.svg`;
}
