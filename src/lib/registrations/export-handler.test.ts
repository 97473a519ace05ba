import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../config.ts';
import { signupConfigFrom } from './config.ts';
import { handleExport, type ExportDeps } from './export-handler.ts';
import type { SignupStore } from './store.ts';
import { testStores } from '../../../tests/support/test-stores.ts';

const token = 'x'.repeat(40);
const get = (path: string, auth?: string) =>
  new Request(`http://localhost${path}`, auth ? { headers: { authorization: auth } } : {});

describe.each(testStores)('on $engine', (testStore) => {
  const stores: SignupStore[] = [];
  afterEach(async () => {
    while (stores.length > 0) await stores.pop()?.close();
  });

  async function deps(): Promise<ExportDeps> {
    const store = await testStore.open();
    stores.push(store);
    for (const [i, servicePoint] of ['wsp-a', 'wsp-b', 'wsp-a'].entries()) {
      await store.register(
        {
          eventId: 'ontbijt',
          capacity: 10,
          eventEnd: new Date('2026-12-10T10:00:00Z'),
          idempotencyKey: `k${i}`,
          name: `Naam ${i}`,
          email: `n${i}@example.nl`,
          organisation: 'Org',
          municipality: 'Soest',
          attendees: 1,
          servicePoint,
          consentText: 'ja',
        },
        new Date(`2026-11-2${i}T10:00:00Z`),
        () => [],
      );
    }
    return {
      store,
      config: signupConfigFrom(readConfig({ DELIVERY_WSP_A_EXPORT_TOKEN: token })),
      servicePoints: ['wsp-a', 'wsp-b'],
      eventTitles: new Map([['ontbijt', 'Ontbijtsessie']]),
      now: new Date('2026-11-27T10:00:00Z'),
    };
  }

  describe('handleExport', () => {
    it('gives a service point only its own registrations, as JSON', async () => {
      const response = await handleExport(
        get('/x', `Bearer ${token}`),
        'wsp-a',
        'json',
        await deps(),
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        registrations: { name: string; event: { title: string } }[];
      };
      expect(body.registrations.map((r) => r.name)).toEqual(['Naam 0', 'Naam 2']);
      expect(body.registrations[0]?.event.title).toBe('Ontbijtsessie');
    });

    it('notes the registrations a service point pulled, the first time only', async () => {
      const d = await deps();
      const ids = (await d.store.registrationsFor('wsp-a')).map((r) => r.id);
      // Refused or only looked at (HEAD): nothing is noted.
      await handleExport(get('/x'), 'wsp-a', 'json', d);
      await handleExport(
        new Request('http://localhost/x', {
          method: 'HEAD',
          headers: { authorization: `Bearer ${token}` },
        }),
        'wsp-a',
        'csv',
        d,
      );
      expect(await Promise.all(ids.map((id) => d.store.exportedAt(id)))).toEqual([
        undefined,
        undefined,
      ]);
      await handleExport(get('/x', `Bearer ${token}`), 'wsp-a', 'csv', d);
      expect(await Promise.all(ids.map((id) => d.store.exportedAt(id)))).toEqual([
        '2026-11-27T10:00:00.000Z',
        '2026-11-27T10:00:00.000Z',
      ]);
      // Another service point's registration is not touched.
      expect(
        await d.store.exportedAt((await d.store.registrationsFor('wsp-b'))[0]!.id),
      ).toBeUndefined();
    });

    it('serves CSV as an attachment', async () => {
      const response = await handleExport(
        get('/x', `Bearer ${token}`),
        'wsp-a',
        'csv',
        await deps(),
      );
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toContain('aanmeldingen-wsp-a.csv');
      expect((await response.text()).split('\r\n')).toHaveLength(4);
    });

    it('filters on "vanaf" and refuses a bad one', async () => {
      const d = await deps();
      const since = await handleExport(
        get('/x?vanaf=2026-11-21T00:00:00Z', `Bearer ${token}`),
        'wsp-a',
        'json',
        d,
      );
      expect(((await since.json()) as { registrations: unknown[] }).registrations).toHaveLength(1);
      expect(
        (await handleExport(get('/x?vanaf=gisteren', `Bearer ${token}`), 'wsp-a', 'json', d))
          .status,
      ).toBe(400);
    });

    it('narrows to one kind with "soort" and refuses an unknown kind', async () => {
      const d = await deps();
      await d.store.register(
        {
          kind: 'contactverzoek',
          answers: '{"schema":"contactverzoek/1"}',
          eventId: 'regelingenwijzer',
          idempotencyKey: 'contact',
          name: 'Plan',
          email: 'plan@example.nl',
          organisation: 'Org',
          municipality: 'Soest',
          servicePoint: 'wsp-a',
          consentText: 'ja',
          message: 'Aannameplan',
        },
        new Date('2026-11-26T10:00:00Z'),
        () => [],
      );
      const names = async (query: string) =>
        (
          (await (
            await handleExport(get(`/x${query}`, `Bearer ${token}`), 'wsp-a', 'json', d)
          ).json()) as {
            registrations: { name: string; attendees: number | null }[];
          }
        ).registrations;
      expect((await names('')).map((r) => r.name)).toEqual(['Naam 0', 'Naam 2', 'Plan']);
      expect((await names('?soort=aanmelding')).map((r) => r.name)).toEqual(['Naam 0', 'Naam 2']);
      expect(await names('?soort=contactverzoek')).toEqual([
        expect.objectContaining({ name: 'Plan', attendees: null }),
      ]);
      expect(
        (await handleExport(get('/x?soort=alles', `Bearer ${token}`), 'wsp-a', 'json', d)).status,
      ).toBe(400);
    });

    it('answers 401 without the right token, also for a service point without export', async () => {
      const d = await deps();
      expect((await handleExport(get('/x'), 'wsp-a', 'csv', d)).status).toBe(401);
      expect((await handleExport(get('/x', 'Bearer fout'), 'wsp-a', 'csv', d)).status).toBe(401);
      expect((await handleExport(get('/x', `Bearer ${token}`), 'wsp-b', 'csv', d)).status).toBe(
        401,
      );
    });

    it('answers 404 for an unknown service point', async () => {
      expect(
        (await handleExport(get('/x', `Bearer ${token}`), 'wsp-z', 'csv', await deps())).status,
      ).toBe(404);
    });
  });
});
