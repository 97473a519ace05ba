/** decap-cms-locales ships no types; the part of the Dutch phrases the admin overrides. */
declare module 'decap-cms-locales' {
  export const nl: {
    editor: {
      editorControlPane: { widget: Record<string, string> } & Record<string, unknown>;
    } & Record<string, unknown>;
  } & Record<string, unknown>;
}

/** Decap's own serializers (decap-cms-core ships no types for its ES module files). */
interface DecapFormatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: unknown, sortedKeys?: string[], comments?: Record<string, string>): string;
}

declare module 'decap-cms-core/dist/esm/formats/frontmatter.js' {
  export function frontmatterYAML(customDelimiter?: string): DecapFormatter;
}

declare module 'decap-cms-core/dist/esm/formats/yaml.js' {
  const yamlFormatter: DecapFormatter;
  export default yamlFormatter;
}
