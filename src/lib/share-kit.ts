/**
 * An ambassador's share kit (/ambassadeurs/<slug>/deelkit/): links to their own page, their
 * stories and the next events, each with the ambassador's credit and the channel it is shared on;
 * ready-to-post texts; images in each channel's size; a printable poster.
 *
 * The link format is a contract with the registration pipeline, which stores both parameters with
 * a signup: `?via=<ambassador-slug>&kanaal=<linkedin|whatsapp|email|poster>`.
 */
import { withVia } from './share-links.ts';

/** The channels a kit link can be shared on, as the `kanaal` parameter names them. */
export const kitChannels = ['linkedin', 'whatsapp', 'email', 'poster'] as const;
export type KitChannel = (typeof kitChannels)[number];

/** Channels with a ready-to-post text (the poster has its own page). */
export const textChannels = ['linkedin', 'whatsapp', 'email'] as const;
export type TextChannel = (typeof textChannels)[number];

export const channelNames: Record<KitChannel, string> = {
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  email: 'E-mail',
  poster: 'Poster',
};

/** A URL with the ambassador's credit and the channel it is shared on. */
export function kitLink(url: string, ambassador: string, channel: KitChannel): string {
  const shared = new URL(withVia(url, ambassador));
  shared.searchParams.set('kanaal', channel);
  return shared.href;
}

export interface KitTarget {
  kind: 'ambassadeur' | 'verhaal' | 'bijeenkomst';
  title: string;
  /** The page's path, without parameters. */
  path: string;
}

/** What a kit links to: the ambassador's own page, their stories, then the next events. */
export function kitTargets(
  ambassador: { id: string; name: string },
  stories: readonly { id: string; title: string }[],
  upcomingEvents: readonly { id: string; title: string; cancelled: boolean }[],
  maxEvents = 3,
): KitTarget[] {
  return [
    {
      kind: 'ambassadeur',
      title: ambassador.name,
      path: `/ambassadeurs/${ambassador.id}/`,
    },
    ...stories.map((story) => ({
      kind: 'verhaal' as const,
      title: story.title,
      path: `/verhalen/${story.id}/`,
    })),
    ...upcomingEvents
      .filter((event) => !event.cancelled)
      .slice(0, maxEvents)
      .map((event) => ({
        kind: 'bijeenkomst' as const,
        title: event.title,
        path: `/bijeenkomsten/${event.id}/`,
      })),
  ];
}

/** Where an editor's text should have the link; without it the link goes at the end. */
export const linkPlaceholder = '{link}';

export interface KitTexts {
  linkedin: string;
  whatsapp: string;
  emailSubject: string;
  emailBody: string;
}

export interface KitPerson {
  name: string;
  role: string;
  organisation: string;
  quote: string;
  municipality: string;
}

/** The first name, for a friendly tone in texts the ambassador posts as themselves. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/**
 * Texts the ambassador can post as written: in their own voice, B1, made from their page. The
 * CMS can replace each one (the ambassador's `kit` fields).
 */
export function defaultKitTexts(person: KitPerson, campaignName: string): KitTexts {
  return {
    linkedin: [
      `Ik ben ambassadeur van ${campaignName}, de campagne van de gemeenten in regio Amersfoort voor werkgevers.`,
      `“${person.quote}”`,
      `Wilt u ook iemand een kans geven, maar weet u niet hoe? Lees hoe het bij ons ging, en kom naar een bijeenkomst. Het Werkgeversservicepunt helpt u gratis.`,
      linkPlaceholder,
    ].join('\n\n'),
    whatsapp: `Hoi! Ik vertel op de site van ${campaignName} hoe het bij ${person.organisation} ging met een nieuwe collega. Misschien iets voor jouw bedrijf? ${linkPlaceholder}`,
    emailSubject: `Mijn ervaring als werkgever: ${campaignName}`,
    emailBody: [
      'Hallo,',
      `Ik ben ambassadeur van ${campaignName}. Die campagne laat werkgevers in regio Amersfoort zien hoe ze mensen met een afstand tot de arbeidsmarkt een baan geven, en welke hulp ze daarbij krijgen.`,
      `Op de site vertel ik hoe het bij ${person.organisation} ging. Lees het hier: ${linkPlaceholder}`,
      'Vragen? Bel of mail me gerust.',
      `Groet,\n${person.name}\n${person.role}, ${person.organisation}`,
    ].join('\n\n'),
  };
}

