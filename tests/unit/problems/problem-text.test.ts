/**
 * The core's problems in the reader's language: every code, worded by components/problems.ts
 * through the English messages, says exactly what its English `message` says; a German
 * translator puts the same params into German sentences.
 */
import { describe, expect, it } from 'vitest';
import {
  addPageFailureText,
  errorText,
  exportFailureText,
  failureText,
  importSummaryText,
  problemLine,
  problemText,
  refusalText,
} from '../../../components/problems';
import {
  PLACES,
  RECORD_KINDS,
  RULE_CODES,
  STORAGE_ACTION_CODES,
  VALUE_KINDS,
  problem,
  problemAt,
  type ProblemCode,
  type ProblemParamMap,
} from '../../../utils/corpus/problem';
import { parseCorpusJson, validateCorpus } from '../../../utils/corpus/validate';
import { REPLY_FAILURES } from '../../../utils/background/router';
import { lookupIn, type MessagesFile } from '../../../utils/i18n/messages';
import { createTranslator } from '../../../utils/i18n/translator';
import { ENGLISH, ENGLISH_MESSAGES } from '../../../utils/i18n/english';
import { importMessage, type ImportCounts } from '../../../utils/storage/corpus-store';
import { readImportFile, summariseProblems } from '../../../utils/storage/import-file';
import { checkNoteRecords } from '../../../utils/storage/note-file';
import { notesFromAnnotations } from '../../../utils/storage/annotation-notes';
import { parseWebAnnotations } from '../../../utils/storage/web-annotation-parse';
import { StorageError, toStorageError } from '../../../utils/storage/transaction';
import { curatedCorpus } from '../storage/helpers/corpus-fixture';

