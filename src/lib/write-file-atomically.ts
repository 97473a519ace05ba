import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes `file` under a temporary name and renames it into place, so a process that stops
 * halfway never leaves a half-written file that a later run would read as whole. The temporary
 * name is unique to the call: two writes of one file at once (pages rendered side by side that
 * share a share card) each rename their own whole file.
 */
export async function writeFileAtomically(file: string, bytes: Buffer): Promise<void> {
  const partial = `${file}.${randomUUID()}.partial`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, file);
  } catch (error) {
    // A disk that filled up halfway leaves no stray partial file behind.
    await rm(partial, { force: true });
    throw error;
  }
}
