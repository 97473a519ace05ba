/** decap-cms-locales ships no types; the part of the Dutch phrases the admin overrides. */
declare module 'decap-cms-locales' {
  export const nl: {
    editor: {
      editorControlPane: { widget: Record<string, string> } & Record<string, unknown>;
    } & Record<string, unknown>;
  } & Record<string, unknown>;
}
