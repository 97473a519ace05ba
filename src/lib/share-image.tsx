/**
 * The picture a social network shows when a page is shared: a 1200×630 PNG in the campaign's
 * colours with the title, drawn at build time. satori lays out the card (a subset of HTML and CSS)
 * into an SVG; sharp turns that into a PNG, because social networks do not accept SVG.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ReactNode } from 'react';
import satori, { type SatoriNode } from 'satori';
import sharp, { type PngOptions } from 'sharp';
import { colors } from './design-tokens.ts';

export const shareImageSize = { width: 1200, height: 630 } as const;

export type SharePicture =
  /** A drawing, cropped to fill the left-hand side. */
  | { type: 'illustration'; file: string }
  /** A portrait, in a circle. Only for ambassadors with consent on file. */
  | { type: 'portrait'; file: string }
  /** Initials in a circle: the stand-in for a portrait without consent. */
  | { type: 'initials'; initials: string };

export interface ShareCard {
  /** The label above the title: "Verhaal", "Regeling", "Ambassadeur", ... */
  kind: string;
  title: string;
  /** One or two lines under the title: the employer, the date, the role. */
  subtitle?: string;
  /** A short quote, for ambassadors: shown in full-height cards when there is room. */
  quote?: string;
  campaignName: string;
  organisation: string;
  picture?: SharePicture;
}

const padding = 56;
const stripe = 16;
/**
 * The picture sits on the left, so the text starts near the middle: messengers that crop the card
 * to a small square around its centre (WhatsApp) still show the start of every line.
 */
const pictureWidth = 380;
const lineHeight = 1.15;
const subtitleLineHeight = 1.25;
const quoteLineHeight = 1.3;
const quoteSize = 32;
/** Title sizes from large to small; the largest at which the title fits is used. */
const titleSizes = [80, 72, 64, 58, 52] as const;
/**
 * Subtitle sizes from large to small. Even the smallest stays readable where LinkedIn shows the
 * card about 552 px wide (28 px becomes about 13 px).
 */
const subtitleSizes = [36, 32, 28] as const;
/** Height left for the title between the label above and the subtitle and footer below. */
export const titleMaxHeight = 300;
/** Gaps between label, title, subtitle and quote. */
const gap = { title: 24, subtitle: 16, quote: 28 } as const;
/**
 * Height for title, subtitle and quote together: the card less its padding, the label (28 px
 * text in a 4 px padded box) with its gap, and the footer (32 px text with 16 px above it).
 */
export const textMaxHeight =
  shareImageSize.height - 2 * padding - (28 * 1.25 + 8) - gap.title - (32 * 1.25 + 16);

/** Width available to the text column of a card. */
export function textWidth(hasPicture: boolean): number {
  return shareImageSize.width - stripe - 2 * padding - (hasPicture ? pictureWidth : 0);
}

/** The face for digits: Atkinson Hyperlegible's zero is slashed ("2Ø27"), Public Sans's is not. */
const digitFont = 'Public Sans';

/**
 * Text with its digits set in the digit face. Satori cannot switch the zero with a font feature,
 * so runs of digits become spans of their own.
 */
export function withPlainDigits(text: string): ReactNode[] {
  return text
    .split(/(\d+)/)
    .filter((part) => part !== '')
    .map((part, index) =>
      /^\d+$/.test(part) ? (
        <span key={index} style={{ fontFamily: digitFont }}>
          {part}
        </span>
      ) : (
        part
      ),
    );
}

function titleStyle(fontSize: number, width: number) {
  return {
    display: 'block',
    width,
    color: 'white',
    fontSize,
    fontWeight: 700,
    lineHeight,
    // A Dutch compound wider than the card ("Werkgeversservicepunt") breaks rather than spills.
    wordBreak: 'break-word',
  } as const;
}

function subtitleStyle(fontSize: number, width: number) {
  return {
    display: 'block',
    width,
    color: colors.mist,
    fontSize,
    lineHeight: subtitleLineHeight,
    wordBreak: 'break-word',
  } as const;
}

function quoteStyle(width: number) {
  return {
    display: 'block',
    width,
    color: 'white',
    fontSize: quoteSize,
    lineHeight: quoteLineHeight,
    wordBreak: 'break-word',
  } as const;
}

/** The height satori's own layout gives a block of text in `width`. */
async function heightOf(text: string, style: object, width: number): Promise<number> {
  let height = 0;
  await satori(
    <div key="measured" style={style}>
      {withPlainDigits(text)}
    </div>,
    {
      width,
      height: 2000,
      fonts: await fonts(),
      onNodeDetected: (node) => {
        if (node.key === 'measured') height = node.height;
      },
    },
  );
  return height;
}

/**
 * The title's font size and line count: the largest size at which satori's own layout keeps the
 * title within its box. A title too long even at the smallest size is cut off with an ellipsis.
 */