/** The editor's own texts where given, the defaults for the rest. */
export function kitTexts(
  person: KitPerson,
  campaignName: string,
  own: { [Field in keyof KitTexts]?: string | undefined } | undefined,
): KitTexts {
  const defaults = defaultKitTexts(person, campaignName);
  return {
    linkedin: own?.linkedin ?? defaults.linkedin,
    whatsapp: own?.whatsapp ?? defaults.whatsapp,
    emailSubject: own?.emailSubject ?? defaults.emailSubject,
    emailBody: own?.emailBody ?? defaults.emailBody,
  };
}

/** A text with its link in place of `{link}`, or after it when the text has no `{link}`. */
export function withLink(text: string, link: string): string {
  return text.includes(linkPlaceholder)
    ? text.replaceAll(linkPlaceholder, link)
    : `${text.trimEnd()}\n\n${link}`;
}

/** The image sizes of a kit, and where each is used. */
export const kitImageSizes = [
  { width: 1200, height: 630, name: 'Liggend', use: 'LinkedIn, e-mail en nieuwsbrieven' },
  { width: 1080, height: 1080, name: 'Vierkant', use: 'een bericht op LinkedIn of Instagram' },
  { width: 1080, height: 1920, name: 'Staand', use: 'een WhatsApp-status of Instagram-verhaal' },
] as const;
export type KitImageSize = (typeof kitImageSizes)[number];

/** "1080x1080": how a size appears in the image's address. */
export function sizeName(size: { width: number; height: number }): string {
  return `${size.width}x${size.height}`;
}

export function kitPath(ambassador: string): string {
  return `/ambassadeurs/${ambassador}/deelkit/`;
}

export function kitImagePath(ambassador: string, size: { width: number; height: number }): string {
  return `${kitPath(ambassador)}${sizeName(size)}.png`;
}

export const posterPapers = ['a4', 'a5'] as const;
export type PosterPaper = (typeof posterPapers)[number];

export function posterPath(ambassador: string, paper: PosterPaper): string {
  return `${kitPath(ambassador)}poster-${paper}/`;
}

export interface KitLink {
  channel: KitChannel;
  href: string;
}

export interface KitTargetLinks extends KitTarget {
  links: KitLink[];
}

export interface ChannelKit {
  channel: TextChannel;
  /** The text with the link to the ambassador's own page for this channel in it. */
  text: string;
  /** E-mail only: the subject line. */
  subject?: string;
  /** The network's own page that opens with the text or link filled in. */
  postHref: string;
}

/** Every link of a kit, per target and per channel, as absolute addresses. */
export function kitTargetLinks(targets: readonly KitTarget[], ambassador: string, site: URL) {
  return targets.map((target): KitTargetLinks => ({
    ...target,
    links: kitChannels.map((channel) => ({
      channel,
      href: kitLink(new URL(target.path, site).href, ambassador, channel),
    })),
  }));
}

/** The ready-to-post texts, each with its channel's link to the ambassador's page. */
export function channelKits(texts: KitTexts, ambassador: string, site: URL): ChannelKit[] {
  const own = (channel: KitChannel) =>
    kitLink(new URL(`/ambassadeurs/${ambassador}/`, site).href, ambassador, channel);
  const linkedin = withLink(texts.linkedin, own('linkedin'));
  const whatsapp = withLink(texts.whatsapp, own('whatsapp'));
  const email = withLink(texts.emailBody, own('email'));
  return [
    {
      channel: 'linkedin',
      text: linkedin,
      // LinkedIn's share page takes only the address; the text is pasted by the ambassador.
      postHref: `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url: own('linkedin') })}`,
    },
    {
      channel: 'whatsapp',
      text: whatsapp,
      postHref: `https://wa.me/?${new URLSearchParams({ text: whatsapp })}`,
    },
    {
      channel: 'email',
      text: email,
      subject: texts.emailSubject,
      // mailto wants %20 for spaces, not "+": some mail programs show the plus signs.
      postHref: `mailto:?subject=${encodeURIComponent(texts.emailSubject)}&body=${encodeURIComponent(email)}`,
    },
  ];
}
