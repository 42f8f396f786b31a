// Builds valid site events (parsed and resolved in the site's zone) from raw test data.
import { toSiteEvent, type SiteEvent } from '../events/event.ts';
import { eventSchema } from '../events/schema.ts';
import { site } from '../site.ts';
import { anEvent, type RawEvent } from './builders.ts';

export function aSiteEvent(overrides: RawEvent = {}): SiteEvent {
  return toSiteEvent(eventSchema.parse(anEvent(overrides)), site.timeZone);
}
