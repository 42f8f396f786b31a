// Every string of the interface, in French and English.
import type { Language } from '../site.ts';
import type { Attendance, TimeWindow, View } from '../events/select.ts';
import type { SchemaProblem } from '../events/schemaMessage.ts';
import type { EventStatus } from '../events/status.ts';
import { formatCount } from './format.ts';

export type Messages = {
  language: Language;
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
  skippedDetail: (
    index: number,
    title: string | undefined,
    field: string | undefined,
    problem: string,
  ) => string;
  /** What the notice of skipped events calls a mistake (src/events/schemaMessage.ts). */
  schemaProblems: Record<SchemaProblem, string>;
  sponsors: string;
  eventWebsite: string;
  backToList: string;
  eventOver: string;
  seeUpcoming: string;
  calendarFile: string;
  /** Google's calendar, by the name it has in the language. */
  googleCalendar: string;
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
  /** How many events a filter option leaves, after its label: "(5 127)". */
  optionCount: (count: number) => string;
  clearFilters: string;
  shown: (count: number) => string;
  /** An empty result: the search's words, and whether other filters narrow it too. */
  noMatch: (query: string, withFilters: boolean) => string;
  showMore: (count: number) => string;
  subscribeHeading: string;
  subscribeCalendar: string;
  calendarUrlLabel: string;
  subscribeTopic: (topic: string) => string;
  subscribeAll: string;
  topicCalendarUrlLabel: (topic: string) => string;
  copy: string;
  copied: string;
  newsFeed: string;
  statuses: Record<EventStatus, string>;
  share: string;
  linkCopied: string;
  copyThisLink: string;
  noSuchEvent: string;
  noSuchEventDetail: string;
  searchFor: (words: string) => string;
  noSuchPage: string;
  noSuchPageDetail: string;
  contributeLabel: string;
  proposeLink: string;
  contributingGuide: string;
};

// French takes the singular for 0 and 1 ("0 événement"), English for 1 only; numbers are written
// as each language writes them ("5 127" and "5,127").
const frNumber = (count: number) => formatCount(count, 'fr');
const enNumber = (count: number) => formatCount(count, 'en');
const isFrenchSingular = (count: number) => count < 2;

const frMessages: Messages = {
  language: 'fr',
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
    isFrenchSingular(count)
      ? `${frNumber(count)} événement n’est pas affiché : ses données sont invalides.`
      : `${frNumber(count)} événements ne sont pas affichés : leurs données sont invalides.`,
  skippedDetail: (index, title, field, problem) =>
    `Événement n° ${index + 1}${title ? ` « ${title} »` : ''} : ${field ? `${field} : ` : ''}${problem}`,
  schemaProblems: {
    missing: 'il manque ce champ',
    wrongType: 'ce champ n’a pas le bon type',
    empty: 'ce champ est vide',
    notAStamp: 'ce n’est pas une date et une heure écrites AAAAMMJJTHHmmss',
    notARealTime: 'cette date ou cette heure n’existe pas',
    notALink: 'ce n’est pas une adresse http:// ou https://',
    endBeforeStart: 'la fin est avant le début',
    notAnAddress: 'une adresse s’écrit en minuscules, chiffres et tirets',
    notADay: 'ce n’est pas un jour écrit AAAA-MM-JJ',
    unknownStatus: 'ce statut est inconnu',
    invalid: 'cette valeur n’est pas valide',
  },
  sponsors: 'Partenaires',
  eventWebsite: 'Site de l’événement',
  backToList: 'Tous les événements',
  eventOver: 'Cet événement est passé.',
  seeUpcoming: 'Voir les événements à venir',
  calendarFile: 'Fichier agenda (.ics)',
  googleCalendar: 'Google Agenda',
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
  optionCount: (count) => `(${frNumber(count)})`,
  clearFilters: 'Effacer les filtres',
  shown: (count) =>
    isFrenchSingular(count) ? `${frNumber(count)} événement` : `${frNumber(count)} événements`,
  noMatch: (query, withFilters) =>
    !query
      ? 'Aucun événement ne correspond à ces filtres.'
      : `Aucun événement ne correspond à « ${query} »${withFilters ? ' avec ces filtres' : ''}.`,
  showMore: (count) => `Afficher ${frNumber(count)} de plus`,
  subscribeHeading: 'Recevoir les événements',
  subscribeCalendar: 'S’abonner dans mon agenda',
  calendarUrlLabel: 'Adresse de l’agenda, à coller dans Google Agenda, Outlook ou Apple Calendrier',
  subscribeTopic: (topic) => `S’abonner aux événements « ${topic} »`,
  subscribeAll: 'à tous les événements',
  topicCalendarUrlLabel: (topic) =>
    `Adresse de l’agenda « ${topic} », à coller dans Google Agenda, Outlook ou Apple Calendrier`,
  copy: 'Copier',
  copied: 'Copié',
  newsFeed: 'Fil d’actualité (Atom)',
  statuses: {
    cancelled: 'Annulé',
    postponed: 'Reporté',
    rescheduled: 'Nouvelle date',
    'moved-online': 'Passe en ligne',
  },
  share: 'Partager',
  linkCopied: 'Lien copié',
  copyThisLink: 'Copiez ce lien :',
  noSuchEvent: 'Aucun événement à cette adresse',
  noSuchEventDetail:
    'Cette adresse ne correspond à aucun événement : il a peut-être été renommé ou retiré.',
  searchFor: (words) => `Chercher « ${words} » dans les événements`,
  noSuchPage: 'Aucune page à cette adresse',
  noSuchPageDetail: 'Cette adresse est peut-être mal écrite, ou la page n’existe plus.',
  contributeLabel: 'Contribuer',
  proposeLink: 'Proposer un événement',
  contributingGuide: 'Guide du contributeur',
};

