/**
 * Applies CSS to an extension page as a constructed stylesheet: the pages' Content Security Policy
 * allows no inline <style>, and a constructed sheet is not inline markup.
 */
export function adoptStyles(doc: Document, css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
