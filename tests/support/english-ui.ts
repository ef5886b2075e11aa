// Components rendered in a test without a provider speak English, as a browser in English would.
import { setFallbackTranslator } from '../../components/i18n';
import { ENGLISH } from '../../utils/i18n/english';

setFallbackTranslator(ENGLISH);
