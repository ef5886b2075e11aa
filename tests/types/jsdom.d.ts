/**
 * The little of jsdom's API our Node tests use to build a document at an address (the package
 * ships no types, and vitest's jsdom environment gives one document per file, at no address we choose).
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string });
    readonly window: Window & typeof globalThis;
  }
}
