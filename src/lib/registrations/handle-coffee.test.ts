import { afterEach, describe, expect, it } from 'vitest';
import { amsterdamToInstant } from '../dates.ts';
import { readConfig } from '../config.ts';
import { signupConfigFrom } from './config.ts';
import { issueStamp } from './form-stamp.ts';
import {
  coffeeServicePointOf,
  coffeeSourceOf,
  handleCoffeeRequest,
  type CoffeeAmbassador,
  type CoffeeSite,
} from './handle-coffee.ts';
import type { FormDeps } from './submission-gate.ts';
import type { EmailPayload, WebhookPayload } from './payloads.ts';
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

const site: CoffeeSite = {
  municipalities: [
    { id: 'amersfoort', name: 'Amersfoort', servicePoint: 'wsp-regio-amersfoort' },
    { id: 'baarn', name: 'Baarn', servicePoint: 'wsp-regio-amersfoort' },
    { id: 'barneveld', name: 'Barneveld', servicePoint: 'wsp-foodvalley' },
    { id: 'eemnes', name: 'Eemnes', servicePoint: 'wsp-gooi-en-vechtstreek' },
  ],
  servicePoints: [
    { id: 'wsp-regio-amersfoort', name: 'WSP Regio Amersfoort', email: 'a@wsp.example' },
    { id: 'wsp-foodvalley', name: 'WSP Foodvalley', email: 'f@wsp.example' },
    { id: 'wsp-gooi-en-vechtstreek', name: 'WSP Gooi en Vechtstreek', email: 'g@wsp.example' },
  ],
  ambassadors: ['anouk-de-wit', 'fatima-el-idrissi'],
};

const fatima: CoffeeAmbassador = {
  slug: 'fatima-el-idrissi',
  name: 'Fatima El Idrissi',
  municipality: 'barneveld',
  openForCoffee: true,
  url: 'https://werkgevers.example/ambassadeurs/fatima-el-idrissi/',
};

function submission(overrides: Record<string, unknown> = {}, slug = fatima.slug) {
  const { token, stamp } = issueStamp(secret, coffeeSourceOf(slug), tenSecondsAgo);
  return {
    token,
    stamp,
    website: '',
    name: 'Anna de Vries',
    email: 'anna@bakkerij.nl',
    organisation: 'Bakkerij De Korenaar',
    municipality: 'amersfoort',
    phone: '',
    remark: 'Hoe heeft u het werk verdeeld?',
    consent: 'ja',
    ...overrides,
  };
}

const allChannels = {
  DELIVERY_WSP_FOODVALLEY_WEBHOOK_URL: 'http://127.0.0.1:9/hook',
  DELIVERY_WSP_FOODVALLEY_WEBHOOK_SECRET: whsec,
  DELIVERY_WSP_FOODVALLEY_EMAIL: 'inbox@foodvalley.example',
  SMTP_URL: 'smtp://127.0.0.1:2525',
};

describe('routing a koffieverzoek', () => {
  it("goes to the WSP of the ambassador's municipality, not the employer's", () => {
    expect(coffeeServicePointOf({ municipality: 'barneveld' }, site).id).toBe('wsp-foodvalley');
    expect(coffeeServicePointOf({ municipality: 'eemnes' }, site).id).toBe(
      'wsp-gooi-en-vechtstreek',
    );
    expect(coffeeServicePointOf({ municipality: 'baarn' }, site).id).toBe('wsp-regio-amersfoort');
  });

  it('refuses to guess when the municipality has no service point', () => {
    expect(() => coffeeServicePointOf({ municipality: 'utrecht' }, site)).toThrow(/utrecht/);
  });
});