const enMessages: Messages = {
  language: 'en',
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
      : `${enNumber(count)} events are not shown: their data is invalid.`,
  skippedDetail: (index, title, field, problem) =>
    `Event #${index + 1}${title ? ` "${title}"` : ''}: ${field ? `${field}: ` : ''}${problem}`,
  schemaProblems: {
    missing: 'this field is missing',
    wrongType: 'this field has the wrong type',
    empty: 'this field is empty',
    notAStamp: 'not a date and time written YYYYMMDDTHHmmss',
    notARealTime: 'this date or time does not exist',
    notALink: 'not an http:// or https:// address',
    endBeforeStart: 'the end is before the start',
    notAnAddress: 'an address is lower-case letters, digits and dashes',
    notADay: 'not a day written YYYY-MM-DD',
    unknownStatus: 'unknown status',
    invalid: 'this value is not valid',
  },
  sponsors: 'Sponsors',
  eventWebsite: 'Event website',
  backToList: 'All events',
  eventOver: 'This event is over.',
  seeUpcoming: 'See the upcoming events',
  calendarFile: 'Calendar file (.ics)',
  googleCalendar: 'Google Calendar',
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
  optionCount: (count) => `(${enNumber(count)})`,
  clearFilters: 'Clear filters',
  shown: (count) => (count === 1 ? '1 event' : `${enNumber(count)} events`),
  noMatch: (query, withFilters) =>
    !query
      ? 'No event matches these filters.'
      : `No event matches “${query}”${withFilters ? ' with these filters' : ''}.`,
  showMore: (count) => `Show ${enNumber(count)} more`,
  subscribeHeading: 'Get the events',
  subscribeCalendar: 'Subscribe in my calendar',
  calendarUrlLabel: 'Calendar address, to paste in Google Calendar, Outlook or Apple Calendar',
  subscribeTopic: (topic) => `Subscribe to the “${topic}” events`,
  subscribeAll: 'to every event',
  topicCalendarUrlLabel: (topic) =>
    `Address of the “${topic}” calendar, to paste in Google Calendar, Outlook or Apple Calendar`,
  copy: 'Copy',
  copied: 'Copied',
  newsFeed: 'News feed (Atom)',
  statuses: {
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    rescheduled: 'Rescheduled',
    'moved-online': 'Moved online',
  },
  share: 'Share',
  linkCopied: 'Link copied',
  copyThisLink: 'Copy this link:',
  noSuchEvent: 'No event at this address',
  noSuchEventDetail: 'This address matches no event: it may have been renamed or removed.',
  searchFor: (words) => `Search the events for “${words}”`,
  noSuchPage: 'No page at this address',
  noSuchPageDetail: 'The address may be mistyped, or the page no longer exists.',
  contributeLabel: 'Contribute',
  proposeLink: 'Propose an event',
  contributingGuide: 'Contributing guide',
};

export const messages: Record<Language, Messages> = { fr: frMessages, en: enMessages };