/** One example of every problem, with params as the core gives them. */
const SAMPLES: { [C in ProblemCode]: ProblemParamMap[C][] } = {
  missing: [{ path: 'wordings[1].context', place: 'corpus' }],
  must_be_literal: [{ path: 'format', place: 'corpus', expected: '"source-lens-corpus"', found: 'text', value: 'other' }],
  must_be_one_of: [{ path: 'sources[0].origin', place: 'corpus', options: '"curated", "user"', found: 'number', value: '3' }],
  must_be_text: [{ path: '', place: 'file', found: 'list', value: '' }],
  must_be_number: [{ path: 'figures[0].statements[0].value', place: 'corpus', found: 'text_cut', value: 'x'.repeat(40) }],
  must_be_list: [{ path: 'sources', place: 'corpus', found: 'object', value: '' }],
  must_be_object: [{ path: '', place: 'target', found: 'null', value: '' }],
  must_be_boolean: [{ path: 'ideas[0].signature', place: 'corpus', found: 'nothing', value: '' }],
  too_long_characters: [{ path: 'utterances[0].label', place: 'corpus', max: 300 }, { path: 'x', place: 'corpus', max: 2_000_000 }, { path: 'x', place: 'corpus', max: 1 }],
  too_long_items: [{ path: 'sources', place: 'corpus', max: 50_000 }, { path: 'a', place: 'corpus', max: 1 }],
  rule_broken: [{ path: 'sources[1].id', place: 'corpus', found: 'text', value: 'Source B', rule: 'id_format' }],
  rule_at: [{ path: 'notes[0].text', place: 'file', rule: 'note_text_too_long', limit: 10_000 }, { path: '', place: 'file', rule: 'annotation_type' }],
  rule: [{ rule: 'note_text_empty' }],
  unknown_key: [{ path: 'notes[0].colour', place: 'file' }],
  more_problems: [{ count: 50 }, { count: 1 }, { count: 12_345 }],
  corpus_not_object: [{ found: 'boolean', value: 'true' }],
  file_too_large: [{ maxBytes: 1024 }, { maxBytes: 20 * 1024 * 1024 }, { maxBytes: 500 }, { maxBytes: 1 }],
  file_empty: [{}],
  json_invalid: [{}],
  json_invalid_detail: [{ detail: 'Unexpected token' }],
  json_control_character: [{ line: 1, column: 2 }],
  json_bad_escape: [{ line: 3, column: 14 }],
  json_unclosed_text: [{ line: 12_000, column: 1 }],
  json_single_quotes: [{ line: 2, column: 11 }],
  json_expected_value: [{ line: 1, column: 1 }],
  json_ends_early: [{ line: 9, column: 80 }],
  json_text_after_end: [{ line: 1, column: 4 }],
  json_expected_comma_or: [{ line: 1, column: 7, bracket: '}' }],
  json_trailing_comma: [{ line: 4, column: 3, bracket: ']' }],
  json_expected_property_name: [{ line: 1, column: 2 }],
  json_expected_colon: [{ line: 1, column: 6 }],
  not_text: [{}],
  read_failed: [{ detail: 'RangeError: Maximum call stack size exceeded' }],
  forbidden_key: [{ path: 'sources[0].__proto__' }],
  not_corpus_object: [{}],
  not_corpus_no_format: [{ expected: 'source-lens-corpus' }],
  not_corpus_format: [{ format: '"anno"', expected: 'source-lens-corpus' }],
  version_newer: [{ version: 7, supported: 1 }, { version: 1234, supported: 1 }],
  version_missing: [{ supported: 1 }],
  version_unsupported: [{ version: '"1"', supported: 1 }],
  duplicate_id: [{ path: 'sources[2].id', id: 'src.a', earlier: 'sources[0]', collection: 'sources' }],
  unknown_reference: [{ path: 'wordings[1].sourceId', kind: 'source', id: 'src.zz' }],
  reply_to_itself: [{ path: 'utterances[1].inReplyTo' }],
  notes_not_list: [{}],
  too_many_notes: [{ max: 50_000, count: 50_001 }],
  note_duplicate_id: [{ path: 'notes[2].id', id: 'note.1' }],
  note_target_missing: [{ path: 'notes[0].target', kind: 'figure', id: 'fig.nowhere' }],
  annotation_file_too_large: [{ max: 10_000_000 }],
  annotation_forbidden_key: [{ path: 'first.__proto__' }],
  no_collection_items: [{}],
  not_web_annotation: [{}],
  too_many_annotations: [{ max: 10_000 }],
  no_quote_selector: [{ path: 'first.items[1].target', place: 'target' }, { path: '', place: 'target' }],
  annotation_names_no_record: [{ number: 2, id: 'urn:x:1' }, { number: 1500, id: 'urn:x:2' }],
  annotation_names_no_record_unnamed: [{ number: 1 }],
  no_annotations: [{}],
  incoming_duplicate_id: [{ id: 'w.1', other: 'wordings[0]' }],
  add_origin_not_user: [{}],
  curated_id: [{ kind: 'wording', id: 'w.musk.1' }],
  user_id_conflict: [{ kind: 'utterance', id: 'user.u' }],
  dangling_reference: [{ kind: 'event', id: 'ev.gone' }],
  curated_id_taken: [{ id: 'src.003' }],
  curated_pointer_gone: [{ kind: 'source', id: 'src.001' }],
  records_not_schema: [{}],
  records_not_by_collection: [{}],
  not_a_collection: [{ collection: 'notes' }],
  no_such_record: [{ kind: 'note', id: 'note.x' }],
  delete_curated: [{ kind: 'disagreement', id: 'dis.1' }],
  not_a_hostname: [{ hostname: 'not a host' }],
  storage_full: [{ action: 'save_note' }],
  storage_failed: [{ action: 'import_file', detail: 'UnknownError: boom' }],
};

const everyProblem = () =>
  (Object.entries(SAMPLES) as [ProblemCode, ProblemParamMap[ProblemCode][]][]).flatMap(([code, list]) =>
    list.map((params) => problem(code, params as never)),
  );

