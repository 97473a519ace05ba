/**
 * Generated stories for tests and benchmarks at scale (e.g. 500 or 5,000 stories): valid against
 * the real story schema, spread over every sector, size, target group and the municipalities and
 * regulations that exist in the content folder, each with a picture reused from `content/media/`.
 * A few go to each ambassador's story list too, so ambassador pages link generated stories.
 *
 * Use it only on a throw-away copy of the project (see project-copy.ts), never on the real content:
 *
 *   const dir = copyProject();
 *   await writeGeneratedStories(path.join(dir, 'content'), 5000);
 *
 * The output is deterministic: the same count gives the same files, so two builds can be compared.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { sectors, sizeClasses, targetGroups } from '../../src/schemas/taxonomy.ts';

/** How many generated stories each ambassador gets in their list (a real ambassador has a few). */
const STORIES_PER_AMBASSADOR = 3;

/** The id (file name without `.md`) of generated story number `index` (0-based). */
export function generatedStoryId(index: number): string {
  return `gegenereerd-verhaal-${String(index + 1).padStart(5, '0')}`;
}

/**
 * Writes `count` stories into `contentDir/stories/` (ids from `generatedStoryId`) and links a few
 * of them from each ambassador in `contentDir/ambassadors/`. `contentDir` is the `content` folder
 * of a project copy; it must hold municipalities, regulations and at least one `media/story-*` image.
 */
export async function writeGeneratedStories(contentDir: string, count: number): Promise<void> {
  const municipalities = idsIn(contentDir, 'municipalities', '.yml');
  const regulations = idsIn(contentDir, 'regulations', '.md');
  const pictures = readdirSync(path.join(contentDir, 'media')).filter((name) =>
    name.startsWith('story-'),
  );
  if (municipalities.length === 0 || pictures.length === 0) {
    throw new Error(`${contentDir} has no municipalities or no story pictures to reuse`);
  }

  const writes: Promise<void>[] = [];
  for (let index = 0; index < count; index += 1) {
    const file = path.join(contentDir, 'stories', `${generatedStoryId(index)}.md`);
    writes.push(writeFile(file, storyText(index, { municipalities, regulations, pictures })));
    // Writing in batches keeps the number of open files low at 5,000 stories.
    if (writes.length >= 200) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
  await linkFromAmbassadors(contentDir, count);
}

interface Pools {
  municipalities: string[];
  regulations: string[];
  pictures: string[];
}

/** Picks from a list by index, with a stride so neighbouring stories differ in every field. */
function pick<T>(list: readonly T[], index: number, stride: number): T {
  return list[(index * stride) % list.length] as T;
}

function storyText(index: number, pools: Pools): string {
  const number = index + 1;
  const sector = pick(sectors, index, 1);
  const municipality = pick(pools.municipalities, index, 5);
  const employer = `Voorbeeldbedrijf ${number}`;
  const groups = [...new Set([pick(targetGroups, index, 3), pick(targetGroups, index, 7)])];
  const regulations = [
    ...new Set([pick(pools.regulations, index, 3), pick(pools.regulations, index, 4)]),
  ].slice(0, 1 + (index % 2));
  // Spread over 2024 and 2025, days 1–28 so every date exists: ordering by date is exercised.
  const year = 2024 + (index % 2);
  const month = String(1 + (index % 12)).padStart(2, '0');
  const day = String(1 + (index % 28)).padStart(2, '0');
  const data = {
    title: `${employer} vond nieuwe collega's in ${sector.label.toLowerCase()}`,
    summary: `${employer} in ${capitalised(municipality)} werkt nu met mensen die het niet vanzelf vinden. Het WSP hielp met de regelingen en de begeleiding.`,
    employer: {
      name: employer,
      sector: sector.value,
      size: pick(sizeClasses, index, 1).value,
    },
    municipality,
    targetGroups: groups.map((group) => group.value),
    regulations,
    outcome: {
      peopleHired: 1 + (index % 5),
      hoursPerWeek: 16 + (index % 5) * 6,
      coaching: 'Een vaste collega begeleidt de nieuwe medewerker in de eerste maanden.',
    },
    hero: {
      src: `../media/${pick(pools.pictures, index, 1)}`,
      alt: 'Tekening: een werkgever en een nieuwe collega aan het werk op de werkvloer.',
    },
    quote: {
      text: `Ik zocht personeel en vond een collega. Dat had ik eerder moeten doen.`,
      speaker: `Eigenaar van ${employer}`,
      role: 'Eigenaar',
    },
    publishedOn: `${year}-${month}-${day}`,
    demo: true,
  };
  const body = [
    '## Het begin',
    '',
    `${employer} had al lang een vacature open. Via het Werkgeversservicepunt kwam er een kandidaat.`,
    '',
    '## Hoe het ging',
    '',
    'De eerste weken waren wennen. Met een vaste begeleider en duidelijke taken ging het steeds beter.',
    '',
  ].join('\n');
  // quotingType keeps dates as strings: the schema reads them the same either way.
  return `---\n${yaml.dump(data, { lineWidth: 100, quotingType: '"' })}---\n\n${body}`;
}

function capitalised(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

function idsIn(contentDir: string, folder: string, extension: string): string[] {
  return readdirSync(path.join(contentDir, folder))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => name.slice(0, -extension.length));
}

/** Adds a few generated stories to each ambassador's list, keeping the stories they have. */
async function linkFromAmbassadors(contentDir: string, count: number): Promise<void> {
  const ambassadors = idsIn(contentDir, 'ambassadors', '.yml');
  await Promise.all(
    ambassadors.map(async (id, position) => {
      const file = path.join(contentDir, 'ambassadors', `${id}.yml`);
      const data = yaml.load(await readFile(file, 'utf8')) as { stories?: string[] };
      const extra: string[] = [];
      for (let n = 0; n < STORIES_PER_AMBASSADOR; n += 1) {
        const index = position + n * ambassadors.length;
        if (index < count) extra.push(generatedStoryId(index));
      }
      data.stories = [...(data.stories ?? []), ...extra];
      await writeFile(file, yaml.dump(data, { lineWidth: 100 }));
    }),
  );
}
