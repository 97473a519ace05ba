import { afterEach, describe, expect, it } from 'vitest';
import { loadAllEntries } from '../../../tests/support/content-files.ts';
import { amsterdamToInstant } from '../dates.ts';
import { toWijzerRegulation, type RegulationData } from '../wijzer/from-content.ts';
import { planForAnswers } from '../wijzer/plan-for-answers.ts';
import { readConfig } from '../config.ts';
import { signupConfigFrom } from './config.ts';
import { issueStamp } from './form-stamp.ts';
import {
  CONTACT_SOURCE,
  handleContactRequest,
  NO_PLAN_MESSAGE,
  regionalServicePoint,
  type ContactDeps,
  type ContactSite,
} from './handle-contact.ts';
import type { EmailPayload, WebhookPayload } from './payloads.ts';
import { contactRequestsPerDay } from './registration-kinds.ts';
import { NOTICE_TARGET, type SignupStore } from './store.ts';
import { registerOn } from '../../../tests/support/register-on.ts';
import {
  badCredit,
  expectCreditCountedNotSent,
  expectNoCredit,
  sharedCredit,
} from '../../../tests/support/credit-expectations.ts';
import { testStores } from '../../../tests/support/test-stores.ts';

const secret = 'stamp-secret';
const now = amsterdamToInstant('2026-11-27T12:00');
const tenSecondsAgo = new Date(now.getTime() - 10_000);
const whsec = `whsec_${Buffer.from('x'.repeat(32)).toString('base64')}`;
const origin = 'https://werkgevers.example';

const regulations = loadAllEntries()
  .filter((entry) => entry.collection === 'regulations')
  .map((entry) => toWijzerRegulation({ id: entry.id, data: entry.data as RegulationData }));

const site: ContactSite = {
  municipalities: [
    { id: 'amersfoort', name: 'Amersfoort', servicePoint: 'wsp-regio-amersfoort' },
    { id: 'barneveld', name: 'Barneveld', servicePoint: 'wsp-foodvalley' },
    { id: 'eemnes', name: 'Eemnes', servicePoint: 'wsp-gooi-en-vechtstreek' },
    { id: 'leusden', name: 'Leusden', servicePoint: 'wsp-regio-amersfoort' },
  ],
  servicePoints: [
    { id: 'wsp-regio-amersfoort', name: 'WSP Regio Amersfoort', email: 'a@wsp.example' },
    { id: 'wsp-foodvalley', name: 'WSP Foodvalley', email: 'f@wsp.example' },
    { id: 'wsp-gooi-en-vechtstreek', name: 'WSP Gooi en Vechtstreek', email: 'g@wsp.example' },
  ],
  ambassadors: ['anouk-de-wit'],
  planOf: (answers) => planForAnswers(answers, regulations, { today: '2026-11-27', origin }),
};

// A Wajong candidate, 24 hours a week, as the result page's hidden field carries it.
const answers =
  'situatie=wajong&leeftijd=onder-27&werkplek=nee&begeleiding=ja&uren=24&contract=vast&start=2027-01-31';

function submission(overrides: Record<string, unknown> = {}) {
  const { token, stamp } = issueStamp(secret, CONTACT_SOURCE, tenSecondsAgo);
  return {
    token,
    stamp,
    website: '',
    answers,
    name: 'Anna de Vries',
    email: 'anna@bakkerij.nl',
    organisation: 'Bakkerij De Korenaar',
    municipality: 'amersfoort',
    phone: '',
    remark: 'Kan de kandidaat in januari beginnen?',
    consent: 'ja',
    ...overrides,
  };
}

