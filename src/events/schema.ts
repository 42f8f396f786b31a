// The data file's schema (zod): the one source of truth for events.json, shared by the browser and the scripts.
import { z } from 'zod';
import { isRealLocalTimestamp } from './time.ts';

// Zod compiles fast parsers with `new Function` when it can; the site's CSP forbids eval, and
// even zod's probe for it is reported as a violation. Plain parsing is fast enough here.
z.config({ jitless: true });

/** Only these schemes become links; everything else (javascript:, data:, ftp:) is refused. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const text = z.string().trim().min(1, 'must not be empty');

const localTimestamp = z
  .string()
  .regex(/^\d{8}T\d{6}$/, {
    message: 'must be a local date-time written YYYYMMDDTHHmmss, like 20261004T181500',
    abort: true,
  })
  .refine(isRealLocalTimestamp, 'is not a real date-time: check the month, the day and the hour');

const httpUrl = z
  .string()
  .refine(
    isHttpUrl,
    'must be an absolute http:// or https:// address, like https://example.org/event',
  );

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

export const sponsorSchema = z.looseObject({
  name: text.describe('The sponsor or organiser; public/img/sponsors/<name>.svg is its logo.'),
});

export const eventFields = {
  title: text.describe('The name of the event, as the listing shows it.'),
  desc: optional(z.string()).describe(
    'What the event is about, as plain text (French or English).',
  ),
  date: optional(z.string()).describe(
    'The human-written date line, like "4 octobre à 18h15 au CEEI".',
  ),
  ts: localTimestamp.describe(
    'Start, local time of the site (Europe/Paris), written YYYYMMDDTHHmmss.',
  ),
  end: optional(localTimestamp).describe(
    'End, local time, YYYYMMDDTHHmmss. Without it the event ends at the end of its start day.',
  ),
  link: httpUrl.describe("The event's own page, an absolute http(s) address."),
  place: optional(z.string().trim()).describe('Where it happens, like "CEEI, Sophia-Antipolis".'),
  online: optional(z.boolean()).describe('true when the event happens online only.'),
  tags: optional(z.array(text)).describe('Topics, like ["java", "cloud"].'),
  sponsors: optional(z.array(sponsorSchema)).describe(
    'Sponsors and organisers, each with a logo in public/img/sponsors.',
  ),
  added: optional(
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, like 2026-11-28'),
  ).describe(
    'The day the event was added to the listing (YYYY-MM-DD): the news feed shows newest first.',
  ),
};

/** The fields an event may have; the data check refuses others, the browser ignores them. */
export const knownEventFields = Object.keys(eventFields) as (keyof typeof eventFields)[];

/** One event as the browser reads it: unknown extra fields are kept working (newer files). */
export const eventSchema = z.preprocess(
  withoutNullFields,
  z.looseObject(eventFields).refine((event) => event.end === undefined || event.end > event.ts, {
    message: 'must be after the start (ts)',
    path: ['end'],
  }),
);

/** The file itself: an object with an `events` array; each event is checked on its own. */
export const eventsFileSchema = z.looseObject({
  events: z.array(z.unknown()),
});

export type EventData = z.output<typeof eventSchema>;
export type Sponsor = z.output<typeof sponsorSchema>;
