import { describe, expect, it } from 'vitest';
import { amsterdamToInstant } from './dates.ts';
import {
  amsterdamIso,
  articleJsonLd,
  eventJsonLd,
  organizationJsonLd,
  personJsonLd,
  serializeJsonLd,
  websiteJsonLd,
  type EventInput,
} from './structured-data.ts';

const wsp = {
  name: 'Werkgeversservicepunt Regio Amersfoort',
  url: 'https://www.wspregioamersfoort.nl/',
  email: 'info@example.org',
};
const event: EventInput = {
  title: 'Ontbijtsessie',
  summary: 'Een ontbijt voor werkgevers.',
  url: 'https://example.org/bijeenkomsten/ontbijt/',
  image: 'https://example.org/deel/bijeenkomsten/ontbijt.png',
  start: amsterdamToInstant('2026-12-10T08:00'),
  end: amsterdamToInstant('2026-12-10T09:30'),
  status: 'gepland',
  venue: { name: 'De Kamp', address: 'Kampstraat 1', postcode: '3811 AB', city: 'Amersfoort' },
  online: false,
  organizer: wsp,
};

describe('dates in structured data', () => {
  it('carry the Amsterdam offset of winter and summer time', () => {
    expect(amsterdamIso(amsterdamToInstant('2026-12-10T19:30'))).toBe('2026-12-10T19:30:00+01:00');
    expect(amsterdamIso(amsterdamToInstant('2027-06-10T19:30'))).toBe('2027-06-10T19:30:00+02:00');
  });
});

describe('an Event', () => {
  it('has name, start and end with offset, status, mode, place, organiser, and is free', () => {
    const data = eventJsonLd(event);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Ontbijtsessie',
      startDate: '2026-12-10T08:00:00+01:00',
      endDate: '2026-12-10T09:30:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'De Kamp',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Kampstraat 1',
          postalCode: '3811 AB',
          addressLocality: 'Amersfoort',
          addressCountry: 'NL',
        },
      },
      organizer: { '@type': 'Organization', name: wsp.name, url: wsp.url },
      isAccessibleForFree: true,
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' },
    });
  });

  it('is online with a virtual location that does not give away the meeting link', () => {
    const { venue: _venue, ...online } = event;
    const data = eventJsonLd({ ...online, online: true });
    expect(data['eventAttendanceMode']).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(data['location']).toEqual({ '@type': 'VirtualLocation', url: event.url });
  });

  it('is mixed when it has a venue and can be followed online', () => {
    const data = eventJsonLd({ ...event, online: true });
    expect(data['eventAttendanceMode']).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(data['location']).toEqual([
      expect.objectContaining({ '@type': 'Place' }),
      expect.objectContaining({ '@type': 'VirtualLocation' }),
    ]);
  });

  it('is cancelled when the status is "afgelast", and sold out when it is "vol"', () => {
    expect(eventJsonLd({ ...event, status: 'afgelast' })['eventStatus']).toBe(
      'https://schema.org/EventCancelled',
    );
    expect(eventJsonLd({ ...event, status: 'vol' })['offers']).toMatchObject({
      availability: 'https://schema.org/SoldOut',
    });
  });
});

describe('an Article', () => {
  const article = {
    title: 'De Blauwe Paraplu',
    summary: 'Een sociale coöperatie.',
    url: 'https://example.org/verhalen/de-blauwe-paraplu/',
    image: 'https://example.org/deel/verhalen/de-blauwe-paraplu.png',
    publishedOn: '2026-09-01',
    publisher: { name: 'Iedereen doet mee', url: 'https://example.org/' },
  };

  it('has headline, image, dates and the campaign as publisher', () => {
    expect(articleJsonLd(article)).toMatchObject({
      '@type': 'Article',
      headline: 'De Blauwe Paraplu',
      image: [article.image],
      datePublished: '2026-09-01',
      dateModified: '2026-09-01',
      publisher: { '@type': 'Organization', name: 'Iedereen doet mee' },
    });
    expect(articleJsonLd({ ...article, updatedOn: '2026-10-02' })['dateModified']).toBe(
      '2026-10-02',
    );
  });
});

describe('a Person', () => {
  const person = {
    name: 'Anouk de Wit',
    role: 'Eigenaar',
    organisation: 'Lunchroom Bij Anouk',
    url: 'https://example.org/ambassadeurs/anouk-de-wit/',
    description: 'Anouk heeft een lunchroom.',
  };

  it('has name, job title and employer', () => {
    expect(personJsonLd(person)).toMatchObject({
      '@type': 'Person',
      name: 'Anouk de Wit',
      jobTitle: 'Eigenaar',
      worksFor: { '@type': 'Organization', name: 'Lunchroom Bij Anouk' },
    });
  });

  it('has a picture only when one is given (consent on file)', () => {
    expect(personJsonLd(person)).not.toHaveProperty('image');
    expect(personJsonLd({ ...person, image: 'https://example.org/a.png' })['image']).toBe(
      'https://example.org/a.png',
    );
  });
});

describe('the campaign', () => {
  it('is an Organization with its parent organisation', () => {
    expect(
      organizationJsonLd({
        name: 'Iedereen doet mee',
        url: 'https://example.org/',
        parent: { name: 'Regio Amersfoort', url: 'https://www.regioamersfoort.nl' },
      }),
    ).toMatchObject({
      '@type': 'Organization',
      name: 'Iedereen doet mee',
      parentOrganization: { '@type': 'Organization', name: 'Regio Amersfoort' },
    });
  });

  it('offers its search to search engines', () => {
    const site = websiteJsonLd({
      name: 'Iedereen doet mee',
      url: 'https://example.org/',
      searchUrl: 'https://example.org/zoeken/',
    });
    expect(site['potentialAction']).toMatchObject({
      target: { urlTemplate: 'https://example.org/zoeken/?q={search_term_string}' },
    });
  });
});

describe('serialising', () => {
  it('cannot close the script element early', () => {
    const json = serializeJsonLd(
      personJsonLd({
        name: '</script><script>alert(1)</script>',
        role: 'x',
        organisation: 'y',
        url: 'https://example.org/',
        description: 'z',
      }),
    );
    expect(json).not.toContain('</script>');
    expect((JSON.parse(json) as { name: string }).name).toBe('</script><script>alert(1)</script>');
  });
});
