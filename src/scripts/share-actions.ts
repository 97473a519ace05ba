/**
 * Reveals "Kopieer de link" and "Meer manieren om te delen" in every <ShareActions> where the
 * browser can do them, and keeps a share link's credit (?via=, &kanaal=) for this visit and sends
 * it with any details form (via-credit.ts). The only script on story pages, loaded by every share
 * box and details form (src/components/ShareScript.astro): keep it tiny.
 */
import { creditSignups, rememberVia } from './via-credit.ts';

rememberVia();
creditSignups();

for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const { shareUrl: url = location.href, shareTitle: title, shareText: text } = box.dataset;
  const status = box.querySelector<HTMLElement>('[data-share-status]');
  const say = (message: string) => {
    if (!status) return;
    // Emptied first, so the same message is announced again on a second click.
    status.textContent = '';
    setTimeout(() => (status.textContent = message), 100);
  };
  const reveal = (selector: string, action: () => Promise<unknown>) => {
    const item = box.querySelector<HTMLElement>(selector);
    if (!item) return;
    item.hidden = false;
    // Each action handles its own failure (it tells the visitor), so nothing is left to await.
    item.querySelector('button')?.addEventListener('click', () => void action());
  };

  if (navigator.clipboard) {
    reveal('[data-share-copy]', () =>
      navigator.clipboard.writeText(url).then(
        () => say('De link is gekopieerd. Plak hem in een bericht.'),
        () => say('Kopiëren lukte niet. Kopieer de link hieronder zelf.'),
      ),
    );
  }
  if ('share' in navigator) {
    reveal('[data-share-native]', () =>
      navigator
        .share({ url, ...(title ? { title } : {}), ...(text ? { text } : {}) })
        .catch((error: unknown) => {
          // Closing the share sheet is a choice, not an error.
          if (!(error instanceof DOMException && error.name === 'AbortError')) {
            say('Delen lukte niet. Gebruik een van de links hierboven.');
          }
        }),
    );
  }
}