describe.each(testStores)('on $engine', (testStore) => {
  const stores: SignupStore[] = [];
  afterEach(async () => {
    while (stores.length > 0) await stores.pop()?.close();
  });

  async function deps(env: Record<string, string> = {}) {
    const store = await testStore.open();
    stores.push(store);
    return {
      store,
      register: registerOn(store),
      config: signupConfigFrom(readConfig(env)),
      formSecret: secret,
      now,
      notify: () => {},
    } satisfies FormDeps & { store: SignupStore };
  }

  describe('handleCoffeeRequest', () => {
    it("carries the visit's credit as a signup does: counted, never sent to the WSP", async () => {
      const d = await deps(allChannels);
      const result = await handleCoffeeRequest(submission(sharedCredit), fatima, site, d);
      expect(result.kind).toBe('sent');
      await expectCreditCountedNotSent(d.store, 'koffieverzoek', now, 3);
    });

    it('drops credit that does not pass, and still sends the request', async () => {
      const d = await deps();
      const result = await handleCoffeeRequest(submission(badCredit), fatima, site, d);
      expect(result.kind).toBe('sent');
      expect(result.kind === 'sent' && result.registration.via).toBeNull();
      await expectNoCredit(d.store);
    });

    it('stores the question as a koffieverzoek for the WSP of the ambassador', async () => {
      const d = await deps();
      const result = await handleCoffeeRequest(submission(), fatima, site, d);
      expect(result.kind).toBe('sent');
      if (result.kind !== 'sent') return;
      expect(result.registration).toMatchObject({
        kind: 'koffieverzoek',
        eventId: 'koffie:fatima-el-idrissi',
        servicePoint: 'wsp-foodvalley',
        municipality: 'Amersfoort',
        remark: 'Hoe heeft u het werk verdeeld?',
        message: 'Koffie met Fatima El Idrissi: Hoe heeft u het werk verdeeld?',
      });
      expect(JSON.parse(result.registration.answers ?? 'null')).toEqual({
        schema: 'koffieverzoek/1',
        ambassador: { slug: 'fatima-el-idrissi', name: 'Fatima El Idrissi' },
        question: 'Hoe heeft u het werk verdeeld?',
      });
      expect((await d.store.registrationsFor('wsp-foodvalley')).map((r) => r.kind)).toEqual([
        'koffieverzoek',
      ]);
    });

    it('asks for the question, with a Dutch message, and stores nothing without it', async () => {
      const d = await deps();
      const result = await handleCoffeeRequest(submission({ remark: '  ' }), fatima, site, d);
      expect(result).toMatchObject({
        kind: 'form',
        status: 422,
        errors: { remark: 'Schrijf uw vraag aan de ambassadeur.' },
        values: { name: 'Anna de Vries' },
      });
      expect(await d.store.countRegistrations()).toBe(0);
    });

    it('takes no request for an ambassador who is not open for coffee', async () => {
      const d = await deps();
      const result = await handleCoffeeRequest(
        submission(),
        { ...fatima, openForCoffee: false },
        site,
        d,
      );
      expect(result.kind).toBe('closed');
      expect(await d.store.countRegistrations()).toBe(0);
    });

    it("does not take a form stamped for another ambassador's page", async () => {
      const d = await deps();
      const result = await handleCoffeeRequest(submission({}, 'anouk-de-wit'), fatima, site, d);
      expect(result).toMatchObject({
        kind: 'form',
        formError: expect.stringContaining('verlopen'),
      });
      expect(await d.store.countRegistrations()).toBe(0);
    });

    it('queues webhook, WSP e-mail and confirmation, with structured answers', async () => {
      const d = await deps(allChannels);
      const result = await handleCoffeeRequest(
        submission({ phone: '033 123 45 67' }),
        fatima,
        site,
        d,
      );
      const deliveries = await d.store.dueDeliveries(now);
      expect(deliveries.map((x) => [x.channel, x.target])).toEqual([
        ['webhook', 'wsp-foodvalley'],
        ['email', 'wsp-foodvalley'],
        ['confirmation', 'registrant'],
      ]);
      const webhook = JSON.parse(deliveries[0]?.payload ?? '{}') as WebhookPayload;
      expect(webhook.messageId).toBe(`msg_${result.kind === 'sent' && result.registration.id}`);
      expect(JSON.parse(webhook.body)).toMatchObject({
        type: 'coffee_request.created',
        data: {
          kind: 'koffieverzoek',
          servicePoint: 'wsp-foodvalley',
          contact: { email: 'anna@bakkerij.nl', phone: '033 123 45 67' },
          answers: {
            schema: 'koffieverzoek/1',
            ambassador: { slug: 'fatima-el-idrissi', name: 'Fatima El Idrissi' },
            question: 'Hoe heeft u het werk verdeeld?',
          },
        },
      });
      const toWsp = JSON.parse(deliveries[1]?.payload ?? '{}') as EmailPayload;
      expect(toWsp.subject).toBe('Koffieverzoek: Fatima El Idrissi – Bakkerij De Korenaar');
      expect(toWsp.text).toContain('Hoe heeft u het werk verdeeld?');
      const toEmployer = JSON.parse(deliveries[2]?.payload ?? '{}') as EmailPayload;
      expect(toEmployer.to).toBe('anna@bakkerij.nl');
      expect(toEmployer.text).toContain('Uw vraag is naar WSP Foodvalley gestuurd');
    });

    it('stores the same question again once, and tells the address by e-mail', async () => {
      const d = await deps(allChannels);
      const first = await handleCoffeeRequest(submission(), fatima, site, d);
      // Back, a new form, the same question in other letters of the address.
      const again = await handleCoffeeRequest(
        submission({ email: 'Anna@Bakkerij.nl' }),
        fatima,
        site,
        d,
      );
      expect(first.kind).toBe('sent');
      expect(again).toMatchObject({ kind: 'repeated', reason: 'already-sent' });
      expect(again.kind === 'repeated' && first.kind === 'sent' && again.receipt).toBe(
        first.kind === 'sent' && first.receipt,
      );
      expect(await d.store.countRegistrations()).toBe(1);
      const notice = (await d.store.dueDeliveries(now)).find((x) => x.target === NOTICE_TARGET);
      expect((JSON.parse(notice?.payload ?? '{}') as EmailPayload).subject).toBe(
        'Uw vraag voor een gesprek was al verstuurd',
      );
    });

    it('the same form sent twice (a double click) is stored once', async () => {
      const d = await deps();
      const form = submission();
      const first = await handleCoffeeRequest(form, fatima, site, d);
      const again = await handleCoffeeRequest(form, fatima, site, d);
      expect(first.kind).toBe('sent');
      expect(again).toMatchObject({ kind: 'sent', replayed: true });
      expect(await d.store.countRegistrations()).toBe(1);
    });
  });
});
