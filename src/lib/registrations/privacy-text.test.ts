/** The privacy page promises what the code does: these numbers live in both places. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../tests/support/content-files.ts';
import { readConfig } from '../config.ts';
import { signupConfigFrom } from './config.ts';
import { contactRequestsPerDay } from './registration-kinds.ts';

const privacy = readFileSync(path.join(projectRoot, 'content/pages/privacy.md'), 'utf8').replace(
  /\s+/g,
  ' ',
);
const dutchNumbers = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht'];

describe('the privacy page', () => {
  it('states the default retention period', () => {
    const days = signupConfigFrom(readConfig({})).retentionDays;
    expect(privacy).toContain(`verwijderd ${days} dagen na de bijeenkomst`);
    expect(privacy).toContain(`wordt ${days} dagen na het versturen verwijderd`);
  });

  it('states the hard maximum for data the WSP did not get or did not pull', () => {
    const days = signupConfigFrom(readConfig({})).retentionMaxDays;
    expect(privacy).toContain(`niet langer dan ${days} dagen na de bijeenkomst`);
    expect(privacy).toContain('minstens één keer heeft opgehaald');
  });

  it('states the daily number of plans one address may send', () => {
    expect(privacy).toContain(`hoogstens ${dutchNumbers[contactRequestsPerDay]} plannen`);
  });

  it('states how often one address may ask for a coffee with an ambassador', () => {
    expect(privacy).toContain(
      `hoogstens ${dutchNumbers[contactRequestsPerDay]} keer een gesprek aanvragen`,
    );
  });
});

describe('what the privacy page says is counted', () => {
  it('names the credit kept with a signup or a request and that only counts are shown', () => {
    expect(privacy).toContain('en bij een plan, scan of vraag die u naar het WSP stuurt');
    expect(privacy).toContain('welke ambassadeur hem deelde, via welk kanaal');
    expect(privacy).toContain('op welke pagina van deze site u binnenkwam');
    expect(privacy).toContain('De campagne ziet alleen aantallen');
    expect(privacy).toContain('geen cookie');
  });
});
