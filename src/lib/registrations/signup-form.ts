/**
 * The signup form's fields and their validation. The server decides: whatever the browser did,
 * this schema runs on every submission and answers per field in plain Dutch.
 */
import { z } from 'astro/zod';

export const OTHER_MUNICIPALITY = 'anders';

/** The fields the form sends, by their `name`. */
export const fieldNames = [
  'name',
  'email',
  'organisation',
  'municipality',
  'phone',
  'attendees',
  'remark',
  'consent',
] as const;
export type FieldName = (typeof fieldNames)[number];

/** What was typed, to show again; `answers` carries a hire plan's answers. */
export type FormValues = Partial<Record<FieldName | CreditField | 'answers', string>>;

/** The hidden fields of the visit's credit (src/lib/registrations/credit.ts). */
export const creditFields = ['via', 'kanaal', 'pagina'] as const;
type CreditField = (typeof creditFields)[number];
export type FieldErrors = Partial<Record<FieldName, string>>;

/**
 * Everything a details form posts, each an optional string: what an Astro Action takes in before
 * the rules run (src/actions/). Unknown fields are dropped; a file or a missing field never
 * reaches the rules as anything but "not sent".
 */
export const postedFormSchema = z.object(
  Object.fromEntries(
    [...fieldNames, ...creditFields, 'answers', 'event', 'token', 'stamp', 'website'].map(
      (name) => [name, z.string().optional()],
    ),
  ) as Record<
    FieldName | CreditField | 'answers' | 'event' | 'token' | 'stamp' | 'website',
    z.ZodOptional<z.ZodString>
  >,
);
export type PostedForm = z.output<typeof postedFormSchema>;

export const limits = { name: 100, email: 254, organisation: 120, remark: 1000, maxAttendees: 5 };

/**
 * Characters no one types in a form: control characters (in one-line fields also line breaks)
 * and the ones that turn text direction around. They would forge lines in the e-mails to the
 * WSP or hide what a text says.
 */
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const hasControl = (value: string, allowLines: boolean) =>
  CONTROL.test(allowLines ? value.replace(/[\r\n\t]/g, '') : value);
const STRANGE = 'gebruikt tekens die we niet kunnen verwerken';

const PHONE_MESSAGE =
  'Dit telefoonnummer klopt niet. Gebruik cijfers en spaties, zoals 033 123 45 67.';

/** A one-line text with at least one letter or digit (so invisible characters alone are empty). */
const text = (missing: string, tooLong: string, max: number, what: string) =>
  z
    .string({ error: missing })
    .trim()
    .max(max, tooLong)
    .refine((value) => /[\p{L}\p{N}]/u.test(value), missing)
    .refine((value) => !hasControl(value, false), `${what} ${STRANGE}, zoals een regeleinde.`);

/** An optional free text ("Uw opmerking", "Uw vraag"), empty meaning none; lines allowed. */
const optionalText = (what: string) =>
  z
    .string()
    .trim()
    .max(limits.remark, `${what} is te lang: gebruik hoogstens ${limits.remark} tekens.`)
    .refine((value) => !hasControl(value, true), `${what} ${STRANGE}.`)
    .optional()
    .transform((value) => value || undefined);

/** The schema for one event's form; `municipalities` are the ids the list offers. */
export function signupSchema(municipalities: readonly string[]) {
  return z.object({
    name: text(
      'Vul uw naam in.',
      `Uw naam is te lang: gebruik hoogstens ${limits.name} tekens.`,
      limits.name,
      'Uw naam',
    ),
    email: z
      .string({ error: 'Vul uw e-mailadres in.' })
      .trim()
      .min(1, 'Vul uw e-mailadres in.')
      .max(limits.email, 'Dit e-mailadres is te lang.')
      .pipe(z.email('Dit e-mailadres klopt niet. Controleer het, bijvoorbeeld naam@bedrijf.nl.')),
    organisation: text(
      'Vul de naam van uw organisatie in.',
      `De naam van uw organisatie is te lang: gebruik hoogstens ${limits.organisation} tekens.`,
      limits.organisation,
      'De naam van uw organisatie',
    ),
    municipality: z.enum([OTHER_MUNICIPALITY, ...municipalities], {
      error: 'Kies de gemeente waar uw bedrijf zit.',
    }),
    phone: z
      .string()
      .trim()
      .regex(/^(|\+?[0-9 ()-]{10,20})$/, PHONE_MESSAGE)
      // At least the nine or ten digits of a Dutch number, not just dashes and spaces.
      .refine((value) => value === '' || (value.match(/\d/g)?.length ?? 0) >= 9, PHONE_MESSAGE)
      .optional()
      .transform((value) => value || undefined),
    // Plain digits only: "0x3" or "3e0" are not a number of people.
    attendees: z
      .string({ error: 'Kies met hoeveel personen u komt.' })
      .trim()
      .regex(/^\d{1,3}$/, 'Kies met hoeveel personen u komt.')
      .transform(Number)
      .pipe(
        z
          .number()
          .min(1, `Kies met hoeveel personen u komt: 1 tot en met ${limits.maxAttendees}.`)
          .max(limits.maxAttendees, `U kunt met hoogstens ${limits.maxAttendees} personen komen.`),
      ),
    remark: optionalText('Uw opmerking'),
    consent: z.literal('ja', {
      error: 'Geef toestemming om uw gegevens voor deze aanmelding te gebruiken.',
    }),
  });
}

