/**
 * On-demand routes load only what they need (issue 15, point 5): a signup page, a signup, the
 * confirmation, the regelingenwijzer's result, the quick-scan with its analysis request and
 * "koffie met een ambassadeur" and the staff view read the small content file the build writes
 * (src/lib/on-demand-content.ts), never Astro's content store, whose chunk grows with every story
 * (57 MB at 5,000 stories). Each flow runs against a fresh server with a hook that logs every
 * module it loads; the budget is in bytes of the build's server code, so it does not depend on the
 * machine.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { staffToken } from '../../playwright.config.ts';
import { projectRoot } from '../support/content-files.ts';
import { startServer } from '../support/server-process.ts';
import { signUp } from '../support/signup-client.ts';

/** All server code loaded for one flow, whatever the number of stories. */
const budgetBytes = 1024 * 1024;
const serverDir = path.join(projectRoot, 'dist-test/server');
const eventId = 'ontbijtsessie-personeel-via-het-wsp';
const wijzerAnswers =
  'situatie=wajong&leeftijd=onder-27&werkplek=nee&begeleiding=ja&uren=24&contract=vast&start=2027-02-01';
const scanAnswers =
  'sector=industrie&vaak-dozen-vouwen=maandelijks&uren-dozen-vouwen=2&vaak-inpakken=dagelijks&uren-inpakken=10&vaak-etiketten=wekelijks&uren-etiketten=3&tekort=ja&inwerken=nee';
// Anouk de Wit is open to a coffee; her page is static, its form a server island.
const ambassador = 'anouk-de-wit';

interface Chunk {
  file: string;
  bytes: number;
}

/** The build's server files among the logged module addresses, each once. */
function serverChunks(lines: string[]): Chunk[] {
  return [...new Set(lines)]
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url))
    .filter((file) => file.startsWith(serverDir + path.sep))
    .map((file) => ({ file: path.relative(serverDir, file), bytes: statSync(file).size }));
}

/** A page's answer as text, without the soft hyphens the build adds. */
async function text(response: Response): Promise<string> {
  return (await response.text()).replaceAll('\u00ad', '');
}

/** The value of each named hidden field of a form, as a browser without JavaScript posts it. */
function hiddenFields(html: string, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => [
      name,
      new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '',
    ]),
  );
}

/** Posts a form as a browser does (with the Origin header the origin check wants). */
function post(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: new URL(url).origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The address of the first server island in a static page. */
function islandOf(html: string): string {
  const island = /["'](\/_server-islands\/[^"']+)["']/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  expect(island, 'the page loads its form as a server island').toBeTruthy();
  return island ?? '';
}

/**
 * Runs a flow against a fresh server that logs the modules it loads, and gives the server code
 * loaded by each named step (only what that step loaded first) and in all.
 */
async function serverCodeOf(
  flow: (
    url: string,
    step: (name: string, run: () => Promise<void>) => Promise<void>,
  ) => Promise<void>,
  env: Record<string, string> = {},
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'on-demand-modules-'));
  const log = path.join(dir, 'modules.txt');
  const server = await startServer({ ...env, DATA_DIR: dir, MODULE_LOG: log }, [
    '--import',
    path.join(projectRoot, 'tests/support/module-log-hook.ts'),
  ]);
  const logged = () => readFileSync(log, 'utf8').split('\n');
  const steps: { name: string; chunks: Chunk[] }[] = [];
  try {
    let seen = logged().length;
    await flow(server.url, async (name, run) => {
      await run();
      const lines = logged();
      steps.push({ name, chunks: serverChunks(lines.slice(seen)) });
      seen = lines.length;
    });
  } finally {
    await server.stop();
  }
  const all = serverChunks(logged());
  const total = all.reduce((sum, chunk) => sum + chunk.bytes, 0);
  test.info().annotations.push(
    ...steps.map(({ name, chunks }) => ({
      type: 'server code loaded',
      description: `${name}: ${chunks.reduce((sum, chunk) => sum + chunk.bytes, 0)} bytes`,
    })),
    { type: 'server code loaded', description: `in all: ${total} bytes` },
  );
  return { steps, all, total };
}

/** The flow never loaded the content store, and stayed within the code budget. */
function expectWithinBudget({ steps, all, total }: Awaited<ReturnType<typeof serverCodeOf>>) {
  expect(all.map((chunk) => chunk.file)).toContain('entry.mjs');
  const storeLoadedBy = steps
    .filter(({ chunks }) => chunks.some((chunk) => chunk.file.includes('data-layer-content')))
    .map(({ name }) => name);
  expect(storeLoadedBy, 'requests that loaded the content store').toEqual([]);
  expect(total, JSON.stringify(all)).toBeLessThanOrEqual(budgetBytes);
}

