import { loadContent } from '../lib/content/load';
import { LOCALES } from '../lib/i18n/locales';

/** The built site's technologies, read through the same loader the pages use. */
export const content = loadContent();
export { LOCALES };
