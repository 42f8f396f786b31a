// The foot of every page: the ways to subscribe, and how to add an event (the form, the guide).
import { PROPOSE_PATH } from '../events/address.ts';
import type { Topic } from '../events/topicCalendars.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { site } from '../site.ts';
import { AppLink } from './AppLink.tsx';
import { Subscribe } from './Subscribe.tsx';

export function SiteFooter({ origin, topic }: { origin: string; topic?: Topic }) {
  const t = useMessages();
  return (
    <footer className="site-footer">
      <Subscribe origin={origin} topic={topic} />
      <nav aria-label={t.contributeLabel} className="contribute">
        <AppLink href={PROPOSE_PATH}>{t.proposeLink}</AppLink>
        {' · '}
        <a href={`${site.projectUrl}/-/blob/main/docs/contributing.md`}>{t.contributingGuide}</a>
      </nav>
    </footer>
  );
}
