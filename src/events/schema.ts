// The data file's schema (zod): the one source of truth for events.json, shared by the browser and the scripts.
import { z } from 'zod';
import { EVENT_STATUSES } from './status.ts';
import { isRealLocalTimestamp, LOCAL_TIMESTAMP } from './time.ts';

// Zod compiles fast parsers with `new Function` when it can; the site's CSP forbids eval, and
// even zod's probe for it is reported as a violation. Plain parsing is fast enough here.
z.config({ jitless: true });

/**
 * Addresses of the everyday shape, which the URL parser always accepts: http(s), a host of ASCII
 * letters, digits and hyphens whose last label starts with a letter (so it is never read as an IP
 * address), no user, a port under 10000, then a path, query or fragment, which never fail to parse.
 * Hosts with `xn--` labels are left to the parser, which checks their punycode.
 */
const PLAIN_HTTP_URL =
  /^[Hh][Tt][Tt][Pp][Ss]?:\/\/(?![^/?#]*[Xx][Nn]--)(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*(?::\d{1,4})?(?:[/?#][^]*)?$/;

/** Only these schemes become links; everything else (javascript:, data:, ftp:) is refused. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  // The pattern first: a file has thousands of links, and parsing each one costs (src/events/load.ts).
  if (PLAIN_HTTP_URL.test(value)) return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

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

const text = z.string().trim().min(1, SCHEMA_MESSAGES.empty);

const localTimestamp = z
  .string()
  .regex(LOCAL_TIMESTAMP, {
    message: SCHEMA_MESSAGES.notAStamp,
    abort: true,
  })
  .refine(isRealLocalTimestamp, SCHEMA_MESSAGES.notARealTime);

const httpUrl = z
  .string()
  .regex(/^https?:\/\//i, {
    message: SCHEMA_MESSAGES.notALink,
    abort: true,
  })
  .refine(isHttpUrl, SCHEMA_MESSAGES.notALink);

/** An optional field may be absent or null (older and newer files write either). */
function optional<T extends z.ZodType>(schema: T) {
  return schema.optional();
}

/** Drops the fields whose value is null, so that they read as absent: one pass, not one per field. */
function withoutNullFields(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  if (!Object.values(raw).includes(null)) return raw;
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null));
}

/** Description and examples of a field: shown by editors through the JSON Schema. */
function documented<T extends z.ZodType>(schema: T, description: string, examples: unknown[]): T {
  return schema.meta({ description, examples }) as T;
}

const sponsorSchema = z.looseObject({
  name: documented(
    text,
    'The sponsor or organiser; public/img/sponsors/<name>.svg (or .png, .webp) is its logo.',
    ['Inria', 'Riviera JUG'],
  ),
});

export const eventFields = {
  title: documented(text, 'The name of the event, as the listing shows it.', [
    'Riviera JUG : Quarkus en pratique',
  ]),
  desc: documented(
    optional(z.string()),
    'What the event is about, as plain text (French or English).',
    ['Démonstration de Quarkus et GraalVM, suivie d’un apéro.'],
  ),
  date: documented(optional(z.string()), 'The human-written date line.', [
    '4 octobre à 18h15 au CEEI',
  ]),
  ts: documented(
    localTimestamp,
    'Start, local time of the site (Europe/Paris), written YYYYMMDDTHHmmss.',
    ['20261004T181500'],
  ),
  end: documented(
    optional(localTimestamp),
    'End, local time, YYYYMMDDTHHmmss, after ts. Without it the event ends at the end of its start day.',
    ['20261004T210000'],
  ),
  link: documented(httpUrl, "The event's own page, an absolute http(s) address.", [
    'https://www.meetup.com/riviera-jug/events/123456/',
  ]),
  place: documented(optional(z.string().trim()), 'Where it happens.', ['CEEI, Sophia-Antipolis']),
  online: documented(optional(z.boolean()), 'true when the event happens online only.', [true]),
  tags: documented(optional(z.array(text)), 'Topics, lower case.', [['java', 'cloud']]),
  sponsors: documented(
    optional(z.array(sponsorSchema)),
    'Sponsors and organisers, each with a logo in public/img/sponsors.',
    [[{ name: 'Inria' }]],
  ),
  id: documented(
    optional(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, SCHEMA_MESSAGES.notAnAddress)),
    "The event's address on the site, /e/<id>: kept when the title or the time is corrected, so shared links keep working. npm run add-event and npm run validate -- --fix write it.",
    ['2026-12-03-riviera-jug-quarkus'],
  ),
  status: documented(
    optional(
      z.enum(EVENT_STATUSES, {
        message: SCHEMA_MESSAGES.unknownStatus,
      }),
    ),
    'What became of the event, when it does not happen as announced: cancelled (it stays listed, struck through, until its date passes), postponed (no new date yet), rescheduled (ts and end hold the new date) or moved-online.',
    ['cancelled'],
  ),
  added: documented(
    optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, SCHEMA_MESSAGES.notADay)),
    'The day the event was added to the listing (YYYY-MM-DD): the news feed shows newest first.',
    ['2026-11-28'],
  ),
};

/** The fields an event may have; the data check refuses others, the browser ignores them. */
export const knownEventFields = Object.keys(eventFields) as (keyof typeof eventFields)[];

/** One event as the browser reads it: unknown extra fields are kept working (newer files). */
export const eventSchema = z.preprocess(
  withoutNullFields,
  z.looseObject(eventFields).refine((event) => event.end === undefined || event.end > event.ts, {
    message: SCHEMA_MESSAGES.endBeforeStart,
    path: ['end'],
  }),
);

/** The file itself: an object with an `events` array; each event is checked on its own. */
export const eventsFileSchema = z.looseObject({
  events: z.array(z.unknown()),
});

export type EventData = z.output<typeof eventSchema>;
export type Sponsor = z.output<typeof sponsorSchema>;

/**
 * The data file as a JSON Schema, for editors: autocompletion, descriptions, and mistakes underlined
 * as the contributor types. Unknown fields are refused here, as the data check does.
 */
export function eventsFileJsonSchema(): Record<string, unknown> {
  const file = z.object({
    $schema: z.string().optional(),
    events: z.array(z.strictObject({ ...eventFields, sponsors: eventFields.sponsors })),
  });
  return {
    ...z.toJSONSchema(file, { io: 'input', unrepresentable: 'any' }),
    title: 'events.json of the Sophia Tech Events site',
  };
}
