/**
 * Every word the interface shows comes from the messages files: no component writes a word of
 * text, or a label a screen reader reads, straight into its markup.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const READ_ALOUD = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/** Words written into markup: JSX text and read-aloud attributes given as string literals. */
function wordsInMarkup(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && READ_ALOUD.has(node.name.getText(source)) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}/u.test(node.initializer.text)) {
      found.push(`${node.name.getText(source)}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((words) => `${relative(ROOT, path)}: ${words}`);
}

describe('the interface’s markup', () => {
  it('holds no word of its own: every text and read-aloud label comes through the Translator', () => {
    const files = [...tsxFiles(resolve(ROOT, 'components')), ...tsxFiles(resolve(ROOT, 'entrypoints'))];
    expect(files.length).toBeGreaterThan(30);
    expect(files.flatMap(wordsInMarkup)).toEqual([]);
  });

  it('notices a word written into markup', () => {
    const path = resolve(ROOT, 'tests/unit/i18n/fixtures/hardcoded.tsx');
    expect(wordsInMarkup(path)).toEqual(['tests/unit/i18n/fixtures/hardcoded.tsx: Open the sidebar', 'tests/unit/i18n/fixtures/hardcoded.tsx: aria-label="Close"']);
  });
});
