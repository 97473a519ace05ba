import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderShareImage, type ShareCard } from './share-image.tsx';
import { renderKitImage } from './share-kit-image.tsx';

const card: ShareCard = {
  kind: 'Ambassadeur',
  title: 'Anouk de Wit',
  subtitle: 'Eigenaar, Lunchroom Bij Anouk · Baarn',
  quote:
    'Ik dacht dat ik er geen tijd voor had. Nu weet ik: ik had geen tijd om het niet te doen. Lisa is mijn vaste kracht.',
  campaignName: 'Iedereen doet mee',
  organisation: 'Regio Amersfoort',
  picture: { type: 'initials', initials: 'AW' },
};

describe('the share kit images', () => {
  it.each([
    [1080, 1080],
    [1080, 1920],
  ])(
    'are PNGs of exactly %i × %i pixels',
    async (width, height) => {
      const { quote: _large, ...withoutQuote } = card;
      const png = await renderKitImage(
        card,
        { width, height },
        await renderShareImage(withoutQuote),
        'werkgevers.regioamersfoort.nl',
      );
      // Set KIT_IMAGE_PREVIEW to a folder to look at the images.
      const preview = process.env['KIT_IMAGE_PREVIEW'];
      if (preview) writeFileSync(`${preview}/kit-${width}x${height}.png`, png);
      expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width, height });
    },
    30_000,
  );
});
