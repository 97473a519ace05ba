/**
 * Realistic hires and what the regelingenwijzer must say about them, regulation by regulation,
 * with the source that decides each outcome. Read by cases.test.ts, which runs the real
 * evaluation on the real content entries. Statuses are the wijzer's own: "past" (applies),
 * "vraag-wsp" (may apply: "kunnen passen, vraag het WSP") and "past-niet" (does not apply).
 *
 * The wijzer does not ask for the loonwaarde or for a trial first: where those matter, `situation`
 * says so and the outcome is what the wijzer can know from its seven answers.
 */
import type { Answers } from './answers.ts';
import type { Status } from './result.ts';

/** Sources as seen on 29 November 2026. */
export const src = {
  noRiskWho:
    'https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/voordelen-en-regelingen-voor-uw-werkgever/no-riskpolis-en-no-riskverklaring/situaties-waarin-de-no-riskpolis-voor-u-geldt',
  noRiskHowLong:
    'https://www.uwv.nl/werkgevers/werknemer-met-uitkering/toelichting-voordelen-en-regelingen/detail/looncompensatie-bij-ziekte/hoelang-geldt-de-no-riskpolis',
  praktijkroute:
    'https://www.inlichtingenbureau.nl/Pages/Praktijkroute-opengesteld-als-toegang-tot-het-doelgroepregister.aspx',
  lkvNewsletter2026:
    'https://ondernemen.headliner.nl/item/3e-versie-bijlage-nieuwsbrief-loonheffingen-2026-tabel-loonkostenvoordelen-vervangen-salarisvanmorgen-1953',
  lkvBanenafspraak2026:
    'https://www.bouwendnederland.nl/nieuws/algemeen/aanvragen-loonkostenvoordeel-voor-doelgroep-banenafspraak-wordt-makkelijker',
  lkvOlderEnds: 'https://zoek.officielebekendmakingen.nl/kst-36458-5.html',
  lkvDisabled:
    'https://www.uwv.nl/particulieren/overige-onderwerpen/loonkostenvoordeel/detail/voorwaarden-per-doelgroep/voorwaarden-doelgroep-arbeidsgehandicapte-werknemers-die-nieuw-in-dienst-komen',
  trialUwv:
    'https://www.uwv.nl/werkgevers/werknemer-met-uitkering/toelichting-voordelen-en-regelingen/detail/proefplaatsingvoorwaarden-voor-proefplaatsing',
  loondispensatie:
    'https://www.uwv.nl/overuwv/magazines/nlwerkt-online/edities/2019-04/5-vragen-over-loondispensatie/index.aspx',
  lksNotWajong: 'https://wspgrootamsterdam.nl/subsidies/forfaitaire-loonkostensubsidie/',
  lksLaw: 'https://wetten.overheid.nl/BWBR0015703',
  praktijkleren: 'https://mijn.rvo.nl/praktijkleren',
  socialReturn: 'https://www.soest.nl/ondernemersloket/social-return',
  workplace:
    'https://www.caict.nl/subsidies/4-5-werkgeversvergoeding-voorzieningen-arbeidsgehandicapten/',
  jobcoach: 'https://factorwerk.org/jobcoaching-uwv/',
  banenafspraak:
    'https://www.rijksoverheid.nl/onderwerpen/werken-met-arbeidsbeperking/meer-banen-mensen-arbeidsbeperking',
  placementPremium: 'https://www.wspregioamersfoort.nl',
  termijnenwet: 'https://wetten.overheid.nl/BWBR0002448',
} as const;

type RegulationId =
  | 'banenafspraak'
  | 'jobcoach'
  | 'loondispensatie'
  | 'loonkostensubsidie'
  | 'loonkostenvoordeel'
  | 'no-riskpolis'
  | 'plaatsingspremie'
  | 'praktijkleren'
  | 'proefplaatsing'
  | 'social-return'
  | 'werkplekaanpassing';

/** [regulation, expected status, the source that decides it]. */
export type Expectation = [RegulationId, Status, string];

/** A dated step of the plan: the date the employer can use, and with a trial first. */
export interface PlanExpectation {
  regulation: RegulationId;
  moment: 'voor-start' | 'bij-start' | 'na-start' | 'jaarlijks';
  date: string;
  afterTrial?: string;
  source: string;
}

