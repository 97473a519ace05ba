/**
 * The stories shown under a story as "more like this": two others from the same sector, or,
 * when the sector has no other story, the two newest others. The stories are grouped by sector
 * once per list (not filtered again for every story page, which was quadratic at scale).
 */

interface StoryLike {
  id: string;
  data: { employer: { sector: string } };
}

const RELATED_COUNT = 2;

const sectorsByList = new WeakMap<readonly StoryLike[], Map<string, StoryLike[]>>();

function bySector<T extends StoryLike>(stories: readonly T[]): Map<string, T[]> {
  let groups = sectorsByList.get(stories) as Map<string, T[]> | undefined;
  if (!groups) {
    groups = new Map();
    for (const story of stories) {
      const sector = story.data.employer.sector;
      const group = groups.get(sector) ?? [];
      // Only the first few of a sector are ever shown: one more than needed covers the story itself.
      if (group.length <= RELATED_COUNT) group.push(story);
      groups.set(sector, group);
    }
    sectorsByList.set(stories, groups);
  }
  return groups;
}

/** Up to two stories related to `story`, in the order of `stories` (newest first on the site). */
export function relatedStories<T extends StoryLike>(stories: readonly T[], story: T): T[] {
  const others = (list: readonly T[]) =>
    list.filter((other) => other.id !== story.id).slice(0, RELATED_COUNT);
  const sameSector = others(bySector(stories).get(story.data.employer.sector) ?? []);
  if (sameSector.length > 0) return sameSector;
  return others(stories.slice(0, RELATED_COUNT + 1));
}