describe('the core’s problems in English', () => {
  it('word every code exactly as its English message', () => {
    for (const p of everyProblem()) expect(problemText(ENGLISH, p), p.code).toBe(p.message);
  });

  it('word every word a problem carries: places, values, record kinds, rules and actions', () => {
    const words = [
      ...PLACES.map((place) => problem('must_be_object', { path: '', place, found: 'list', value: '' })),
      ...VALUE_KINDS.map((found) => problem('corpus_not_object', { found, value: 'v' })),
      ...RECORD_KINDS.map((kind) => problem('no_such_record', { kind, id: 'x' })),
      ...RULE_CODES.map((rule) => problem('rule_at', { path: 'a.b', place: 'file', rule, limit: 10_000 })),
      ...STORAGE_ACTION_CODES.map((action) => problem('storage_full', { action })),
    ];
    for (const p of words) expect(problemText(ENGLISH, p)).toBe(p.message);
  });

  it('words the problems real files have, one by one and as the refusal that sums them up', () => {
    const broken = curatedCorpus('r1') as unknown as Record<string, Record<string, unknown>[]>;
    delete broken.wordings![0]!.context;
    broken.sources![0]!.id = 'Not An Id';
    broken.utterances![0]!.label = 'x'.repeat(400);
    broken.figures![0]!.unit = 'euros';
    const files = [
      JSON.stringify(broken),
      '{\n  "format": "source-lens-corpus",\n  "sources": [,]\n}',
      "{'format': 1}",
      '',
      '[1, 2]',
      '{"format": "anno"}',
      '{"format": "source-lens-corpus", "version": 9}',
      '{"format": "source-lens-corpus", "version": "1"}',
      '{"format": "source-lens-corpus"}',
      '{"a": {"__proto__": 1}}',
    ];
    for (const text of files) {
      const read = readImportFile(text);
      if (read.ok) throw new Error(`accepted: ${text}`);
      for (const e of read.errors) expect(problemText(ENGLISH, e)).toBe(e.message);
      expect(refusalText(ENGLISH, 'import', read.errors)).toBe(summariseProblems('import', read.errors));
    }
    const notes = checkNoteRecords([{ id: 'bad id!', target: { type: 'figure', id: 'f' }, text: 'x', createdAt: 'now', updatedAt: 'now' }, { text: 5 }]);
    if (notes.ok) throw new Error('accepted');
    for (const e of notes.errors) expect(problemText(ENGLISH, e)).toBe(e.message);
    const validated = validateCorpus({ ...curatedCorpus('r1'), sources: Array.from({ length: 120 }, () => ({ id: 1 })) });
    if (validated.ok) throw new Error('accepted');
    for (const e of validated.errors) expect(problemText(ENGLISH, e)).toBe(e.message);
    const json = parseCorpusJson('{"a" 1}', { maxBytes: 100 });
    expect(json.ok || problemText(ENGLISH, json.errors[0]!)).toBe(json.ok || json.errors[0]!.message);
  });

  it('word a refused annotation file as the core does', () => {
    for (const text of ['{"type": "Annotation"}', '[{"type": "Annotation", "target": {"source": "https://a.example", "selector": {"type": "TextQuoteSelector", "exact": ""}}}, 5]', 'nope', '{"type": "AnnotationCollection"}']) {
      const read = parseWebAnnotations(text);
      if (read.ok) throw new Error(`accepted: ${text}`);
      expect(failureText(ENGLISH, read)).toBe(read.message);
      const notes = notesFromAnnotations(text, { utterances: [], figures: [] });
      if (notes.ok) throw new Error(`accepted: ${text}`);
      expect(failureText(ENGLISH, notes)).toBe(notes.message);
    }
    const unnamed = JSON.stringify([1, 2].map((i) => ({ id: `urn:x:${i}`, type: 'Annotation', body: 'mine', target: { source: 'https://a.example', selector: { type: 'TextQuoteSelector', exact: 'words' } } })));
    const none = notesFromAnnotations(unnamed, { utterances: [], figures: [] });
    expect(none.ok === false && failureText(ENGLISH, none)).toBe(none.ok === false && none.message);
  });

  it('names the place before a problem that does not name it', () => {
    const conflict = problemAt('wordings[0].id', 'incoming_duplicate_id', { id: 'w.1', other: 'wordings[3]' });
    expect(problemLine(ENGLISH, conflict)).toBe('wordings[0].id: duplicate id "w.1" (also wordings[3])');
    const named = problemAt('wordings[1].sourceId', 'unknown_reference', { path: 'wordings[1].sourceId', kind: 'source', id: 's' });
    expect(problemLine(ENGLISH, named)).toBe(named.message);
    const errors = [conflict, named, named];
    expect(refusalText(ENGLISH, 'save_records', errors)).toBe(summariseProblems('save_records', errors));
    expect(refusalText(ENGLISH, 'install_curated', [named])).toBe(summariseProblems('install_curated', [named]));
  });

  it('word what a store operation threw, and leave other errors as they are', () => {
    for (const error of [
      toStorageError(Object.assign(new Error('full'), { name: 'QuotaExceededError' }), 'delete_wording'),
      toStorageError(new TypeError('bad'), 'open_store'),
      StorageError.of('not-found', problem('no_such_record', { kind: 'source', id: 'src.x' })),
      new StorageError('conflict', summariseProblems('import', [problemAt('a', 'add_origin_not_user', {})]), [problemAt('a', 'add_origin_not_user', {})], { refusal: 'import' }),
    ]) {
      expect(errorText(ENGLISH, error)).toBe(error.message);
    }
    expect(errorText(ENGLISH, new Error('something else'))).toBe('something else');
    expect(errorText(ENGLISH, 'a string')).toBe('a string');
  });

  it('word every import summary as the store does', () => {
    const cases: ImportCounts[] = [];
    for (const added of [0, 1, 4, 1200]) {
      for (const unchanged of [0, 1, 8]) {
        cases.push({ added, unchanged, notes: null });
        for (const notes of [{ added: 0, unchanged: 0 }, { added: 1, unchanged: 0 }, { added: 2, unchanged: 1 }, { added: 1, unchanged: 3 }]) {
          cases.push({ added, unchanged, notes });
        }
      }
    }
    for (const counts of cases) expect(importSummaryText(ENGLISH, counts)).toBe(importMessage(counts));
    expect(importMessage({ added: 4, unchanged: 8, notes: { added: 2, unchanged: 0 } })).toBe('Imported 4 records (8 already in the store were left as they are) and 2 notes.');
  });

  it('word the background’s refusals, and fall back to the English of a code it does not know', () => {
    expect(addPageFailureText(ENGLISH, { ok: false, code: 'cannot_read', message: REPLY_FAILURES.cannot_read })).toBe(REPLY_FAILURES.cannot_read);
    expect(addPageFailureText(ENGLISH, { ok: false, code: 'no_article', message: REPLY_FAILURES.no_article })).toBe(REPLY_FAILURES.no_article);
    expect(exportFailureText(ENGLISH, { ok: false, code: 'no_highlights', message: REPLY_FAILURES.no_highlights })).toBe(REPLY_FAILURES.no_highlights);
    expect(addPageFailureText(ENGLISH, { ok: false, code: 'later' as never, message: 'From a newer background.' })).toBe('From a newer background.');
  });

  it('show a problem without a code, or with a word it does not know, in its English', () => {
    expect(problemText(ENGLISH, { message: 'from an older version' })).toBe('from an older version');
    expect(problemText(ENGLISH, { code: 'no_such_record', params: { kind: 'planet', id: 'x' }, message: 'there is no planet "x"' })).toBe('there is no planet "x"');
    expect(problemText(ENGLISH, { code: 'gone' as ProblemCode, message: 'English' })).toBe('English');
  });

  it('give translators a description of every message, and the count first in every plural', () => {
    const ours = Object.entries(ENGLISH_MESSAGES).filter(([key]) => /^(problem|summary|reply)_/.test(key));
    expect(ours.length).toBeGreaterThan(150);
    for (const [key, entry] of ours) {
      expect(entry.description, key).toBeTruthy();
      if (/__(one|other)$/.test(key) && entry.placeholders) expect(entry.placeholders.count?.content, key).toBe('$1');
      const named = [...entry.message.matchAll(/\$([A-Za-z_]+)\$/g)].map((m) => m[1]!.toLowerCase());
      for (const name of named) expect(entry.placeholders?.[name], `${key}: ${name}`).toBeDefined();
    }
  });
});

