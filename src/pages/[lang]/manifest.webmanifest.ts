import type { APIContext } from 'astro';
import { languages, type Lang } from '../../i18n/locales';
import { webManifest } from '../../integrations/webManifest';

export const getStaticPaths = () => languages.map((lang) => ({ params: { lang } }));

export const GET = (context: APIContext) => webManifest(context.params.lang as Lang)(context);
