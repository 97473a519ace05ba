import { afterEach, describe, expect, it } from 'vitest';
import { amsterdamToInstant } from '../dates.ts';
import { readConfig } from '../config.ts';
import { signupConfigFrom } from './config.ts';
import { issueStamp } from './form-stamp.ts';
import {
  handleSignup,
  type SignupDeps,
  type SignupEvent,
  type SignupSite,
} from './handle-signup.ts';
import type { EmailPayload } from './payloads.ts';
import { NOTICE_TARGET, type SignupStore } from './store.ts';
import { registerOn } from '../../../tests/support/register-on.ts';
import { testStores } from '../../../tests/support/test-stores.ts';

const secret = 'stamp-secret';
const now = amsterdamToInstant('2026-11-27T12:00');
const tenSecondsAgo = new Date(now.getTime() - 10_000);
const whsec = `whsec_${Buffer.from('x'.repeat(32)).toString('base64')}`;

const event: SignupEvent = {
  id: 'ontbijtsessie',
  title: 'Ontbijtsessie',
  start: amsterdamToInstant('2026-12-10T08:00'),
  end: amsterdamToInstant('2026-12-10T09:30'),
  signupDeadline: amsterdamToInstant('2026-12-08T17:00'),
  status: 'gepland',
  capacity: 6,
  servicePoint: 'wsp-regio-amersfoort',
  location: 'De Kamp, Amersfoort',
  url: 'https://example.org/bijeenkomsten/ontbijtsessie/',
  servicePointName: 'WSP Regio Amersfoort',
  servicePointEmail: 'wsp@example.org',
};

const site: SignupSite = {
  municipalities: [
    { id: 'amersfoort', name: 'Amersfoort', servicePoint: 'wsp-regio-amersfoort' },
    { id: 'barneveld', name: 'Barneveld', servicePoint: 'wsp-foodvalley' },
    { id: 'eemnes', name: 'Eemnes', servicePoint: 'wsp-gooi-en-vechtstreek' },
  ],
  ambassadors: ['anouk-de-wit'],
};

let emailCounter = 0;
function submission(overrides: Record<string, unknown> = {}) {
  emailCounter += 1;
  const { token, stamp } = issueStamp(secret, event.id, tenSecondsAgo);
  return {
    token,
    stamp,
    website: '',
    name: 'Anna de Vries',
    email: `anna${emailCounter}@bakkerij.nl`,
    organisation: 'Bakkerij De Korenaar',
    municipality: 'amersfoort',
    phone: '',
    attendees: '2',
    remark: '',
    consent: 'ja',
    ...overrides,
  };
}

