/** The "Voorbeeld" mark of invented content, as the site's DemoLabel shows it. */
export default function Demo({ show }: { show: boolean | undefined }) {
  if (!show) return null;
  return (
    <p className="my-4 max-w-prose rounded-card border-2 border-coral bg-white p-3 text-sm">
      <span className="mr-2 inline-block rounded bg-coral px-2 py-0.5 font-bold text-white">
        Voorbeeld
      </span>
      Verzonnen voorbeeld: de site toont dit label tot er echte inhoud staat.
    </p>
  );
}
