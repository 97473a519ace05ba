/** Helpers for showing people. */

/** Up to two initials for a name, skipping Dutch name particles: "Lisa van Dam" gives "LD". */
export function initialsOf(name: string): string {
  const particles = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', "'t", 'el', 'al']);
  const words = name.trim().split(/\s+/).filter(Boolean);
  const significant = words.filter(
    (word, index) => index === 0 || !particles.has(word.toLowerCase()),
  );
  const picked = significant.length > 1 ? [significant[0], significant.at(-1)] : significant;
  return picked.map((word) => word?.charAt(0).toUpperCase() ?? '').join('');
}
