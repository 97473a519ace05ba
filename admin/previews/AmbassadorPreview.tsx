/** Preview of an ambassador, with the markup and classes of /ambassadeurs/<slug>/. */
import type { z } from 'astro/zod';
import { ambassadorKinds } from '../../src/schemas/taxonomy.ts';
import type { ambassadorSchema } from '../../src/schemas/ambassadors.ts';
import Demo from './Demo.tsx';
import { entryData, imageUrl, termLabel, type PreviewProps } from './preview-data.ts';

type Ambassador = z.input<ReturnType<typeof ambassadorSchema>> & {
  portrait?: { src?: string; alt?: string };
};

function initials(name: string | undefined): string {
  return (name ?? '')
    .split(/\s+/)
    .filter((part) => /^[A-Z]/.test(part))
    .map((part) => part[0])
    .join('')
    .slice(0, 2);
}

export default function AmbassadorPreview(props: PreviewProps) {
  const data = entryData<Ambassador>(props);
  // As on the site: no portrait without signed consent, initials instead.
  const portrait = data.consentOnFile ? imageUrl(props, data.portrait?.src) : undefined;
  return (
    <article className="page-container pt-6 pb-12">
      <div className="flex flex-col gap-6 sm:flex-row sm:items-center">
        {portrait ? (
          <img
            src={portrait}
            alt={data.portrait?.alt ?? ''}
            className="size-32 rounded-full bg-mist object-cover"
          />
        ) : (
          <span className="grid size-32 place-items-center rounded-full bg-mist text-3xl font-bold text-brand-dark">
            {initials(data.name)}
          </span>
        )}
        <div>
          <p className="text-sm font-semibold text-muted">
            {termLabel(ambassadorKinds, data.kind)}
          </p>
          <h1 className="text-3xl sm:text-4xl">{data.name}</h1>
          <p className="mt-1 text-lg">
            {data.role}, {data.organisation}
          </p>
        </div>
      </div>
      {!data.consentOnFile && data.portrait?.src && (
        <p className="mt-4 max-w-prose rounded-card border-2 border-accent bg-accent-soft p-3 text-sm">
          Het portret staat niet op de site zolang er geen getekende toestemming is.
        </p>
      )}
      <Demo show={data.demo} />
      <figure className="my-8 max-w-prose border-l-4 border-accent pl-5">
        <blockquote className="text-xl font-semibold">“{data.quote}”</blockquote>
        <figcaption className="mt-2 text-muted">{data.name}</figcaption>
      </figure>
      <section className="max-w-prose">
        <h2 className="text-2xl">Over {data.name}</h2>
        <p className="mt-3">{data.bio}</p>
      </section>
    </article>
  );
}
