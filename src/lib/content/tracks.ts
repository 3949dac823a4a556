import { TRACKS, type Track } from './schemas';

interface Ordered {
  track: Track;
  order: number;
  title: string;
}

/** Items grouped by track in the curriculum's order of tracks, each group sorted by `order` then title. */
export function groupByTrack<T>(items: readonly T[], data: (item: T) => Ordered): { track: Track; items: T[] }[] {
  return TRACKS.map((track) => ({
    track,
    items: items
      .filter((item) => data(item).track === track)
      .sort((a, b) => data(a).order - data(b).order || data(a).title.localeCompare(data(b).title)),
  }));
}

/** The previous and next items of `current` in its (already sorted) track. */
export function neighbours<T>(sortedTrack: readonly T[], current: T): { previous?: T; next?: T } {
  const index = sortedTrack.indexOf(current);
  if (index === -1) return {};
  const previous = sortedTrack[index - 1];
  const next = sortedTrack[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
