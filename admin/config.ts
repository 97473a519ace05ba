/**
 * The whole Decap CMS configuration, made from the content schemas (src/schemas/) and the Dutch
 * words in labels.ts. Nothing about a field is written twice: add a field to a schema and it
 * appears here; the contract test (contract.test.ts) then asks for its label.
 */
import type { CmsCollection, CmsCollectionFile, CmsConfig, CmsField } from 'decap-cms-core';
import { collectionFiles, collectionLabels, schemas } from '../src/schemas/registry.ts';
import type { CollectionName } from '../src/schemas/shared.ts';
import { backendConfig, type CmsSettings } from './backend.ts';
import { decapFields, displayFields } from './decap-fields.ts';
import { bodyLabel, fieldLabels } from './labels.ts';
import { collectionDescriptions, listView } from './list-views.ts';
import { outlineFields, outlineHelpers } from './schema-outline.ts';

/** Uploads go here, where Astro's image() finds and optimises them. */
export const mediaFolder = 'content/media';
/** What an entry stores: a path relative to the entry file (content/<collection>/<id>.md). */
export const publicFolder = '../media';

/** Singular Dutch names for the "new ..." button. */
const singularLabels: Record<CollectionName, string> = {
  stories: 'Verhaal',
  regulations: 'Regeling',
  ambassadors: 'Ambassadeur',
  events: 'Bijeenkomst',
  municipalities: 'Gemeente',
  'service-points': 'Servicepunt',
  'task-lists': 'Takenlijst',
  pages: 'Pagina',
  settings: 'Instellingen',
  goals: 'Doel',
};

/** Where an entry appears on the site, for the CMS's "view live" link. */
const sitePaths: Partial<Record<CollectionName, string>> = {
  stories: 'verhalen/{{slug}}/',
  regulations: 'regelingen/{{slug}}/',
  ambassadors: 'ambassadeurs/{{slug}}/',
  events: 'bijeenkomsten/{{slug}}/',
  municipalities: 'gemeenten/{{slug}}/',
  goals: 'resultaten/',
};

/** The fixed plain pages: their file names are their addresses (/over/, /privacy/, ...). */
export const pageFiles: Record<string, string> = {
  over: 'Over deze campagne',
  contact: 'Contact',
  privacy: 'Privacy',
  toegankelijkheid: 'Toegankelijkheid',
};

/** The Decap fields of one collection, from its schema. */
export function collectionFields(name: CollectionName): CmsField[] {
  const schema = schemas[name](outlineHelpers);
  const fields = decapFields(outlineFields(schema), fieldLabels[name]);
  if (collectionFiles[name].extension !== 'md') return fields;
  return [...fields, { name: 'body', widget: 'markdown', required: true, ...bodyLabel }];
}

function fileFormat(name: CollectionName) {
  return collectionFiles[name].extension === 'md' ? 'frontmatter' : 'yml';
}

function folderCollection(name: CollectionName, today: string): CmsCollection {
  const { folder, extension } = collectionFiles[name];
  const identifier = displayFields[name];
  return {
    name,
    label: collectionLabels[name],
    label_singular: singularLabels[name],
    folder: `content/${folder}`,
    extension,
    format: fileFormat(name),
    create: true,
    delete: true,
    // The file name is the entry's id and address: lower-case words joined by hyphens.
    identifier_field: identifier,
    slug: '{{slug}}',
    summary: `{{${identifier}}}`,
    sortable_fields: [identifier],
    ...listView(name, today),
    ...(sitePaths[name] && { preview_path: sitePaths[name] }),
    fields: collectionFields(name),
  };
}

function fileCollection(
  name: CollectionName,
  files: Record<string, string>,
): CmsCollection & { files: CmsCollectionFile[] } {
  const { folder, extension } = collectionFiles[name];
  return {
    name,
    label: collectionLabels[name],
    label_singular: singularLabels[name],
    description: collectionDescriptions[name],
    format: fileFormat(name),
    create: false,
    delete: false,
    files: Object.entries(files).map(([id, label]) => ({
      name: id,
      label,
      file: `content/${folder}/${id}.${extension}`,
      fields: collectionFields(name),
    })),
  };
}

/** The folder collections, in the order the CMS lists them. */
export const folderCollections = [
  'stories',
  'regulations',
  'ambassadors',
  'events',
  'municipalities',
  'service-points',
  'goals',
  'task-lists',
] as const satisfies readonly CollectionName[];

/** The campaign's name as a picture (src/pages/admin/logo.svg.ts), on the login screen. */
export const logoPath = '/admin/logo.svg';

/**
 * The complete configuration for `CMS.init`. `origin` is where the admin page runs; `today`
 * ("YYYY-MM-DD", the editor's calendar day) sets what the lists call upcoming and past.
 */
export function buildCmsConfig(settings: CmsSettings, origin: string, today: string): CmsConfig {
  return {
    load_config_file: false,
    locale: 'nl',
    logo: { src: logoPath, show_in_header: true },
    ...backendConfig(settings, origin),
    media_folder: mediaFolder,
    public_folder: publicFolder,
    site_url: origin,
    display_url: origin,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...folderCollections.map((name) => folderCollection(name, today)),
      fileCollection('pages', pageFiles),
      fileCollection('settings', { site: 'Algemene instellingen' }),
    ],
  };
}
