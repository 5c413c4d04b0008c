/**
 * The scripts that must run before the page is painted, written inline into `<head>`:
 * everything else is a bundled module. Build-time only (Node): each comes with its CSP hash,
 * which the layout hands to Astro (`Astro.csp.insertScriptHash`) so that the page's
 * Content-Security-Policy `<meta>` and the `_headers` file allow exactly these bytes.
 */
import { createHash } from 'node:crypto';
import { defaultLevel, levels } from '../i18n/levels';
import { defaultLang, languages } from '../i18n/locales';
import { LANG_KEY, LEVEL_KEY, THEME_KEY } from './preferences';

function withHash(code: string): { code: string; hash: `sha256-${string}` } {
  return { code, hash: `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}` };
}

/**
 * Marks `<html>` as scripted (`.js`: controls that need JavaScript appear) and applies the
 * reader's theme before the first paint, so a dark-theme reader never sees a light flash.
 */
export const themeScript = withHash(
  `(function(){var d=document.documentElement;d.classList.add("js");try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")d.dataset.theme=t}catch(e){}})()`,
);

/**
 * On `/<lang>/<lesson>/` (a lesson without a depth): opens the remembered depth, else the
 * default one, keeping the query string and the hash. Relative, so any base path works.
 */
export const lessonLevelRedirect = withHash(
  `(function(){var l=null;try{l=localStorage.getItem(${JSON.stringify(LEVEL_KEY)})}catch(e){}if(${JSON.stringify(levels)}.indexOf(l)<0)l=${JSON.stringify(defaultLevel)};location.replace(l+"/"+location.search+location.hash)})()`,
);

/**
 * On `/`: opens the reader's language before anything is painted (the one picked before, else
 * the first of the browser's languages the site has, by primary subtag, else the default;
 * the same rule as `pickLanguage`), keeping the query string and the hash. Inline and
 * dependency-free, so it costs no request; relative, so any base path works.
 */
export const homeLanguageRedirect = withHash(
  `(function(){var s=${JSON.stringify(languages)},l=null;try{l=localStorage.getItem(${JSON.stringify(LANG_KEY)})}catch(e){}if(s.indexOf(l)<0){l=${JSON.stringify(defaultLang)};var p=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||""];for(var i=0;i<p.length;i++){var c=String(p[i]).toLowerCase().split(/[-_]/)[0];if(s.indexOf(c)>=0){l=c;break}}}location.replace(l+"/"+location.search+location.hash)})()`,
);
