/** Who an e-mail address is, for the rules that count per person or per mailbox. */

/** The key that makes "A.Jansen@Example.nl " and "a.jansen@example.nl" the same person. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The mailbox of an address and a LIKE pattern for its plus-tagged forms: "anna+x@bedrijf.nl"
 * reaches the same person as "anna@bedrijf.nl", so a limit per address counts them together.
 */
export function mailboxOf(email: string): { mailbox: string; tagged: string } {
  const key = emailKey(email);
  const at = key.lastIndexOf('@');
  const local = key.slice(0, at).split('+')[0] ?? '';
  const domain = key.slice(at + 1);
  const escape = (part: string) => part.replace(/[\\%_]/g, (c) => `\\${c}`);
  return { mailbox: `${local}@${domain}`, tagged: `${escape(local)}+%@${escape(domain)}` };
}
