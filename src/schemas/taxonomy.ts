/**
 * The fixed vocabularies of the site: sectors, target groups, size classes, kinds and providers.
 * Each is a list of `{ value, label }` so schemas take the values and pages show the Dutch labels;
 * the CMS select widgets are held to the same lists by a contract test.
 */

export interface Term<V extends string = string> {
  readonly value: V;
  readonly label: string;
  /** One plain sentence for terms an employer may not know (shown on hover-free glossaries). */
  readonly explanation?: string;
}

export const sectors = [
  { value: 'zorg-en-welzijn', label: 'Zorg en welzijn' },
  { value: 'techniek-en-bouw', label: 'Techniek en bouw' },
  { value: 'logistiek', label: 'Transport en logistiek' },
  { value: 'horeca-en-recreatie', label: 'Horeca en recreatie' },
  { value: 'detailhandel', label: 'Winkels en detailhandel' },
  { value: 'groen', label: 'Groen en agrarisch' },
  { value: 'ict', label: 'ICT' },
  { value: 'zakelijke-diensten', label: 'Zakelijke dienstverlening' },
  { value: 'schoonmaak-en-facilitair', label: 'Schoonmaak en facilitair' },
  { value: 'industrie', label: 'Industrie en productie' },
  { value: 'onderwijs-en-overheid', label: 'Onderwijs en overheid' },
  { value: 'sociaal-ondernemen', label: 'Sociaal ondernemen' },
] as const satisfies readonly Term[];

export const targetGroups = [
  {
    value: 'doelgroepregister',
    label: 'Doelgroep banenafspraak',
    explanation:
      'Mensen die in het doelgroepregister van UWV staan. Zij kunnen niet zelfstandig het minimumloon verdienen.',
  },
  {
    value: 'wajong',
    label: 'Wajong',
    explanation:
      'Jongeren die al op jonge leeftijd een ziekte of beperking hadden en een uitkering van UWV krijgen.',
  },
  {
    value: 'wia',
    label: 'WIA of WAO',
    explanation:
      'Mensen die door ziekte minder kunnen werken en daarvoor een uitkering van UWV krijgen.',
  },
  {
    value: 'bijstand',
    label: 'Bijstand',
    explanation: 'Mensen met een bijstandsuitkering van de gemeente.',
  },
  {
    value: 'ww',
    label: 'WW',
    explanation: 'Mensen die hun baan verloren en een WW-uitkering van UWV krijgen.',
  },
  {
    value: 'statushouders',
    label: 'Statushouders',
    explanation: 'Vluchtelingen met een verblijfsvergunning. Zij mogen in Nederland werken.',
  },
  {
    value: 'vijftigplussers',
    label: '50-plussers',
    explanation: 'Ervaren werkzoekenden van 50 jaar en ouder.',
  },
  {
    value: 'zij-instromers',
    label: 'Zij-instromers',
    explanation: 'Mensen die uit een ander vak komen en zich laten omscholen.',
  },
  {
    value: 'jongeren',
    label: 'Jongeren zonder diploma',
    explanation: 'Jongeren zonder startkwalificatie (geen havo-, vwo- of mbo 2-diploma).',
  },
] as const satisfies readonly Term[];

export const sizeClasses = [
  { value: 'micro', label: '1 tot 10 medewerkers' },
  { value: 'klein', label: '10 tot 50 medewerkers' },
  { value: 'middel', label: '50 tot 250 medewerkers' },
  { value: 'groot', label: '250 medewerkers of meer' },
] as const satisfies readonly Term[];

export const regulationKinds = [
  { value: 'verzekering', label: 'Verzekering' },
  { value: 'subsidie', label: 'Subsidie' },
  { value: 'belastingvoordeel', label: 'Belastingvoordeel' },
  { value: 'proefperiode', label: 'Proefperiode' },
  { value: 'begeleiding', label: 'Begeleiding' },
  { value: 'werkplek', label: 'Aanpassing van de werkplek' },
  { value: 'opleiding', label: 'Leren en opleiden' },
  { value: 'premie', label: 'Premie' },
  { value: 'afspraak', label: 'Afspraak en beleid' },
] as const satisfies readonly Term[];

