/**
 * Open forms that normalise to their contraction, so "they do not have" and "they don't have"
 * are the same words. Translations and careful re-typings spell contractions out; quotes copied
 * from a post keep them. Forms that would collide with another word ("we are" → "were", "it is"
 * → "its", "we will" → "well") are left out. Keys and values are folded (no apostrophes).
 */
export const CONTRACTIONS: Record<string, string> = {
  'do not': 'dont',
  'does not': 'doesnt',
  'did not': 'didnt',
  'is not': 'isnt',
  'are not': 'arent',
  'was not': 'wasnt',
  'were not': 'werent',
  'has not': 'hasnt',
  'have not': 'havent',
  'had not': 'hadnt',
  'will not': 'wont',
  'would not': 'wouldnt',
  'could not': 'couldnt',
  'should not': 'shouldnt',
  'can not': 'cant',
  cannot: 'cant',
  'i am': 'im',
  'you are': 'youre',
  'they are': 'theyre',
  'you will': 'youll',
  'you have': 'youve',
  'i have': 'ive',
  'what is': 'whats',
  'that is': 'thats',
};
