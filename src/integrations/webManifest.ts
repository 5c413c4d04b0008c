import type { APIRoute } from 'astro';
import { locales, type Lang } from '../i18n/locales';
import { t } from '../i18n/t';
import { langIndexPath, withBase } from '../routing';

/**
 * The web manifest of one language: its name and description from the UI dictionary, started at
 * that language's index. Served as /<lang>/manifest.webmanifest; /manifest.webmanifest (the
 * language chooser's) is the default language's, started at the chooser.
 */
export function webManifest(lang: Lang, startUrl: string = langIndexPath(lang)): APIRoute {
  return () => {
    const tr = t(lang);
    const manifest = {
      name: tr('site.title'),
      short_name: 'Softmax',
      description: tr('site.tagline'),
      lang: locales[lang].tag,
      dir: locales[lang].dir,
      start_url: startUrl,
      scope: withBase('/'),
      display: 'browser',
      background_color: '#ffffff',
      theme_color: '#1f55c7',
      icons: [
        { src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
        {
          src: withBase('/icon-192.png'),
          sizes: '192x192',
          type: 'image/png',
          purpose: 'any maskable',
        },
        {
          src: withBase('/icon-512.png'),
          sizes: '512x512',
          type: 'image/png',
          purpose: 'any maskable',
        },
      ],
    };
    return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
      headers: { 'Content-Type': 'application/manifest+json' },
    });
  };
}