test('a signup and the regelingenwijzer never load the content store, and stay within the code budget', async () => {
  test.setTimeout(90_000);
  const loaded = await serverCodeOf(async (url, step) => {
    await step('signup form', async () => {
      expect((await fetch(`${url}/bijeenkomsten/${eventId}/aanmelden/`)).status).toBe(200);
    });
    await step('signup panel on the event page', async () => {
      const page = await text(await fetch(`${url}/bijeenkomsten/${eventId}/`));
      expect(await text(await fetch(`${url}${islandOf(page)}`))).toContain('name="stamp"');
    });
    await step('signup and its confirmation', async () => {
      const signup = await signUp(url, eventId);
      expect(signup.status).toBe(303);
      const confirmation = await fetch(new URL(signup.location ?? '', url));
      expect(await text(confirmation)).toContain('U bent aangemeld');
    });
    await step('wijzer result', async () => {
      expect((await fetch(`${url}/regelingen/wijzer/uitkomst/?${wijzerAnswers}`)).status).toBe(200);
    });
  });
  expectWithinBudget(loaded);
});

test('the quick-scan and an analysis request never load the content store, and stay within the code budget', async () => {
  test.setTimeout(90_000);
  const loaded = await serverCodeOf(async (url, step) => {
    await step('scan questions', async () => {
      const scan = await text(await fetch(`${url}/functiecreatie/scan/?sector=industrie`));
      expect(scan).toContain('Quick-scan: Industrie en productie');
    });
    let fields: Record<string, string> = {};
    await step('scan result with the analysis form', async () => {
      const result = await text(await fetch(`${url}/functiecreatie/uitkomst/?${scanAnswers}`));
      expect(result).toContain('Uitkomst van uw quick-scan');
      fields = hiddenFields(result, ['token', 'stamp', 'answers']);
      expect(fields['answers']).toBe(scanAnswers);
    });
    await step('analysis form page', async () => {
      const form = await text(
        await fetch(`${url}/functiecreatie/analyse-aanvragen/?${scanAnswers}`),
      );
      expect(form).toContain('name="stamp"');
    });
    await step('analysis request and its confirmation', async () => {
      const sent = await post(`${url}/functiecreatie/analyse-aanvragen/`, {
        ...fields,
        website: '',
        name: 'Fatima El Idrissi',
        email: 'fatima@veldkeuken.example',
        organisation: 'Soepfabriek De Veldkeuken',
        municipality: 'amersfoort',
        consent: 'ja',
      });
      expect(sent.status).toBe(303);
      const confirmation = await text(
        await fetch(new URL(sent.headers.get('location') ?? '', url)),
      );
      expect(confirmation).toContain('Hij is voor Werkgeversservicepunt Regio Amersfoort');
    });
  });
  expectWithinBudget(loaded);
});

test('a koffieverzoek never loads the content store, and stays within the code budget', async () => {
  test.setTimeout(90_000);
  const loaded = await serverCodeOf(async (url, step) => {
    await step('koffie panel on the ambassador page', async () => {
      const page = await text(await fetch(`${url}/ambassadeurs/${ambassador}/`));
      expect(await text(await fetch(`${url}${islandOf(page)}`))).toContain('name="stamp"');
    });
    let fields: Record<string, string> = {};
    await step('koffie form page', async () => {
      const form = await text(await fetch(`${url}/ambassadeurs/${ambassador}/koffie/`));
      expect(form).toContain('Koffie met Anouk de Wit');
      fields = hiddenFields(form, ['token', 'stamp', 'event']);
    });
    await step('koffieverzoek and its confirmation', async () => {
      const sent = await post(`${url}/ambassadeurs/${ambassador}/koffie/`, {
        ...fields,
        website: '',
        name: 'Sanne Bakker',
        email: 'sanne@tuincentrum.example',
        organisation: 'Tuincentrum De Eik',
        municipality: 'leusden',
        remark: 'Hoe vond uw team het in het begin?',
        consent: 'ja',
      });
      expect(sent.status).toBe(303);
      const confirmation = await text(
        await fetch(new URL(sent.headers.get('location') ?? '', url)),
      );
      expect(confirmation).toContain('Uw vraag is voor Werkgeversservicepunt Regio Amersfoort');
    });
  });
  expectWithinBudget(loaded);
});

test('the staff view never loads the content store, and stays within the code budget', async () => {
  test.setTimeout(90_000);
  const authorization = `Bearer ${staffToken}`;
  const loaded = await serverCodeOf(
    async (url, step) => {
      await step('signup', async () => {
        expect((await signUp(url, eventId)).status).toBe(303);
      });
      // The view names what it counts from the content: the event's title, not its id.
      await step('staff view', async () => {
        const page = await text(
          await fetch(`${url}/beheer/resultaten/`, { headers: { authorization } }),
        );
        expect(page).toContain('Ontbijtsessie: personeel vinden via het WSP');
      });
      await step('staff CSV', async () => {
        const csv = await fetch(`${url}/beheer/resultaten/resultaten.csv`, {
          headers: { authorization },
        });
        expect(csv.status).toBe(200);
      });
    },
    { STAFF_RESULTS_TOKEN: staffToken },
  );
  expectWithinBudget(loaded);
});