describe.each(testStores)('on $engine', (testStore) => {
  const stores: SignupStore[] = [];
  afterEach(async () => {
    while (stores.length > 0) await stores.pop()?.close();
  });

  async function deps(env: Record<string, string> = {}, overrides: Partial<ContactDeps> = {}) {
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
    } satisfies ContactDeps & { store: SignupStore };
  }

  describe('handleContactRequest', () => {
    it("carries the visit's credit as a signup does: counted, never sent to the WSP", async () => {
      const d = await deps({
        DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_URL: 'http://127.0.0.1:9/hook',
        DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_SECRET: whsec,
        DELIVERY_WSP_REGIO_AMERSFOORT_EMAIL: 'inbox@wsp.example',
        SMTP_URL: 'smtp://127.0.0.1:2525',
      });
      const result = await handleContactRequest(submission(sharedCredit), site, d);
      expect(result.kind).toBe('sent');
      await expectCreditCountedNotSent(d.store, 'contactverzoek', now, 3);
    });

    it('drops credit that does not pass, and still sends the request', async () => {
      const d = await deps();
      const result = await handleContactRequest(submission(badCredit), site, d);
      expect(result.kind).toBe('sent');
      expect(result.kind === 'sent' && result.registration.via).toBeNull();
      await expectNoCredit(d.store);
    });

    it('stores the plan with the details as a contact request for the WSP of the business', async () => {
      const d = await deps();
      const result = await handleContactRequest(submission({ municipality: 'barneveld' }), site, d);
      expect(result.kind).toBe('sent');
      if (result.kind !== 'sent') return;
      expect(result.registration).toMatchObject({
        kind: 'contactverzoek',
        eventId: CONTACT_SOURCE,
        servicePoint: 'wsp-foodvalley',
        municipality: 'Barneveld',
        organisation: 'Bakkerij De Korenaar',
        remark: 'Kan de kandidaat in januari beginnen?',
        status: 'bevestigd',
      });
      const plan = result.registration.message ?? '';
      expect(plan).toContain('Aannameplan uit de regelingenwijzer');
      expect(plan).toContain('- Uitkering of situatie: Wajong');
      expect(plan).toContain(`Bekijk dit plan online: ${origin}/regelingen/wijzer/uitkomst/?`);
    });

    it('routes Eemnes to Gooi en Vechtstreek and "anders" to the region\'s own WSP', async () => {
      const d = await deps();
      const eemnes = await handleContactRequest(submission({ municipality: 'eemnes' }), site, d);
      const other = await handleContactRequest(
        submission({ municipality: 'anders', email: 'anna@elders.nl' }),
        site,
        d,
      );
      expect(eemnes.kind === 'sent' && eemnes.registration.servicePoint).toBe(
        'wsp-gooi-en-vechtstreek',
      );
      expect(other.kind === 'sent' && other.registration).toMatchObject({
        servicePoint: 'wsp-regio-amersfoort',
        municipality: 'Anders',
      });
    });

    it('queues the same deliveries as a signup, with the plan in the webhook body', async () => {
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
      const result = await handleContactRequest(submission(), site, d);
      const deliveries = await d.store.dueDeliveries(now);
      expect(deliveries.map((delivery) => delivery.channel)).toEqual([
        'webhook',
        'email',
        'confirmation',
      ]);
      const webhook = JSON.parse(deliveries[0]?.payload ?? '{}') as WebhookPayload;
      expect(JSON.parse(webhook.body)).toMatchObject({
        type: 'contact_request.created',
        data: {
          id: result.kind === 'sent' && result.registration.id,
          servicePoint: 'wsp-regio-amersfoort',
          planUrl: expect.stringContaining(`${origin}/regelingen/wijzer/uitkomst/?situatie=wajong`),
          answers: {
            schema: 'contactverzoek/1',
            query: expect.stringContaining('situatie=wajong'),
            madeOn: '2026-11-27',
            answers: {
              situations: ['wajong'],
              situationsUnknown: false,
              age: 'onder-27',
              workplace: 'nee',
              coaching: 'ja',
              hoursPerWeek: 24,
              contract: 'vast',
              start: '2027-01-31',
            },
          },
        },
      });
      const outcome = (JSON.parse(webhook.body) as { data: { answers: { outcome: unknown[] } } })
        .data.answers.outcome;
      expect(outcome).toContainEqual(
        expect.objectContaining({ regulation: 'no-riskpolis', status: 'past' }),
      );
      expect(woken).toBe(1);
    });

    it('stores every plan an employer sends: one address may send several', async () => {
      const d = await deps();
      const first = await handleContactRequest(submission(), site, d);
      const second = await handleContactRequest(submission({ answers: 'situatie=ww' }), site, d);
      expect([first.kind, second.kind]).toEqual(['sent', 'sent']);
      expect(await d.store.countRegistrations()).toBe(2);
    });

    it('recognises the same plan from the same address within a day: nothing stored or sent again', async () => {
      const d = await deps({ SMTP_URL: 'smtp://127.0.0.1:2525' });
      const first = await handleContactRequest(submission(), site, d);
      const anHourLater = new Date(now.getTime() + 3_600_000);
      const queued = (await d.store.dueDeliveries(anHourLater)).length;
      // Back after sending, and sent again: a new form, the same answers, the address in capitals.
      const again = await handleContactRequest(
        submission({ email: 'Anna@Bakkerij.nl', remark: 'Nog een vraag' }),
        site,
        { ...d, now: anHourLater },
      );
      expect(again).toMatchObject({ kind: 'repeated', reason: 'already-sent' });
      // The same receipt (confirmation page) as the first time, and nothing more for the WSP.
      expect(again.kind === 'repeated' && again.receipt).toBe(
        first.kind === 'sent' && first.receipt,
      );
      expect(await d.store.countRegistrations()).toBe(1);
      const due = await d.store.dueDeliveries(anHourLater);
      expect(due.filter((x) => x.target !== NOTICE_TARGET)).toHaveLength(queued);
      // The owner hears it by e-mail, kindly.
      const notices = due.filter((x) => x.target === NOTICE_TARGET);
      expect(notices).toHaveLength(1);
      const mail = JSON.parse(notices[0]?.payload ?? '{}') as EmailPayload;
      expect(mail).toMatchObject({
        to: 'anna@bakkerij.nl',
        subject: 'Uw aannameplan was al verstuurd',
      });
      expect(mail.text).toContain('U heeft vandaag al een aannameplan met dezelfde antwoorden');
      expect(mail.text).toContain('Mail naar a@wsp.example.');

      // Other answers, or the same plan a day later, is a new request.
      const other = await handleContactRequest(submission({ answers: 'situatie=ww' }), site, d);
      const tomorrow = new Date(now.getTime() + 86_400_000 + 1);
      const nextDay = await handleContactRequest(
        {
          ...submission(),
          ...issueStamp(secret, CONTACT_SOURCE, new Date(tomorrow.getTime() - 10_000)),
        },
        site,
        { ...d, now: tomorrow },
      );
      expect([other.kind, nextDay.kind]).toEqual(['sent', 'sent']);
      expect(await d.store.countRegistrations()).toBe(3);
    });

    it('answers a plan over the daily limit like a sent one, and tells the owner once a day', async () => {
      const d = await deps({ SMTP_URL: 'smtp://127.0.0.1:2525' });
      const plans = [8, 16, 24, 32, 40].map((hours) => `situatie=wia&uren=${hours}`);
      const sent = [];
      for (const plan of plans.slice(0, contactRequestsPerDay)) {
        sent.push(await handleContactRequest(submission({ answers: plan }), site, d));
      }
      expect(sent.map((r) => r.kind)).toEqual(['sent', 'sent', 'sent']);
      const result = await handleContactRequest(submission({ answers: plans[3] }), site, d);
      expect(result).toMatchObject({ kind: 'repeated', reason: 'daily-limit' });
      expect(result.kind === 'repeated' && result.receipt).toBe(
        sent[0]?.kind === 'sent' && sent[0].receipt,
      );
      // A fifth plan, and the same plan again: the same answer, but no more e-mail.
      await handleContactRequest(submission({ answers: plans[4] }), site, d);
      await handleContactRequest(submission({ answers: plans[0] }), site, d);
      expect(await d.store.countRegistrations()).toBe(contactRequestsPerDay);
      const mails = (await d.store.dueDeliveries(now)).filter((x) => x.channel === 'confirmation');
      // The three copies of the plans sent, and one notice.
      expect(mails).toHaveLength(contactRequestsPerDay + 1);
      const notice = JSON.parse(
        mails.find((x) => x.target === NOTICE_TARGET)?.payload ?? '{}',
      ) as EmailPayload;
      expect(notice.subject).toBe('Uw aannameplan is niet verstuurd');
      expect(notice.text).toContain('U heeft vandaag al drie plannen naar het WSP gestuurd.');
    });

    it('answers a double submit of the same form with the same request', async () => {
      const d = await deps();
      const form = submission();
      const first = await handleContactRequest(form, site, d);
      const second = await handleContactRequest(form, site, d);
      expect(second).toMatchObject({ kind: 'sent', replayed: true });
      expect(second.kind === 'sent' && second.registration.id).toBe(
        first.kind === 'sent' && first.registration.id,
      );
      expect(await d.store.countRegistrations()).toBe(1);
    });

    it('says so when the same form comes back with other details, and keeps the first', async () => {
      const d = await deps();
      const form = submission();
      const first = await handleContactRequest(form, site, d);
      const again = await handleContactRequest({ ...form, email: 'ander@bakkerij.nl' }, site, d);
      expect(again).toMatchObject({
        kind: 'already',
        message: expect.stringContaining('Dit formulier was al verstuurd.'),
      });
      expect(await d.store.countRegistrations()).toBe(1);
      expect(first.kind === 'sent' && first.registration.email).toBe('anna@bakkerij.nl');
    });

    it('gives the form back with every message and the input kept when fields are wrong', async () => {
      const d = await deps();
      const form = submission({ name: '', email: 'anna@', municipality: 'utrecht', consent: '' });
      const result = await handleContactRequest(form, site, d);
      expect(result).toMatchObject({
        kind: 'form',
        status: 422,
        values: { email: 'anna@', organisation: 'Bakkerij De Korenaar' },
        errors: {
          name: 'Vul uw naam in.',
          email: expect.stringContaining('klopt niet'),
          municipality: 'Kies de gemeente waar uw bedrijf zit.',
          consent: 'Geef toestemming om uw gegevens en het plan naar het WSP te sturen.',
        },
        // The same form stays valid, so a quick correction is not taken for a bot.
        form: { token: form.token, stamp: form.stamp },
      });
      expect(await d.store.countRegistrations()).toBe(0);
    });

    it('sends nothing when the answers are missing or wrong, and says what to do', async () => {
      const d = await deps();
      // Valid answers, padded past the length limit with a parameter the wijzer ignores.
      const padded = `${answers}&utm_source=${'x'.repeat(2000)}`;
      expect(site.planOf(`${answers}&utm_source=nieuwsbrief`)).toBeDefined();
      for (const wrong of ['', 'uren=99', 'situatie=<script>', padded]) {
        const result = await handleContactRequest(submission({ answers: wrong }), site, d);
        expect(result).toMatchObject({
          kind: 'form',
          status: 422,
          formError: NO_PLAN_MESSAGE,
          values: { name: 'Anna de Vries' },
        });
      }
      expect(await d.store.countRegistrations()).toBe(0);
    });

    it('refuses a filled-in honeypot and asks again for a forged or too fast form', async () => {
      const d = await deps({ FORM_MIN_SECONDS: '3' });
      const bot = await handleContactRequest(submission({ website: 'http://spam' }), site, d);
      expect(bot.kind).toBe('refused');
      const forged = await handleContactRequest(submission({ stamp: 'nope' }), site, d);
      expect(forged).toMatchObject({
        kind: 'form',
        formError: expect.stringContaining('verlopen'),
      });
      const fresh = issueStamp(secret, CONTACT_SOURCE, now);
      const fast = await handleContactRequest(submission({ ...fresh }), site, d);
      expect(fast).toMatchObject({ kind: 'form', formError: expect.stringContaining('snel') });
      // A signup form's stamp is for its event and does not pass here.
      const eventStamp = issueStamp(secret, 'ontbijtsessie', tenSecondsAgo);
      const other = await handleContactRequest(submission({ ...eventStamp }), site, d);
      expect(other.kind).toBe('form');
      expect(await d.store.countRegistrations()).toBe(0);
    });

    it('lists the field errors of an empty plan form sent too fast, not only that it was fast', async () => {
      const d = await deps({ FORM_MIN_SECONDS: '3' });
      const fresh = issueStamp(secret, CONTACT_SOURCE, now);
      const fast = await handleContactRequest(
        submission({ ...fresh, name: '', email: '', consent: '' }),
        site,
        d,
      );
      expect(fast).toMatchObject({ kind: 'form', status: 422 });
      expect(fast.kind === 'form' && Object.keys(fast.errors)).toEqual(
        expect.arrayContaining(['name', 'email', 'consent']),
      );
      expect(await d.store.countRegistrations()).toBe(0);
    });

    it('tells the employer nothing was stored when the store fails, input kept', async () => {
      const d = await deps(
        {},
        {
          register: () => Promise.reject(new Error('disk full')),
        },
      );
      const result = await handleContactRequest(submission(), site, d);
      expect(result).toMatchObject({
        kind: 'form',
        status: 503,
        formError: expect.stringContaining('er is niets bewaard'),
        values: { name: 'Anna de Vries', remark: 'Kan de kandidaat in januari beginnen?' },
      });
    });

    it('never takes places: even an event with the same id keeps all its places', async () => {
      const d = await deps();
      await handleContactRequest(submission(), site, d);
      expect(await d.store.placesTaken(CONTACT_SOURCE)).toBe(0);
    });

    it('is kept for the retention period counted from sending, like a signup after its event', async () => {
      const d = await deps();
      const sent = await handleContactRequest(submission(), site, d);
      // Pulled by an export-only WSP: seen, so the normal period applies.
      await d.store.markExported([sent.kind === 'sent' ? sent.registration.id : ''], now);
      const day = 86_400_000;
      const policy = { retentionDays: 30, maxDays: 90 };
      expect(
        (await d.store.purgeExpired(new Date(now.getTime() + 29 * day), policy)).deleted,
      ).toEqual([]);
      expect(
        (await d.store.purgeExpired(new Date(now.getTime() + 30 * day), policy)).deleted,
      ).toHaveLength(1);
    });
  });
});

describe('regionalServicePoint', () => {
  it('is the service point that serves most municipalities', () => {
    expect(regionalServicePoint(site.municipalities)).toBe('wsp-regio-amersfoort');
  });
});
