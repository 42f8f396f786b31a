// Says the events are loading, and after a few seconds that the connection seems slow. While the
// build's events already show (`isRefresh`), it only speaks up once the wait gets long.
import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/MessagesContext.tsx';

const SLOW_AFTER_MS = 3000;

export function LoadingNotice({ isRefresh = false }: { isRefresh?: boolean }) {
  const t = useMessages();
  const [isSlow, setIsSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setIsSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  if (isRefresh && !isSlow) return null;
  return (
    <p role="status" className="loading">
      {isSlow ? t.stillLoading : t.loading}
    </p>
  );
}
