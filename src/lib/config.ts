/**
 * Every environment variable the site reads, in one place: a zod schema, a default and a line for
 * operators per variable. The server parses them once at start (src/server/start.ts) and a build
 * once in astro.config.mjs; a wrong value stops either with a message that names the variable and
 * says what is allowed. Everything else asks `siteConfig()`, never `process.env`.
 *
 * The README's table of variables is made from `variables` and held to it by config.test.ts.
 *
 * One exception: the CMS's `PUBLIC_CMS_*` settings are read in the browser (admin/cms.ts), where
 * there is no process environment; Vite writes `import.meta.env.PUBLIC_*` into that bundle at
 * build time, so admin/ reads them there. They are declared here all the same, so a build with a
 * wrong one stops and the README lists them.
 */
import { z } from 'astro/zod';

type Env = Record<string, string | undefined>;

/** When the variable is read: by the build, by the running server, or by `npm run cms`. */
type Phase = 'build' | 'run' | 'build, run' | 'cms';

interface Variable<T> {
  schema: z.ZodType<T, string | undefined>;
  /** What a value must look like, for the error message. */
  allowed: string;
  phase: Phase;
  /** The default as the README shows it; `(none)` when the variable is optional. */
  shown: string;
  meaning: string;
}

function variable<T>(
  schema: z.ZodType<T, string | undefined>,
  allowed: string,
  phase: Phase,
  shown: string,
  meaning: string,
): Variable<T> {
  return { schema, allowed, phase, shown, meaning };
}

// An empty variable counts as unset, as a shell's `VAR=` usually means "not this one".
const raw = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

function wholeNumber(min: number, max: number, fallback: number) {
  return raw.pipe(
    z
      .string()
      .regex(/^\d+$/)
      .transform(Number)
      .pipe(z.number().min(min).max(max))
      .default(fallback),
  );
}

function number(min: number, max: number, fallback: number) {
  return raw.pipe(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .transform(Number)
      .pipe(z.number().min(min).max(max))
      .default(fallback),
  );
}

const optionalText = raw;
const text = (fallback: string) => raw.pipe(z.string().default(fallback));
const url = (pattern: RegExp) => raw.pipe(z.string().regex(pattern).pipe(z.url()).optional());
const email = raw.pipe(
  z
    .string()
    .regex(/^[^\s@]+@[^\s@]+$/)
    .optional(),
);