export type SignupInput = z.output<ReturnType<typeof signupSchema>>;

/**
 * The schema for a contact request from the regelingenwijzer: the same details without the
 * number of people, a question (the `remark` field) instead of a remark, and consent for this use.
 */
export function contactSchema(municipalities: readonly string[]) {
  return signupSchema(municipalities)
    .omit({ attendees: true })
    .extend({
      remark: optionalText('Uw vraag'),
      consent: z.literal('ja', {
        error: 'Geef toestemming om uw gegevens en het plan naar het WSP te sturen.',
      }),
    });
}

export type ContactInput = z.output<ReturnType<typeof contactSchema>>;

/**
 * The schema for a koffieverzoek (a conversation with an ambassador): the contact request's
 * details with a question that must be there, so the WSP and the ambassador know what it is about.
 */
export function coffeeSchema(municipalities: readonly string[]) {
  return contactSchema(municipalities).extend({
    remark: z
      .string({ error: 'Schrijf uw vraag aan de ambassadeur.' })
      .trim()
      .max(limits.remark, `Uw vraag is te lang: gebruik hoogstens ${limits.remark} tekens.`)
      .refine((value) => /[\p{L}\p{N}]/u.test(value), 'Schrijf uw vraag aan de ambassadeur.')
      .refine((value) => !hasControl(value, true), `Uw vraag ${STRANGE}.`),
    consent: z.literal('ja', {
      error: 'Geef toestemming om uw gegevens en uw vraag naar het WSP te sturen.',
    }),
  });
}

export type CoffeeInput = z.output<ReturnType<typeof coffeeSchema>>;

/** The municipality as stored and sent to the WSP: its name, or "Anders" outside the region. */
export function municipalityLabel(id: string, municipality: { name: string } | undefined): string {
  return id === OTHER_MUNICIPALITY ? 'Anders' : (municipality?.name ?? id);
}

/** The choices of the municipality list: the region's municipalities and "outside the region". */
export function municipalityOptions(municipalities: readonly { id: string; name: string }[]) {
  return [
    { value: '', label: 'Kies een gemeente' },
    ...municipalities.map((municipality) => ({ value: municipality.id, label: municipality.name })),
    { value: OTHER_MUNICIPALITY, label: 'Anders (buiten de regio)' },
  ];
}

/** The submitted values as strings, for showing them again in the form. */
export function valuesOf(form: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const name of [...fieldNames, ...creditFields, 'answers'] as const) {
    const value = form[name];
    if (typeof value === 'string') values[name] = value.slice(0, 2000);
  }
  return values;
}

// Building a zod schema is costly compared with using it; forms reuse it per municipality list.
const schemas = new Map<string, z.ZodType>();
function cached<T extends z.ZodType>(
  build: (municipalities: readonly string[]) => T,
  municipalities: readonly string[],
): T {
  const key = `${build.name}:${municipalities.join('|')}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = build(municipalities);
    schemas.set(key, schema);
  }
  return schema as T;
}

type Checked<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

function check<T>(result: z.ZodSafeParseResult<T>): Checked<T> {
  if (result.success) return { ok: true, input: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as FieldName;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Validates a signup: the clean input, or the first Dutch message per field. */
export function validateSignup(
  form: Record<string, unknown>,
  municipalities: readonly string[],
): Checked<SignupInput> {
  return check(cached(signupSchema, municipalities).safeParse(form));
}

/** Validates a koffieverzoek: the clean input, or the first Dutch message per field. */
export function validateCoffee(
  form: Record<string, unknown>,
  municipalities: readonly string[],
): Checked<CoffeeInput> {
  return check(cached(coffeeSchema, municipalities).safeParse(form));
}

/** Validates a contact request: the clean input, or the first Dutch message per field. */
export function validateContact(
  form: Record<string, unknown>,
  municipalities: readonly string[],
): Checked<ContactInput> {
  return check(cached(contactSchema, municipalities).safeParse(form));
}