export async function fitTitle(
  title: string,
  width: number,
): Promise<{ fontSize: number; lines: number }> {
  let fitted = { fontSize: 0, lines: 0 };
  for (const fontSize of titleSizes) {
    const height = await heightOf(title, titleStyle(fontSize, width), width);
    fitted = { fontSize, lines: Math.round(height / (fontSize * lineHeight)) };
    if (height <= titleMaxHeight) return fitted;
  }
  return fitted;
}

export interface CardTextFit {
  /**
   * True when the title and, if shown, the subtitle show whole at the chosen sizes. False only
   * for a title longer than the schemas allow: then it is cut off with "…" at the smallest size.
   */
  fits: boolean;
  titleSize: number;
  titleLines: number;
  /** False when the subtitle does not fit whole beside the title: it is left off, not cut. */
  showSubtitle: boolean;
  subtitleSize: number;
  subtitleLines: number;
  /** False when the quote does not fit whole: then it is left off rather than cut. */
  showQuote: boolean;
}

/**
 * Sizes at which title and subtitle fit the card together, whole: the largest title first, then
 * the largest subtitle. A card never cuts its subtitle off ("Zo neemt u in de regio…"): when even
 * the smallest sizes leave no room for it (a slogan and description as long as the settings
 * allow), it is left off, so the title and the footer keep their place.
 */
export async function fitCardText(card: ShareCard, width: number): Promise<CardTextFit> {
  // Each text is measured once per size: satori's layout is the slow part.
  const measured = (text: string, style: (size: number, width: number) => object) => {
    const heights = new Map<number, Promise<number>>();
    return (size: number) => {
      let height = heights.get(size);
      if (!height) {
        height = heightOf(text, style(size, width), width);
        heights.set(size, height);
      }
      return height;
    };
  };
  const titleHeight = measured(card.title, titleStyle);
  const subtitleHeight = measured(card.subtitle ?? '', subtitleStyle);
  const smallest = { title: titleSizes.at(-1)!, subtitle: subtitleSizes.at(-1)! };
  const lines = (height: number, size: number, leading: number) =>
    Math.max(1, Math.round(height / (size * leading)));

  let chosen:
    { title: number; titleHeight: number; subtitle?: { size: number; height: number } } | undefined;
  search: for (const title of titleSizes) {
    const height = await titleHeight(title);
    if (height > titleMaxHeight) continue;
    if (!card.subtitle) {
      chosen = { title, titleHeight: height };
      break;
    }
    for (const subtitle of subtitleSizes) {
      const below = gap.subtitle + (await subtitleHeight(subtitle));
      if (height + below <= textMaxHeight) {
        chosen = { title, titleHeight: height, subtitle: { size: subtitle, height: below } };
        break search;
      }
    }
  }
  if (!chosen && card.subtitle) {
    // No room for the subtitle at any size: the title alone, as large as it fits.
    for (const title of titleSizes) {
      const height = await titleHeight(title);
      if (height <= titleMaxHeight) {
        chosen = { title, titleHeight: height };
        break;
      }
    }
  }
  const fits = chosen !== undefined;
  chosen ??= { title: smallest.title, titleHeight: titleMaxHeight };
  const used = chosen.titleHeight + (chosen.subtitle?.height ?? 0);
  const quoteHeight = card.quote
    ? gap.quote + (await heightOf(`“${card.quote}”`, quoteStyle(width), width))
    : 0;
  const subtitle = chosen.subtitle ?? { size: smallest.subtitle, height: 0 };
  return {
    fits,
    titleSize: chosen.title,
    titleLines: lines(chosen.titleHeight, chosen.title, lineHeight),
    showSubtitle: chosen.subtitle !== undefined,
    subtitleSize: subtitle.size,
    subtitleLines: lines(subtitle.height - gap.subtitle, subtitle.size, subtitleLineHeight),
    showQuote: card.quote !== undefined && used + quoteHeight <= textMaxHeight,
  };
}

const require = createRequire(import.meta.url);
let fontsLoaded: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;

/**
 * Atkinson Hyperlegible, the site's own face, and Public Sans for digits; both self-hosted from
 * @fontsource (woff: satori cannot read woff2).
 */
export function fonts() {
  const load = async (subset: string, weight: 400 | 700) => ({
    name: 'Atkinson Hyperlegible',
    weight,
    style: 'normal' as const,
    data: await readFile(
      require.resolve(
        `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`,
      ),
    ),
  });
  const digits = async (weight: 400 | 700) => ({
    name: digitFont,
    weight,
    style: 'normal' as const,
    data: await readFile(
      require.resolve(`@fontsource/public-sans/files/public-sans-latin-${weight}-normal.woff`),
    ),
  });
  fontsLoaded ??= Promise.all([
    load('latin', 700),
    load('latin', 400),
    load('latin-ext', 700),
    load('latin-ext', 400),
    digits(700),
    digits(400),
  ]);
  return fontsLoaded;
}

/** Pictures already cropped and scaled in this process: many cards reuse one drawing. */
const pictures = new Map<string, Promise<string>>();