/** Fixed variables; the per-service-point ones (`DELIVERY_<ID>_…`) are in `deliveryVariables`. */
export const variables = {
  HOST: variable(
    text('127.0.0.1'),
    'an address to listen on',
    'run',
    '127.0.0.1',
    'address to listen on (`0.0.0.0` in a container)',
  ),
  PORT: variable(
    wholeNumber(1, 65_535, 4321),
    'a whole number from 1 to 65535',
    'run',
    '4321',
    'port to listen on',
  ),
  SITE_PROCESSES: variable(
    wholeNumber(1, 64, 1),
    'a whole number from 1 to 64',
    'run',
    '1',
    'processes that serve the site on one port and share the store; one per core uses them all',
  ),
  SITE_URL: variable(
    raw.pipe(z.url({ protocol: /^https?$/ }).default('https://werkgevers.regioamersfoort.nl')),
    'an http(s) address such as https://werkgevers.regioamersfoort.nl',
    'build, run',
    'https://werkgevers.regioamersfoort.nl',
    'public address: canonical URLs, share links, the origin check behind TLS',
  ),
  DIST_DIR: variable(
    text('dist'),
    'a folder',
    'build, run',
    'dist',
    'where the build goes and is served from',
  ),
  TRUST_PROXY: variable(
    raw.pipe(
      z
        .string()
        .toLowerCase()
        .regex(/^(\d+|true|false)$/)
        .transform((value) => (value === 'true' ? 1 : value === 'false' ? 0 : Number(value)))
        .default(0),
    ),
    'the number of proxies in front of this process (0, 1, 2, ...), or true (1) or false (0)',
    'run',
    '0',
    'number of proxies in front (below); `true` = `1`, `false` = `0`',
  ),
  CAMPAIGN_NOW: variable(
    raw.pipe(
      z
        .string()
        .refine((value) => !Number.isNaN(new Date(value).getTime()))
        .optional(),
    ),
    'an ISO instant such as 2026-11-27T12:00:00+01:00',
    'build, run',
    '(system clock)',
    "starts the site's clock at this instant, for tests and previews",
  ),
  DATA_DIR: variable(text('./data'), 'a folder', 'run', './data', 'folder of the SQLite store'),
  DATABASE_URL: variable(
    url(/^postgres(ql)?:\/\//),
    'an address starting with postgres:// or postgresql://',
    'run',
    '(none: SQLite in `DATA_DIR`)',
    'PostgreSQL for the signup store, for several instances on one database (below)',
  ),
  RETENTION_DAYS: variable(
    number(1, 3650, 30),
    'a number of days from 1 to 3650',
    'run',
    '30',
    'days after an event until registrations the WSP has seen are deleted',
  ),
  RETENTION_MAX_DAYS: variable(
    number(1, 3650, 90),
    'a number of days from 1 to 3650',
    'run',
    '90',
    'days after an event until every registration is deleted (never less than `RETENTION_DAYS`)',
  ),
  SMTP_URL: variable(
    url(/^smtps?:\/\//),
    'an address starting with smtp:// or smtps://',
    'run',
    '(none)',
    'SMTP server (`smtp://user:pass@host:587`) for all e-mail',
  ),
  MAIL_FROM: variable(
    text('Iedereen doet mee <noreply@localhost>'),
    'a sender such as Naam <adres@example.nl>',
    'run',
    'Iedereen doet mee <noreply@localhost>',
    'sender of every e-mail',
  ),
  ALERT_EMAIL: variable(
    email,
    'an e-mail address',
    'run',
    '(none)',
    'who hears about a delivery that failed for good, or a registration deleted unseen',
  ),
  DELIVERY_RETRY_HOURS: variable(
    number(0.001, 24 * 30, 72),
    'a number of hours from 0.001 to 720',
    'run',
    '72',
    'how long failed deliveries are retried',
  ),
  DELIVERY_LEASE_SECONDS: variable(
    number(1, 3600, 120),
    'a number of seconds from 1 to 3600',
    'run',
    '120',
    'how long a worker holds a delivery it attempts; after a crash another instance retries it then',
  ),
  DELIVERY_RETRY_BASE_SECONDS: variable(
    number(0.01, 3600, 30),
    'a number of seconds from 0.01 to 3600',
    'run',
    '30',
    'first retry delay; doubles per attempt up to 6 hours, with jitter',
  ),
  RATE_LIMIT_MAX: variable(
    wholeNumber(1, 1_000_000, 10),
    'a whole number from 1 to 1000000',
    'run',
    '10',
    'posts per client address per window (then 429 with `Retry-After`)',
  ),
  RATE_LIMIT_WINDOW_SECONDS: variable(
    wholeNumber(1, 86_400, 600),
    'a whole number of seconds from 1 to 86400',
    'run',
    '600',
    'the window of `RATE_LIMIT_MAX`',
  ),
  FORM_MIN_SECONDS: variable(
    number(0, 600, 2),
    'a number of seconds from 0 to 600',
    'run',
    '2',
    'a form sent back faster is asked again',
  ),
  FORM_MAX_AGE_HOURS: variable(
    number(1, 24 * 14, 24),
    'a number of hours from 1 to 336',
    'run',
    '24',
    'older forms are renewed',
  ),
  PUBLIC_CMS_BACKEND: variable(
    // Any text here: admin/backend.ts refuses a wrong one with the reason (why not gitea, say).
    raw.pipe(z.string().default('local')),
    'local, github or gitlab',
    'build',
    'local',
    "the CMS's Git backend (`docs/cms.md`); checked in full by admin/backend.ts",
  ),
  PUBLIC_CMS_REPO: variable(
    optionalText,
    'owner/name',
    'build',
    '(none)',
    'the repository on the Git host (github, gitlab)',
  ),
  PUBLIC_CMS_BRANCH: variable(text('main'), 'a branch', 'build', 'main', 'the branch to edit'),
  PUBLIC_CMS_BASE_URL: variable(
    url(/^https?:\/\//),
    'an http(s) address',
    'build',
    '(none)',
    'GitLab: its host; GitHub: where the OAuth routes run (default: the site)',
  ),
  PUBLIC_CMS_API_ROOT: variable(
    url(/^https?:\/\//),
    'an http(s) address',
    'build',
    '(none)',
    "the host's API, when not at the usual place (GitHub Enterprise)",
  ),
  PUBLIC_CMS_APP_ID: variable(
    optionalText,
    'an OAuth application id',
    'build',
    '(none)',
    'GitLab: the OAuth application id (PKCE, no secret)',
  ),
  PUBLIC_CMS_LOCAL_URL: variable(
    raw.pipe(z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8081/api/v1')),
    'an http(s) address',
    'build',
    'http://127.0.0.1:8081/api/v1',
    "the local decap-server's API (`npm run cms`)",
  ),
  CMS_GITHUB_CLIENT_ID: variable(
    optionalText,
    'a GitHub OAuth client id',
    'run',
    '(none)',
    "the GitHub OAuth app for editors' login (`docs/cms.md`)",
  ),
  CMS_GITHUB_CLIENT_SECRET: variable(
    optionalText,
    'a GitHub OAuth client secret',
    'run',
    '(none)',
    "that app's secret; login is off unless both are set",
  ),
  CMS_GITHUB_OAUTH_URL: variable(
    raw.pipe(
      z
        .string()
        .regex(/^https?:\/\//)
        .pipe(z.url())
        .transform((value) => value.replace(/\/+$/, ''))
        .default('https://github.com'),
    ),
    'an http(s) address',
    'run',
    'https://github.com',
    'GitHub Enterprise: its host',
  ),
  CMS_GITHUB_SCOPE: variable(
    raw.pipe(z.enum(['repo', 'public_repo']).default('repo')),
    'repo or public_repo',
    'run',
    'repo',
    '`public_repo` is enough for a public repository',
  ),
  STAFF_RESULTS_TOKEN: variable(
    raw.pipe(z.string().min(24).optional()),
    'at least 24 characters',
    'run',
    '(none)',
    'bearer token for scripts reading the staff view `/beheer/`',
  ),
  CMS_LOCAL_PORT: variable(
    wholeNumber(1, 65_535, 8081),
    'a whole number from 1 to 65535',
    'cms',
    '8081',
    "`npm run cms`: the local decap-server's port",
  ),
};

/** A service point's delivery channels; `<ID>` is its id in capitals (wsp-foodvalley → WSP_FOODVALLEY). */
export const deliveryVariables = {
  WEBHOOK_URL: variable(
    url(/^https?:\/\//),
    'an http(s) address',
    'run',
    '(none)',
    'receives every registration as a signed POST (Standard Webhooks)',
  ),
  WEBHOOK_SECRET: variable(
    raw.pipe(
      z
        .string()
        .regex(/^whsec_[A-Za-z0-9+/=]{24,}$/)
        .optional(),
    ),
    'a Standard Webhooks secret: whsec_ and at least 24 base64 characters',
    'run',
    '(none)',
    '`whsec_` + base64 secret the receiver verifies `webhook-signature` with',
  ),
  EMAIL: variable(
    email,
    'an e-mail address',
    'run',
    '(none)',
    'inbox that gets every registration as an e-mail (needs `SMTP_URL`)',
  ),
  EXPORT_TOKEN: variable(
    raw.pipe(z.string().min(24).optional()),
    'at least 24 characters',
    'run',
    '(none)',
    'bearer token for the CSV/JSON export',
  ),
};

type Values<V> = { [K in keyof V]: V[K] extends Variable<infer T> ? T : never };

export type DeliveryConfig = Values<typeof deliveryVariables>;

export type SiteConfig = Values<typeof variables> & {
  /** Per service point key (`WSP_FOODVALLEY`), the channels that are set. */
  DELIVERY: Record<string, DeliveryConfig>;
};

const deliveryName = new RegExp(
  `^DELIVERY_([A-Z0-9_]+?)_(${Object.keys(deliveryVariables).join('|')})$`,
);

/** A wrong environment, with one line per wrong variable. */
export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The configuration is wrong:\n${problems.map((line) => `- ${line}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

function parseOne<T>(name: string, spec: Variable<T>, env: Env, problems: string[]): T {
  const result = spec.schema.safeParse(env[name]);
  if (result.success) return result.data;
  problems.push(`${name}="${env[name]}" is not allowed: it must be ${spec.allowed}.`);
  return undefined as T;
}

/** Reads and checks every variable; throws a `ConfigError` naming each wrong one. */
export function readConfig(env: Env): SiteConfig {
  const problems: string[] = [];
  const config = Object.fromEntries(
    Object.entries(variables).map(([name, spec]) => [
      name,
      parseOne(name, spec as Variable<unknown>, env, problems),
    ]),
  ) as Values<typeof variables>;

  const DELIVERY: Record<string, DeliveryConfig> = {};
  const keys = new Set(
    Object.keys(env).flatMap((name) => {
      const key = deliveryName.exec(name)?.[1];
      return key && env[name]?.trim() ? [key] : [];
    }),
  );
  for (const key of keys) {
    const prefix = `DELIVERY_${key}_`;
    const channels = Object.fromEntries(
      Object.entries(deliveryVariables).map(([suffix, spec]) => [
        suffix,
        parseOne(`${prefix}${suffix}`, spec as Variable<unknown>, env, problems),
      ]),
    ) as DeliveryConfig;
    const given = (suffix: string) => Boolean(env[`${prefix}${suffix}`]?.trim());
    if (given('WEBHOOK_URL') !== given('WEBHOOK_SECRET')) {
      const missing = given('WEBHOOK_URL') ? 'WEBHOOK_SECRET' : 'WEBHOOK_URL';
      problems.push(`${prefix}${missing} is missing: a webhook needs both its URL and its secret.`);
    }
    DELIVERY[key] = channels;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { ...config, DELIVERY };
}

let processConfig: SiteConfig | undefined;

/**
 * The configuration of this process, read once from its environment. The server checks it at
 * start, so by the time a request asks, it is known to be right.
 */
export function siteConfig(): SiteConfig {
  processConfig ??= readConfig(process.env);
  return processConfig;
}

/** The README's table of variables, one row per variable, cells in order. */
export function variableRows(): string[][] {
  const row = (name: string, spec: Variable<unknown>) => [
    `\`${name}\``,
    spec.shown.startsWith('(') ? spec.shown : `\`${spec.shown}\``,
    spec.phase,
    spec.meaning,
  ];
  return [
    ...Object.entries(variables).map(([name, spec]) => row(name, spec as Variable<unknown>)),
    ...Object.entries(deliveryVariables).map(([suffix, spec]) =>
      row(`DELIVERY_<ID>_${suffix}`, spec as Variable<unknown>),
    ),
  ];
}
