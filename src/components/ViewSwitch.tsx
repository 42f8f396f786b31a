// Upcoming events or the archive: links, so they open in a new tab too, handled in place otherwise.
import { VIEWS, type View } from '../events/select.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { followInPlace } from './followInPlace.ts';

export function ViewSwitch({
  view,
  hrefOf,
  onView,
}: {
  view: View;
  hrefOf: (view: View) => string;
  onView: (view: View) => void;
}) {
  const t = useMessages();
  const follow = (next: View) => followInPlace(() => onView(next));
  return (
    <nav aria-label={t.viewsLabel} className="views">
      {VIEWS.map((option) => (
        <a
          key={option}
          href={hrefOf(option)}
          aria-current={view === option ? 'page' : undefined}
          onClick={follow(option)}
        >
          {t.views[option]}
        </a>
      ))}
    </nav>
  );
}
