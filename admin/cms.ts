/**
 * The CMS in the browser: Decap CMS bundled by the site (no CDN), in Dutch, configured from the
 * schemas, with previews styled by the site's own CSS and the schema check before every save.
 * Loaded only by src/pages/admin/index.astro.
 */
import CMS from 'decap-cms-app';
import { nl } from 'decap-cms-locales';
import { fromJS } from 'immutable';
import siteStyles from '../src/styles/global.css?url';
import type { CollectionName } from '../src/schemas/shared.ts';
import { amsterdamDateOf } from '../src/lib/dates.ts';
import { localBackendAnswers, readCmsSettings } from './backend.ts';
import { buildCmsConfig } from './config.ts';
import AmbassadorPreview from './previews/AmbassadorPreview.tsx';
import EventPreview from './previews/EventPreview.tsx';
import RegulationPreview from './previews/RegulationPreview.tsx';
import StoryPreview from './previews/StoryPreview.tsx';
import { checkBeforeSave } from './save-check.ts';

// Decap's Dutch phrases, with the field messages in the words the site's build uses.
CMS.registerLocale('nl', {
  ...nl,
  editor: {
    ...nl.editor,
    editorControlPane: {
      ...nl.editor.editorControlPane,
      widget: {
        ...nl.editor.editorControlPane.widget,
        required: '%{fieldLabel}: vul dit veld in.',
        regexPattern: '%{fieldLabel}: %{pattern}.',
      },
    },
  },
});

CMS.registerPreviewStyle(siteStyles);
CMS.registerPreviewTemplate('stories', StoryPreview);
CMS.registerPreviewTemplate('regulations', RegulationPreview);
CMS.registerPreviewTemplate('ambassadors', AmbassadorPreview);
CMS.registerPreviewTemplate('events', EventPreview);

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = entry.get('collection') as CollectionName;
    const data = (entry.get('data') as { toJS(): unknown }).toJS();
    return fromJS(checkBeforeSave(collection, data));
  },
});

const settings = readCmsSettings(import.meta.env);
// With the local backend and no `npm run cms` running, Decap would only say "Failed to fetch"
// after the login button. The page's own Dutch explanation (src/pages/admin/index.astro) is
// shown instead.
if (settings.backend === 'local' && !(await localBackendAnswers(settings.localUrl))) {
  document.getElementById('cms-unavailable')?.removeAttribute('hidden');
} else {
  const today = amsterdamDateOf(new Date());
  CMS.init({ config: buildCmsConfig(settings, window.location.origin, today) });
}
