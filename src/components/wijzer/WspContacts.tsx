/** The service points and the municipalities each serves: whom to call about this plan. */
import { dutchList, telHref } from '../../lib/text.ts';
import type { WspContact } from '../../lib/wijzer/wsp-contacts.ts';

export default function WspContacts({ contacts }: { contacts: WspContact[] }) {
  return (
    <ul className="wsp-contacts mt-3 space-y-3">
      {contacts.map((contact) => (
        <li key={contact.name}>
          <p>
            <span className="font-semibold">{dutchList(contact.municipalities)}:</span>{' '}
            {contact.name}
          </p>
          <p className="text-sm">
            {contact.phone && (
              <>
                Bel <a href={telHref(contact.phone)}>{contact.phone}</a> of mail{' '}
              </>
            )}
            {!contact.phone && 'Mail '}
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
            {!contact.phone && (
              <>
                {' '}
                of kijk op <a href={contact.website}>{new URL(contact.website).host}</a>
              </>
            )}
            .
          </p>
        </li>
      ))}
    </ul>
  );
}