/** A few messages in German, as a translator would write them. */
const GERMAN: MessagesFile = {
  ui_locale: { message: 'de' },
  problem_kind_source: { message: 'Quelle' },
  problem_kind_wording: { message: 'Wortlaut' },
  problem_unknown_reference: {
    message: '$PATH$ verweist auf $KIND$ „$ID$“, die es im Korpus nicht gibt',
    placeholders: { path: { content: '$1' }, kind: { content: '$2' }, id: { content: '$3' } },
  },
  problem_too_long_characters__one: { message: '$PATH$ ist zu lang: höchstens $COUNT$ Zeichen', placeholders: { count: { content: '$1' }, path: { content: '$2' } } },
  problem_too_long_characters__other: { message: '$PATH$ ist zu lang: höchstens $COUNT$ Zeichen', placeholders: { count: { content: '$1' }, path: { content: '$2' } } },
  problem_place_corpus: { message: 'das Korpus' },
  problem_curated_id: {
    message: '„$ID$“ ist ein kuratierter Eintrag (Art: $KIND$) und kann nicht geändert werden',
    placeholders: { id: { content: '$1' }, kind: { content: '$2' } },
  },
  problem_at_path: { message: '$PATH$: $PROBLEM$', placeholders: { path: { content: '$1' }, problem: { content: '$2' } } },
  problem_file_empty: { message: 'Die Datei ist leer.' },
  summary_lowercase_problem: { message: 'false' },
  summary_not_imported: { message: 'Die Datei wurde nicht importiert: $PROBLEM$.', placeholders: { problem: { content: '$1' } } },
  summary_not_imported_more__one: {
    message: 'Die Datei wurde nicht importiert: $PROBLEM$ (und $COUNT$ weiteres Problem).',
    placeholders: { count: { content: '$1' }, problem: { content: '$2' } },
  },
  summary_not_imported_more__other: {
    message: 'Die Datei wurde nicht importiert: $PROBLEM$ (und $COUNT$ weitere Probleme).',
    placeholders: { count: { content: '$1' }, problem: { content: '$2' } },
  },
  summary_records__one: { message: '$COUNT$ Eintrag', placeholders: { count: { content: '$1' } } },
  summary_records__other: { message: '$COUNT$ Einträge', placeholders: { count: { content: '$1' } } },
  summary_imported: { message: '$RECORDS$ importiert.', placeholders: { records: { content: '$1' } } },
  reply_no_article: { message: 'Source Lens hat auf dieser Seite keinen Artikel gefunden.' },
};