export interface Case {
  name: string;
  /** The hire in words: benefit, register, loonwaarde, trial, whatever decides it. */
  situation: string;
  answers: Partial<Answers>;
  /** "Today" for this case; the default is 29 November 2026. */
  today?: string;
  expect: Expectation[];
  plan?: PlanExpectation[];
}

export const cases: Case[] = [
  {
    name: 'Wajong, jonger dan 27, 24 uur, vast, start februari 2027',
    situation: 'Wajong, begeleiding nodig; UWV meet de loonwaarde nog.',
    answers: {
      situations: ['wajong'],
      age: 'onder-27',
      coaching: 'ja',
      workplace: 'nee',
      hoursPerWeek: 24,
      contract: 'vast',
      start: '2027-02-01',
    },
    expect: [
      ['no-riskpolis', 'past', src.noRiskWho],
      ['loonkostenvoordeel', 'past', src.lkvDisabled],
      ['loonkostensubsidie', 'past-niet', src.lksNotWajong],
      ['loondispensatie', 'vraag-wsp', src.loondispensatie],
      ['proefplaatsing', 'vraag-wsp', src.trialUwv],
      ['jobcoach', 'vraag-wsp', src.jobcoach],
    ],
  },
  {
    name: 'Wajong en in het doelgroepregister: toch geen loonkostensubsidie',
    situation: 'Wajong (ook in het doelgroepregister), 30 uur, 12 maanden of langer.',
    answers: {
      situations: ['wajong', 'doelgroepregister'],
      age: '27-tot-56',
      hoursPerWeek: 30,
      contract: '12-of-langer',
      start: '2027-03-01',
    },
    expect: [
      ['loonkostensubsidie', 'past-niet', src.lksNotWajong],
      ['loondispensatie', 'vraag-wsp', src.loondispensatie],
      ['loonkostenvoordeel', 'past', src.lkvBanenafspraak2026],
      ['no-riskpolis', 'past', src.noRiskHowLong],
      ['banenafspraak', 'past', src.banenafspraak],
    ],
  },
  {
    name: 'WIA, 27 tot 56, 32 uur, 12 maanden, start maart 2026',
    situation: 'WIA-uitkering; geen Wajong, dus geen loondispensatie.',
    answers: {
      situations: ['wia'],
      age: '27-tot-56',
      hoursPerWeek: 32,
      contract: '12-of-langer',
      start: '2026-03-02',
    },
    expect: [
      ['no-riskpolis', 'past', src.noRiskWho],
      ['loonkostenvoordeel', 'past', src.lkvDisabled],
      ['loondispensatie', 'past-niet', src.loondispensatie],
      ['loonkostensubsidie', 'past-niet', src.lksLaw],
      ['proefplaatsing', 'vraag-wsp', src.trialUwv],
    ],
  },
  {
    name: 'Doelgroepregister, start in de eerste week van 2026',
    situation: 'In het doelgroepregister, begint 5 januari 2026: geen doelgroepverklaring nodig.',
    answers: {
      situations: ['doelgroepregister'],
      age: 'onder-27',
      hoursPerWeek: 25.5,
      contract: 'vast',
      start: '2026-01-05',
    },
    expect: [
      ['loonkostenvoordeel', 'past', src.lkvBanenafspraak2026],
      ['banenafspraak', 'past', src.banenafspraak],
      ['no-riskpolis', 'past', src.noRiskHowLong],
      ['loondispensatie', 'past-niet', src.loondispensatie],
    ],
    plan: [
      {
        regulation: 'loonkostenvoordeel',
        moment: 'bij-start',
        date: '2026-01-05',
        source: src.lkvBanenafspraak2026,
      },
    ],
  },
  {
    name: 'Doelgroepregister, start op 1 januari 2026 precies',
    situation: 'Eerste werkdag 1 januari 2026: de nieuwe regel geldt al.',
    answers: { situations: ['doelgroepregister'], contract: 'vast', start: '2026-01-01' },
    expect: [['loonkostenvoordeel', 'past', src.lkvBanenafspraak2026]],
  },
  {
    name: 'Doelgroepregister, start half december 2025: toen nog met doelgroepverklaring',
    situation:
      'Begon vóór 2026: doelgroepverklaring binnen 3 maanden (15 maart 2026 is een zondag).',
    answers: { situations: ['doelgroepregister'], contract: 'vast', start: '2025-12-15' },
    expect: [['loonkostenvoordeel', 'past', src.lkvBanenafspraak2026]],
    plan: [
      {
        regulation: 'loonkostenvoordeel',
        moment: 'na-start',
        date: '2026-03-16',
        source: src.termijnenwet,
      },
    ],
  },
  {
    name: 'Doelgroepregister, eerste werkdag nog onbekend',
    situation: 'Nog niet begonnen, dus op of na vandaag (29 november 2026): de 2026-regel geldt.',
    answers: { situations: ['doelgroepregister'], contract: 'vast' },
    expect: [
      ['loonkostenvoordeel', 'past', src.lkvBanenafspraak2026],
      ['banenafspraak', 'past', src.banenafspraak],
    ],
  },
  {
    name: 'Bijstand, loonwaarde onder het minimumloon',
    situation:
      'Bijstand; de gemeente meet een lage loonwaarde, dus meestal inschrijving in het doelgroepregister (praktijkroute).',
    answers: {
      situations: ['bijstand'],
      age: '27-tot-56',
      hoursPerWeek: 20,
      contract: '6-tot-12',
      start: '2027-01-11',
    },
    expect: [
      ['no-riskpolis', 'vraag-wsp', src.praktijkroute],
      ['loonkostenvoordeel', 'vraag-wsp', src.praktijkroute],
      ['banenafspraak', 'vraag-wsp', src.praktijkroute],
      ['loonkostensubsidie', 'vraag-wsp', src.lksLaw],
      ['loondispensatie', 'past-niet', src.loondispensatie],
      ['plaatsingspremie', 'vraag-wsp', src.placementPremium],
    ],
  },
  {
    name: 'Bijstand, loonwaarde onbekend, proefplaatsing van de gemeente eerst',
    situation: 'Bijstand; de gemeente heeft eigen regels voor een proefplaatsing.',
    answers: {
      situations: ['bijstand'],
      hoursPerWeek: 24,
      contract: '12-of-langer',
      start: '2027-02-01',
    },
    expect: [
      ['proefplaatsing', 'vraag-wsp', src.trialUwv],
      ['loonkostensubsidie', 'vraag-wsp', src.lksLaw],
    ],
    plan: [
      {
        regulation: 'loonkostenvoordeel',
        moment: 'bij-start',
        date: '2027-02-01',
        afterTrial: '2027-04-01',
        source: src.trialUwv,
      },
    ],
  },
  {
    name: 'Statushouder zonder uitkering',
    situation: 'Statushouder; of de loonwaarde laag is, weet nog niemand.',
    answers: { situations: ['statushouder'], age: '27-tot-56', contract: 'vast' },
    expect: [
      ['loonkostensubsidie', 'vraag-wsp', src.lksLaw],
      ['no-riskpolis', 'past-niet', src.noRiskWho],
      ['loonkostenvoordeel', 'past-niet', src.lkvDisabled],
      ['proefplaatsing', 'vraag-wsp', src.trialUwv],
    ],
  },
  {
    name: '56 jaar, WW, begonnen in december 2025',
    situation:
      'De overgangsregel van het LKV oudere werknemer geldt alleen voor een start vóór 2024.',
    answers: {
      situations: ['ww'],
      age: '56-plus',
      hoursPerWeek: 36,
      contract: 'vast',
      start: '2025-12-01',
    },
    expect: [
      ['loonkostenvoordeel', 'past-niet', src.lkvNewsletter2026],
      ['no-riskpolis', 'past-niet', src.noRiskWho],
      ['proefplaatsing', 'vraag-wsp', src.trialUwv],
    ],
  },
  {
    name: '56 jaar, geen uitkering, start januari 2027',
    situation: 'Vanaf 2027 bestaat het LKV oudere werknemer helemaal niet meer.',
    answers: { situations: [], age: '56-plus', contract: 'vast', start: '2027-01-04' },
    expect: [
      ['loonkostenvoordeel', 'past-niet', src.lkvOlderEnds],
      ['proefplaatsing', 'past-niet', src.trialUwv],
    ],
  },
  {
    name: '56 jaar, eerste werkdag onbekend',
    situation: 'Nog niet begonnen: een start vóór 2024 is niet meer mogelijk.',
    answers: { situations: [], age: '56-plus' },
    expect: [['loonkostenvoordeel', 'past-niet', src.lkvNewsletter2026]],
  },
  {
    name: 'WW, contract van 3 tot 6 maanden',
    situation: 'WW; het contract na een proefplaatsing moet minstens 6 maanden duren.',
    answers: { situations: ['ww'], contract: '3-tot-6', start: '2027-02-01' },
    expect: [
      ['proefplaatsing', 'past-niet', src.trialUwv],
      ['loonkostenvoordeel', 'past-niet', src.lkvDisabled],
    ],
  },
  {
    name: 'WW, vast contract, proefplaatsing eerst',
    situation:
      'WW; UWV vraagt minstens 3 maanden werkloosheid en moeite om werk te vinden, en beslist vooraf.',
    answers: {
      situations: ['ww'],
      age: '27-tot-56',
      hoursPerWeek: 32,
      contract: 'vast',
      start: '2027-03-01',
    },
    expect: [
      ['proefplaatsing', 'vraag-wsp', src.trialUwv],
      ['no-riskpolis', 'past-niet', src.noRiskWho],
      ['banenafspraak', 'past-niet', src.banenafspraak],
    ],
  },
  {
    name: 'WIA, contract korter dan 3 maanden, werkplek en begeleiding nodig',
    situation: 'Een kort contract: te kort voor proefplaatsing, werkplekaanpassing en jobcoach.',
    answers: {
      situations: ['wia'],
      workplace: 'ja',
      coaching: 'ja',
      hoursPerWeek: 20,
      contract: 'korter-dan-3',
      start: '2027-02-01',
    },
    expect: [
      ['proefplaatsing', 'past-niet', src.trialUwv],
      ['werkplekaanpassing', 'past-niet', src.workplace],
      ['jobcoach', 'past-niet', src.jobcoach],
      ['no-riskpolis', 'past', src.noRiskWho],
    ],
  },
  {
    name: 'Wajong, begeleiding nodig, 7,5 uur per week',
    situation: 'Minder dan 8 uur: ook onder de laagste eis die een bron noemt.',
    answers: {
      situations: ['wajong'],
      coaching: 'ja',
      hoursPerWeek: 7.5,
      contract: 'vast',
      start: '2027-02-01',
    },
    expect: [['jobcoach', 'past-niet', src.jobcoach]],
  },
  {
    name: 'Wajong, begeleiding nodig, 8 uur, contract 3 tot 6 maanden',
    situation: 'Haalt 8 uur en 3 maanden, maar UWV zelf bevestigt die eisen niet.',
    answers: {
      situations: ['wajong'],
      coaching: 'ja',
      hoursPerWeek: 8,
      contract: '3-tot-6',
      start: '2027-02-01',
    },
    expect: [
      ['jobcoach', 'vraag-wsp', src.jobcoach],
      ['loondispensatie', 'past-niet', src.loondispensatie],
    ],
  },
  {
    name: 'WIA, werkplek aanpassen, 6 tot 12 maanden',
    situation:
      'Het drempelbedrag hangt af van het loon; UWV kiest de goedkoopste oplossing die werkt.',
    answers: { situations: ['wia'], workplace: 'ja', contract: '6-tot-12', start: '2027-02-01' },
    expect: [['werkplekaanpassing', 'vraag-wsp', src.workplace]],
  },
  {
    name: 'Zij-instromer in een bbl-opleiding, start september 2027',
    situation: 'Geen uitkering; of de leerplaats een hele bbl-opleiding is, weet de wijzer niet.',
    answers: { situations: [], age: '27-tot-56', contract: 'vast', start: '2027-09-01' },
    expect: [
      ['praktijkleren', 'vraag-wsp', src.praktijkleren],
      ['social-return', 'vraag-wsp', src.socialReturn],
      ['no-riskpolis', 'past-niet', src.noRiskWho],
    ],
  },
  {
    name: 'Leerplaats die begint na schooljaar 2027/2028',
    situation: 'De subsidieregeling praktijkleren loopt tot en met schooljaar 2027/2028.',
    answers: { situations: [], contract: 'vast', start: '2028-08-01' },
    today: '2027-11-29',
    expect: [['praktijkleren', 'past-niet', src.praktijkleren]],
  },
  {
    name: 'Situatie onbekend',
    situation: 'De werkgever weet nog niet welke uitkering de kandidaat heeft.',
    answers: { contract: 'vast', start: '2027-02-01' },
    expect: [
      ['no-riskpolis', 'vraag-wsp', src.noRiskWho],
      ['loonkostenvoordeel', 'vraag-wsp', src.lkvDisabled],
      ['loondispensatie', 'vraag-wsp', src.loondispensatie],
    ],
  },
  {
    name: 'WIA, start 1 oktober 2026: termijn eindigt op Nieuwjaarsdag',
    situation: '3 maanden na 1 oktober 2026 is vrijdag 1 januari 2027, een feestdag.',
    answers: { situations: ['wia'], contract: 'vast', start: '2026-10-01' },
    expect: [['loonkostenvoordeel', 'past', src.lkvDisabled]],
    plan: [
      {
        regulation: 'loonkostenvoordeel',
        moment: 'na-start',
        date: '2027-01-04',
        source: src.termijnenwet,
      },
    ],
  },
  {
    name: 'WIA, start 27 januari 2027: termijn eindigt op Koningsdag',
    situation: '3 maanden later is dinsdag 27 april 2027, Koningsdag.',
    answers: { situations: ['wia'], contract: 'vast', start: '2027-01-27' },
    expect: [['loonkostenvoordeel', 'past', src.lkvDisabled]],
    plan: [
      {
        regulation: 'loonkostenvoordeel',
        moment: 'na-start',
        date: '2027-04-28',
        afterTrial: '2027-06-28',
        source: src.termijnenwet,
      },
    ],
  },
  {
    name: 'WIA, start 29 december 2026: termijn eindigt op Tweede Paasdag',
    situation: '3 maanden later is maandag 29 maart 2027, Tweede Paasdag.',
    answers: { situations: ['wia'], contract: 'vast', start: '2026-12-29' },
    expect: [['loonkostenvoordeel', 'past', src.lkvDisabled]],
    plan: [
      {
        regulation: 'loonkostenvoordeel',
        moment: 'na-start',
        date: '2027-03-30',
        source: src.termijnenwet,
      },
    ],
  },
  {
    name: 'Wajong, start maandag 4 januari 2027: stappen vooraf op 31 december',
    situation: 'De dag vóór de start is een zondag, en 1 januari is Nieuwjaarsdag.',
    answers: { situations: ['wajong'], coaching: 'ja', contract: 'vast', start: '2027-01-04' },
    expect: [['proefplaatsing', 'vraag-wsp', src.trialUwv]],
    plan: [
      {
        regulation: 'proefplaatsing',
        moment: 'voor-start',
        date: '2026-12-31',
        source: src.trialUwv,
      },
    ],
  },
  {
    name: 'Wajong met proefplaatsing eerst, start 1 februari 2027',
    situation:
      'De proefplaatsing begint 1 februari; het contract pas na 2 maanden, op 1 april 2027.',
    answers: { situations: ['wajong'], contract: 'vast', hoursPerWeek: 24, start: '2027-02-01' },
    expect: [
      ['proefplaatsing', 'vraag-wsp', src.trialUwv],
      ['loonkostenvoordeel', 'past', src.lkvDisabled],
    ],
    plan: [
      {
        regulation: 'loonkostenvoordeel',
        moment: 'na-start',
        date: '2027-05-03',
        afterTrial: '2027-07-01',
        source: src.trialUwv,
      },
    ],
  },
  {
    name: 'Alleen WW, geen begeleiding of aanpassing',
    situation: 'WW is geen doelgroep voor de no-riskpolis, het LKV of de banenafspraak.',
    answers: {
      situations: ['ww'],
      age: '27-tot-56',
      workplace: 'nee',
      coaching: 'nee',
      contract: 'vast',
      start: '2027-02-01',
    },
    expect: [
      ['no-riskpolis', 'past-niet', src.noRiskWho],
      ['loonkostenvoordeel', 'past-niet', src.lkvDisabled],
      ['loonkostensubsidie', 'past-niet', src.lksLaw],
      ['banenafspraak', 'past-niet', src.banenafspraak],
      ['jobcoach', 'past-niet', src.jobcoach],
      ['werkplekaanpassing', 'past-niet', src.workplace],
    ],
  },
];
