/**
 * The share kit's square (1080×1080) and upright (1080×1920) images: the ambassador's own share
 * card (the 1200×630 drawing of share-image.tsx, scaled to the width) with their quote large
 * beneath it and the site's address, in the campaign's colours. Drawn at build time like the card.
 */
import satori from 'satori';
import sharp from 'sharp';
import { colors } from './design-tokens.ts';
import {
  fonts,
  shareImageSize,
  sharePngOptions,
  withPlainDigits,
  type ShareCard,
} from './share-image.tsx';

export interface KitImageLayout {
  width: number;
  height: number;
}

const padding = 64;

/** The card's height when scaled to the image's width. */
function cardHeight(width: number): number {
  return Math.round((width * shareImageSize.height) / shareImageSize.width);
}

/**
 * The kit image as a PNG. `cardPng` is the card drawn without its quote (the quote is set larger
 * here); `footer` is the line at the bottom, the site's address.
 */
export async function renderKitImage(
  card: ShareCard,
  size: KitImageLayout,
  cardPng: Buffer,
  footer: string,
): Promise<Buffer> {
  const upright = size.height > size.width;
  const embedded = cardHeight(size.width);
  const quoteSize = upright ? 56 : 44;
  const element = (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: size.width,
        height: size.height,
        backgroundColor: colors.brand,
        fontFamily: 'Atkinson Hyperlegible',
        color: 'white',
      }}
    >
      {upright && (
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            padding: `${padding * 2}px ${padding}px ${padding}px`,
          }}
        >
          <div style={{ fontSize: 40, color: colors.mist }}>Ambassadeur van</div>
          <div style={{ fontSize: 88, fontWeight: 700, color: colors.accent, lineHeight: 1.1 }}>
            {withPlainDigits(card.campaignName)}
          </div>
        </div>
      )}
      <img
        src={`data:image/png;base64,${cardPng.toString('base64')}`}
        width={size.width}
        height={embedded}
        alt=""
      />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding,
        }}
      >
        {card.quote && (
          <div
            style={{
              display: 'block',
              fontSize: quoteSize,
              lineHeight: 1.3,
              lineClamp: upright ? 9 : 5,
              wordBreak: 'break-word',
              // Upright, the quote sits in the middle of the space under the card.
              ...(upright ? { marginTop: 'auto', marginBottom: 'auto' } : {}),
            }}
          >
            {withPlainDigits(`“${card.quote}”`)}
          </div>
        )}
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            marginTop: upright ? 0 : 'auto',
            paddingTop: 24,
          }}
        >
          {upright && <div style={{ fontSize: 40, color: 'white' }}>Lees het hele verhaal op</div>}
          <div style={{ fontSize: upright ? 52 : 34, fontWeight: 700, color: colors.accent }}>
            {footer}
          </div>
        </div>
      </div>
    </div>
  );
  const svg = await satori(element, { ...size, fonts: await fonts() });
  return sharp(Buffer.from(svg)).png(sharePngOptions).toBuffer();
}