describe('the core’s problems in German', () => {
  // As in the browser, where browser.i18n answers a key a language lacks from the default locale.
  const de = createTranslator('de', lookupIn(GERMAN), lookupIn(ENGLISH_MESSAGES));

  it('puts the params of a coded problem into the German sentence, with the record kind in German', () => {
    const p = problemAt('wordings[1].sourceId', 'unknown_reference', { path: 'wordings[1].sourceId', kind: 'source', id: 'src.zz' });
    expect(problemText(de, p)).toBe('wordings[1].sourceId verweist auf Quelle „src.zz“, die es im Korpus nicht gibt');
    expect(problemText(de, problem('curated_id', { kind: 'wording', id: 'w.1' }))).toBe('„w.1“ ist ein kuratierter Eintrag (Art: Wortlaut) und kann nicht geändert werden');
  });

  it('formats numbers for German and stands the place in for an empty path', () => {
    expect(problemText(de, problem('too_long_characters', { path: '', place: 'corpus', max: 4000 }))).toBe('das Korpus ist zu lang: höchstens 4.000 Zeichen');
  });

  it('sums up a refusal in German, keeping the capital the language wants', () => {
    const errors = [{ path: '', ...problem('file_empty', {}) }];
    expect(refusalText(de, 'import', errors)).toBe('Die Datei wurde nicht importiert: Die Datei ist leer.');
    const conflict = problemAt('sources[0].id', 'curated_id', { kind: 'source', id: 'src.1' });
    expect(refusalText(de, 'import', [conflict, ...errors, ...errors])).toBe(
      'Die Datei wurde nicht importiert: sources[0].id: „src.1“ ist ein kuratierter Eintrag (Art: Quelle) und kann nicht geändert werden (und 2 weitere Probleme).',
    );
    expect(importSummaryText(de, { added: 1200, unchanged: 0, notes: null })).toBe('1.200 Einträge importiert.');
  });

  it('falls back to English for a message the German file lacks', () => {
    expect(problemText(de, problem('no_annotations', {}))).toBe('the file holds no annotation');
    expect(addPageFailureText(de, { ok: false, code: 'no_article', message: REPLY_FAILURES.no_article })).toBe('Source Lens hat auf dieser Seite keinen Artikel gefunden.');
  });
});
