/**
 * What every request handler's credit tests check alike (hire plan, analysis, koffie): a visit's
 * credit is counted in the staff view and never sent to the WSP; credit that does not pass is
 * dropped while the request still goes out.
 */
import { expect } from 'vitest';
import { countBy } from '../../src/lib/registrations/result-counts.ts';
import type { SignupStore } from '../../src/lib/registrations/store.ts';

/** The credit of a LinkedIn share of a story, as the form's hidden fields carry it. */
export const sharedCredit = {
  via: 'anouk-de-wit',
  kanaal: 'linkedin',
  pagina: '/verhalen/de-blauwe-paraplu/',
};

/** Credit that must not pass: an unknown ambassador and channel, a page of another site. */
export const badCredit = { via: 'onbekend', kanaal: 'facebook', pagina: 'https://elders.example/' };

/** One request of `kind` with `sharedCredit`: counted by channel, page and ambassador, not sent. */
export async function expectCreditCountedNotSent(
  store: SignupStore,
  kind: string,
  now: Date,
  deliveries: number,
) {
  expect(await countBy(store, 'channel')).toEqual([
    { keys: ['linkedin'], kind, registrations: 1, waitlist: 0, people: 1 },
  ]);
  expect((await countBy(store, 'page')).map((row) => row.keys)).toEqual([
    ['/verhalen/de-blauwe-paraplu/'],
  ]);
  expect((await countBy(store, 'ambassador')).map((row) => row.keys)).toEqual([['anouk-de-wit']]);
  // The channel and the landing page stay in the store: no delivery carries them.
  const sent = (await store.dueDeliveries(now)).map((delivery) => delivery.payload);
  expect(sent).toHaveLength(deliveries);
  expect(sent.join('\n')).not.toMatch(/linkedin|blauwe-paraplu/);
}

/** No credit counted in any grouping. */
export async function expectNoCredit(store: SignupStore) {
  for (const grouping of ['ambassador', 'channel', 'page'] as const) {
    expect(await countBy(store, grouping), grouping).toEqual([]);
  }
}
