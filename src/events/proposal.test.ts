import { expect, test } from 'vitest';
import {
  emptyProposal,
  proposalIssueUrl,
  proposalProblems,
  proposedEvent,
  type ProposalFields,
} from './proposal.ts';
import { validateEventsFile } from '../datacheck/validate.ts';
import { SCHEMA_MESSAGES } from './schema.ts';

const filled: ProposalFields = {
  ...emptyProposal,
  title: '  Riviera JUG : Quarkus ',
  day: '2026-12-03',
  start: '18:30',
  end: '21:00',
  link: 'https://rivierajug.org/quarkus',
  tags: 'Java, , cloud',
  sponsors: ['Riviera JUG'],
};

test('the fields become the event as events.json holds it, with its address and added day', () => {
  expect(proposedEvent(filled, '2026-11-30')).toEqual({
    title: 'Riviera JUG : Quarkus',
    ts: '20261203T183000',
    end: '20261203T210000',
    link: 'https://rivierajug.org/quarkus',
    tags: ['java', 'cloud'],
    sponsors: [{ name: 'Riviera JUG' }],
    id: '2026-12-03-riviera-jug-quarkus',
    added: '2026-11-30',
  });
});

test('an end on another day, and an online event, are written as such', () => {
  const event = proposedEvent(
    { ...filled, endDay: '2026-12-04', end: '17:00', isOnline: true, place: ' ' },
    '2026-11-30',
  );
  expect(event).toMatchObject({ end: '20261204T170000', online: true });
  expect(event).not.toHaveProperty('place');
});

test('a complete event has no problem', () => {
  expect(proposalProblems(proposedEvent(filled, '2026-11-30'))).toEqual({});
});

test('problems are named by their kind, on the field the visitor fills', () => {
  const problems = proposalProblems(
    proposedEvent(
      { ...emptyProposal, day: '2026-12-03', link: 'javascript:alert(1)' },
      '2026-11-30',
    ),
  );
  expect(problems).toEqual({ title: 'empty', link: 'notALink' });
  expect(proposalProblems(proposedEvent({ ...filled, end: '17:00' }, '2026-11-30'))).toEqual({
    end: 'endBeforeStart',
  });
});

test('a missing date is missing, as the data check says of a missing ts', () => {
  expect(proposalProblems(proposedEvent({ ...filled, day: '' }, '2026-11-30'))).toEqual({
    day: 'missing',
  });
});

test('the GitLab issue is prefilled with the whole block in its description', () => {
  const event = proposedEvent(filled, '2026-11-30');
  const url = new URL(
    proposalIssueUrl(event, {
      projectUrl: 'https://gitlab.example.com/group/site',
      proposeIssueTemplate: 'Propose an event',
    }),
  );
  expect(url.origin + url.pathname).toBe('https://gitlab.example.com/group/site/-/issues/new');
  expect(url.searchParams.get('issuable_template')).toBe('Propose an event');
  expect(url.searchParams.get('issue[title]')).toBe('Event: Riviera JUG : Quarkus');
  const description = url.searchParams.get('issue[description]')!;
  const block = /```json\n([\s\S]*?)\n```/.exec(description)![1]!;
  expect(JSON.parse(block)).toEqual(event);
  expect(description).toContain('npm run add-event -- --json event.json');
});

test('the form and the data check find the same problems in the same event', () => {
  const event = proposedEvent(
    { ...filled, title: ' ', link: 'ftp://example.org/lab' },
    '2026-11-30',
  );
  const checked = validateEventsFile(JSON.stringify({ events: [event] }, null, 2), {
    logoNames: new Set(['Riviera JUG']),
    logoFolder: 'public/img/sponsors',
    timeZone: 'Europe/Paris',
    now: new Date('2026-11-30T12:00:00Z'),
  });
  const byField = Object.fromEntries(checked.map((problem) => [problem.field, problem.message]));
  expect(byField).toEqual({ title: SCHEMA_MESSAGES.empty, link: SCHEMA_MESSAGES.notALink });
  expect(proposalProblems(event)).toEqual({ title: 'empty', link: 'notALink' });
});
