/** The addresses of "Koffie met een ambassadeur" for one ambassador. */
export function coffeePaths(slug: string) {
  const page = `/ambassadeurs/${slug}/`;
  return {
    page,
    /** The section with the form on the (static) ambassador page. */
    section: `${page}#koffie`,
    /** The form on its own (on demand): where the form posts, and the page without JavaScript. */
    form: `${page}koffie/`,
    /** The confirmation (on demand). */
    sent: `${page}koffie-gevraagd/`,
  };
}
