import { defaultLang } from '../i18n/locales';
import { webManifest } from '../integrations/webManifest';

/** The language chooser's manifest (default language). */
export const GET = webManifest(defaultLang);
