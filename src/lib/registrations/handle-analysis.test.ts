import { afterEach, describe, expect, it } from 'vitest';
import { loadAllEntries } from '../../../tests/support/content-files.ts';
import { amsterdamToInstant } from '../dates.ts';
import { scanForAnswers } from '../functiecreatie/scan-request.ts';
import type { TaskList } from '../functiecreatie/task-list.ts';
import { readConfig } from '../config.ts';
import { signupConfigFrom } from './config.ts';
import { issueStamp } from './form-stamp.ts';
import {
  ANALYSIS_SOURCE,
  handleAnalysisRequest,
  NO_SCAN_MESSAGE,
  type AnalysisSite,
} from './handle-analysis.ts';
import type { RequestDeps } from './handle-request.ts';
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
const origin = 'https://werkgevers.example';

const taskLists = loadAllEntries()
  .filter((entry) => entry.collection === 'task-lists')
  .map((entry) => entry.data as TaskList);

const site: AnalysisSite = {
  municipalities: [
    { id: 'amersfoort', name: 'Amersfoort', servicePoint: 'wsp-regio-amersfoort' },
    { id: 'barneveld', name: 'Barneveld', servicePoint: 'wsp-foodvalley' },
  ],
  servicePoints: [
    { id: 'wsp-regio-amersfoort', name: 'WSP Regio Amersfoort', email: 'a@wsp.example' },
    { id: 'wsp-foodvalley', name: 'WSP Foodvalley', email: 'f@wsp.example' },
  ],
  ambassadors: ['anouk-de-wit'],
  scanOf: (answers) => scanForAnswers(answers, taskLists, origin),
};

// A soup factory: boxes every day, packing and crates every week, short of staff.
const answers =
  'sector=industrie&vaak-dozen-vouwen=dagelijks&uren-dozen-vouwen=6&vaak-inpakken=dagelijks&uren-inpakken=10&vaak-etiketten=wekelijks&uren-etiketten=3&vaak-kratten-spoelen=wekelijks&uren-kratten-spoelen=4&tekort=ja&inwerken=nee';

function submission(overrides: Record<string, unknown> = {}) {
  const { token, stamp } = issueStamp(secret, ANALYSIS_SOURCE, tenSecondsAgo);
  return {
    token,
    stamp,
    website: '',
    answers,
    name: 'Fatima El Idrissi',
    email: 'fatima@veldkeuken.nl',
    organisation: 'Soepfabriek De Veldkeuken',
    municipality: 'barneveld',
    phone: '',
    remark: 'Kunt u een keer komen kijken?',
    consent: 'ja',
    ...overrides,
  };
}

