import { rename, writeFile } from 'node:fs/promises';

/**
 * Writes `file` under a temporary name and renames it into place, so a process that stops
 * halfway never leaves a half-written file that a later run would read as whole.
 */
export async function writeFileAtomically(file: string, bytes: Buffer): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
}
