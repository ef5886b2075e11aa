/**
 * The links between corpus records that the schema alone cannot check: ids unique within each
 * collection, and every id a record names (a wording's source, a reply's utterance, a
 * disagreement's records…) present in the corpus.
 */
import { problemAt, type PathProblem, type RecordKind } from './problem';
import { COLLECTIONS, type CollectionName, type Corpus, type RecordRef } from './schema';

export type BrokenLink = PathProblem;

const COLLECTION_OF: Record<RecordRef['type'], CollectionName> = {
  source: 'sources',
  utterance: 'utterances',
  wording: 'wordings',
  figure: 'figures',
  event: 'events',
};

type IdSets = Record<CollectionName, Set<string>>;

function collectIds(corpus: Corpus, problems: BrokenLink[]): IdSets {
  const sets = {} as IdSets;
  for (const name of COLLECTIONS) {
    const firstSeen = new Map<string, number>();
    corpus[name].forEach((record, index) => {
      const earlier = firstSeen.get(record.id);
      if (earlier === undefined) firstSeen.set(record.id, index);
      else
        problems.push(
          problemAt(`${name}[${index}].id`, 'duplicate_id', {
            path: `${name}[${index}].id`,
            id: record.id,
            earlier: `${name}[${earlier}]`,
            collection: name,
          }),
        );
    });
    sets[name] = new Set(firstSeen.keys());
  }
  return sets;
}

export function findBrokenLinks(corpus: Corpus): BrokenLink[] {
  const problems: BrokenLink[] = [];
  const ids = collectIds(corpus, problems);
  const expect = (collection: CollectionName, id: string, path: string) => {
    if (!ids[collection].has(id)) {
      const kind = collection.slice(0, -1) as RecordKind;
      problems.push(problemAt(path, 'unknown_reference', { path, kind, id }));
    }
  };

  corpus.utterances.forEach((u, i) => {
    if (u.inReplyTo !== null) {
      if (u.inReplyTo === u.id) {
        const path = `utterances[${i}].inReplyTo`;
        problems.push(problemAt(path, 'reply_to_itself', { path }));
      }
      else expect('utterances', u.inReplyTo, `utterances[${i}].inReplyTo`);
    }
    u.firstSaidSourceIds.forEach((id, k) => expect('sources', id, `utterances[${i}].firstSaidSourceIds[${k}]`));
  });
  corpus.wordings.forEach((w, i) => {
    expect('utterances', w.utteranceId, `wordings[${i}].utteranceId`);
    expect('sources', w.sourceId, `wordings[${i}].sourceId`);
  });
  corpus.figures.forEach((f, i) =>
    f.statements.forEach((s, k) => expect('sources', s.sourceId, `figures[${i}].statements[${k}].sourceId`)),
  );
  corpus.events.forEach((e, i) => {
    e.utteranceIds.forEach((id, k) => expect('utterances', id, `events[${i}].utteranceIds[${k}]`));
    e.statements.forEach((s, k) => expect('sources', s.sourceId, `events[${i}].statements[${k}].sourceId`));
  });
  corpus.disagreements.forEach((d, i) => {
    d.records.forEach((ref, k) => expect(COLLECTION_OF[ref.type], ref.id, `disagreements[${i}].records[${k}]`));
    d.positions.forEach((p, k) =>
      p.sourceIds.forEach((id, m) => expect('sources', id, `disagreements[${i}].positions[${k}].sourceIds[${m}]`)),
    );
  });
  return problems;
}
