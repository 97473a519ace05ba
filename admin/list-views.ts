/**
 * How the CMS lists each collection for an editor: a Dutch description, a summary line with the
 * facts that tell entries apart (an event's date, a regulation's review date), the default order,
 * and filters (upcoming or past events, regulations due for a check, drafts, "Voorbeeld" entries
 * that still need replacing).
 */
import type { CmsCollection } from 'decap-cms-core';
import type { CollectionName } from '../src/schemas/shared.ts';
import { before, onOrAfter } from './date-patterns.ts';

type ListView = Pick<CmsCollection, 'description' | 'summary' | 'sortable_fields' | 'view_filters'>;

/** What each collection holds, above its list. */
export const collectionDescriptions: Record<CollectionName, string> = {
  stories:
    'Verhalen van werkgevers uit de regio. Een verhaal met "Concept" aan staat nog niet op de site.',
  regulations:
    'Regelingen voor werkgevers. Controleer bedragen en voorwaarden bij de bron, en zet daarna de datum bij "Laatst gecontroleerd op".',
  ambassadors:
    'Werkgevers en ervaringsdeskundigen die de campagne dragen. Een portret komt alleen op de site als de toestemming aan staat. Elke ambassadeur heeft een deelkit op /ambassadeurs/(naam)/deelkit/: stuur dat adres naar de ambassadeur.',
  events:
    'Bijeenkomsten, de nieuwste bovenaan. Tijden zijn Nederlandse tijd. Aanmeldingen gaan naar het WSP.',
  municipalities:
    'De gemeenten van de regio en het WSP waar aanmeldingen uit elke gemeente heen gaan. Verwijder geen gemeente die nog gebruikt wordt.',
  'service-points':
    'De openbare contactgegevens van de WSP’s. Zet hier nooit wachtwoorden of geheime adressen.',
  'task-lists':
    'Per sector de eenvoudige taken waar de functiecreatie-scan naar vraagt. Houd het bij 4 tot 10 taken.',
  pages: 'De vaste pagina’s van de site.',
  settings: 'De naam van de campagne, de slogan en de teksten van de voorpagina.',
  goals:
    'De doelen van de gemeenten voor deze campagne, met de cijfers die de campagne telt. Elk cijfer heeft een bron nodig. Ze staan op /resultaten/.',
};

/** Entries still marked as invented examples ("Voorbeeld" on the site). */
const demoFilter = { label: 'Voorbeelden (nog vervangen)', field: 'demo', pattern: true };

/** The list settings of a collection; `today` ("YYYY-MM-DD") sets what is upcoming or past. */
export function listView(name: CollectionName, today: string): ListView {
  const description = collectionDescriptions[name];
  switch (name) {
    case 'events':
      return {
        description,
        summary: "{{start | date('DD-MM-YYYY HH:mm')}} · {{title}}",
        sortable_fields: [{ field: 'start', label: 'Datum', default_sort: 'desc' }, 'title'],
        view_filters: [
          { label: 'Komende bijeenkomsten', field: 'start', pattern: onOrAfter(today) },
          { label: 'Voorbije bijeenkomsten', field: 'start', pattern: before(today) },
          demoFilter,
        ],
      };
    case 'stories':
      return {
        description,
        summary: "{{publishedOn | date('DD-MM-YYYY')}} · {{title}}",
        sortable_fields: [
          { field: 'publishedOn', label: 'Gepubliceerd op', default_sort: 'desc' },
          'title',
        ],
        view_filters: [{ label: 'Concepten', field: 'draft', pattern: true }, demoFilter],
      };
    case 'regulations':
      return {
        description,
        summary: "{{title}} · controleren vóór {{reviewBy | date('DD-MM-YYYY')}}",
        sortable_fields: ['title', { field: 'reviewBy', label: 'Controleren vóór' }],
        view_filters: [
          { label: 'Nu opnieuw controleren', field: 'reviewBy', pattern: before(today) },
          demoFilter,
        ],
      };
    case 'ambassadors':
    case 'service-points':
    case 'goals':
    case 'task-lists':
      return { description, view_filters: [demoFilter] };
    default:
      return { description };
  }
}
