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
  'lesson.continue': 'Дальше\u00a0— следующий урок: {title}.',
  'lesson.last': 'Это последний урок. Отличная работа!',
  'lesson.otherLevels': 'Этот урок на других уровнях',
  'lesson.references': 'Литература',
  'lesson.titleWithLevel.intuitive': '{title} (интуитивный уровень)',
  'lesson.titleWithLevel.mechanical': '{title} (вычислительный уровень)',
  'lesson.titleWithLevel.formal': '{title} (формальный уровень)',

  'index.title': 'Уроки',
  'index.intro':
    'У каждого урока три уровня. Начните с интуиции или сразу переходите к вычислениям либо к формальному изложению; сайт запомнит выбранный уровень.',
  'index.levels': 'Читать на уровне',

  'home.title': 'Softmax с трёх сторон',
  'home.intro': 'Выберите язык.',
  'home.redirecting': 'Открываем сайт на вашем языке…',
  'home.hero.title': 'Что делает softmax',
  'home.hero.body':
    'Модель, которой нужно выбрать один из нескольких ответов, сначала ставит каждому оценку\u00a0— логит. Softmax превращает эти оценки в вероятности: берёт экспоненту каждой и делит на их сумму, так что каждый ответ получает положительную долю, а все доли в сумме дают 1. Ниже шаг за шагом разобран пример, который проходит через все уроки.',
  'home.depths.title': 'Одна идея на трёх уровнях',
  'home.depth.intuitive':
    'Картинки и обычные слова, без формул: что делает softmax и зачем она нужна. Начните отсюда, если слово «логит» вам пока незнакомо.',
  'home.depth.mechanical':
    'Вычисление вручную и в коде: каждый шаг разобранного примера, численные приёмы, которые делают его надёжным, и код, который можно запустить.',
  'home.depth.formal':
    'Определения, теоремы и доказательства: пределы, производные и оценки, а в упражнениях доказывать будете вы. Для тех, кто уверенно владеет математическим анализом и линейной алгеброй.',
  'home.start.title': 'С чего начать',
  'home.start.body':
    'Впервые слышите о softmax? Читайте уроки по порядку на интуитивном уровне, а когда урок вас заинтересует, переходите глубже: каждая страница заканчивается ссылкой на следующий уровень. Вверху каждой страницы есть переключатель уровня, и сайт запомнит ваш выбор.',
  'home.start.link': 'Начните с урока 1: {title}',

  'notFound.title': 'Страница не найдена',
  'notFound.body':
    'По этому адресу ничего нет. Возможно, страница переехала или в ссылке опечатка.',
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
  'search.offline':
    'Нет подключения к интернету, поэтому поиск не загружается. Подключитесь к сети и попробуйте ещё раз.',
  'search.more': 'Показать ещё',
  'search.submit': 'Найти',
  'search.page.title': 'Поиск',
  'search.page.description': 'Поиск по урокам, глоссарию и вопросам с ответами.',
  'search.page.prompt': 'Введите вопрос или несколько слов в поле поиска выше.',
  'search.page.noscript':
    'Для поиска нужен JavaScript, а в этом браузере он отключён. Ниже перечислены все уроки и то, о чём рассказывает каждый уровень; нужное в этом списке можно найти поиском по странице (Ctrl+F).',
  'search.page.all': 'Все уроки',

  'check.label': 'Ваш ответ',
  'check.submit': 'Проверить',
  'check.show': 'Показать ответ',
  'check.answer': 'Ответ: {value}',
  'check.answerFromPage':
    'Ответ: {value} ({fromPage}, если считать по округлённым числам на странице)',
  'check.correct': 'Верно!',
  'check.incorrect': 'Не совсем. Ответ нужен с точностью до {precision}; попробуйте ещё раз.',
  'check.error.empty': 'Сначала введите число.',
  'check.error.notANumber': 'Это не число. Введите, например, {example}.',
  'check.error.tooManyValues': 'Введите только одно число.',
  'check.error.outOfRange': 'Это число слишком велико, чтобы быть ответом.',

  'exercise.kind.predict': 'Предскажите и проверьте',
  'exercise.kind.concept': 'Подумайте',
  'exercise.kind.problem': 'Задача',
  'exercise.kind.proof': 'Докажите',
  'exercise.kind.task': 'Задание с кодом',
  'exercise.commit': 'Сначала выберите ответ, а потом открывайте разбор.',
  'exercise.hint': 'Подсказка',
  'exercise.hintN': 'Подсказка {n}',
  'exercise.reveal': 'Открыть ответ',
  'exercise.solution': 'Разбор решения',
  'exercise.codeSolution': 'Вариант решения',
  'exercise.option.correct': 'Верный ответ',
  'exercise.option.wrong': 'Неверный ответ',
  'exercise.feedback.correct': 'Верно! Разбор ниже.',
  'exercise.feedback.incorrect':
    'Не совсем: под вашим вариантом объяснено почему, а ниже есть разбор.',
  'exercise.code': 'Начните с кода во вкладках выше.',
  'exercise.self.question': 'Как получилось?',
  'exercise.self.solved': 'Получилось',
  'exercise.self.stuck': 'Понадобилось решение',
  'exercise.self.saved': 'Отмечено (сохраняется только на этом устройстве).',
  'exercise.status.correct': 'уже решено',
  'exercise.status.tried': 'уже была попытка',

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
  'progress.visited': 'прочитанные уровни: {levels}',
  'lessonIndex.title': '{title}: выберите уровень',
  'lessonIndex.redirecting': 'Открываем уровень, который вы читали последним…',
  'theme.label': 'Тема',
  'theme.system': 'Как в системе',
  'theme.light': 'Светлая',
  'theme.dark': 'Тёмная',
  'term.more': 'Открыть в глоссарии',
  'glossary.index': 'Алфавитный указатель',
  'lesson.updated': 'Последнее обновление: {date}',
  'lesson.edit': 'Редактировать эту страницу',
} as const satisfies UiDict;
