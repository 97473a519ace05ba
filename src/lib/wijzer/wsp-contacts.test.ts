import { describe, expect, it } from 'vitest';
import { loadAllEntries } from '../../../tests/support/content-files.ts';
import type { SiteContent } from '../content.ts';
import { wspContacts } from './wsp-contacts.ts';

const entries = loadAllEntries();
const content = {
  municipalities: entries.filter((entry) => entry.collection === 'municipalities'),
  servicePoints: entries.filter((entry) => entry.collection === 'service-points'),
} as unknown as Pick<SiteContent, 'municipalities' | 'servicePoints'>;

describe('whom to call about a plan', () => {
  it('lists each service point with the municipalities content routes to it', () => {
    expect(
      wspContacts(content).map((contact) => [contact.name, contact.municipalities.join(', ')]),
    ).toEqual([
      [
        'Werkgeversservicepunt Regio Amersfoort',
        'Amersfoort, Baarn, Bunschoten, Leusden, Nijkerk, Soest, Woudenberg',
      ],
      ['Werkgeversservicepunt Foodvalley', 'Barneveld'],
      ['Werkgeversservicepunt Gooi en Vechtstreek', 'Eemnes'],
    ]);
  });

  it('leaves out a service point no municipality routes to', () => {
    const [first] = content.municipalities;
    const one = { ...content, municipalities: first ? [first] : [] };
    expect(wspContacts(one)).toHaveLength(1);
  });
});
