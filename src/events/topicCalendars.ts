// A calendar for what a visitor cares about: one per organiser or sponsor and one per tag, besides
// /events.ics. Their addresses are stable (the name folded into a slug, so "IA" and "ia" share one),
// and the page's Subscribe box offers the one of the current filter.
import { slugOf } from './address.ts';
import type { EventFilters } from './select.ts';

export type Topic = { kind: 'sponsor' | 'tag'; name: string };

/** `/calendars/tag/java.ics`, `/calendars/sponsor/riviera-jug.ics`. */
export function topicCalendarPath(topic: Topic): string {
  return `/calendars/${topic.kind}/${slugOf(topic.name) || 'topic'}.ics`;
}

/** The topic the filters narrow the list to, when it is exactly one organiser or one tag. */
export function topicOfFilters(filters: EventFilters): Topic | undefined {
  const [sponsor, ...otherSponsors] = filters.sponsors;
  const [tag, ...otherTags] = filters.tags;
  if (sponsor !== undefined && otherSponsors.length === 0 && tag === undefined) {
    return { kind: 'sponsor', name: sponsor };
  }
  if (tag !== undefined && otherTags.length === 0 && sponsor === undefined) {
    return { kind: 'tag', name: tag };
  }
  return undefined;
}

/** Every topic of the events, with its events, by calendar path. */
export function eventsByTopic<T extends { tags?: string[]; sponsors?: { name: string }[] }>(
  events: readonly T[],
): Map<string, { topic: Topic; events: T[] }> {
  const byPath = new Map<string, { topic: Topic; events: T[] }>();
  const add = (topic: Topic, event: T) => {
    const path = topicCalendarPath(topic);
    const entry = byPath.get(path) ?? { topic, events: [] };
    if (!entry.events.includes(event)) entry.events.push(event);
    byPath.set(path, entry);
  };
  for (const event of events) {
    for (const sponsor of event.sponsors ?? []) add({ kind: 'sponsor', name: sponsor.name }, event);
    for (const tag of event.tags ?? []) add({ kind: 'tag', name: tag }, event);
  }
  return byPath;
}
