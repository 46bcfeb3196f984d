import type { OrganisationProfile, TicketCategoryProfile } from './OrganisationProfile';

/** Ticket categories when the profile names none: generic ones any organisation has. */
export const DEFAULT_TICKET_CATEGORIES: readonly TicketCategoryProfile[] = [
  {
    id: 'it',
    title: 'IT (laptop, accounts, VPN, software)',
    keywords: [
      'vpn',
      'password',
      'laptop',
      'notebook',
      'outlook',
      'email',
      'e-mail',
      'teams',
      'printer',
      'wifi',
      'wi-fi',
      'wlan',
      'monitor',
      'login',
      'log in',
      'sign in',
      'signin',
      'account',
      'mfa',
      'sso',
      'sharepoint',
      'onedrive',
      'licence',
      'license',
      'licences',
      'licenses',
      'install',
      'network',
      'keyboard',
      'headset',
      'phone',
    ],
  },
  {
    id: 'facilities',
    title: 'Facilities (rooms, heating, parking)',
    keywords: [
      'room',
      'heating',
      'air con',
      'aircon',
      'air conditioning',
      'hvac',
      'parking',
      'car park',
      'toilet',
      'kitchen',
      'canteen',
      'elevator',
      'lift',
      'door',
      'light',
      'lights',
      'lighting',
      'cleaning',
      'leak',
      'leaks',
      'leaking',
      'desk',
      'chair',
      'badge',
    ],
  },
  { id: 'other', title: 'Other', keywords: [] },
];

/**
 * The neutral profile used when no organisation profile is configured: no company name ("your organisation"),
 * no brands, no glossary, generic ticket categories and no fixed example questions (the composition root may
 * derive some from the titles of documents everyone may read, see `deriveExampleQuestions`).
 */
export const defaultOrganisationProfile: OrganisationProfile = {
  assistantDescription:
    'Answers questions from your organisation’s documents that the user may read, with numbered citations to the sources.',
  brands: [],
  languages: [],
  ticketCategories: DEFAULT_TICKET_CATEGORIES,
  glossary: [],
  examples: {
    questions: [],
    tickets: [
      'Open a ticket: my VPN disconnects every few minutes',
      'Raise a ticket: the heating in meeting room 2 is broken',
    ],
    reports: [],
  },
  sensitivityLabels: [],
};
