// The propose form's domain: the event its fields describe, as events.json holds it; the problems
// of that event, found by the data file's schema and placed on the form's fields; and the GitLab
// issue that carries the event to the maintainers.
import { fallbackAddress } from './address.ts';
import { eventSchema } from './schema.ts';
import { schemaProblemOf, type SchemaProblem } from './schemaMessage.ts';

export type ProposalFields = {
  title: string;
  /** `YYYY-MM-DD`, as a date input gives it. */
  day: string;
  /** `HH:MM`, as a time input gives it. */
  start: string;
  /** Empty for an event that ends the day it starts. */
  endDay: string;
  end: string;
  place: string;
  isOnline: boolean;
  link: string;
  desc: string;
  /** Comma-separated. */
  tags: string;
  sponsors: readonly string[];
};

export type ProposalField = keyof ProposalFields;

export const emptyProposal: ProposalFields = {
  title: '',
  day: '',
  start: '18:30',
  endDay: '',
  end: '',
  place: '',
  isOnline: false,
  link: '',
  desc: '',
  tags: '',
  sponsors: [],
};

/** `2026-12-03` and `18:30` -> `20261203T183000`; undefined until both are written. */
function stampOf(day: string, time: string): string | undefined {
  if (!day || !time) return undefined;
  return `${day.replaceAll('-', '')}T${time.replace(':', '').padEnd(6, '0')}`;
}

/** The event the fields describe, with its address and the day it was proposed (`today`). */
export function proposedEvent(fields: ProposalFields, today: string): Record<string, unknown> {
  const title = fields.title.trim();
  const ts = stampOf(fields.day, fields.start);
  const end = fields.end ? stampOf(fields.endDay || fields.day, fields.end) : undefined;
  const tags = fields.tags
    .split(',')
    .map((tag) => tag.trim().toLowerCase())
    .filter(Boolean);
  const optional = (value: string) => value.trim() || undefined;
  const event: Record<string, unknown> = {
    title,
    desc: optional(fields.desc),
    ts,
    end,
    link: fields.link.trim(),
    place: optional(fields.place),
    online: fields.isOnline || undefined,
    tags: tags.length > 0 ? tags : undefined,
    sponsors: fields.sponsors.length > 0 ? fields.sponsors.map((name) => ({ name })) : undefined,
    id: title && ts ? fallbackAddress({ ts, title }) : undefined,
    added: today,
  };
  return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined));
}

/** Which form field shows a problem of an event field. */
const FORM_FIELD_OF: Record<string, ProposalField> = {
  title: 'title',
  ts: 'day',
  end: 'end',
  link: 'link',
  place: 'place',
  desc: 'desc',
  tags: 'tags',
  sponsors: 'sponsors',
};

/**
 * The event's problems by form field, as kinds of mistake (the form words them in the visitor's
 * language, as the notice of skipped events does); empty when none. The data check finds the same
 * ones, by the same schema.
 */
export function proposalProblems(
  event: Record<string, unknown>,
): Partial<Record<ProposalField, SchemaProblem>> {
  const result = eventSchema.safeParse(event);
  if (result.success) return {};
  const problems: Partial<Record<ProposalField, SchemaProblem>> = {};
  for (const issue of result.error.issues) {
    const field = FORM_FIELD_OF[String(issue.path[0])] ?? 'title';
    problems[field] ??= schemaProblemOf(issue, event);
  }
  return problems;
}

/** The block a visitor copies, and `npm run add-event -- --json` reads. */
export const proposalJson = (event: Record<string, unknown>) => JSON.stringify(event, null, 2);

/**
 * A new issue in the project, prefilled. Everything is in the description: with a template too,
 * some GitLab versions append the description to it and newer ones let it replace the template.
 */
export function proposalIssueUrl(
  event: Record<string, unknown>,
  project: { projectUrl: string; proposeIssueTemplate: string },
): string {
  const description = [
    'A visitor proposes this event through the site’s form.',
    '',
    '```json',
    proposalJson(event),
    '```',
    '',
    'To add it: save the block as `event.json`, then run `npm run add-event -- --json event.json`',
    'and open a merge request.',
    '',
    '/label ~event-proposal',
  ].join('\n');
  const query = new URLSearchParams({
    issuable_template: project.proposeIssueTemplate,
    'issue[title]': `Event: ${String(event.title ?? '')}`,
    'issue[description]': description,
  });
  return `${project.projectUrl}/-/issues/new?${query.toString()}`;
}
