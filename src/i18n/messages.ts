// Every string of the interface, in French and English.
import { enGB, fr, type Locale } from 'date-fns/locale';
import type { Language } from '../site.ts';

export type Messages = {
  locale: Locale;
  tagline: string;
  upcomingHeading: string;
  loading: string;
  noUpcoming: string;
  loadFailed: (reason: string) => string;
  retry: string;
  skipped: (count: number) => string;
  skippedDetail: (index: number, title: string | undefined, reason: string) => string;
  sponsors: string;
  eventPage: string;
  online: string;
  reasons: Record<'network' | 'http' | 'timeout' | 'format', string>;
};

const fr_: Messages = {
  locale: fr,
  tagline: 'Meetups, JUGs, conférences et ateliers tech autour de Sophia-Antipolis.',
  upcomingHeading: 'Événements à venir',
  loading: 'Chargement des événements…',
  noUpcoming: 'Aucun événement à venir pour le moment.',
  loadFailed: (reason) => `Impossible de charger les événements : ${reason}.`,
  retry: 'Réessayer',
  skipped: (count) =>
    count === 1
      ? '1 événement n’est pas affiché : ses données sont invalides.'
      : `${count} événements ne sont pas affichés : leurs données sont invalides.`,
  skippedDetail: (index, title, reason) =>
    `Événement n° ${index + 1}${title ? ` « ${title} »` : ''} : ${reason}`,
  sponsors: 'Partenaires',
  eventPage: 'Page de l’événement',
  online: 'En ligne',
  reasons: {
    network: 'le réseau ne répond pas',
    http: 'le serveur a répondu par une erreur',
    timeout: 'le serveur met trop de temps à répondre',
    format: 'le fichier des événements est illisible',
  },
};

const en: Messages = {
  locale: enGB,
  tagline: 'Meetups, JUGs, conferences and tech labs around Sophia-Antipolis.',
  upcomingHeading: 'Upcoming events',
  loading: 'Loading events…',
  noUpcoming: 'No upcoming events for now.',
  loadFailed: (reason) => `The events could not be loaded: ${reason}.`,
  retry: 'Retry',
  skipped: (count) =>
    count === 1
      ? '1 event is not shown: its data is invalid.'
      : `${count} events are not shown: their data is invalid.`,
  skippedDetail: (index, title, reason) =>
    `Event #${index + 1}${title ? ` "${title}"` : ''}: ${reason}`,
  sponsors: 'Sponsors',
  eventPage: 'Event page',
  online: 'Online',
  reasons: {
    network: 'the network does not answer',
    http: 'the server answered with an error',
    timeout: 'the server takes too long to answer',
    format: 'the events file cannot be read',
  },
};

export const messages: Record<Language, Messages> = { fr: fr_, en };
