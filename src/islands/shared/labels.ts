/**
 * Labels of the pieces every widget shares (logits field, bars, link notice): passed to each island as `common`.
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  logits: 'Logits',
  hint: 'Numbers separated by commas, for example 2, −1, 0.5.',
  errEmpty: 'Type at least one number.',
  errNotANumber: 'Value {n} is not a number.',
  errListSeparator: '“{token}” is not one number: separate the values with commas, like {example}.',
  errEmptyValue: 'Value {n} is missing: two separators in a row, or one at the start or end.',
  errAmbiguousPoint:
    '“{token}” is ambiguous: a point can group thousands. Write decimals with a comma, like 0,5.',
  errTooMany: 'At most {max} values, please.',
  errTooFew: 'At least {min} values, please.',
  errCount: 'Exactly {count} values, please.',
  errOutOfRange: 'Value {n} is too large: keep every value between −{max} and {max}.',
  keptLast: 'The widget still shows the last valid values.',
  commaNote:
    'A comma separates values in English, so “{token}” was read as two values. Use a point for decimals: 2.5.',
  spaceNote: '“{token}” was read as separate values: type thousands without spaces.',
  badLink:
    'This page’s link carried settings the widget cannot use, so it shows the default example.',
  sum: 'Sum',
  klass: 'Class {n}',
  values: 'Values',
  ready: 'Interactive',
  noScript: 'This widget needs JavaScript; the result shown is for the example values.',
  offScale: 'off the slider’s scale ({min} to {max})',
};
export type CommonLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  logits: 'Logitos',
  hint: 'Números separados por ponto e vírgula, por exemplo 2; −1; 0,5.',
  errEmpty: 'Digite pelo menos um número.',
  errNotANumber: 'O valor {n} não é um número.',
  errListSeparator:
    '“{token}” não é um único número: separe os valores com ponto e vírgula, assim: {example}.',
  errEmptyValue: 'Falta o valor {n}: há dois separadores seguidos, ou um no início ou no fim.',
  errAmbiguousPoint:
    '“{token}” é ambíguo: o ponto pode separar milhares. Escreva os decimais com vírgula, como 0,5.',
  errTooMany: 'No máximo {max} valores, por favor.',
  errTooFew: 'Pelo menos {min} valores, por favor.',
  errCount: 'Exatamente {count} valores, por favor.',
  errOutOfRange: 'O valor {n} é grande demais: mantenha cada valor entre −{max} e {max}.',
  keptLast: 'O widget continua mostrando os últimos valores válidos.',
  commaNote: 'A vírgula foi lida como separador decimal em “{token}”.',
  spaceNote: '“{token}” foi lido como valores separados: escreva os milhares sem espaços.',
  badLink:
    'O link desta página trazia configurações que o widget não consegue usar; por isso ele mostra o exemplo padrão.',
  sum: 'Soma',
  klass: 'Classe {n}',
  values: 'Valores',
  ready: 'Interativo',
  noScript: 'Este widget precisa de JavaScript; o resultado mostrado é o dos valores do exemplo.',
  offScale: 'fora da escala do controle deslizante (de {min} a {max})',
} satisfies CommonLabels;

const ru = {
  logits: 'Логиты',
  hint: 'Числа через точку с запятой, например 2; −1; 0,5.',
  errEmpty: 'Введите хотя бы одно число.',
  errNotANumber: 'Значение {n}\u00a0— не число.',
  errListSeparator:
    '«{token}»\u00a0— это не одно число. Значения разделяйте точкой с запятой: {example}.',
  errEmptyValue:
    'Пропущено значение {n}: два разделителя подряд или разделитель в начале либо в конце.',
  errAmbiguousPoint:
    '«{token}» можно понять двояко: точкой иногда отделяют тысячи. Дробную часть отделяйте запятой: 0,5.',
  errTooMany: 'Значений должно быть не больше {max}.',
  errTooFew: 'Значений должно быть не меньше {min}.',
  errCount: 'Значений должно быть ровно {count}.',
  errOutOfRange: 'Значение {n} слишком велико: держите каждое значение между −{max} и {max}.',
  keptLast: 'Виджет показывает последние допустимые значения.',
  commaNote: 'Запятая в «{token}» прочитана как десятичная.',
  spaceNote: '«{token}» прочитано как несколько чисел: не отделяйте тысячи пробелом.',
  badLink:
    'В ссылке на эту страницу были параметры, которые виджет не может использовать, поэтому он показывает пример по умолчанию.',
  sum: 'Сумма',
  klass: 'Класс {n}',
  values: 'Значения',
  ready: 'Интерактивно',
  noScript: 'Этому виджету нужен JavaScript; показан результат для значений из примера.',
  offScale: 'за пределами шкалы ползунка (от {min} до {max})',
} satisfies CommonLabels;

export const commonLabels: Readonly<Record<Lang, CommonLabels>> = { en, pt, ru };
