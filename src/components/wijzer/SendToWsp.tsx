/**
 * The place for "Stuur naar het WSP" (issue 6, point 6). Until the signup pipeline can carry a
 * contact request, it points to the contact page; the form will come here and send the text of
 * `planAsText()` (src/lib/wijzer/plan-text.ts) with the employer's details.
 */
export default function SendToWsp() {
  return (
    <section
      id="stuur-naar-het-wsp"
      aria-labelledby="stuur-titel"
      className="no-print rounded-card bg-brand p-6 text-white sm:p-8"
    >
      <h2 id="stuur-titel" className="text-2xl">
        Bespreek dit plan met het WSP
      </h2>
      <p className="mt-2 max-w-prose">
        Het Werkgeversservicepunt kijkt gratis met u mee. Het WSP weet wat uw gemeente regelt en
        helpt bij de aanvragen. Neem contact op en geef de link naar dit plan door.
      </p>
      <p className="mt-4">
        <a href="/contact/" className="button button-secondary">
          Neem contact op met het WSP
        </a>
      </p>
    </section>
  );
}
