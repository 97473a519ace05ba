/**
 * Whom an employer calls about a plan: each service point with the municipalities it serves, from
 * content (the routing is editable, never code). The result page and its print show it, since
 * the wijzer does not ask where the employer is.
 */
import type { SiteContent } from '../content.ts';

export interface WspContact {
  name: string;
  email: string;
  phone?: string | undefined;
  website: string;
  /** The municipalities this service point serves, in alphabetical order. */
  municipalities: string[];
}

/** The service points that serve a municipality, the one serving the most first. */
export function wspContacts(
  content: Pick<SiteContent, 'municipalities' | 'servicePoints'>,
): WspContact[] {
  return content.servicePoints
    .map((point) => ({
      name: point.data.name,
      email: point.data.email,
      phone: point.data.phone,
      website: point.data.website,
      municipalities: content.municipalities
        .filter((municipality) => municipality.data.servicePoint.id === point.id)
        .map((municipality) => municipality.data.name)
        .sort((a, b) => a.localeCompare(b, 'nl')),
    }))
    .filter((contact) => contact.municipalities.length > 0)
    .sort((a, b) => b.municipalities.length - a.municipalities.length);
}
