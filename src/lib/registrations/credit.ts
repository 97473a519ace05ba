/**
 * Where a visitor came from, without tracking: the ambassador (`via`), the share channel of the
 * link (`kanaal`) and the site path where the visit's credit was first seen (`pagina`). Share
 * links carry them as `?via=<slug>&kanaal=<channel>`; the browser keeps them for this tab only
 * (src/scripts/via-credit.ts), and the signup form sends them in hidden fields. No cookie, no
 * address, no time of the visit: only these three public words, stored with the registration.
 */

/** The channels a share link may name; anything else counts as no channel. */
export const shareChannels = ['linkedin', 'whatsapp', 'email', 'poster'] as const;
export type ShareChannel = (typeof shareChannels)[number];

const SLUG = /^[a-z0-9-]{1,100}$/;
/** A path on this site: lower-case slugs between slashes; never a host, query or fragment. */
const SITE_PATH = /^\/(?:[a-z0-9-]+\/)*$/;
const MAX_PATH = 200;

export interface Credit {
  via?: string | undefined;
  channel?: ShareChannel | undefined;
  landingPage?: string | undefined;
}

/** The channel named, when it is one of the list. */
export function shareChannelOf(value: unknown): ShareChannel | undefined {
  return shareChannels.find((channel) => channel === value);
}

/** The site path, when the value is one (with its trailing slash, as the site's addresses have). */
export function sitePathOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_PATH) return undefined;
  return SITE_PATH.test(value) ? value : undefined;
}

/**
 * The credit of a posted form: the ambassador only when it names a real one, the channel only
 * from the list, the page only as a site path. What does not pass is dropped, never refused: a
 * signup is never lost over its credit.
 */
export function creditOfForm(
  form: Record<string, unknown>,
  ambassadors: readonly string[],
): Required<{ [K in keyof Credit]: Credit[K] }> {
  const via = form['via'];
  return {
    via: typeof via === 'string' && ambassadors.includes(via) ? via : undefined,
    channel: shareChannelOf(form['kanaal']),
    landingPage: sitePathOf(form['pagina']),
  };
}

/** The credit in an address's query (`?via=…&kanaal=…`), when it carries any. */
function creditOfQuery(url: URL): { via?: string; channel?: ShareChannel } | undefined {
  const via = url.searchParams.get('via') ?? '';
  const channel = shareChannelOf(url.searchParams.get('kanaal'));
  if (!SLUG.test(via) && !channel) return undefined;
  return { ...(SLUG.test(via) ? { via } : {}), ...(channel ? { channel } : {}) };
}

/**
 * The credit for a signup page opened without JavaScript: from its own address (a link such as
 * the ambassador page's, with the page that linked to it as the landing page when it is on this
 * site), else from the page on this site that linked to it, when that page's address carried it.
 * The hidden fields of the form then carry it, as the script would.
 */
export function creditOfRequest(url: URL, referer: string | null): Credit {
  let from: URL | undefined;
  try {
    const parsed = referer ? new URL(referer) : undefined;
    from = parsed?.host === url.host ? parsed : undefined;
  } catch {
    from = undefined;
  }
  const own = creditOfQuery(url);
  if (own) return { ...own, landingPage: sitePathOf(from?.pathname) ?? sitePathOf(url.pathname) };
  const linked = from && creditOfQuery(from);
  if (linked) return { ...linked, landingPage: sitePathOf(from?.pathname) };
  return {};
}
