import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrations } from './migrations.ts';
import {
  insertOf,
  registrationFields,
  registrationKinds,
  registrationOfRow,
} from './registration-fields.ts';

/** The registrations table as all migrations together leave it. */
function migratedColumns() {
  const db = new DatabaseSync(':memory:');
  for (const sql of migrations) db.exec(sql);
  const columns = db.prepare('PRAGMA table_info(registrations)').all() as {
    name: string;
    type: string;
    notnull: number;
  }[];
  db.close();
  return columns;
}

describe('the declaration of a registration', () => {
  it('names every column of the table, with its type and whether it may be empty', () => {
    const declared = Object.values(registrationFields)
      .map((spec) => ({
        name: spec.column,
        type: spec.type.toUpperCase(),
        nullable: 'nullable' in spec,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const table = migratedColumns()
      .map((column) => ({ name: column.name, type: column.type, nullable: column.notnull === 0 }))
      .sort((a, b) => a.name.localeCompare(b.name));
    // The primary key is NOT NULL by nature, but SQLite reports notnull = 0 for it.
    expect(declared).toEqual(table.map((c) => (c.name === 'id' ? { ...c, nullable: false } : c)));
  });

  it('knows the same kinds as the store, which refuses any other', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('PRAGMA foreign_keys = ON');
    for (const sql of migrations) db.exec(sql);
    const kinds = db.prepare('SELECT kind FROM registration_kinds ORDER BY kind').all();
    expect(kinds.map((row) => row['kind'])).toEqual([...registrationKinds].sort());
    const insert = (kind: string) =>
      db
        .prepare(
          `INSERT INTO registrations (id, kind, event_id, idempotency_key, confirmation_code, status,
             name, email, email_key, organisation, municipality, attendees, service_point,
             consent_text, event_end, created_at)
           VALUES (?, ?, 'e', ?, ?, 'bevestigd', 'A', 'a@b.nl', 'a@b.nl', 'O', 'Soest', 1, 'wsp',
             'Ja', '2026-11-27', '2026-11-27')`,
        )
        .run(kind, kind, kind, kind);
    expect(() => insert('analyseverzoek')).not.toThrow();
    expect(() => insert('koffie-zonder-migratie')).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('reads a row into the fields the site uses, never the internal ones', () => {
    const registration = registrationOfRow({
      id: 'r1',
      kind: 'aanmelding',
      event_id: 'ontbijt',
      idempotency_key: 'k',
      confirmation_code: 'c',
      status: 'bevestigd',
      name: 'Anna',
      email: 'anna@example.nl',
      email_key: 'anna@example.nl',
      phone: null,
      organisation: 'Bakkerij',
      municipality: 'Soest',
      attendees: '2',
      remark: null,
      via: null,
      service_point: 'wsp',
      consent_text: 'Ja',
      message: null,
      event_end: '2026-12-10T10:00:00.000Z',
      created_at: '2026-11-27T10:00:00.000Z',
      exported_at: null,
    });
    expect(registration).toMatchObject({ eventId: 'ontbijt', attendees: 2, phone: null });
    expect(registration).not.toHaveProperty('consentText');
    expect(registration).not.toHaveProperty('emailKey');
  });

  it('writes the columns it is given, each with its own value', () => {
    const insert = insertOf({ id: 'r1', name: 'Anna' } as Parameters<typeof insertOf>[0]);
    expect(insert.sql).toBe('INSERT INTO registrations (id, name) VALUES (?, ?)');
    expect(insert.values).toEqual(['r1', 'Anna']);
  });
});
