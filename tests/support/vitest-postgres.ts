/**
 * Vitest's global setup: one throw-away PostgreSQL cluster for the whole unit run, with a
 * template database that already holds the store's schema. Each test that opens a PostgreSQL
 * store gets a fresh copy of it (tests/support/test-stores.ts), so tests never see each other's
 * rows. Stopped and removed when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { PostgresEngine } from '../../src/lib/registrations/postgres-engine.ts';
import { SignupStore } from '../../src/lib/registrations/store.ts';
import { startPostgresCluster } from './postgres-cluster.ts';

export const templateDatabase = 'store_template';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster();
  try {
    const admin = new PostgresEngine(cluster.url, 1);
    await admin.run(`CREATE DATABASE ${templateDatabase}`);
    await admin.close();
    const store = await SignupStore.open(new PostgresEngine(cluster.urlOf(templateDatabase), 1));
    await store.close();
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
