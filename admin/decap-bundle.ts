/**
 * Decap CMS's own prebuilt bundle (decap-cms-app/dist): the main UMD file and the chunks it
 * loads on demand, served as static files under /admin/decap/ instead of being bundled by Vite
 * on every site build.
 */

/** Where the browser finds the bundle; its chunks load from the same folder. */
export const decapBundleFolder = '/admin/decap/';
export const decapBundlePath = `${decapBundleFolder}decap-cms-app.js`;
