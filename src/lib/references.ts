/** Looking up the entries that references point at (content references are `{ collection, id }`). */

/** The entry a reference points at; the integrity check at build time guarantees it exists. */
export function resolve<T extends { id: string }>(entries: readonly T[], ref: { id: string }): T {
  const found = entries.find((entry) => entry.id === ref.id);
  if (!found) throw new Error(`Verwijzing naar "${ref.id}" bestaat niet.`);
  return found;
}

/** The entries several references point at, in the order of the references; drafts drop out. */
export function resolveAll<T extends { id: string }>(
  entries: readonly T[],
  refs: readonly { id: string }[],
): T[] {
  return refs.flatMap((ref) => entries.filter((entry) => entry.id === ref.id));
}
