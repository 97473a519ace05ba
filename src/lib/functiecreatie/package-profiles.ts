/**
 * What each task package can become: the job it forms and who usually does such work well,
 * described by what a person likes and can do, never by a diagnosis or a limitation.
 */
import type { TaskPackage } from '../../schemas/taxonomy.ts';

export interface PackageProfile {
  /** The job the package forms, as a vacancy would name it. */
  jobTitle: string;
  /** Who fits, in plain words. */
  fits: string[];
}

export const packageProfiles: Record<TaskPackage, PackageProfile> = {
  voorbereiden: {
    jobTitle: 'Medewerker voorbereiding',
    fits: [
      'Iemand die graag met de handen werkt en houdt van een vaste volgorde.',
      'Iemand die nog geen vakdiploma heeft, maar wel netjes en precies is.',
    ],
  },
  inpakken: {
    jobTitle: 'Medewerker inpak en expeditie',
    fits: [
      'Iemand die nauwkeurig is en het fijn vindt om te zien wat hij of zij heeft gedaan.',
      'Iemand die goed werkt met duidelijke voorbeelden en een vaste plek.',
    ],
  },
  schoonmaken: {
    jobTitle: 'Medewerker schoonmaak en onderhoud',
    fits: [
      'Iemand die graag doorwerkt en het fijn vindt als alles er netjes bij staat.',
      'Iemand die liever zelfstandig werkt dan de hele dag met klanten.',
    ],
  },
  aanvullen: {
    jobTitle: 'Medewerker magazijn en aanvullen',
    fits: [
      'Iemand die graag in beweging is en overzicht houdt.',
      'Iemand die na een korte uitleg zelf een vaste ronde kan lopen.',
    ],
  },
  administratie: {
    jobTitle: 'Medewerker administratieve ondersteuning',
    fits: [
      'Iemand die nauwkeurig is, graag met een computer werkt en houdt van rust.',
      'Iemand met ervaring op kantoor die minder uren of minder druk wil.',
    ],
  },
  vervoer: {
    jobTitle: 'Medewerker intern transport',
    fits: [
      'Iemand die graag rijdt en veilig werkt, met een korte opleiding voor de palletwagen of heftruck.',
    ],
  },
  ontvangst: {
    jobTitle: 'Medewerker ontvangst en post',
    fits: [
      'Iemand die vriendelijk is, mensen graag helpt en het leuk vindt om een vast gezicht te zijn.',
    ],
  },
  zorgondersteuning: {
    jobTitle: 'Gastvrouw of gastheer in de zorg',
    fits: [
      'Iemand die graag met mensen omgaat, geduld heeft en tijd wil maken voor een praatje.',
      'Iemand die ervaring heeft met zorgen voor anderen, zonder zorgdiploma.',
    ],
  },
};

/** Who can do such jobs: the groups the WSP finds candidates in, named as the site names them. */
export const candidateGroups =
  'Het WSP zoekt kandidaten onder andere bij mensen in de bijstand, mensen met Wajong of in het doelgroepregister, statushouders en 50-plussers.';
