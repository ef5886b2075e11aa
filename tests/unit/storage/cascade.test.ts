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

describe('deleting a user source', () => {
  it('takes what it alone gave: its wordings, the utterances left without one, and the figures left without a statement', () => {
    const records = userCorpus();
    records.sources.push(source('user.other', 'user', 'Another'));
    records.wordings.push(wording('user.w3', 'user', 'user.reply', 'user.other', 'reply again'));
    records.figures.push(
      { id: 'user.fig.only', origin: 'user', measure: 'm', unit: 'USD', cues: [], statements: [{ sourceId: 'user.src', text: '$1', value: 1, qualifier: 'exact', context: '$1' }] },
      { id: 'user.fig.both', origin: 'user', measure: 'm', unit: 'USD', cues: [], statements: [
        { sourceId: 'user.src', text: '$1', value: 1, qualifier: 'exact', context: '$1' },
        { sourceId: 'user.other', text: '$2', value: 2, qualifier: 'exact', context: '$2' },
      ] },
    );
    const plan = planCascadeDelete(records, { collection: 'sources', id: 'user.src' });
    const deleted = plan.deletes.map((k) => `${k.collection}/${k.id}`).sort();
    // user.reply keeps its wording from the other source; user.u had only this source's.
    expect(deleted).toEqual(['figures/user.fig.only', 'sources/user.src', 'utterances/user.u', 'wordings/user.w', 'wordings/user.w2'].sort());
    const updated = Object.fromEntries(plan.updates.map((u) => [u.record.id, u.record]));
    expect(updated['user.fig.both']).toMatchObject({ statements: [{ sourceId: 'user.other' }] });
    expect(updated['user.reply']).toMatchObject({ inReplyTo: null });
  });

  it('leaves an event or a disagreement that still says something', () => {
    const records = userCorpus();
    records.sources.push(source('user.other', 'user', 'Another'));
    records.wordings.push(wording('user.w3', 'user', 'user.reply', 'user.other', 'reply again'));
    records.events.push({ id: 'user.ev.dated', origin: 'user', label: 'the post', date: '2025-01-22', utteranceIds: [], statements: [{ sourceId: 'user.src', text: 'Wednesday', date: '2025-01-22', context: 'on Wednesday' }] });
    const plan = planCascadeDelete(records, { collection: 'sources', id: 'user.src' });
    const deleted = plan.deletes.map((k) => k.id);
    expect(deleted).toContain('user.ev.dated');
    // user.reply survives through the other source, so what points at it stays.
    expect(deleted).not.toContain('user.reply');
    expect(deleted).not.toContain('user.ev');
    expect(deleted).not.toContain('user.dis');
    const updated = Object.fromEntries(plan.updates.map((u) => [u.record.id, u.record]));
    expect(updated['user.dis']).toMatchObject({ records: [{ type: 'utterance', id: 'user.reply' }], positions: [] });
  });

  it('takes a disagreement and an event that no longer name anything', () => {
    const plan = planCascadeDelete(userCorpus(), { collection: 'sources', id: 'user.src' });
    expect(plan.deletes.map((k) => k.id)).toEqual(expect.arrayContaining(['user.u', 'user.reply', 'user.ev', 'user.dis']));
    expect(plan.updates).toEqual([]);
  });
});

