import { describe, expect, it } from 'vitest';
import { checkBeforeSave, entryProblems, withoutEmptyValues } from './save-check.ts';

const event = {
  title: 'Werkgeversontbijt',
  summary: 'Een ontbijt voor werkgevers.',
  start: '2027-03-11T07:45',
  end: '2027-03-11T09:15',
  signupDeadline: '2027-03-09T17:00',
  onlineUrl: 'https://example.org/meedoen',
  capacity: 30,
  servicePoint: 'wsp-regio-amersfoort',
  body: 'Programma',
};

describe('the check before the CMS saves an entry', () => {
  it('drops what a form leaves empty, and objects left empty by that', () => {
    expect(
      withoutEmptyValues({
        title: 'Titel',
        website: '',
        venue: { name: '', address: ' ', postcode: null },
        tags: ['a', ''],
        empty: [],
        demo: false,
        capacity: 0,
      }),
    ).toEqual({ title: 'Titel', tags: ['a'], empty: [], demo: false, capacity: 0 });
  });

  it('accepts an online event whose venue fields were touched and cleared', () => {
    const cleaned = checkBeforeSave('events', {
      ...event,
      venue: { name: '', city: '' },
      audience: '',
    });
    expect(cleaned).not.toHaveProperty('venue');
    expect(cleaned).not.toHaveProperty('audience');
  });

  it('refuses a half-filled optional object with the schema’s Dutch message', () => {
    const problems = entryProblems('events', {
      ...event,
      venue: { name: 'De Eemhoeve' },
      municipality: 'eemnes',
    });
    expect(problems).toContain('Locatie: adres: vul dit veld in.');
    expect(problems).toContain('Locatie: plaats: vul dit veld in.');
  });

  it('refuses what only the whole entry shows: an end before the start', () => {
    expect(() => checkBeforeSave('events', { ...event, end: '2027-03-11T07:00' })).toThrow(
      'Eindigt op: kies een tijd na het begin.',
    );
  });

  it('reads as Dutch when Decap shows it, without an English "Error:" in front', () => {
    let shown = '';
    try {
      checkBeforeSave('events', { ...event, end: '2027-03-11T07:00' });
    } catch (error) {
      shown = String(error);
    }
    expect(shown).toMatch(/^Controleer deze velden\. /);
  });

  it('names the field in Dutch when zod’s generic message has no label', () => {
    const problems = entryProblems('regulations', { title: 'X' });
    expect(problems).toContain('Voor wie: vul dit veld in.');
    expect(problems).toContain('Bronnen: vul dit veld in.');
  });
});
