// The form to propose an event: its fields checked as the visitor types, by the data file's schema,
// their problems said in the visitor's language; a live preview of the card; and the result, the
// event as the JSON block that `npm run add-event -- --json` takes, or a GitLab issue prefilled
// with it.
import { useId, useState, type ReactNode } from 'react';
import { toSiteEvent } from '../events/event.ts';
import {
  emptyProposal,
  proposalIssueUrl,
  proposalJson,
  proposalProblems,
  proposedEvent,
  type ProposalField,
  type ProposalFields,
} from '../events/proposal.ts';
import { eventSchema } from '../events/schema.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { proposeMessages } from '../i18n/proposeMessages.ts';
import { site } from '../site.ts';
import { useFocusOnArrival } from './arrival.ts';
import { DocumentTitle } from './DocumentTitle.tsx';
import { EventCard } from './EventCard.tsx';

export function ProposeForm({
  knownSponsors,
  today,
  now,
}: {
  knownSponsors: readonly string[];
  /** `YYYY-MM-DD` in the site's zone: the proposal's `added`. */
  today: string;
  now: Date;
}) {
  const t = useMessages();
  const words = proposeMessages[t.language];
  const headingRef = useFocusOnArrival<HTMLHeadingElement>();
  const id = useId();
  const [fields, setFields] = useState<ProposalFields>(emptyProposal);
  const [touched, setTouched] = useState<ReadonlySet<ProposalField>>(new Set());
  const event = proposedEvent(fields, today);
  const problems = proposalProblems(event);
  const problemCount = Object.keys(problems).length;
  const parsed = eventSchema.safeParse(event);
  const preview = parsed.success ? toSiteEvent(parsed.data, site.timeZone) : undefined;

  const set = <K extends ProposalField>(field: K, value: ProposalFields[K]) => {
    setFields((previous) => ({ ...previous, [field]: value }));
    setTouched((previous) => new Set(previous).add(field));
  };
  const problemText = (field: ProposalField) => {
    const problem = problems[field];
    return problem ? t.schemaProblems[problem] : undefined;
  };
  const shownProblem = (field: ProposalField) =>
    touched.has(field) || (field === 'day' && touched.has('start'))
      ? problemText(field)
      : undefined;

  const row = (field: Exclude<ProposalField, 'sponsors' | 'isOnline'>, input: ReactNode) => {
    const problem = shownProblem(field);
    const hint = words.hints[field as keyof typeof words.hints];
    return (
      <div className="field">
        <label htmlFor={`${id}-${field}`}>{words.fields[field]}</label>
        {hint ? (
          <small id={`${id}-${field}-hint`} className="hint">
            {hint}
          </small>
        ) : null}
        {input}
        {problem ? (
          <small id={`${id}-${field}-problem`} className="problem">
            {problem}
          </small>
        ) : null}
      </div>
    );
  };
  const inputProps = (field: Exclude<ProposalField, 'sponsors' | 'isOnline'>) => {
    const problem = shownProblem(field);
    const hint = words.hints[field as keyof typeof words.hints];
    const describedBy = [hint ? `${id}-${field}-hint` : '', problem ? `${id}-${field}-problem` : '']
      .filter(Boolean)
      .join(' ');
    return {
      id: `${id}-${field}`,
      name: field,
      value: fields[field],
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': describedBy || undefined,
      onChange: (change: { currentTarget: { value: string } }) =>
        set(field, change.currentTarget.value),
      onBlur: () => setTouched((previous) => new Set(previous).add(field)),
    };
  };

  return (
    <main className="propose">
      <DocumentTitle title={words.heading} />
      <h2 ref={headingRef} tabIndex={-1}>
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      <form className="propose-form" noValidate onSubmit={(submit) => submit.preventDefault()}>
        {row('title', <input type="text" required {...inputProps('title')} />)}
        <div className="field-pair">
          {row('day', <input type="date" required {...inputProps('day')} />)}
          {row('start', <input type="time" required {...inputProps('start')} />)}
        </div>
        <div className="field-pair">
          {row('endDay', <input type="date" {...inputProps('endDay')} />)}
          {row('end', <input type="time" {...inputProps('end')} />)}
        </div>
        {row('link', <input type="url" required {...inputProps('link')} />)}
        {row('place', <input type="text" {...inputProps('place')} />)}
        <div className="field">
          <label>
            <input
              type="checkbox"
              name="isOnline"
              checked={fields.isOnline}
              onChange={(change) => set('isOnline', change.currentTarget.checked)}
            />{' '}
            {words.fields.isOnline}
          </label>
        </div>
        {row('tags', <input type="text" {...inputProps('tags')} />)}
        {row('desc', <textarea rows={5} {...inputProps('desc')} />)}
        <fieldset className="field">
          <legend>{words.sponsors}</legend>
          {knownSponsors.length === 0 ? <p>{words.noKnownSponsors}</p> : null}
          <div className="sponsor-choices">
            {knownSponsors.map((name) => (
              <label key={name}>
                <input
                  type="checkbox"
                  name="sponsors"
                  value={name}
                  checked={fields.sponsors.includes(name)}
                  onChange={(change) =>
                    set(
                      'sponsors',
                      change.currentTarget.checked
                        ? [...fields.sponsors, name]
                        : fields.sponsors.filter((sponsor) => sponsor !== name),
                    )
                  }
                />{' '}
                {name}
              </label>
            ))}
          </div>
        </fieldset>
      </form>

      <section aria-labelledby={`${id}-preview`} className="propose-preview">
        <h3 id={`${id}-preview`}>{words.preview}</h3>
        {preview ? (
          // To look at: its links and buttons would lead to a page and a file the site does not
          // have until the event is merged.
          <div inert>
            <EventCard event={preview} now={now} />
          </div>
        ) : (
          <p>{words.previewPending}</p>
        )}
      </section>

      <section aria-labelledby={`${id}-result`} className="propose-result">
        <h3 id={`${id}-result`}>
          {problemCount > 0 ? words.problemsHeading(problemCount) : words.result}
        </h3>
        {problemCount > 0 ? (
          <ul className="problems">
            {(Object.keys(problems) as ProposalField[]).map((field) => (
              <li key={field}>
                {words.problem(
                  field === 'sponsors' ? words.sponsors : words.fields[field],
                  problemText(field)!,
                )}
              </li>
            ))}
          </ul>
        ) : (
          <>
            <p>{words.resultHelp}</p>
            <p>
              <a className="button" href={proposalIssueUrl(event, site)}>
                {words.openIssue}
              </a>
            </p>
            <label htmlFor={`${id}-json`}>{words.result}</label>
            <textarea
              id={`${id}-json`}
              className="json-block"
              readOnly
              rows={12}
              value={proposalJson(event)}
              onFocus={(focus) => focus.currentTarget.select()}
            />
          </>
        )}
      </section>
    </main>
  );
}
