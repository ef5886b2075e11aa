import { describe, expect, it } from 'vitest';
import { planCascadeDelete } from '../../../utils/storage/cascade';
import { emptyRecords } from '../../../utils/storage/records';
import { curatedCorpus, source, wording } from './helpers/corpus-fixture';

/** The user's own small corpus: an utterance, a reply to it, wordings, an event, a disagreement. */
function userCorpus() {
  const base = curatedCorpus().utterances[0]!;
  const records = emptyRecords();
  records.sources.push(source('user.src', 'user', 'Mine'));
  records.utterances.push(
    { ...base, id: 'user.u', origin: 'user', firstSaidSourceIds: ['user.src'] },
    { ...base, id: 'user.reply', origin: 'user', inReplyTo: 'user.u', firstSaidSourceIds: [] },
  );
  records.wordings.push(wording('user.w', 'user', 'user.u', 'user.src', 'words'), wording('user.w2', 'user', 'user.reply', 'user.src', 'reply'));
  records.events.push({ id: 'user.ev', origin: 'user', label: 'posts', date: null, utteranceIds: ['user.u', 'user.reply'], statements: [] });
  records.disagreements.push({
    id: 'user.dis', origin: 'user', topic: 't', kind: 'wording', summary: 's',
    records: [{ type: 'wording', id: 'user.w' }, { type: 'utterance', id: 'user.reply' }],
    positions: [{ sourceIds: ['user.src'], says: 'x' }],
  });
  return records;
}

describe('deleting a user utterance', () => {
  it('deletes its wordings and unlinks it from replies, events and disagreements', () => {
    const plan = planCascadeDelete(userCorpus(), { collection: 'utterances', id: 'user.u' });
    expect(plan.deletes).toEqual([
      { collection: 'utterances', id: 'user.u' },
      { collection: 'wordings', id: 'user.w' },
    ]);
    const updated = Object.fromEntries(plan.updates.map((u) => [u.record.id, u.record]));
    expect(Object.keys(updated).sort()).toEqual(['user.dis', 'user.ev', 'user.reply']);
    expect(updated['user.reply']).toMatchObject({ inReplyTo: null });
    expect(updated['user.ev']).toMatchObject({ utteranceIds: ['user.reply'] });
    expect(updated['user.dis']).toMatchObject({ records: [{ type: 'utterance', id: 'user.reply' }] });
  });

  it('touches nothing else when the record is pointed at by nobody', () => {
    expect(planCascadeDelete(userCorpus(), { collection: 'disagreements', id: 'user.dis' })).toEqual({
      deletes: [{ collection: 'disagreements', id: 'user.dis' }],
      updates: [],
    });
  });
});
