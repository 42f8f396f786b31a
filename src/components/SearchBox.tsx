// The search field: words typed here narrow the list as you type.
import { useId } from 'react';
import { useMessages } from '../i18n/MessagesContext.tsx';

export function SearchBox({ query, onQuery }: { query: string; onQuery: (query: string) => void }) {
  const t = useMessages();
  const id = useId();
  return (
    <div className="search">
      <label htmlFor={id}>{t.searchLabel}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onQuery(event.target.value)}
      />
    </div>
  );
}
