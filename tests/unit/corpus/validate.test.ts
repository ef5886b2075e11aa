import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpusJson, readCorpusJson, validateCorpus, type CorpusError } from '../../../utils/corpus/validate';
import { smallCorpus } from '../../fixtures/corpus/small-corpus';

/** The errors of a corpus expected to be invalid. */
function errorsOf(data: unknown): CorpusError[] {
  const result = validateCorpus(data);
  if (result.ok) throw new Error('expected the corpus to be rejected');
  return result.errors;
}

describe('validateCorpus: the schema', () => {
  it('accepts a good corpus and returns it typed', () => {
    const result = validateCorpus(smallCorpus());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.corpus.wordings[1]!.text).toBe('It was late again,');
  });

  it('accepts the curated corpus shipped with the extension', () => {
    const text = readFileSync(new URL('../../../public/corpus/curated.json', import.meta.url), 'utf8');
    const result = readCorpusJson(text, { maxBytes: 5_000_000 });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('says which file format it expected', () => {
    const errors = errorsOf({ ...smallCorpus(), format: 'some-other-format' });
    expect(errors[0]).toMatchObject({ path: 'format' });
    expect(errors[0]!.message).toBe('format must be "source-lens-corpus", but it is the text "some-other-format"');
  });

  it('names a missing field by its place', () => {
    const corpus = smallCorpus() as unknown as { wordings: Record<string, unknown>[] };
    delete corpus.wordings[1]!.context;
    expect(errorsOf(corpus)).toEqual([
      { path: 'wordings[1].context', message: 'wordings[1].context is missing', code: 'missing', params: { path: 'wordings[1].context', place: 'corpus' } },
    ]);
  });

  it('names a value of the wrong type by its place', () => {
    const corpus = smallCorpus() as unknown as { figures: { statements: Record<string, unknown>[] }[] };
    corpus.figures[0]!.statements[0]!.value = '12 dollars';
    expect(errorsOf(corpus)[0]!.message).toBe(
      'figures[0].statements[0].value must be a number, but it is the text "12 dollars"',
    );
  });

  it('explains a malformed id and a choice outside the allowed ones', () => {
    const corpus = smallCorpus();
    corpus.sources[1]!.id = 'Source B';
    (corpus.wordings[0] as { form: string }).form = 'summary';
    const messages = errorsOf(corpus).map((e) => e.message);
    expect(messages).toContain('sources[1].id is the text "Source B", but an id is lower-case letters, digits and . _ : -');
    expect(messages).toContain(
      'wordings[0].form must be one of "full", "fragment", "reworded", "translated", but it is the text "summary"',
    );
  });

  it('reports text over the length limit', () => {
    const corpus = smallCorpus();
    corpus.utterances[0]!.label = 'x'.repeat(301);
    expect(errorsOf(corpus)[0]!.message).toBe('utterances[0].label is too long: at most 300 characters are allowed');
  });

  it('rejects something that is not a corpus at all', () => {
    expect(errorsOf([1, 2])[0]!.message).toBe('the corpus must be an object, but it is a list');
  });
});

describe('validateCorpus: links between records', () => {
  it('reports a wording whose source or utterance is not in the corpus', () => {
    const corpus = smallCorpus();
    corpus.wordings[1]!.sourceId = 'src.zz';
    corpus.wordings[1]!.utteranceId = 'nobody.said';
    expect(errorsOf(corpus)).toEqual([
      {
        path: 'wordings[1].utteranceId',
        message: 'wordings[1].utteranceId refers to utterance "nobody.said", which is not in the corpus',
        code: 'unknown_reference',
        params: { path: 'wordings[1].utteranceId', kind: 'utterance', id: 'nobody.said' },
      },
      {
        path: 'wordings[1].sourceId',
        message: 'wordings[1].sourceId refers to source "src.zz", which is not in the corpus',
        code: 'unknown_reference',
        params: { path: 'wordings[1].sourceId', kind: 'source', id: 'src.zz' },
      },
    ]);
  });

  it('reports an id used twice in one collection, with both places', () => {
    const corpus = smallCorpus();
    corpus.utterances[1]!.id = 'mayor.on-time';
    corpus.utterances[1]!.inReplyTo = null;
    expect(errorsOf(corpus)[0]!.message).toBe(
      'utterances[1].id "mayor.on-time" is already used by utterances[0]; ids must be unique in utterances',
    );
  });

  it('reports a reply to a missing utterance and a reply to itself', () => {
    const missing = smallCorpus();
    missing.utterances[1]!.inReplyTo = 'mayor.gone';
    expect(errorsOf(missing)[0]!.path).toBe('utterances[1].inReplyTo');
    const itself = smallCorpus();
    itself.utterances[1]!.inReplyTo = 'critic.late';
    expect(errorsOf(itself)[0]!.message).toBe('utterances[1].inReplyTo names the utterance itself');
  });

  it('checks the sources behind first-said dates, figures and events', () => {
    const corpus = smallCorpus();
    corpus.utterances[0]!.firstSaidSourceIds = ['src.q'];
    corpus.figures[0]!.statements[0]!.sourceId = 'src.q';
    corpus.events[0]!.statements[0]!.sourceId = 'src.q';
    corpus.events[0]!.utteranceIds = ['mayor.gone'];
    expect(errorsOf(corpus).map((e) => e.path)).toEqual([
      'utterances[0].firstSaidSourceIds[0]',
      'figures[0].statements[0].sourceId',
      'events[0].utteranceIds[0]',
      'events[0].statements[0].sourceId',
    ]);
  });

  it('checks the records and sources a disagreement names', () => {
    const corpus = smallCorpus();
    corpus.disagreements[0]!.records[1] = { type: 'event', id: 'ev.missing' };
    corpus.disagreements[0]!.positions[1]!.sourceIds = ['src.b', 'src.nope'];
    expect(errorsOf(corpus)).toMatchObject([
      { path: 'disagreements[0].records[1]', message: 'disagreements[0].records[1] refers to event "ev.missing", which is not in the corpus', params: { kind: 'event' } },
      { path: 'disagreements[0].positions[1].sourceIds[1]', message: 'disagreements[0].positions[1].sourceIds[1] refers to source "src.nope", which is not in the corpus' },
    ]);
  });

  it('lists the first hundred problems of a badly broken file and counts the rest', () => {
    const corpus = smallCorpus();
    corpus.disagreements = [];
    corpus.wordings = Array.from({ length: 150 }, (_, i) => ({ ...corpus.wordings[0]!, id: `w.${i}`, sourceId: 'src.gone' }));
    const errors = errorsOf(corpus);
    expect(errors).toHaveLength(101);
    expect(errors[100]).toMatchObject({ message: '…and 50 more problems of the same kinds', code: 'more_problems', params: { count: 50 } });
  });
});

describe('parseCorpusJson', () => {
  const limit = { maxBytes: 10_000 };

  it('parses good JSON, even with a byte-order mark', () => {
    expect(parseCorpusJson('\uFEFF{"a": [1, 2]}', limit)).toEqual({ ok: true, data: { a: [1, 2] } });
  });

  it('gives line and column of a trailing comma', () => {
    const result = parseCorpusJson('{\n  "sources": [\n    1,\n  ]\n}', limit);
    expect(result).toEqual({
      ok: false,
      errors: [{
        path: '',
        line: 4,
        column: 3,
        message: 'The file is not valid JSON: at line 4, column 3, a comma before ] is followed by nothing (remove the trailing comma).',
        code: 'json_trailing_comma',
        params: { line: 4, column: 3, bracket: ']' },
      }],
    });
  });

  it('points at a string that is never closed and at single-quoted text', () => {
    const unclosed = parseCorpusJson('{"format": "source-lens-corpus}', limit);
    expect(unclosed.ok ? null : unclosed.errors[0]).toMatchObject({ line: 1, column: 12 });
    const single = parseCorpusJson("{\n\"format\": 'x'}", limit);
    expect(single.ok ? '' : single.errors[0]!.message).toBe(
      'The file is not valid JSON: at line 2, column 11, text must be in double quotes, not single quotes.',
    );
  });

  it('reports text after the data and a missing colon', () => {
    const extra = parseCorpusJson('{} {}', limit);
    expect(extra.ok ? '' : extra.errors[0]!.message).toContain('line 1, column 4, there is more text after the end of the data');
    const colon = parseCorpusJson('{"a" 1}', limit);
    expect(colon.ok ? '' : colon.errors[0]!.message).toContain('column 6, expected : after the property name');
  });

  it('refuses a file over the size limit without parsing it', () => {
    const result = parseCorpusJson(`[${'1,'.repeat(600)}1]`, { maxBytes: 1024 });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The file is too large (over 1 KB); a corpus file may be at most 1 KB.', code: 'file_too_large', params: { maxBytes: 1024 } }],
    });
  });

  it('counts bytes, not characters, against the limit', () => {
    const text = JSON.stringify('é'.repeat(60));
    expect(text.length).toBeLessThan(100);
    expect(parseCorpusJson(text, { maxBytes: 100 }).ok).toBe(false);
  });

  it('says so when the file is empty', () => {
    expect(parseCorpusJson('  \n', limit)).toEqual({ ok: false, errors: [{ path: '', message: 'The file is empty.', code: 'file_empty', params: {} }] });
  });
});