/** A picture file, cropped and scaled for the card, as a data URL satori can draw. */
function pictureData(file: string, width: number, height: number): Promise<string> {
  const key = `${width}x${height}:${file}`;
  let data = pictures.get(key);
  if (!data) {
    data = sharp(file)
      .resize(width, height, { fit: 'cover' })
      // Lossless and barely compressed: it is decoded again a moment later by satori.
      .png({ compressionLevel: 1 })
      .toBuffer()
      .then((png) => `data:image/png;base64,${png.toString('base64')}`);
    pictures.set(key, data);
  }
  return data;
}

async function pictureElement(picture: SharePicture): Promise<ReactNode> {
  const panel = {
    display: 'flex',
    width: pictureWidth,
    height: shareImageSize.height,
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: colors.mist,
  } as const;
  const circle = 320;
  switch (picture.type) {
    case 'illustration':
      return (
        <img
          src={await pictureData(picture.file, pictureWidth, shareImageSize.height)}
          width={pictureWidth}
          height={shareImageSize.height}
          alt=""
        />
      );
    case 'portrait':
      return (
        <div style={panel}>
          <img
            src={await pictureData(picture.file, circle, circle)}
            width={circle}
            height={circle}
            alt=""
            style={{ borderRadius: circle, border: `10px solid ${colors.accent}` }}
          />
        </div>
      );
    case 'initials':
      return (
        <div style={panel}>
          <div
            style={{
              display: 'flex',
              width: circle,
              height: circle,
              borderRadius: circle,
              alignItems: 'center',
              justifyContent: 'center',
              backgroundColor: 'white',
              border: `10px solid ${colors.accent}`,
              color: colors['brand-dark'],
              fontSize: 128,
              fontWeight: 700,
            }}
          >
            {picture.initials}
          </div>
        </div>
      );
  }
}

/** The card as an element tree for satori. */
export async function shareCardElement(card: ShareCard): Promise<ReactNode> {
  const width = textWidth(card.picture !== undefined);
  const fit = await fitCardText(card, width);
  return (
    <div
      style={{
        display: 'flex',
        width: shareImageSize.width,
        height: shareImageSize.height,
        backgroundColor: colors.brand,
        fontFamily: 'Atkinson Hyperlegible',
      }}
    >
      {card.picture && (await pictureElement(card.picture))}
      <div style={{ display: 'flex', width: stripe, backgroundColor: colors.accent }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          width: width + 2 * padding,
          padding,
        }}
      >
        <div style={{ display: 'flex' }}>
          <div
            style={{
              display: 'flex',
              padding: '4px 18px',
              borderRadius: 8,
              backgroundColor: colors.accent,
              color: colors.ink,
              fontSize: 28,
              fontWeight: 700,
            }}
          >
            {card.kind}
          </div>
        </div>
        <div
          key="title"
          style={{
            ...titleStyle(fit.titleSize, width),
            marginTop: gap.title,
            lineClamp: Math.max(fit.titleLines, 1),
          }}
        >
          {withPlainDigits(card.title)}
        </div>
        {card.subtitle && fit.showSubtitle && (
          <div
            key="subtitle"
            style={{
              ...subtitleStyle(fit.subtitleSize, width),
              marginTop: gap.subtitle,
              lineClamp: fit.subtitleLines,
            }}
          >
            {withPlainDigits(card.subtitle)}
          </div>
        )}
        {card.quote && fit.showQuote && (
          <div key="quote" style={{ ...quoteStyle(width), marginTop: gap.quote }}>
            {withPlainDigits(`“${card.quote}”`)}
          </div>
        )}
        <div
          key="footer"
          style={{
            display: 'flex',
            marginTop: 'auto',
            paddingTop: 16,
            alignItems: 'baseline',
            fontSize: 32,
            color: 'white',
          }}
        >
          <span style={{ fontWeight: 700, color: colors.accent }}>{card.campaignName}</span>
          <span style={{ marginLeft: 14 }}>{card.organisation}</span>
        </div>
      </div>
    </div>
  );
}

/** The card as SVG; `onNode` sees every laid-out element (the tests measure the title with it). */
export async function renderShareSvg(
  card: ShareCard,
  onNode?: (node: SatoriNode) => void,
): Promise<string> {
  return satori(await shareCardElement(card), {
    ...shareImageSize,
    fonts: await fonts(),
    ...(onNode ? { onNodeDetected: onNode } : {}),
  });
}

/**
 * How share images are written: a palette PNG, because the cards are flat colours and a flat
 * drawing. At most 64 colours, found at the quantiser's lowest effort, and no dithering: dithering
 * drew faint vertical stripes over the dark background and took time. The quantiser searching for
 * a quality target, and zlib level 9, each cost more time than the bytes they saved: these
 * settings encode a story card in half the time (about 50 ms instead of 105 ms) and the file is
 * smaller (42 KB instead of 49 KB).
 */
export const sharePngOptions = {
  palette: true,
  colours: 64,
  effort: 1,
  dither: 0,
  compressionLevel: 6,
} as const satisfies PngOptions;

/** The card as a PNG file's bytes. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await renderShareSvg(card);
  return sharp(Buffer.from(svg)).png(sharePngOptions).toBuffer();
}
