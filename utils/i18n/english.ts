/**
 * The English messages as a Translator, for Node: the tests, the scripts, and components rendered
 * without a provider there. The extension's scripts never import it: in the browser the words come
 * through `browser.i18n` (components/i18n-load.ts).
 */
import en from '../../public/_locales/en/messages.json';
import { lookupIn, type MessagesFile } from './messages';
import { createTranslator, type Translator } from './translator';

export const ENGLISH_MESSAGES: MessagesFile = en;
export const ENGLISH: Translator = createTranslator('en', lookupIn(ENGLISH_MESSAGES));
