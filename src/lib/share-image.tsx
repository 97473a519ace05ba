/**
 * The picture a social network shows when a page is shared: a 1200×630 PNG in the campaign's
 * colours with the title, drawn at build time. satori lays out the card (a subset of HTML and CSS)
 * into an SVG; sharp turns that into a PNG, because social networks do not accept SVG.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ReactNode } from 'react';
import satori, { type SatoriNode } from 'satori';
import sharp from 'sharp';
import { colors } from './design-tokens.ts';

export const shareImageSize = { width: 1200, height: 630 } as const;

export type SharePicture =
  /** A drawing, cropped to fill the right-hand side. */
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
const pictureWidth = 440;
const lineHeight = 1.15;
/** Title sizes from large to small; the largest at which the title fits is used. */
const titleSizes = [80, 72, 64, 58, 52] as const;
/** Height left for the title between the label above and the subtitle and footer below. */
export const titleMaxHeight = 300;

/** Width available to the text column of a card. */
export function textWidth(hasPicture: boolean): number {
  return shareImageSize.width - stripe - 2 * padding - (hasPicture ? pictureWidth : 0);
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
    let height = 0;
    await satori(<div style={titleStyle(fontSize, width)}>{title}</div>, {
      width,
      height: 2000,
      fonts: await fonts(),
      onNodeDetected: (node) => {
        if (node.textContent !== undefined) height = Math.max(height, node.height);
      },
    });
    fitted = { fontSize, lines: Math.round(height / (fontSize * lineHeight)) };
    if (height <= titleMaxHeight) return fitted;
  }
  return fitted;
}

const require = createRequire(import.meta.url);
let fontsLoaded: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;

/** Atkinson Hyperlegible, self-hosted from @fontsource (woff: satori cannot read woff2). */
function fonts() {
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
  fontsLoaded ??= Promise.all([
    load('latin', 700),
    load('latin', 400),
    load('latin-ext', 700),
    load('latin-ext', 400),
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
  const title = await fitTitle(card.title, width);
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
            ...titleStyle(title.fontSize, width),
            marginTop: 24,
            lineClamp: Math.floor(titleMaxHeight / (title.fontSize * lineHeight)),
          }}
        >
          {card.title}
        </div>
        {card.subtitle && (
          <div
            key="subtitle"
            style={{
              display: 'block',
              marginTop: 16,
              width,
              color: colors.mist,
              fontSize: 30,
              lineHeight: 1.25,
              lineClamp: 2,
            }}
          >
            {card.subtitle}
          </div>
        )}
        {card.quote && (
          <div
            key="quote"
            style={{
              display: 'block',
              marginTop: 28,
              width,
              color: 'white',
              fontSize: 32,
              lineHeight: 1.3,
              lineClamp: 3,
              flexShrink: 1,
              overflow: 'hidden',
            }}
          >
            {`“${card.quote}”`}
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
      {card.picture && (await pictureElement(card.picture))}
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
 * The card as a PNG file's bytes. A palette PNG (the cards are flat colours and a drawing) at
 * the quantiser's lowest effort: about a quarter of the encoding time of the default effort, for
 * a file of about 40 KB instead of 27 KB.
 */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await renderShareSvg(card);
  return sharp(Buffer.from(svg))
    .png({ compressionLevel: 9, palette: true, quality: 90, effort: 1 })
    .toBuffer();
}
