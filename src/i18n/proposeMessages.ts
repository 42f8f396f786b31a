// The words of the propose form, in French and English: apart from messages.ts, so that they come
// with the form's code (src/app/routeParts.ts), not with the list's.
import type { Language } from '../site.ts';

export type ProposeMessages = {
  heading: string;
  intro: string;
  fields: Record<
    'title' | 'day' | 'start' | 'endDay' | 'end' | 'place' | 'isOnline' | 'link' | 'desc' | 'tags',
    string
  >;
  hints: Partial<Record<'endDay' | 'end' | 'tags' | 'start' | 'day', string>>;
  sponsors: string;
  noKnownSponsors: string;
  problemsHeading: (count: number) => string;
  /** One line of the list of problems: the field's label and what is wrong with it. */
  problem: (field: string, problem: string) => string;
  preview: string;
  previewPending: string;
  result: string;
  resultHelp: string;
  openIssue: string;
};

export const proposeMessages: Record<Language, ProposeMessages> = {
  fr: {
    heading: 'Proposer un événement',
    intro:
      'Décrivez l’événement : le formulaire le vérifie comme le fait la relecture. Vous obtenez un bloc JSON à copier, ou une demande toute prête sur GitLab.',
    fields: {
      title: 'Titre',
      day: 'Date',
      start: 'Heure de début (heure de Paris)',
      endDay: 'Date de fin',
      end: 'Heure de fin',
      place: 'Lieu',
      isOnline: 'En ligne uniquement',
      link: 'Site de l’événement (https://…)',
      desc: 'Description',
      tags: 'Sujets',
    },
    hints: {
      endDay: 'Vide si l’événement finit le jour où il commence.',
      end: 'Facultative.',
      tags: 'Séparés par des virgules : java, cloud, ia',
    },
    sponsors: 'Organisateurs et partenaires connus',
    noKnownSponsors: 'La liste des partenaires se charge…',
    problemsHeading: (count) => (count <= 1 ? 'Un point à corriger' : `${count} points à corriger`),
    problem: (field, problem) => `${field} : ${problem}`,
    preview: 'Aperçu',
    previewPending: 'L’aperçu s’affiche dès que le titre, la date et le lien sont bons.',
    result: 'L’événement, en JSON',
    resultHelp:
      'Copiez ce bloc dans une demande de fusion (npm run add-event -- --json), ou ouvrez une demande sur GitLab :',
    openIssue: 'Proposer sur GitLab',
  },
  en: {
    heading: 'Propose an event',
    intro:
      'Describe the event: the form checks it as the review does. You get a JSON block to copy, or an issue ready to open on GitLab.',
    fields: {
      title: 'Title',
      day: 'Date',
      start: 'Start time (Paris time)',
      endDay: 'End date',
      end: 'End time',
      place: 'Place',
      isOnline: 'Online only',
      link: 'Event website (https://…)',
      desc: 'Description',
      tags: 'Topics',
    },
    hints: {
      endDay: 'Empty when the event ends the day it starts.',
      end: 'Optional.',
      tags: 'Comma-separated: java, cloud, ai',
    },
    sponsors: 'Known organisers and sponsors',
    noKnownSponsors: 'The list of sponsors is loading…',
    problemsHeading: (count) => (count === 1 ? 'One thing to fix' : `${count} things to fix`),
    problem: (field, problem) => `${field}: ${problem}`,
    preview: 'Preview',
    previewPending: 'The preview shows once the title, the date and the link are right.',
    result: 'The event, as JSON',
    resultHelp:
      'Copy this block into a merge request (npm run add-event -- --json), or open an issue on GitLab:',
    openIssue: 'Propose on GitLab',
  },
};
