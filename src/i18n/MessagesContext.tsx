// The visitor's language, handed to every component that shows text.
import { createContext, useContext } from 'react';
import { messages, type Messages } from './messages.ts';
import { site } from '../site.ts';

export const MessagesContext = createContext<Messages>(messages[site.defaultLanguage]);

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
