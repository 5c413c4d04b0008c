import type { UiDict } from './en';

/** Russian UI strings. */
export const ru = {
  'site.title': 'Softmax с трёх сторон',
  'site.tagline': 'Функция softmax, объяснённая трижды: интуитивно, через вычисления и формально.',
  'site.description':
    'Интерактивное руководство по функции softmax на трёх уровнях глубины, с интерактивными примерами.',

  'nav.skip': 'Перейти к содержанию',
  'nav.home': 'Главная',
  'nav.lessons': 'Уроки',
  'nav.main': 'Основная навигация',
  'nav.breadcrumbs': 'Навигационная цепочка',

  'lang.label': 'Язык',
  'lang.choose': 'Выберите язык',

  'level.label': 'Уровень',
  'level.intuitive': 'Интуитивный',
  'level.mechanical': 'Вычислительный',
  'level.formal': 'Формальный',
  'level.intuitive.about': 'Идея простыми словами.',
  'level.mechanical.about': 'Как это вычисляется, шаг за шагом.',
  'level.formal.about': 'Определения, свойства и доказательства.',

  'lesson.number': 'Урок {n}',
  'lesson.prev': 'Предыдущий урок',
  'lesson.next': 'Следующий урок',
  'lesson.pagination': 'Уроки',
  'lesson.goDeeper': 'Хотите разобраться глубже? Прочитайте этот урок на уровне «{level}».',
  'lesson.deepest': 'Это самый глубокий уровень урока.',
  'lesson.continue': 'Дальше — следующий урок: {title}.',
  'lesson.last': 'Это последний урок. Отличная работа!',
  'lesson.otherLevels': 'Этот урок на других уровнях',

  'index.title': 'Уроки',
  'index.intro':
    'У каждого урока три уровня. Начните с интуиции или сразу переходите к вычислениям либо к формальному изложению; сайт запомнит выбранный уровень.',
  'index.levels': 'Читать на уровне',

  'home.title': 'Softmax с трёх сторон',
  'home.intro': 'Выберите язык.',
  'home.redirecting': 'Открываем сайт на вашем языке…',

  'notFound.title': 'Страница не найдена',
  'notFound.body': 'По этому адресу ничего нет. Возможно, страница переехала или в ссылке опечатка.',
  'notFound.back': 'К списку уроков',

  'footer.about': 'Свободное открытое руководство по функции softmax.',

  'math.scrollable': 'Формула (прокручивается по горизонтали)',

  'search.label': 'Поиск по урокам',
  'search.results': 'Результаты поиска',
  'search.loading': 'Загружаем поиск…',
  'search.error': 'Поиск сейчас недоступен.',
  'search.count.zero': 'По запросу «{query}» ничего не найдено.',
  'search.count.one': 'По запросу «{query}» найден {count} результат.',
  'search.count.few': 'По запросу «{query}» найдено {count} результата.',
  'search.count.many': 'По запросу «{query}» найдено {count} результатов.',
  'search.count.other': 'По запросу «{query}» найдено {count} результата.',

  'check.label': 'Ваш ответ',
  'check.submit': 'Проверить',
  'check.show': 'Показать ответ',
  'check.answer': 'Ответ: {value}',
  'check.answerFromPage': 'Ответ: {value} ({fromPage}, если считать по округлённым числам на странице)',
  'check.correct': 'Верно!',
  'check.incorrect': 'Не совсем. Ответ нужен с точностью до {precision}; попробуйте ещё раз.',
  'check.error.empty': 'Сначала введите число.',
  'check.error.notANumber': 'Это не число. Введите, например, {example}.',
  'check.error.tooManyValues': 'Введите только одно число.',
  'check.error.outOfRange': 'Это число слишком велико, чтобы быть ответом.',

  'nav.glossary': 'Глоссарий',
  'nav.faq': 'Вопросы и ответы',
  'lessonLink.label': 'Урок {n} «{title}», уровень «{level}»',

  'code.frameworks': 'Показать код на',
  'code.copy': 'Копировать',
  'code.copyLabel': 'Копировать код на {framework}',
  'code.copied': 'Скопировано',
  'code.output': 'Вывод',

  'nav.sidebar': 'Все уроки',
  'nav.toc': 'На этой странице',
  'nav.tocTop': 'Наверх',
  'nav.anchor': 'Ссылка на этот раздел: {title}',
  'nav.menu': '{label}: {current}',
  'lesson.numberOf': 'Урок {n} из {count}',
  'lesson.position': 'Урок {n} · {position} из {count}',
  'lesson.positionShort': '{position} из {count}',
  'progress.visited': 'прочитано: {levels}',
  'lessonIndex.title': '{title}: выберите уровень',
  'lessonIndex.redirecting': 'Открываем уровень, который вы читали последним…',
  'theme.label': 'Тема',
  'theme.system': 'Как в системе',
  'theme.light': 'Светлая',
  'theme.dark': 'Тёмная',
  'term.more': 'Открыть в глоссарии',
} as const satisfies UiDict;