export const providers = [
  { value: 'uwv', label: 'UWV', inSentence: 'het UWV' },
  { value: 'gemeente', label: 'Gemeente', inSentence: 'de gemeente' },
  { value: 'belastingdienst', label: 'Belastingdienst', inSentence: 'de Belastingdienst' },
  { value: 'rijksoverheid', label: 'Rijksoverheid', inSentence: 'de Rijksoverheid' },
  { value: 'wsp', label: 'Werkgeversservicepunt', inSentence: 'het Werkgeversservicepunt' },
] as const satisfies readonly (Term & { inSentence: string })[];

/** "via de gemeente of het UWV": who provides a regulation, as words in a sentence. */
export function providedBy(values: readonly Provider[]): string {
  return values
    .map((value) => providers.find((provider) => provider.value === value)?.inSentence ?? value)
    .join(' of ');
}

export const eventStatuses = [
  { value: 'gepland', label: 'Gepland' },
  { value: 'vol', label: 'Vol' },
  { value: 'afgelast', label: 'Afgelast' },
] as const satisfies readonly Term[];

export const ambassadorKinds = [
  { value: 'werkgever', label: 'Werkgever' },
  { value: 'ervaringsdeskundige', label: 'Ervaringsdeskundige' },
] as const satisfies readonly Term[];

/**
 * The task packages of the functiecreatie quick-scan: simple tasks of one kind that together can
 * form a job. Each task in a sector's task list (content/task-lists/) belongs to one.
 */
export const taskPackages = [
  { value: 'voorbereiden', label: 'Voorbereiden en klaarzetten' },
  { value: 'inpakken', label: 'Sorteren, inpakken en etiketteren' },
  { value: 'schoonmaken', label: 'Schoonmaken en opruimen' },
  { value: 'aanvullen', label: 'Voorraad ontvangen en aanvullen' },
  { value: 'administratie', label: 'Scannen, archiveren en invoeren' },
  { value: 'vervoer', label: 'Rijden en vervoeren op het terrein' },
  { value: 'ontvangst', label: 'Ontvangst, post en telefoon' },
  { value: 'zorgondersteuning', label: 'Ondersteuning in zorg en welzijn' },
] as const satisfies readonly Term[];

/** Themes a story shows, so a page about a theme can list its stories. */
export const storyThemes = [
  { value: 'functiecreatie', label: 'Functiecreatie en jobcarving' },
] as const satisfies readonly Term[];

type ValuesOf<T extends readonly Term[]> = { [K in keyof T]: T[K]['value'] };

/** The values of a vocabulary as a non-empty tuple, the shape `z.enum` wants. */
export function valuesOf<const T extends readonly [Term, ...Term[]]>(terms: T): ValuesOf<T> {
  return terms.map((term) => term.value) as ValuesOf<T>;
}

/** The Dutch label for a value; throws on a value outside the vocabulary, which schemas prevent. */
export function labelOf(terms: readonly Term[], value: string): string {
  const term = terms.find((candidate) => candidate.value === value);
  if (!term) throw new Error(`Unknown term "${value}"`);
  return term.label;
}

export type Sector = (typeof sectors)[number]['value'];
export type TargetGroup = (typeof targetGroups)[number]['value'];
export type SizeClass = (typeof sizeClasses)[number]['value'];
export type RegulationKind = (typeof regulationKinds)[number]['value'];
export type Provider = (typeof providers)[number]['value'];
export type EventStatus = (typeof eventStatuses)[number]['value'];
export type AmbassadorKind = (typeof ambassadorKinds)[number]['value'];
export type TaskPackage = (typeof taskPackages)[number]['value'];
export type StoryTheme = (typeof storyThemes)[number]['value'];
