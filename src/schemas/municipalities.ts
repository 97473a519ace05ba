import { z } from 'astro/zod';
import { text, webAddress, type SchemaHelpers } from './shared.ts';

/**
 * A municipality of Regio Amersfoort. `servicePoint` is the routing rule: signups from employers
 * in this municipality go to that service point. It is content, so staff can change it.
 */
export const municipalitySchema = (helpers: SchemaHelpers) =>
  z.object({
    name: text('Naam', 60),
    servicePoint: helpers.reference('service-points'),
    labourMarketRegion: text('Arbeidsmarktregio', 80),
    intro: text('Introductie', 600),
    website: webAddress('Website van de gemeente'),
  });
