import { afterEach, describe, expect, it } from 'vitest';
import { freshPostgresDatabase } from '../../../tests/support/test-stores.ts';
import { migrations } from './migrations.ts';
import { PostgresEngine } from './postgres-engine.ts';
import {
  insertOf,
  registrationFields,
  registrationKinds,
  registrationOfRow,
} from './registration-fields.ts';
import type { SqlEngine } from './sql-engine.ts';
import { SqliteEngine } from './sqlite-engine.ts';

interface Column {
  name: string;
  type: string;
  nullable: boolean;
}

/** Each engine with all migrations applied, and how it lists the registrations table's columns. */
const engines = [
  {
    engine: 'sqlite',
    open: () => new SqliteEngine(':memory:'),
    columns: async (db: SqlEngine): Promise<Column[]> =>
      (await db.all('PRAGMA table_info(registrations)')).map((column) => ({
        name: String(column['name']),
        type: String(column['type']),
        // The primary key is NOT NULL by nature, but SQLite reports notnull = 0 for it.
        nullable: column['notnull'] === 0 && column['pk'] === 0,
      })),
  },
  {
    engine: 'postgres',
    open: async () => new PostgresEngine(await freshPostgresDatabase(), 1),
    columns: async (db: SqlEngine): Promise<Column[]> =>
      (
        await db.all(
          `SELECT column_name, data_type, is_nullable FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = 'registrations'`,
        )
      ).map((column) => ({
        name: String(column['column_name']),
        type: String(column['data_type']).toUpperCase(),
        nullable: column['is_nullable'] === 'YES',
      })),
  },
] as const;

describe.each(engines)('the schema on $engine', ({ open, columns }) => {
  const opened: SqlEngine[] = [];
  afterEach(async () => {
    while (opened.length > 0) await opened.pop()?.close();
  });

  async function migrated(): Promise<SqlEngine> {
    const db = await open();
    opened.push(db);
    await db.migrate(migrations);
    return db;
  }

  it('names every column of the table, with its type and whether it may be empty', async () => {
    const declared = Object.values(registrationFields)
      .map((spec) => ({
        name: spec.column,
        type: spec.type.toUpperCase(),
        nullable: 'nullable' in spec,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const table = (await columns(await migrated())).sort((a, b) => a.name.localeCompare(b.name));
    expect(declared).toEqual(table);
  });

  it('knows the same kinds as the store, which refuses any other', async () => {
    const db = await migrated();
    const kinds = await db.all('SELECT kind FROM registration_kinds ORDER BY kind');
    expect(kinds.map((row) => row['kind'])).toEqual([...registrationKinds].sort());
    const insert = (kind: string) =>
      db.run(
        `INSERT INTO registrations (id, kind, event_id, idempotency_key, confirmation_code, status,
           name, email, email_key, organisation, municipality, attendees, service_point,
           consent_text, event_end, created_at)
         VALUES (?, ?, 'e', ?, ?, 'bevestigd', 'A', 'a@b.nl', 'a@b.nl', 'O', 'Soest', 1, 'wsp',
           'Ja', '2026-11-27', '2026-11-27')`,
        kind,
        kind,
        kind,
        kind,
      );
    await expect(insert('analyseverzoek')).resolves.toBe(1);
    // SQLite says "FOREIGN KEY constraint failed", PostgreSQL "violates foreign key constraint".
    await expect(insert('koffie-zonder-migratie')).rejects.toThrow(/foreign key/i);
  });
});

describe('the declaration of a registration', () => {
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

  it('writes every column but the export date, each with its own value, and says the row it stores', () => {
    const insert = insertOf({ id: 'r1', name: 'Anna' } as Parameters<typeof insertOf>[0]);
    const columns = /^INSERT INTO registrations \((.+)\) VALUES \((.+)\)$/.exec(insert.sql);
    const names = columns?.[1]?.split(', ') ?? [];
    expect(names).toContain('id');
    expect(names).toContain('created_at');
    expect(names).not.toContain('exported_at');
    expect(columns?.[2]?.split(', ')).toEqual(names.map(() => '?'));
    expect(insert.values[names.indexOf('id')]).toBe('r1');
    expect(insert.values[names.indexOf('name')]).toBe('Anna');
    // What was not given is stored empty, and the row says so.
    expect(insert.values[names.indexOf('remark')]).toBeNull();
    expect(insert.row).toMatchObject({ id: 'r1', name: 'Anna', remark: null, exported_at: null });
    expect(Object.keys(insert.row).sort()).toEqual([...names, 'exported_at'].sort());
  });
});
