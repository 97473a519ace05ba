import { describe, expect, it } from 'vitest';
import {
  csvField,
  dutchDateTime,
  isAuthorised,
  registrationsCsv,
  registrationsJson,
  type ExportRow,
} from './export.ts';

const row: ExportRow = {
  id: '8c4d1626-2dbc-4dee-9f40-cb801fe26038',
  kind: 'aanmelding',
  message: null,
  answers: null,
  eventId: 'ontbijtsessie',
  eventTitle: 'Ontbijtsessie: personeel via het WSP',
  confirmationCode: 'code',
  status: 'bevestigd',
  name: 'Anna "Ans" de Vries',
  email: 'anna@bakkerij.nl',
  organisation: 'Bakkerij; Koffie & Co',
  municipality: 'Amersfoort',
  phone: '033 123 45 67',
  attendees: 2,
  remark: 'Regel 1\nRegel 2',
  via: null,
  servicePoint: 'wsp-regio-amersfoort',
  createdAt: '2026-11-27T11:05:00.000Z',
};

describe('isAuthorised', () => {
  const token = 'een-lang-geheim-token-van-32-tekens!';
  it('accepts exactly the configured bearer token', () => {
    expect(isAuthorised(`Bearer ${token}`, token)).toBe(true);
    expect(isAuthorised(`bearer ${token}`, token)).toBe(true);
  });

  it('refuses a wrong, partial, missing or unconfigured token', () => {
    expect(isAuthorised(`Bearer ${token}x`, token)).toBe(false);
    expect(isAuthorised(`Bearer ${token.slice(0, 10)}`, token)).toBe(false);
    expect(isAuthorised(token, token)).toBe(false);
    expect(isAuthorised(null, token)).toBe(false);
    expect(isAuthorised(`Bearer ${token}`, undefined)).toBe(false);
  });
});

describe('the CSV for Dutch Excel', () => {
  const csv = registrationsCsv([row]);

  it('starts with a byte order mark and uses semicolons and CRLF', () => {
    // The columns of the first version keep their places; later ones come at the end.
    expect(csv.startsWith('\uFEFFKenmerk;Ontvangen;Bijeenkomst;Status;Naam;')).toBe(true);
    expect(csv.split('\r\n')[0]).toMatch(/;Via ambassadeur;Soort;Aannameplan;Antwoorden \(JSON\)$/);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csv).toContain('"Anna ""Ans"" de Vries"');
    expect(csv).toContain('"Bakkerij; Koffie & Co"');
    expect(csv).toContain('"Regel 1\nRegel 2"');
  });

  it('writes times as Dutch dates in Amsterdam time', () => {
    expect(csv).toContain(';27-11-2026 12:05;');
    expect(dutchDateTime(new Date('2026-07-01T22:30:00Z'))).toBe('02-07-2026 00:30');
  });

  it('keeps phone numbers as text, so Excel keeps the leading zero', () => {
    const lines = registrationsCsv([{ ...row, phone: '0612345678' }]).split('\r\n');
    expect(lines[1]).toContain(';"=""0612345678""";');
    expect(registrationsCsv([{ ...row, phone: '+31 6 1234 5678' }])).toContain(
      ';"=""+31 6 1234 5678""";',
    );
    expect(registrationsCsv([{ ...row, phone: null }]).split('\r\n')[1]).toContain(
      ';anna@bakkerij.nl;;',
    );
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(2)).toBe('2');
  });
});

describe('a contact request in the export', () => {
  const request: ExportRow = {
    ...row,
    kind: 'contactverzoek',
    eventId: 'regelingenwijzer',
    eventTitle: 'Regelingenwijzer (aannameplan)',
    message: 'Aannameplan uit de regelingenwijzer\n- No-riskpolis',
  };

  it('is marked as such and carries the plan in one quoted field', () => {
    const csv = registrationsCsv([row, request]);
    const lines = csv.split('\r\n');
    expect(lines[1]).toMatch(/;Aanmelding;;$/);
    expect(lines[2]).toContain(';Regelingenwijzer (aannameplan);');
    // No place: no status and no number of people.
    expect(lines[2]).toContain(';Regelingenwijzer (aannameplan);;');
    expect(lines[2]).toContain(';Amersfoort;;');
    expect(lines[2]).toMatch(
      /;Contactverzoek;"Aannameplan uit de regelingenwijzer\n- No-riskpolis";$/,
    );
  });

  it('has its kind and plan in the JSON', () => {
    const json = registrationsJson('wsp-regio-amersfoort', [request], new Date());
    expect(json.registrations[0]).toMatchObject({
      kind: 'contactverzoek',
      plan: request.message,
      attendees: null,
    });
  });
});

describe('the JSON export', () => {
  it('carries the stable id of every registration', () => {
    const json = registrationsJson('wsp-regio-amersfoort', [row], new Date('2026-11-27T12:00:00Z'));
    expect(json.registrations[0]).toMatchObject({
      id: row.id,
      event: { id: 'ontbijtsessie' },
      attendees: 2,
    });
  });
});

describe('a koffieverzoek in the export', () => {
  const coffee: ExportRow = {
    ...row,
    kind: 'koffieverzoek',
    eventId: 'koffie:fatima-el-idrissi',
    eventTitle: 'Koffie met Fatima El Idrissi',
    // No separators in the cells, so the line splits on semicolons as a spreadsheet reads it.
    name: 'Anna de Vries',
    organisation: 'Bakkerij De Korenaar',
    attendees: 1,
    remark: 'Hoe begon u?',
  };

  it('is listed as its own kind in the CSV, with no status or places', () => {
    const [, line] = registrationsCsv([coffee]).split('\r\n');
    const cells = line?.split(';') ?? [];
    expect(cells).toContain('Koffieverzoek');
    expect(cells).toContain('Koffie met Fatima El Idrissi');
    expect(cells).toContain('Hoe begon u?');
    expect(cells[3]).toBe('');
    expect(cells[9]).toBe('');
  });

  it('is listed as its own kind in the JSON', () => {
    const json = registrationsJson('wsp-foodvalley', [coffee], new Date(coffee.createdAt));
    expect(json.registrations[0]).toMatchObject({
      kind: 'koffieverzoek',
      event: { id: 'koffie:fatima-el-idrissi', title: 'Koffie met Fatima El Idrissi' },
      status: null,
      attendees: null,
      remark: 'Hoe begon u?',
    });
  });
});
