/**
 * Words for the site search, the same at build time (tests, benchmark) and in the browser:
 * normalisation, tokens, stop words and light stemmers for en, pt and ru.
 *
 * The stemmers are deliberately light (plural and the commonest inflections only, in the
 * spirit of Savoy's "light" stemmers): the engine also matches prefixes and one or two typos
 * (./engine.ts), so an under-stemmed word still finds its relatives, while an over-stemmed
 * one would merge unrelated words.
 */

/**
 * Lower case without diacritics (so "calibracao" finds "calibração"; ё and й fold to е and и,
 * on both sides).
 *
 * @example normalize('Ação') // 'acao'
 */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A token: its normalised form and where it is in the original text. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * The words of a text with their offsets in the *original* text (used for excerpts and
 * highlighting). Normalisation keeps the length of letters without diacritics, and NFD of a
 * letter with diacritics only adds marks, which are removed, so offsets are taken before it.
 *
 * @example tokenize("Can't stop").map((t) => t.word) // ["can't", 'stop']
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = normalize(m[0]).replace(/’/g, "'");
    out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Function words and question words a learner types around the real terms. Kept short:
// a word missing here is only a low-weight term (its IDF is small), not an error.
export const STOP_WORDS: Record<string, string> = {
  en: `a an the and or but if of to in on at by for from with without into onto about as is are was were be been
    being am do does did done doing have has had having i me my we our you your it its this that these those there here
    what which who whom whose why how when where can can't cannot could couldn't should would will won't shall may might
    must not no don't doesn't isn't aren't so than then too very just also only vs versus some any all each every
    get gets got make makes made use using used why's what's how's it's let's one's thing things way ways`,
  pt: `a o as os um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para pra com sem e ou
    mas se que quê qual quais quem como quando onde porque porquê é são ser estar está estão era foi foram tem
    ter têm há dá dar faz fazer pode posso podemos devo deve isso isto esse essa este esta aquele aquela eu você
    voces nós ele ela eles elas me meu minha seu sua não sim muito mais menos já também só ao aos à às lhe vs versus
    tudo todo toda todos todas algum alguma coisa então sempre nunca`,
  ru: `а и в во на по с со к ко о об от до из у за для при без над под про через или либо но же ли бы не ни да
    что чем как какой какая какие каком зачем почему когда где куда откуда кто это этот эта эти то тот та те там тут
    он она оно они мы вы я ты его её ее их мой моя наш ваш свой есть быть был была были будет можно нельзя надо нужно
    если так такой такое такая такие также тоже уже ещё еще только очень всё все всегда вообще vs против
    означает значит`,
};

const stopSets = new Map<string, Set<string>>();

/** Whether a normalised word is a stop word of the language (unknown languages: none). */
export function isStopWord(lang: string, word: string): boolean {
  let set = stopSets.get(lang);
  if (!set) {
    set = new Set((STOP_WORDS[lang] ?? '').split(/\s+/).filter(Boolean).map(normalize));
    stopSets.set(lang, set);
  }
  return set.has(word);
}

function stemEn(w: string): string {
  w = w.replace(/'s?$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|ch|sh|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function stemPt(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('oes') || w.endsWith('aes')) w = `${w.slice(0, -3)}ao`;
  else if (w.endsWith('ais')) w = `${w.slice(0, -3)}al`;
  else if (w.endsWith('eis') && w.length > 4) w = `${w.slice(0, -3)}el`;
  else if (w.endsWith('ns')) w = `${w.slice(0, -2)}m`;
  else if (w.endsWith('res') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  if (w.length > 4 && /[aoe]$/.test(w)) w = w.slice(0, -1);
  return w;
}

// Longest first; one ending is removed (after the reflexive -ся/-сь), keeping a stem of 3+ letters.
const RU_ENDINGS =
  `ыми ими ого его ому ему ами ями ать ять ить еть ыть ает яет ует ют ут ешь ишь ала яла ила ыла али
  яли или ыли ах ях ам ям ов ев ей ой ий ый ое ее ие ые ая яя ую юю ом ем ым им их ых ою ею ия ья ье ьи ью ит ет ат ят ал ил
  ла ло ли а я ы и у ю е о ь й`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalize);

function stemRu(w: string): string {
  if (w.length <= 3) return w;
  w = w.replace(/(?:ся|сь)$/, '');
  for (const e of RU_ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= 3) return w.slice(0, -e.length);
  }
  return w;
}

/**
 * The stem of a normalised word in a language (unknown languages: the word itself).
 *
 * @example stem('en', 'probabilities') // 'probability'
 * @example stem('ru', 'вероятностями') // 'вероятност'
 */
export function stem(lang: string, word: string): string {
  if (/^\d/.test(word)) return word;
  if (lang === 'en') return stemEn(word);
  if (lang === 'pt') return stemPt(word);
  if (lang === 'ru') return stemRu(word);
  return word;
}

/**
 * The stems a query searches for: tokens without stop words, stemmed (all tokens when the
 * query has only stop words, so "what is" still searches something).
 *
 * @example queryTerms('en', 'Why subtract the max?') // ['subtract', 'max']
 */
export function queryTerms(lang: string, query: string): string[] {
  const words = tokenize(query).map((t) => t.word);
  const content = words.filter((w) => !isStopWord(lang, w) && w.length > 1);
  const chosen = content.length > 0 ? content : words;
  return [...new Set(chosen.map((w) => stem(lang, w)))];
}
