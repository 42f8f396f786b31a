// Every string of the interface, in French and English.
import { enGB, fr, type Locale } from 'date-fns/locale';
import type { Language } from '../site.ts';
import type { Attendance, TimeWindow, View } from '../events/select.ts';

export type Messages = {
  language: Language;
  locale: Locale;
  languageName: string;
  tagline: string;
  views: Record<View, string>;
  viewsLabel: string;
  languageLabel: string;
  loading: string;
  stillLoading: string;
  noUpcoming: string;
  noPast: string;
  loadFailed: (reason: string) => string;
  retry: string;
  skipped: (count: number) => string;
  skippedDetail: (index: number, title: string | undefined, reason: string) => string;
  sponsors: string;
  eventPage: string;
  backToList: string;
  eventOver: string;
  seeUpcoming: string;
  calendarFile: string;
  online: string;
  ongoing: string;
  addToCalendar: string;
  reasons: Record<'network' | 'http' | 'timeout' | 'format', string>;
  searchLabel: string;
  searchPlaceholder: string;
  filtersLabel: string;
  sponsorFilter: string;
  tagFilter: string;
  attendanceFilter: string;
  attendance: Record<Attendance, string>;
  windowFilter: string;
  windows: Record<TimeWindow, string>;
  clearFilters: string;
  shown: (count: number) => string;
  noMatch: (query: string) => string;
  showMore: (count: number) => string;
  subscribeHeading: string;
  subscribeCalendar: string;
  calendarUrlLabel: string;
  copy: string;
  copied: string;
  newsFeed: string;
};

const frMessages: Messages = {
  language: 'fr',
  locale: fr,
  languageName: 'Français',
  tagline: 'Meetups, JUGs, conférences et ateliers tech autour de Sophia-Antipolis.',
  views: { upcoming: 'À venir', past: 'Archives' },
  viewsLabel: 'Événements',
  languageLabel: 'Langue',
  loading: 'Chargement des événements…',
  stillLoading: 'Toujours en chargement… la connexion semble lente.',
  noUpcoming: 'Aucun événement à venir pour le moment.',
  noPast: 'Aucun événement passé.',
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
  backToList: 'Tous les événements',
  eventOver: 'Cet événement est passé.',
  seeUpcoming: 'Voir les événements à venir',
  calendarFile: 'Fichier agenda (.ics)',
  online: 'En ligne',
  ongoing: 'En cours',
  addToCalendar: 'Ajouter à mon agenda',
  reasons: {
    network: 'le réseau ne répond pas',
    http: 'le serveur a répondu par une erreur',
    timeout: 'le serveur met trop de temps à répondre',
    format: 'le fichier des événements est illisible',
  },
  searchLabel: 'Rechercher un événement',
  searchPlaceholder: 'Titre, lieu, sujet, partenaire…',
  filtersLabel: 'Filtres',
  sponsorFilter: 'Organisateurs et partenaires',
  tagFilter: 'Sujets',
  attendanceFilter: 'Format',
  attendance: { any: 'Tous', online: 'En ligne', 'in-person': 'Sur place' },
  windowFilter: 'Quand',
  windows: {
    all: 'Tout',
    week: 'Cette semaine',
    month: 'Ce mois-ci',
    quarter: 'Trois prochains mois',
  },
  clearFilters: 'Effacer les filtres',
  shown: (count) => (count === 1 ? '1 événement' : `${count} événements`),
  noMatch: (query) =>
    query
      ? `Aucun événement ne correspond à « ${query} » avec ces filtres.`
      : 'Aucun événement ne correspond à ces filtres.',
  showMore: (count) => `Afficher ${count} de plus`,
  subscribeHeading: 'Recevoir les événements',
  subscribeCalendar: 'S’abonner dans mon agenda',
  calendarUrlLabel: 'Adresse de l’agenda, à coller dans Google Agenda, Outlook ou Apple Calendrier',
  copy: 'Copier',
  copied: 'Copié',
  newsFeed: 'Fil d’actualité (Atom)',
};

const enMessages: Messages = {
  language: 'en',
  locale: enGB,
  languageName: 'English',
  tagline: 'Meetups, JUGs, conferences and tech labs around Sophia-Antipolis.',
  views: { upcoming: 'Upcoming', past: 'Archive' },
  viewsLabel: 'Events',
  languageLabel: 'Language',
  loading: 'Loading events…',
  stillLoading: 'Still loading… the connection seems slow.',
  noUpcoming: 'No upcoming events for now.',
  noPast: 'No past events.',
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
  backToList: 'All events',
  eventOver: 'This event is over.',
  seeUpcoming: 'See the upcoming events',
  calendarFile: 'Calendar file (.ics)',
  online: 'Online',
  ongoing: 'Happening now',
  addToCalendar: 'Add to calendar',
  reasons: {
    network: 'the network does not answer',
    http: 'the server answered with an error',
    timeout: 'the server takes too long to answer',
    format: 'the events file cannot be read',
  },
  searchLabel: 'Search events',
  searchPlaceholder: 'Title, place, topic, sponsor…',
  filtersLabel: 'Filters',
  sponsorFilter: 'Organisers and sponsors',
  tagFilter: 'Topics',
  attendanceFilter: 'Format',
  attendance: { any: 'All', online: 'Online', 'in-person': 'In person' },
  windowFilter: 'When',
  windows: {
    all: 'Any time',
    week: 'This week',
    month: 'This month',
    quarter: 'Next three months',
  },
  clearFilters: 'Clear filters',
  shown: (count) => (count === 1 ? '1 event' : `${count} events`),
  noMatch: (query) =>
    query ? `No event matches “${query}” with these filters.` : 'No event matches these filters.',
  showMore: (count) => `Show ${count} more`,
  subscribeHeading: 'Get the events',
  subscribeCalendar: 'Subscribe in my calendar',
  calendarUrlLabel: 'Calendar address, to paste in Google Calendar, Outlook or Apple Calendar',
  copy: 'Copy',
  copied: 'Copied',
  newsFeed: 'News feed (Atom)',
};

export const messages: Record<Language, Messages> = { fr: frMessages, en: enMessages };
