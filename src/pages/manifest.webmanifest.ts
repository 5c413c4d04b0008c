import { defaultLang } from '../i18n/locales';
import { webManifest } from '../integrations/webManifest';
import { withBase } from '../routing';

/** The language chooser's manifest (default language). */
export const GET = webManifest(defaultLang, withBase('/'));
