/** Preview of a story, with the markup and classes of /verhalen/<slug>/. */
import type { z } from 'astro/zod';
import { sectors, sizeClasses, targetGroups } from '../../src/schemas/taxonomy.ts';
import type { storySchema } from '../../src/schemas/stories.ts';
import Demo from './Demo.tsx';
import {
  dutchDate,
  entryData,
  imageUrl,
  referenceName,
  termLabel,
  type PreviewProps,
} from './preview-data.ts';

type Story = z.input<ReturnType<typeof storySchema>> & { hero?: { src?: string; alt?: string } };

export default function StoryPreview(props: PreviewProps) {
  const data = entryData<Story>(props);
  const hero = imageUrl(props, data.hero?.src);
  const municipality = referenceName(
    props,
    'municipality',
    'municipalities',
    data.municipality as string,
  );
  return (
    <article className="page-container pt-6 pb-12">
      <p className="text-sm font-semibold text-muted">
        {termLabel(sectors, data.employer?.sector)}
        {municipality && ` · ${municipality}`}
      </p>
      <h1 className="mt-2 max-w-3xl text-3xl sm:text-4xl">{data.title}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">{data.summary}</p>
      <Demo show={data.demo} />
      <div className="mt-6 grid gap-10 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0">
          {hero && (
            <img
              src={hero}
              alt={data.hero?.alt ?? ''}
              className="aspect-[3/2] w-full rounded-card bg-mist object-cover"
            />
          )}
          {data.quote?.text && (
            <figure className="my-8 border-l-4 border-accent pl-5">
              <blockquote className="text-xl font-semibold">“{data.quote.text}”</blockquote>
              <figcaption className="mt-2 text-muted">
                {data.quote.speaker}
                {data.quote.role && `, ${data.quote.role}`}
              </figcaption>
            </figure>
          )}
          <div className="prose">{props.widgetFor('body')}</div>
          <p className="mt-8 text-sm text-muted">Gepubliceerd op {dutchDate(data.publishedOn)}</p>
        </div>
        <aside className="space-y-6">
          <section className="rounded-card bg-sand p-5">
            <h2 className="text-lg">De werkgever</h2>
            <dl className="mt-3 space-y-2">
              <div>
                <dt className="text-sm text-muted">Naam</dt>
                <dd className="font-semibold">{data.employer?.name}</dd>
              </div>
              <div>
                <dt className="text-sm text-muted">Grootte</dt>
                <dd>{termLabel(sizeClasses, data.employer?.size)}</dd>
              </div>
            </dl>
          </section>
          {(data.targetGroups ?? []).length > 0 && (
            <section className="rounded-card border border-line p-5">
              <h2 className="text-lg">Doelgroepen</h2>
              <ul className="mt-3 space-y-1">
                {(data.targetGroups ?? []).map((group) => (
                  <li key={group}>{termLabel(targetGroups, group)}</li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}
