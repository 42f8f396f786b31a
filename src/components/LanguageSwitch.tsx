// Français / English.
import { messages } from '../i18n/messages.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { followInPlace } from './followInPlace.ts';
import { LANGUAGES, type Language } from '../site.ts';

export function LanguageSwitch({
  hrefOf,
  onLanguage,
}: {
  hrefOf: (language: Language) => string;
  onLanguage: (language: Language) => void;
}) {
  const t = useMessages();
  const follow = (language: Language) => followInPlace(() => onLanguage(language));
  return (
    <nav aria-label={t.languageLabel} className="languages">
      {LANGUAGES.map((language) => (
        <a
          key={language}
          href={hrefOf(language)}
          lang={language}
          hrefLang={language}
          aria-current={t.language === language ? 'true' : undefined}
          onClick={follow(language)}
        >
          {messages[language].languageName}
        </a>
      ))}
    </nav>
  );
}
