/** The Dutch patterns of the `hyphen` package (CommonJS, no types of its own). */
declare module 'hyphen/nl/index.js' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const nl: {
    hyphenateSync(text: string, options?: HyphenateOptions): string;
    hyphenate(text: string, options?: HyphenateOptions): Promise<string>;
  };
  export default nl;
}