const channels = {
  DELIVERY_WSP_FOODVALLEY_WEBHOOK_URL: 'http://127.0.0.1:9/hook',
  DELIVERY_WSP_FOODVALLEY_WEBHOOK_SECRET: whsec,
  DELIVERY_WSP_FOODVALLEY_EMAIL: 'inbox@wsp.example',
  SMTP_URL: 'smtp://127.0.0.1:2525',
};

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
    } satisfies RequestDeps & { store: SignupStore };
  }

  describe('handleAnalysisRequest', () => {
    it("carries the visit's credit as a signup does: counted, never sent to the WSP", async () => {
      const d = await deps(channels);
      const result = await handleAnalysisRequest(submission(sharedCredit), site, d);
      expect(result.kind).toBe('sent');
      await expectCreditCountedNotSent(d.store, 'analyseverzoek', now, 3);
    });

    it('drops credit that does not pass, and still sends the request', async () => {
      const d = await deps();
      const result = await handleAnalysisRequest(submission(badCredit), site, d);
      expect(result.kind).toBe('sent');
      expect(result.kind === 'sent' && result.registration.via).toBeNull();
      await expectNoCredit(d.store);
    });

    it('stores the scan as an analysis request for the WSP of the business', async () => {
      const result = await handleAnalysisRequest(submission(), site, await deps());
      expect(result.kind).toBe('sent');
      if (result.kind !== 'sent') return;
      expect(result.registration).toMatchObject({
        kind: 'analyseverzoek',
        eventId: ANALYSIS_SOURCE,
        servicePoint: 'wsp-foodvalley',
        municipality: 'Barneveld',
      });
      expect(result.registration.message).toContain('Quick-scan functiecreatie');
      expect(result.registration.message).toContain('Sector: Industrie en productie');
      expect(result.registration.message).toContain(
        '- Medewerker inpak en expeditie (Sorteren, inpakken en etiketteren): 13 uur per week',
      );
    });

    it('sends the answers as structured, versioned JSON in the webhook, and text by e-mail', async () => {
      const d = await deps(channels);
      const result = await handleAnalysisRequest(submission(), site, d);
      const deliveries = await d.store.dueDeliveries(now);
      expect(deliveries.map((delivery) => delivery.channel)).toEqual([
        'webhook',
        'email',
        'confirmation',
      ]);
      const webhook = JSON.parse(deliveries[0]?.payload ?? '{}') as WebhookPayload;
      expect(JSON.parse(webhook.body)).toMatchObject({
        type: 'analysis_request.created',
        data: {
          id: result.kind === 'sent' && result.registration.id,
          servicePoint: 'wsp-foodvalley',
          source: 'functiecreatie',
          contact: { organisation: 'Soepfabriek De Veldkeuken', municipality: 'Barneveld' },
          question: 'Kunt u een keer komen kijken?',
          scanUrl: `${origin}/functiecreatie/uitkomst/?${answers}`,
          answers: {
            schema: 'analyseverzoek/1',
            sector: { id: 'industrie', label: 'Industrie en productie' },
            answers: {
              tasks: [
                {
                  id: 'dozen-vouwen',
                  package: 'voorbereiden',
                  frequency: 'dagelijks',
                  hoursPerWeek: 6,
                },
                { id: 'inpakken', package: 'inpakken', frequency: 'dagelijks', hoursPerWeek: 10 },
                { id: 'etiketten', package: 'inpakken', frequency: 'wekelijks', hoursPerWeek: 3 },
                {
                  id: 'kratten-spoelen',
                  package: 'schoonmaken',
                  frequency: 'wekelijks',
                  hoursPerWeek: 4,
                },
              ],
              shortage: 'ja',
              mentor: 'nee',
            },
            totalHours: 23,
            packages: [
              { id: 'inpakken', hoursPerWeek: 13, jobs: 1, tasks: ['inpakken', 'etiketten'] },
            ],
            leftover: { hoursPerWeek: 10, tasks: ['dozen-vouwen', 'kratten-spoelen'] },
          },
        },
      });
      const mail = JSON.parse(deliveries[1]?.payload ?? '{}') as EmailPayload;
      expect(mail.subject).toBe('Analyseverzoek functiecreatie – Soepfabriek De Veldkeuken');
      expect(mail.text).toContain('Fatima El Idrissi');
      const confirmation = JSON.parse(deliveries[2]?.payload ?? '{}') as EmailPayload;
      expect(confirmation).toMatchObject({
        to: 'fatima@veldkeuken.nl',
        subject: 'Uw vraag om een analyse is verstuurd naar het WSP',
      });
    });

    it('stores the same scan from the same address once, and tells the owner by e-mail', async () => {
      const d = await deps(channels);
      const first = await handleAnalysisRequest(submission(), site, d);
      const again = await handleAnalysisRequest(submission(), site, d);
      expect([first.kind, again.kind]).toEqual(['sent', 'repeated']);
      expect(await d.store.countRegistrations()).toBe(1);
      const notice = (await d.store.dueDeliveries(now)).find(
        (delivery) => delivery.target === NOTICE_TARGET,
      );
      expect((JSON.parse(notice?.payload ?? '{}') as EmailPayload).subject).toBe(
        'Uw quick-scan was al verstuurd',
      );
    });

    it('refuses answers that are not a valid scan, keeping what was typed', async () => {
      const result = await handleAnalysisRequest(
        submission({ answers: 'sector=ruimtevaart' }),
        site,
        await deps(),
      );
      expect(result).toMatchObject({
        kind: 'form',
        status: 422,
        formError: NO_SCAN_MESSAGE,
        values: { organisation: 'Soepfabriek De Veldkeuken' },
      });
    });
  });
});
