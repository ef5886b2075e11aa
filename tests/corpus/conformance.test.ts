/**
 * The curated corpus against the seed articles it was built from: every quoted word, figure
 * and date the corpus attributes to a source must be printed, verbatim, in that source, and
 * every quotation in a seed must be in the corpus. The seeds are not shipped with the project;
 * the test reads them from SOURCE_LENS_SEEDS or from ../shared/seeds beside the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../utils/corpus/quotations';
import { readCorpusJson } from '../../utils/corpus/validate';
import type { Corpus } from '../../utils/corpus/schema';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const seedDir = resolve(process.env.SOURCE_LENS_SEEDS ?? join(repoRoot, '..', 'shared', 'seeds'));
const curatedText = readFileSync(join(repoRoot, 'public', 'corpus', 'curated.json'), 'utf8');
const seedsPresent = existsSync(seedDir);
const missingSeeds = `seed folder ${seedDir} not found; set SOURCE_LENS_SEEDS to the folder of seed articles`;

const short = (text: string) => JSON.stringify(text.length > 90 ? `${text.slice(0, 90)}…` : text);

function loadCorpus(): Corpus {
  const result = readCorpusJson(curatedText, { maxBytes: 5_000_000 });
  if (!result.ok) throw new Error(`curated.json is invalid:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.corpus;
}

function conformanceChecks() {
  const corpus = loadCorpus();
  const seedFiles = readdirSync(seedDir).filter((name) => !name.startsWith('.')).sort();
  const seedText = new Map(seedFiles.map((name) => [name, readFileSync(join(seedDir, name), 'utf8')]));
  const textOf = (sourceId: string) => {
    const file = corpus.sources.find((s) => s.id === sourceId)?.seedFile;
    return file ? seedText.get(file) : undefined;
  };
  /** Failure lines for each printed piece of a record not found verbatim in its source's seed. */
  const notPrinted = (sourceId: string, what: string, pieces: Record<string, string>) =>
    Object.entries(pieces)
      .filter(([, piece]) => !(textOf(sourceId) ?? '').includes(piece))
      .map(([field, piece]) => `${sourceId} ${what}: ${field} not found verbatim in the seed: ${short(piece)}`);

  it('validates against the schema and its own links', () => {
    const result = readCorpusJson(curatedText, { maxBytes: 5_000_000 });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([]);
  });

  it('has one source for every seed file and a seed file for every source', () => {
    const failures: string[] = [];
    for (const source of corpus.sources) {
      if (source.origin === 'curated' && !(source.seedFile && seedText.has(source.seedFile))) {
        failures.push(`${source.id}: seed file ${String(source.seedFile)} is not in ${seedDir}`);
      }
    }
    for (const file of seedFiles) {
      if (!corpus.sources.some((s) => s.seedFile === file)) failures.push(`seed file ${file} has no source in the corpus`);
    }
    expect(failures).toEqual([]);
  });

  it('prints each source’s headline, opening words, date line and outlet evidence as the seed does', () => {
    const failures = corpus.sources.flatMap((s) =>
      notPrinted(s.id, 'source', Object.fromEntries(
        Object.entries({ headline: s.headline, opening: s.opening ?? null, publishedText: s.publishedText, outletEvidence: s.outletEvidence })
          .filter((entry): entry is [string, string] => entry[1] !== null),
      )),
    );
    expect(failures).toEqual([]);
  });

  it('finds every wording, and the sentence around it, verbatim in its source', () => {
    const failures = corpus.wordings.flatMap((w) => {
      const own = w.context.includes(w.text) ? [] : [`${w.sourceId} ${w.id}: context does not contain the text ${short(w.text)}`];
      return [...notPrinted(w.sourceId, w.id, { text: w.text, context: w.context }), ...own];
    });
    expect(failures).toEqual([]);
  });

  it('finds every figure and event statement, and its sentence, verbatim in its source', () => {
    const statements = [
      ...corpus.figures.flatMap((f) => f.statements.map((s) => ({ ...s, what: f.id }))),
      ...corpus.events.flatMap((e) => e.statements.map((s) => ({ ...s, what: e.id }))),
    ];
    const failures = statements.flatMap((s) => {
      const own = s.context.includes(s.text) ? [] : [`${s.sourceId} ${s.what}: context does not contain ${short(s.text)}`];
      return [...notPrinted(s.sourceId, s.what, { text: s.text, context: s.context }), ...own];
    });
    expect(failures).toEqual([]);
  });

  it('covers every quotation and embedded post of every seed with a wording of that source', () => {
    const failures: string[] = [];
    for (const source of corpus.sources) {
      const text = source.seedFile ? seedText.get(source.seedFile) : undefined;
      if (text === undefined) continue;
      const wordings = corpus.wordings.filter((w) => w.sourceId === source.id);
      for (const quotation of findQuotations(text)) {
        if (!wordings.some((w) => w.text.includes(quotation.text))) {
          failures.push(`${source.id} (${source.seedFile}): no wording covers the ${quotation.kind} ${short(quotation.text)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
}

describe('curated corpus conformance with the seed articles', () => {
  if (seedsPresent) {
    conformanceChecks();
  } else if (process.env.CI) {
    it('finds the seed articles (required in CI)', () => {
      throw new Error(missingSeeds);
    });
  } else {
    console.warn(`corpus conformance skipped: ${missingSeeds}`);
    it.skip(`skipped: ${missingSeeds}`, () => {});
  }
});
