// The data file's schema (zod/mini, which the bundler trims to what is used): the one source of
// truth for events.json, shared by the browser and the scripts. Its editor form, with the fields'
// descriptions, is src/events/editorSchema.ts.
import { z } from 'zod/mini';
import { isHttpUrl } from './httpUrl.ts';
import { EVENT_STATUSES } from './status.ts';
import { isRealLocalTimestamp, LOCAL_TIMESTAMP } from './time.ts';

// Zod compiles fast parsers with `new Function` when it can; the site's CSP forbids eval, and
// even zod's probe for it is reported as a violation. Plain parsing is fast enough here.
z.config({ jitless: true });

/**
 * What the schema says of each mistake, in the data check's words (English, as contributors read
 * it); the site names the same mistakes in the visitor's language (src/i18n/messages.ts).
 */
export const SCHEMA_MESSAGES = {
  empty: 'must not be empty',
  notAStamp: 'must be a local date-time written YYYYMMDDTHHmmss, like 20261004T181500',
  notARealTime: 'is not a real date-time: check the month, the day and the hour',
  notALink: 'must be an absolute http:// or https:// address, like https://example.org/event',
  endBeforeStart: 'must be after the start (ts)',
  notAnAddress:
    'must be lower-case letters, digits and single dashes, like 2026-12-03-riviera-jug-quarkus',
  notADay: 'must be a date written YYYY-MM-DD, like 2026-11-28',
  unknownStatus: `must be one of ${EVENT_STATUSES.map((status) => `"${status}"`).join(', ')}, or left out while the event happens as announced`,
} as const;

const text = z.string().check(z.trim(), z.minLength(1, SCHEMA_MESSAGES.empty));

const localTimestamp = z
  .string()
  .check(
    z.regex(LOCAL_TIMESTAMP, { message: SCHEMA_MESSAGES.notAStamp, abort: true }),
    z.refine(isRealLocalTimestamp, SCHEMA_MESSAGES.notARealTime),
  );

const httpUrl = z
  .string()
  .check(
    z.regex(/^https?:\/\//i, { message: SCHEMA_MESSAGES.notALink, abort: true }),
    z.refine(isHttpUrl, SCHEMA_MESSAGES.notALink),
  );

/** Drops the fields whose value is null, so that they read as absent: one pass, not one per field. */
function withoutNullFields(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  if (!Object.values(raw).includes(null)) return raw;
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null));
}

export const sponsorSchema = z.looseObject({ name: text });

/** An event's fields; an optional field may be absent or null (older and newer files write either). */
export const eventFields = {
  title: text,
  desc: z.optional(z.string()),
  date: z.optional(z.string()),
  ts: localTimestamp,
  end: z.optional(localTimestamp),
  link: httpUrl,
  place: z.optional(z.string().check(z.trim())),
  online: z.optional(z.boolean()),
  tags: z.optional(z.array(text)),
  sponsors: z.optional(z.array(sponsorSchema)),
  id: z.optional(
    z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, SCHEMA_MESSAGES.notAnAddress)),
  ),
  status: z.optional(z.enum(EVENT_STATUSES, { message: SCHEMA_MESSAGES.unknownStatus })),
  added: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, SCHEMA_MESSAGES.notADay))),
};

/** The fields an event may have; the data check refuses others, the browser ignores them. */
export const knownEventFields = Object.keys(eventFields) as (keyof typeof eventFields)[];

/** One event as the browser reads it: unknown extra fields are kept working (newer files). */
export const eventSchema = z.pipe(
  z.transform(withoutNullFields),
  z.looseObject(eventFields).check(
    z.refine((event) => event.end === undefined || event.end > event.ts, {
      message: SCHEMA_MESSAGES.endBeforeStart,
      path: ['end'],
    }),
  ),
);

/** The file itself: an object with an `events` array; each event is checked on its own. */
export const eventsFileSchema = z.looseObject({
  events: z.array(z.unknown()),
});

export type EventData = z.output<typeof eventSchema>;
export type Sponsor = z.output<typeof sponsorSchema>;
