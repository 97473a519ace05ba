/**
 * The Dutch words editors see in the CMS beyond what the schemas say, per collection, keyed by
 * field path (list items have no index: `yields.amounts.label`). A field's label is the title its
 * schema builder gives it (`text('Titel', 90)` in src/schemas/); a label here is only for a field
 * without one (objects, lists, numbers) or one the CMS words differently on purpose. Kinds,
 * limits and required-ness come from the schemas. The contract test fails when a field has no
 * label, a label has no field, or a label here repeats the schema's.
 */
import type { CollectionName } from '../src/schemas/shared.ts';

export interface FieldText {
  /** Only when the schema gives the field no title, or the CMS should say it differently. */
  label?: string;
  /** Help under the field; the limits from the schema (length, format) are added to it. */
  hint?: string;
}

export type CollectionLabels = Record<string, FieldText>;

/** Markdown collections get a body field; it is not in the schema (Astro keeps it apart). */
export const bodyLabel: FieldText = {
  label: 'Tekst',
  hint: 'Gebruik tussenkoppen (##) en korte alinea’s. Schrijf in gewone taal (B1).',
};

/** An image field: the schema names it; `own` words it differently or adds a hint. */
function image(path: string, own: FieldText = {}): CollectionLabels {
  return {
    [path]: own,
    [`${path}.src`]: {
      label: 'Afbeelding',
      hint: 'Een foto of tekening van minstens 1200 pixels breed, als JPG of PNG.',
    },
    [`${path}.alt`]: {
      label: 'Beschrijving van de afbeelding (alt-tekst)',
      hint: 'Vertel wat er op de afbeelding te zien is, voor wie hem niet kan zien. Niet beginnen met "Afbeelding van".',
    },
  };
}

function sources(path: string, hint?: string): CollectionLabels {
  return {
    [path]: hint ? { label: 'Bronnen', hint } : { label: 'Bronnen' },
  };
}

const demo: FieldText = {
  label: 'Voorbeeld (verzonnen)',
  hint: 'Aan als dit verzonnen voorbeeldinhoud is. De site toont dan het label "Voorbeeld".',
};

