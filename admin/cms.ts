/**
 * The CMS in the browser: Decap CMS in Dutch, configured from the schemas, with previews styled
 * by the site's own CSS and the schema check before every save. Loaded only by
 * src/pages/admin/index.astro.
 *
 * Decap itself is not bundled by the site: its own prebuilt bundle (4.7 MB) is served as static
 * files from /admin/decap/ (src/pages/admin/decap/) and loaded from here, so a site
 * build does not run it through Vite again. Only this file, the config and the previews are
 * bundled. Decap's bundle takes React from `window.React`: the site's own copy, which the
 * previews use too (one React on the page). It must be the exact React version Decap's bundle was
 * built with; admin/decap-bundle.test.ts checks that.
 */
// Types only: the code itself comes from Decap's prebuilt bundle at run time.
import type DecapCmsApp from 'decap-cms-app';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
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
import { decapBundlePath } from './decap-bundle.ts';

type DecapCms = typeof DecapCmsApp;

declare global {
  interface Window {
    React?: typeof React;
    ReactDOM?: typeof ReactDOM;
    /** Set by Decap's bundle: the CMS itself (its default export). */
    DecapCmsApp?: DecapCms;
  }
}

/** Loads Decap's prebuilt bundle with a classic script (it is a UMD file) and returns the CMS. */
async function loadDecap(): Promise<DecapCms> {
  window.React = React;
  window.ReactDOM = ReactDOM;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = decapBundlePath;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${decapBundlePath}`));
    document.head.append(script);
  });
  const app = window.DecapCmsApp;
  if (!app) throw new Error(`${decapBundlePath} did not define window.DecapCmsApp`);
  return app;
}

/** Registers the project's parts with Decap: Dutch phrases, previews and the save check. */
function register(CMS: DecapCms) {
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
      // The checked entry is the object Decap gave (cleaned), so it goes back as a Map.
      const checked = checkBeforeSave(collection, data) as Record<string, unknown>;
      return fromJS(checked);
    },
  });
}

// This runs in the editor's browser, which has no process environment: Vite writes the
// `PUBLIC_CMS_*` values into this bundle at build time, so they are read from import.meta.env
// (declared and checked with the others in src/lib/config.ts).
const settings = readCmsSettings(import.meta.env);
// With the local backend and no `npm run cms` running, Decap would only say "Failed to fetch"
// after the login button. The page's own Dutch explanation (src/pages/admin/index.astro) is
// shown instead, before Decap's 4.7 MB bundle is even loaded.
if (settings.backend === 'local' && !(await localBackendAnswers(settings.localUrl))) {
  document.getElementById('cms-unavailable')?.removeAttribute('hidden');
} else {
  const CMS = await loadDecap();
  register(CMS);
  const today = amsterdamDateOf(new Date());
  CMS.init({ config: buildCmsConfig(settings, window.location.origin, today) });
}
