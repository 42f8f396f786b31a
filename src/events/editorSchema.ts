// The data file as a JSON Schema, for editors: autocompletion, descriptions, and mistakes underlined
// as the contributor types (`npm run schema` writes it). The descriptions live here, not in
// schema.ts, so that the browser's code does not carry them.
import { z } from 'zod/mini';
import { eventFields, sponsorSchema } from './schema.ts';

type FieldDocs = { description: string; examples: unknown[] };

const FIELD_DOCS: Record<keyof typeof eventFields, FieldDocs> = {
  title: {
    description: 'The name of the event, as the listing shows it.',
    examples: ['Riviera JUG : Quarkus en pratique'],
  },
  desc: {
    description: 'What the event is about, as plain text (French or English).',
    examples: ['Démonstration de Quarkus et GraalVM, suivie d’un apéro.'],
  },
  date: { description: 'The human-written date line.', examples: ['4 octobre à 18h15 au CEEI'] },
  ts: {
    description: 'Start, local time of the site (Europe/Paris), written YYYYMMDDTHHmmss.',
    examples: ['20261004T181500'],
  },
  end: {
    description:
      'End, local time, YYYYMMDDTHHmmss, after ts. Without it the event ends at the end of its start day.',
    examples: ['20261004T210000'],
  },
  link: {
    description: "The event's own page, an absolute http(s) address.",
    examples: ['https://www.meetup.com/riviera-jug/events/123456/'],
  },
  place: { description: 'Where it happens.', examples: ['CEEI, Sophia-Antipolis'] },
  online: { description: 'true when the event happens online only.', examples: [true] },
  tags: { description: 'Topics, lower case.', examples: [['java', 'cloud']] },
  sponsors: {
    description: 'Sponsors and organisers, each with a logo in public/img/sponsors.',
    examples: [[{ name: 'Inria' }]],
  },
  id: {
    description:
      "The event's address on the site, /e/<id>: kept when the title or the time is corrected, so shared links keep working. npm run add-event and npm run validate -- --fix write it.",
    examples: ['2026-12-03-riviera-jug-quarkus'],
  },
  status: {
    description:
      'What became of the event, when it does not happen as announced: cancelled (it stays listed, struck through, until its date passes), postponed (no new date yet), rescheduled (ts and end hold the new date) or moved-online.',
    examples: ['cancelled'],
  },
  added: {
    description:
      'The day the event was added to the listing (YYYY-MM-DD): the news feed shows newest first.',
    examples: ['2026-11-28'],
  },
};

const SPONSOR_NAME_DOCS: FieldDocs = {
  description:
    'The sponsor or organiser; public/img/sponsors/<name>.svg (or .png, .webp) is its logo.',
  examples: ['Inria', 'Riviera JUG'],
};

/** The editor schema. Unknown fields are refused here, as the data check does. */
export function eventsFileJsonSchema(): Record<string, unknown> {
  const docs = z.registry<FieldDocs>();
  // A copy of each schema carries its docs: one schema (a non-empty text) serves several fields.
  const documented = <T extends z.ZodMiniType>(schema: T, fieldDocs: FieldDocs): T => {
    const copy = schema.clone();
    docs.add(copy, fieldDocs);
    return copy;
  };
  const sponsor = z.looseObject({
    name: documented(sponsorSchema.def.shape.name, SPONSOR_NAME_DOCS),
  });
  const fields = Object.fromEntries(
    Object.entries(eventFields).map(([name, schema]) => [
      name,
      documented(
        name === 'sponsors' ? z.optional(z.array(sponsor)) : schema,
        FIELD_DOCS[name as keyof typeof eventFields],
      ),
    ]),
  );
  const file = z.object({
    $schema: z.optional(z.string()),
    events: z.array(z.strictObject(fields)),
  });
  return {
    ...z.toJSONSchema(file, { io: 'input', unrepresentable: 'any', metadata: docs }),
    title: 'events.json of the Sophia Tech Events site',
  };
}