export const fieldLabels: Record<CollectionName, CollectionLabels> = {
  stories: {
    title: { hint: 'Kort en concreet: wat deed de werkgever?' },
    summary: { hint: 'Twee of drie zinnen. Staat in overzichten.' },
    employer: { label: 'Werkgever' },
    municipality: { label: 'Gemeente', hint: 'De gemeente waar de werkgever zit.' },
    targetGroups: { label: 'Doelgroepen', hint: 'Uit welke groep(en) kwam de nieuwe medewerker?' },
    regulations: { label: 'Gebruikte regelingen' },
    themes: {
      label: 'Thema’s',
      hint: 'Laat dit verhaal zien op de pagina van het thema, bijvoorbeeld /functiecreatie/.',
    },
    outcome: { label: 'Resultaat in cijfers', hint: 'Vul alleen in wat u zeker weet.' },
    'outcome.peopleHired': { label: 'Aantal mensen aan het werk' },
    'outcome.hoursPerWeek': { label: 'Uren per week' },
    ...image('hero'),
    quote: { label: 'Citaat' },
    'quote.text': { hint: 'Zonder aanhalingstekens; de site zet ze erbij.' },
    'quote.speaker': { label: 'Wie zegt het' },
    'quote.role': { label: 'Rol van de spreker' },
    basedOn: { hint: 'Bijvoorbeeld een artikel of het Themaboek.' },
    ...sources('sources'),
    draft: { label: 'Concept', hint: 'Aan: het verhaal staat nog niet op de site.' },
    demo,
  },
  regulations: {
    promise: { hint: 'Wat heeft de werkgever eraan?' },
    providers: { label: 'Uitvoerders', hint: 'Wie voert de regeling uit?' },
    qualifies: { label: 'Voor wie' },
    'qualifies.conditions': { label: 'Voorwaarden', hint: 'Eén voorwaarde per regel.' },
    'qualifies.targetGroups': { label: 'Doelgroepen' },
    yields: { label: 'Wat levert het op' },
    'yields.amounts': { label: 'Bedragen' },
    'yields.amounts.label': { label: 'Omschrijving', hint: 'Bijvoorbeeld: Korting per jaar.' },
    'yields.amounts.value': { label: 'Bedrag', hint: 'Bijvoorbeeld: € 6.000 per jaar.' },
    'yields.amounts.note': { label: 'Toelichting' },
    apply: { label: 'Aanvragen' },
    'apply.steps': { label: 'Stappen', hint: 'Eén stap per regel, in de goede volgorde.' },
    'apply.deadlines': { label: 'Termijnen' },
    'apply.deadlines.label': { label: 'Wanneer' },
    'apply.deadlines.detail': { label: 'Toelichting' },
    caution: {
      label: 'Vraag het WSP (wat onzeker is)',
      hint: 'Eén zin: "Vraag het WSP ..., want ...". Staat op de pagina na de feiten. Laat leeg als alles zeker is.',
    },
    ...sources('sources', 'Minstens één bron, liefst van de uitvoerder zelf.'),
    reviewBy: { hint: 'Een datum na de laatste controle.' },
    changes: {
      label: 'Wat is er veranderd',
      hint: 'Eén regel per wijziging: wanneer en wat er veranderde. Staat op de pagina en in de feed.',
    },
    'changes.date': { label: 'Datum', hint: 'Wanneer de wijziging ingaat of werd doorgevoerd.' },
    'changes.summary': {
      label: 'Wat veranderde',
      hint: 'Eén of twee zinnen in gewone taal, bijvoorbeeld: Het bedrag per uur is nu € 3,05.',
    },
    order: { label: 'Volgorde', hint: 'Lager staat eerder in de lijst.' },
    rules: {
      label: 'Regels voor de regelingenwijzer',
      hint: 'Laat leeg als de wijzer "vraag het WSP" moet zeggen. Bedragen in hele centen.',
    },
    'rules.variants': {
      label: 'Vormen van de regeling',
      hint: 'Eén vorm per variant, bijvoorbeeld de LKV voor de doelgroep banenafspraak.',
    },
    'rules.variants.name': { label: 'Naam van de vorm' },
    'rules.variants.situations': {
      label: 'Geldt bij situatie',
      hint: 'De uitkering of status waarbij deze vorm past.',
    },
    'rules.variants.askSituations': {
      label: 'Vraag het WSP bij situatie',
      hint: 'Situaties waarin het kan, maar de wijzer het niet zeker weet.',
    },
    'rules.variants.notSituations': {
      label: 'Geldt niet bij situatie',
      hint: 'Situaties waarin deze vorm nooit past, ook niet als een andere situatie wel past. Bijvoorbeeld: niet bij Wajong.',
    },
    'rules.variants.ageBands': { label: 'Geldt bij leeftijd', hint: 'Leeg: elke leeftijd.' },
    'rules.variants.need': { label: 'Alleen als dit nodig is' },
    'rules.variants.minHoursPerWeek': { label: 'Minstens uren per week' },
    'rules.variants.minContractMonths': { label: 'Contract minstens (maanden)' },
    'rules.variants.firstStartDate': {
      label: 'Eerste startdatum',
      hint: 'Alleen als de vorm pas geldt voor wie vanaf een datum begint, bijvoorbeeld 2026-01-01.',
    },
    'rules.variants.lastStartDate': {
      label: 'Laatste startdatum',
      hint: 'Alleen als de vorm stopt, bijvoorbeeld 2025-12-31.',
    },
    'rules.variants.openCondition': {
      label: 'Voorwaarde die de wijzer niet kan nagaan',
      hint: 'De werkgever ziet deze zin als "controleer zelf".',
    },
    'rules.variants.years': { label: 'Hoe lang (jaren)' },
    'rules.variants.yields': { label: 'Wat het oplevert' },
    'rules.variants.yields.kind': { label: 'Soort opbrengst' },
    'rules.variants.yields.text': { label: 'Wat het oplevert, in één zin' },
    'rules.variants.yields.centsPerHour': {
      label: 'Bedrag per uur (centen)',
      hint: 'Bijvoorbeeld 305 voor € 3,05.',
    },
    'rules.variants.yields.maxCentsPerYear': {
      label: 'Hoogstens per jaar (centen)',
      hint: 'Bijvoorbeeld 600000 voor € 6.000.',
    },
    'rules.variants.yields.maxCents': { label: 'Hoogstens (centen)' },
    'rules.variants.yields.percentagesPerYear': {
      label: 'Percentage per jaar',
      hint: 'Eén percentage per jaar, het eerste jaar eerst.',
    },
    'rules.variants.actions': { label: 'Wat de werkgever moet doen' },
    'rules.variants.actions.moment': { label: 'Wanneer' },
    'rules.variants.actions.months': {
      label: 'Binnen hoeveel maanden na de start',
      hint: 'Alleen bij "Na de start, binnen een termijn".',
    },
    'rules.variants.actions.text': { label: 'Wat moet de werkgever doen' },
    demo,
  },
  ambassadors: {
    municipality: { label: 'Gemeente' },
    ...image('portrait', {
      hint: 'Alleen met getekende toestemming. Zonder toestemming toont de site de initialen.',
    }),
    consentOnFile: {
      label: 'Toestemming voor publicatie getekend',
      hint: 'Aan als er een getekende toestemming voor naam en portret is.',
    },
    openForCoffee: {
      label: 'Open voor koffie met een werkgever',
      hint: 'Aan als de ambassadeur heeft gezegd dat werkgevers om een gesprek mogen vragen. Het WSP regelt het gesprek; de gegevens van de ambassadeur komen niet op de site.',
    },
    stories: { label: 'Verhalen van deze ambassadeur' },
    kit: {
      label: 'Deelkit: eigen teksten',
      hint: 'Teksten die de ambassadeur kan plaatsen, op /ambassadeurs/(naam)/deelkit/. Laat leeg voor de standaardtekst. Zet {link} waar de link moet staan; zonder {link} komt de link aan het eind.',
    },
    demo,
  },
  events: {
    start: { hint: 'Nederlandse tijd.' },
    end: { hint: 'Nederlandse tijd, na het begin.' },
    signupDeadline: { hint: 'Nederlandse tijd, vóór het begin.' },
    venue: {
      label: 'Locatie',
      hint: 'Laat leeg voor een bijeenkomst die alleen online is.',
    },
    'venue.name': { label: 'Naam van de locatie' },
    'venue.address': { label: 'Adres' },
    'venue.postcode': { label: 'Postcode' },
    'venue.city': { label: 'Plaats' },
    municipality: { label: 'Gemeente', hint: 'Verplicht als er een locatie is.' },
    capacity: { label: 'Aantal plaatsen' },
    servicePoint: { label: 'Organiserend servicepunt (WSP)' },
    ...image('image'),
    demo,
  },
  municipalities: {
    servicePoint: {
      label: 'Servicepunt (WSP)',
      hint: 'Aanmeldingen van werkgevers uit deze gemeente gaan naar dit servicepunt.',
    },
  },
  'service-points': {
    shortName: { hint: 'Bijvoorbeeld: WSP Foodvalley.' },
    email: { label: 'E-mailadres' },
    phone: { label: 'Telefoonnummer' },
    websiteLabel: {
      hint: 'Alleen als de website niet van het WSP zelf is, bijvoorbeeld: Website van de gemeente Barneveld.',
    },
    address: { label: 'Adres' },
    'address.street': { label: 'Straat en huisnummer' },
    'address.postcode': { label: 'Postcode' },
    'address.city': { label: 'Plaats' },
    hours: { hint: 'Bijvoorbeeld: maandag tot en met vrijdag, 9 tot 17 uur.' },
    ...sources(
      'sources',
      'Waar staan deze contactgegevens? Zet de datum waarop u keek in de titel, bijvoorbeeld (geraadpleegd 29-11-2026).',
    ),
    demo: {
      label: 'Gegevens nog niet bevestigd',
      hint: 'Aan zolang het servicepunt de contactgegevens niet heeft bevestigd.',
    },
  },
  'task-lists': {
    sector: { hint: 'Eén takenlijst per sector.' },
    intro: { hint: 'Eén of twee zinnen boven de vragen van de scan.' },
    tasks: {
      label: 'Taken',
      hint: 'Eenvoudige taken die vakmensen in deze sector vaak naast hun eigen werk doen. 4 tot 10 taken.',
    },
    'tasks.id': {
      hint: 'Kort, uniek in deze lijst, bijvoorbeeld dozen-vouwen. Verander hem niet meer als de scan gebruikt wordt.',
    },
    'tasks.label': {
      hint: 'Zoals een werkgever het zegt, bijvoorbeeld: Dozen vouwen en klaarzetten.',
    },
    'tasks.example': {
      hint: 'Een korte schets uit de praktijk. Verzonnen? Zet dan "Voorbeeld" aan.',
    },
    'tasks.package': { hint: 'Met welke andere taken deze taak samen een baan kan vormen.' },
    'tasks.typicalHours': {
      label: 'Uren per week (richtgetal)',
      hint: 'Hoeveel uur zo’n taak vaak kost in een bedrijf van ongeveer 20 mensen.',
    },
    demo,
  },
  pages: {},
  goals: {
    title: {
      hint: 'Kort, zoals in het besluit van de gemeenten. Bijvoorbeeld: Extra mensen aan het werk door functiecreatie.',
    },
    description: { hint: 'Eén of twee zinnen: wat willen de gemeenten bereiken, en waarom?' },
    target: { hint: 'Het getal dat de gemeenten willen halen in deze periode.' },
    unit: { hint: 'Wat er geteld wordt, in het meervoud. Bijvoorbeeld: mensen aan het werk.' },
    source: {
      hint: 'Waar staat dit doel? Bijvoorbeeld: Themaboek Inclusieve arbeidsmarkt, voorstel 3.',
    },
    figures: {
      label: 'Cijfers',
      hint: 'Voeg een nieuw cijfer toe als u opnieuw geteld hebt. De site toont het nieuwste cijfer en de vorige.',
    },
    'figures.value': { hint: 'Het aantal tot nu toe in deze periode.' },
    'figures.source': {
      hint: 'Verplicht. Wie telde dit, en waarmee? Bijvoorbeeld: Telling WSP Regio Amersfoort, november 2026.',
    },
    'figures.demo': {
      label: 'Voorbeeldcijfer (verzonnen)',
      hint: 'Aan als dit cijfer verzonnen is. De site toont dan het label "Voorbeeld".',
    },
    order: { label: 'Volgorde', hint: 'Lager staat eerder op de pagina.' },
    demo: {
      label: 'Voorbeelddoel (verzonnen)',
      hint: 'Aan als het doel of het streefgetal niet uit een besluit komt. De site toont dan het label "Voorbeeld".',
    },
  },
  settings: {
    home: { label: 'Startpagina' },
    'home.title': { label: 'Kop' },
    'home.intro': { label: 'Introductie' },
    ...image('home.image', { label: 'Afbeelding' }),
    'home.storiesDoor': { label: 'Tekst bij verhalen' },
    'home.regulationsDoor': { label: 'Tekst bij regelingen' },
    'home.eventsDoor': { label: 'Tekst bij bijeenkomsten' },
    contact: { label: 'Contact' },
    'contact.email': { label: 'E-mailadres' },
    'contact.phone': { label: 'Telefoonnummer' },
  },
};
