import { describe, expect, it } from 'vitest';
import { validateSignup, valuesOf } from './signup-form.ts';

const municipalities = ['amersfoort', 'barneveld', 'eemnes'];
const valid = {
  name: ' Anna de Vries ',
  email: 'Anna@Bakkerij.nl',
  organisation: 'Bakkerij De Korenaar',
  municipality: 'barneveld',
  phone: '',
  attendees: '2',
  remark: '',
  consent: 'ja',
};

function errorsOf(form: Record<string, unknown>) {
  const result = validateSignup(form, municipalities);
  return result.ok ? {} : result.errors;
}

describe('validateSignup', () => {
  it('accepts a complete form and cleans it', () => {
    const result = validateSignup(valid, municipalities);
    expect(result).toEqual({
      ok: true,
      input: {
        name: 'Anna de Vries',
        email: 'Anna@Bakkerij.nl',
        organisation: 'Bakkerij De Korenaar',
        municipality: 'barneveld',
        attendees: 2,
        consent: 'ja',
      },
    });
  });

  it('accepts "anders" for a business outside the nine municipalities', () => {
    expect(validateSignup({ ...valid, municipality: 'anders' }, municipalities).ok).toBe(true);
  });

  it('answers an empty form with a Dutch message for every required field', () => {
    expect(errorsOf({})).toEqual({
      name: 'Vul uw naam in.',
      email: 'Vul uw e-mailadres in.',
      organisation: 'Vul de naam van uw organisatie in.',
      municipality: 'Kies de gemeente waar uw bedrijf zit.',
      attendees: 'Kies met hoeveel personen u komt.',
      consent: 'Geef toestemming om uw gegevens voor deze aanmelding te gebruiken.',
    });
  });

  it.each([
    ['email', 'anna@', /e-mailadres klopt niet/],
    ['email', 'anna bakkerij.nl', /e-mailadres klopt niet/],
    ['municipality', 'utrecht', /Kies de gemeente/],
    ['attendees', '0', /1 tot en met 5/],
    ['attendees', '6', /hoogstens 5 personen/],
    ['attendees', '2.5', /Kies met hoeveel personen/],
    ['attendees', 'twee', /Kies met hoeveel personen/],
    ['phone', '12345', /telefoonnummer klopt niet/],
    ['phone', '033-1234567<script>', /telefoonnummer klopt niet/],
    ['consent', 'nee', /toestemming/],
    ['name', 'x'.repeat(101), /hoogstens 100 tekens/],
    ['organisation', '   ', /organisatie in/],
    ['remark', 'x'.repeat(1001), /hoogstens 1000 tekens/],
  ])('refuses %s = %j', (field, value, message) => {
    const errors = errorsOf({ ...valid, [field]: value });
    expect(errors[field as keyof typeof errors]).toMatch(message);
    expect(Object.keys(errors)).toEqual([field]);
  });

  it('accepts a phone number with country code and an optional remark', () => {
    const result = validateSignup(
      { ...valid, phone: '+31 33 123 45 67', remark: 'Ik kom met een rolstoel.' },
      municipalities,
    );
    expect(result.ok && result.input.phone).toBe('+31 33 123 45 67');
    expect(result.ok && result.input.remark).toBe('Ik kom met een rolstoel.');
  });

  it('refuses line breaks and other invisible control characters in one-line fields', () => {
    const errors = errorsOf({
      ...valid,
      name: 'Jan\r\nBcc: iemand@example.nl',
      organisation: 'Bakkerij\u202Eeknip',
    });
    expect(errors.name).toBe(
      'Uw naam gebruikt tekens die we niet kunnen verwerken, zoals een regeleinde.',
    );
    expect(errors.organisation).toContain('tekens die we niet kunnen verwerken');
    expect(errorsOf({ ...valid, name: 'Jan\u0000' }).name).toBeDefined();
    expect(errorsOf({ ...valid, remark: 'Regel 1\nRegel 2\tmet tab' })).toEqual({});
    expect(errorsOf({ ...valid, remark: 'Hallo\u001b[31m' }).remark).toBe(
      'Uw opmerking gebruikt tekens die we niet kunnen verwerken.',
    );
  });

  it('counts a name of invisible characters only as empty', () => {
    expect(errorsOf({ ...valid, name: '\u200b\u200b' }).name).toBe('Vul uw naam in.');
    expect(errorsOf({ ...valid, organisation: '\u200d' }).organisation).toBe(
      'Vul de naam van uw organisatie in.',
    );
    expect(errorsOf({ ...valid, name: 'Zoë Öztürk-Nguyễn' })).toEqual({});
  });

  it('wants a phone number to hold its digits, and the number of people plain digits', () => {
    expect(errorsOf({ ...valid, phone: '--------------' }).phone).toContain('klopt niet');
    expect(errorsOf({ ...valid, phone: '06-1234-5678' })).toEqual({});
    for (const attendees of ['0x3', '3e0', '2.0', ' ', '']) {
      expect(errorsOf({ ...valid, attendees }).attendees).toBeDefined();
    }
    expect(errorsOf({ ...valid, attendees: ' 3 ' })).toEqual({});
  });

  it('ignores fields that are not strings, such as repeated fields', () => {
    expect(errorsOf({ ...valid, name: ['a', 'b'] }).name).toBe('Vul uw naam in.');
  });
});

describe('valuesOf', () => {
  it('keeps what the user typed, as strings, for showing the form again', () => {
    expect(valuesOf({ ...valid, attendees: 3, website: 'x' })).toEqual({
      name: ' Anna de Vries ',
      email: 'Anna@Bakkerij.nl',
      organisation: 'Bakkerij De Korenaar',
      municipality: 'barneveld',
      phone: '',
      remark: '',
      consent: 'ja',
    });
  });
});