describe.each(testStores)('on $engine', (testStore) => {
  const stores: SignupStore[] = [];
  afterEach(async () => {
    while (stores.length > 0) await stores.pop()?.close();
  });

  async function deps(
    env: Record<string, string> = {},
    overrides: Partial<SignupDeps> = {},
  ): Promise<SignupDeps & { store: SignupStore }> {
    const store = await testStore.open();
    stores.push(store);
    return {
      store,
      register: registerOn(store),
      config: signupConfigFrom(readConfig(env)),
      formSecret: secret,
      now,
      notify: () => {},
      ...overrides,
    };
  }

  describe('handleSignup', () => {
    it('registers a valid signup for the service point of the business', async () => {
      const d = await deps();
      const result = await handleSignup(submission({ municipality: 'barneveld' }), event, site, d);
      expect(result.kind).toBe('registered');
      if (result.kind !== 'registered') return;
      expect(result.registration).toMatchObject({
        status: 'bevestigd',
        servicePoint: 'wsp-foodvalley',
        municipality: 'Barneveld',
        attendees: 2,
      });
      expect(await d.store.countRegistrations()).toBe(1);
    });

    it('routes Eemnes to Gooi en Vechtstreek and "anders" to the organising service point', async () => {
      const d = await deps();
      const eemnes = await handleSignup(submission({ municipality: 'eemnes' }), event, site, d);
      const other = await handleSignup(submission({ municipality: 'anders' }), event, site, d);
      expect(eemnes.kind === 'registered' && eemnes.registration.servicePoint).toBe(
        'wsp-gooi-en-vechtstreek',
      );
      expect(other.kind === 'registered' && other.registration.servicePoint).toBe(
        'wsp-regio-amersfoort',
      );
      expect(other.kind === 'registered' && other.registration.municipality).toBe('Anders');
    });

    it('queues a delivery for each configured channel and wakes the worker', async () => {
      let woken = 0;
      const d = await deps(
        {
          DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_URL: 'http://127.0.0.1:9/hook',
          DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_SECRET: whsec,
          DELIVERY_WSP_REGIO_AMERSFOORT_EMAIL: 'inbox@wsp.example',
          SMTP_URL: 'smtp://127.0.0.1:2525',
        },
        { notify: () => (woken += 1) },
      );
      await handleSignup(submission(), event, site, d);
      expect((await d.store.dueDeliveries(now)).map((delivery) => delivery.channel)).toEqual([
        'webhook',
        'email',
        'confirmation',
      ]);
      expect(woken).toBe(1);
    });

    it('says so when the same form comes back with other details, and keeps the first', async () => {
      const d = await deps();
      const form = submission();
      await handleSignup(form, event, site, d);
      const again = await handleSignup({ ...form, attendees: '4' }, event, site, d);
      expect(again).toMatchObject({
        kind: 'already',
        message: expect.stringContaining('zoals u die de eerste keer verstuurde'),
      });
      expect(await d.store.countRegistrations()).toBe(1);
      expect(await d.store.placesTaken(event.id)).toBe(2);
    });

    it('answers a double submit of the same form with the same registration', async () => {
      const d = await deps();
      const form = submission();
      const first = await handleSignup(form, event, site, d);
      const second = await handleSignup(form, event, site, d);
      expect(second).toMatchObject({ kind: 'registered', replayed: true });
      expect(
        second.kind === 'registered' && first.kind === 'registered' && second.registration.id,
      ).toBe(first.kind === 'registered' && first.registration.id);
      expect(await d.store.countRegistrations()).toBe(1);
    });

    it('answers an address already signed up like a new signup, and tells its owner by e-mail', async () => {
      let woken = 0;
      const d = await deps({ SMTP_URL: 'smtp://127.0.0.1:2525' }, { notify: () => (woken += 1) });
      const first = await handleSignup(submission({ email: 'anna@bakkerij.nl' }), event, site, d);
      const queued = (await d.store.dueDeliveries(now)).length;
      // Someone else, with other details: the screen must not tell the address was used.
      const again = await handleSignup(
        submission({ email: 'Anna@Bakkerij.nl', name: 'Iemand Anders', attendees: '1' }),
        event,
        site,
        d,
      );
      const fresh = await handleSignup(
        submission({ name: 'Iemand Anders', attendees: '1' }),
        event,
        site,
        d,
      );
      expect(again.kind).toBe('repeated');
      // The receipt for the confirmation page is the one a new signup with these details gets.
      expect(again.kind === 'repeated' && again.receipt).toBe(
        fresh.kind === 'registered' && fresh.receipt,
      );
      expect(again.kind === 'repeated' && again.receipt).not.toBe(
        first.kind === 'registered' && first.receipt,
      );
      expect(await d.store.countRegistrations()).toBe(2);
      // One notice to the owner (the earlier registration's address and name), nothing to the WSP.
      const notices = (await d.store.dueDeliveries(now)).filter((x) => x.target === NOTICE_TARGET);
      expect(notices).toHaveLength(1);
      expect(await d.store.dueDeliveries(now)).toHaveLength(queued + 1 + 1); // + notice + fresh's copy
      const mail = JSON.parse(notices[0]?.payload ?? '{}') as EmailPayload;
      expect(mail.to).toBe('anna@bakkerij.nl');
      expect(mail.subject).toBe(`U was al aangemeld: ${event.title}`);
      expect(mail.text).toContain('Beste Anna de Vries,');
      expect(mail.text).toContain('U was al aangemeld, voor 2 personen.');
      expect(mail.text).toContain('Mail naar wsp@example.org');
      expect(woken).toBe(3);

      // More tries the same day: still the same answer, but no second notice.
      const third = await handleSignup(submission({ email: 'anna@bakkerij.nl' }), event, site, d);
      expect(third.kind).toBe('repeated');
      expect(
        (await d.store.dueDeliveries(now)).filter((x) => x.target === NOTICE_TARGET),
      ).toHaveLength(1);
      expect(await d.store.countRegistrations()).toBe(2);
    });

    it('puts signups beyond the capacity on the waitlist', async () => {
      const d = await deps();
      await handleSignup(submission({ attendees: '5' }), event, site, d);
      const late = await handleSignup(submission({ attendees: '2' }), event, site, d);
      expect(late.kind === 'registered' && late.registration.status).toBe('wachtlijst');
    });

    it('credits a real ambassador and ignores an unknown one', async () => {
      const d = await deps();
      const credited = await handleSignup(submission({ via: 'anouk-de-wit' }), event, site, d);
      const unknown = await handleSignup(submission({ via: '<script>' }), event, site, d);
      expect(credited.kind === 'registered' && credited.registration.via).toBe('anouk-de-wit');
      expect(unknown.kind === 'registered' && unknown.registration.via).toBeNull();
    });

    it('gives the form back with every message and the input kept when fields are wrong', async () => {
      const d = await deps();
      const result = await handleSignup(
        submission({ email: 'anna@', attendees: '9', consent: '' }),
        event,
        site,
        d,
      );
      expect(result).toMatchObject({
        kind: 'form',
        status: 422,
        values: { email: 'anna@', attendees: '9', name: 'Anna de Vries' },
      });
      expect(result.kind === 'form' && Object.keys(result.errors).sort()).toEqual([
        'attendees',
        'consent',
        'email',
      ]);
      expect(await d.store.countRegistrations()).toBe(0);
    });

    it('asks to send again, input kept, when the form came back too fast or was forged', async () => {
      const d = await deps();
      const fresh = issueStamp(secret, event.id, now);
      const fast = await handleSignup(submission({ ...fresh }), event, site, d);
      expect(fast).toMatchObject({ kind: 'form', values: { name: 'Anna de Vries' } });
      expect(fast.kind === 'form' && fast.formError).toMatch(/snel/);
      const forged = await handleSignup(submission({ stamp: 'x' }), event, site, d);
      expect(forged.kind === 'form' && forged.formError).toMatch(/verlopen/);
      expect(forged.kind === 'form' && forged.form.token).not.toBe(fresh.token);
      expect(await d.store.countRegistrations()).toBe(0);
    });

    it('lists the field errors of an empty form sent too fast, not only that it was fast', async () => {
      const d = await deps();
      const fresh = issueStamp(secret, event.id, now);
      const fast = await handleSignup(
        submission({ ...fresh, name: '', email: '', consent: '' }),
        event,
        site,
        d,
      );
      expect(fast).toMatchObject({ kind: 'form', status: 422 });
      expect(fast.kind === 'form' && Object.keys(fast.errors)).toEqual(
        expect.arrayContaining(['name', 'email', 'consent']),
      );
      expect(await d.store.countRegistrations()).toBe(0);
    });

    it('refuses a filled-in honeypot and stores nothing', async () => {
      const d = await deps();
      expect(
        (await handleSignup(submission({ website: 'http://spam' }), event, site, d)).kind,
      ).toBe('refused');
      expect(await d.store.countRegistrations()).toBe(0);
    });

    it('is closed after the deadline, for cancelled and for past events', async () => {
      const d = await deps();
      const afterDeadline = { ...d, now: amsterdamToInstant('2026-12-09T09:00') };
      expect(await handleSignup(submission(), event, site, afterDeadline)).toMatchObject({
        kind: 'closed',
        message: expect.stringMatching(/aanmeldtermijn is voorbij/),
      });
      expect(
        (await handleSignup(submission(), { ...event, status: 'afgelast' }, site, d)).kind,
      ).toBe('closed');
      const past = { ...d, now: amsterdamToInstant('2026-12-11T09:00') };
      expect(await handleSignup(submission(), event, site, past)).toMatchObject({ kind: 'closed' });
      expect(await d.store.countRegistrations()).toBe(0);
    });

    it('tells the user nothing was stored when the store fails, input kept', async () => {
      const d = await deps();
      await d.store.close();
      const result = await handleSignup(submission(), event, site, d);
      expect(result).toMatchObject({
        kind: 'form',
        status: 503,
        values: { name: 'Anna de Vries' },
      });
      stores.splice(stores.indexOf(d.store), 1);
    });
  });

  describe('correcting a form', () => {
    it('keeps the same token and stamp after field errors, so a quick fix is accepted', async () => {
      const d = await deps();
      const form = submission({ email: 'anna@' });
      const first = await handleSignup(form, event, site, d);
      expect(first.kind === 'form' && first.form).toEqual({ token: form.token, stamp: form.stamp });
      const fixed = await handleSignup({ ...form, email: 'anna@bakkerij.nl' }, event, site, d);
      expect(fixed.kind).toBe('registered');
    });
  });
});
