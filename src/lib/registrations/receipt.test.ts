import { describe, expect, it } from 'vitest';
import { issueReceipt, readReceipt, type Receipt } from './receipt.ts';

const receipt: Receipt = {
  form: 'ontbijtsessie',
  servicePoint: 'wsp-foodvalley',
  status: 'wachtlijst',
  attendees: 2,
};

describe('receipts for the confirmation pages', () => {
  it('are read back as issued, and hold nothing personal', () => {
    const code = issueReceipt('geheim', receipt);
    expect(code).toMatch(/^[\w-]+\.[\w-]{43}$/);
    expect(readReceipt('geheim', code)).toEqual(receipt);
    expect(Buffer.from(code.split('.')[0] ?? '', 'base64url').toString()).toBe(
      '["ontbijtsessie","wsp-foodvalley","wachtlijst",2]',
    );
  });

  it('depend only on what they show, so a repeat and a first submission get the same one', () => {
    expect(issueReceipt('geheim', { ...receipt })).toBe(issueReceipt('geheim', receipt));
  });

  it('are refused when forged, signed with another key, or not a receipt at all', () => {
    const code = issueReceipt('geheim', receipt);
    const [, signature] = code.split('.');
    const forged = `${Buffer.from('["ontbijtsessie","wsp-foodvalley","bevestigd",2]').toString('base64url')}.${signature}`;
    expect(readReceipt('geheim', forged)).toBeUndefined();
    expect(readReceipt('ander', code)).toBeUndefined();
    expect(readReceipt('geheim', '')).toBeUndefined();
    expect(readReceipt('geheim', 'abc')).toBeUndefined();
  });
});
