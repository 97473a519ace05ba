/**
 * What a server's WSP export (`/api/wsp/<service point>/aanmeldingen.json`) holds, read the way a
 * WSP's script reads it, for tests that check what was stored; and the figures those tests print.
 */
import { expect, test } from '@playwright/test';

export interface ExportedRegistration {
  id: string;
  name: string;
  status: string | null;
  event: { id: string };
}

export async function exportedRegistrations(
  baseUrl: string,
  token: string,
  servicePoint = 'wsp-regio-amersfoort',
): Promise<ExportedRegistration[]> {
  const response = await fetch(`${baseUrl}/api/wsp/${servicePoint}/aanmeldingen.json`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { registrations: ExportedRegistration[] }).registrations;
}

/** A figure for the record (the closing notes quote them), printed with the test's output. */
export function report(line: string): void {
  console.info(line);
  test.info().annotations.push({ type: 'figures', description: line });
}
