/**
 * English UI strings: the source of truth. pt.ts and ru.ts must `satisfies UiDict`,
 * so a missing or extra key fails `astro check`. Keys are `area.item`; `{name}` is a
 * placeholder filled by `t()`, and every translation must keep the same placeholders.
 */
export const en = {
  'site.title': 'Softmax, three ways',
  'site.tagline':
    'The softmax function explained three times: by intuition, by mechanics and formally.',
  'site.description':
    'An interactive guide to the softmax function at three depths, with live worked examples.',

  'nav.skip': 'Skip to content',
  'nav.home': 'Home',
  'nav.lessons': 'Lessons',
  'nav.main': 'Main',
  'nav.breadcrumbs': 'Breadcrumbs',

  'lang.label': 'Language',
  'lang.choose': 'Choose a language',

  'level.label': 'Depth',
  'level.intuitive': 'Intuitive',
  'level.mechanical': 'Mechanical',
  'level.formal': 'Formal',
  'level.intuitive.about': 'The idea in everyday words.',
  'level.mechanical.about': 'How it is computed, step by step.',
  'level.formal.about': 'Definitions, properties and proofs.',

  'lesson.number': 'Lesson {n}',
  'lesson.prev': 'Previous lesson',
  'lesson.next': 'Next lesson',
  'lesson.pagination': 'Lessons',
  'lesson.goDeeper': 'Go deeper: read this lesson at the {level} level.',
  'lesson.deepest': 'This is the deepest level of this lesson.',
  'lesson.continue': 'Continue with the next lesson: {title}.',
  'lesson.last': 'This is the last lesson. Well done!',
  'lesson.otherLevels': 'This lesson at other depths',
  'lesson.references': 'References and further reading',
  'lesson.titleWithLevel.intuitive': '{title} (Intuitive)',
  'lesson.titleWithLevel.mechanical': '{title} (Mechanical)',
  'lesson.titleWithLevel.formal': '{title} (Formal)',

  'index.title': 'Lessons',
  'index.intro':
    'Every lesson comes at three depths. Start with the intuition, or jump straight to the mechanics or the formal treatment; the site remembers the depth you chose.',
  'index.levels': 'Read at depth',

  'home.title': 'Softmax, three ways',
  'home.intro': 'Choose your language.',
  'home.redirecting': 'Opening the site in your language…',
  'home.hero.title': 'What softmax does',
  'home.hero.body':
    'A model that has to choose among several answers first gives each one a score, a logit. Softmax turns those scores into probabilities: it takes the exponential of each score and divides by their sum, so every answer gets a positive share and the shares add up to 1. Below is the example that runs through every lesson, step by step.',
  'home.depths.title': 'Three depths of the same idea',
  'home.depth.intuitive':
    'Pictures and everyday words, no formulas needed: what softmax does and why it is there. Start here if the word “logit” is new to you.',
  'home.depth.mechanical':
    'The computation by hand and in code: every step of the worked example, the numerical tricks that keep it safe, and code you can run.',
  'home.depth.formal':
    'Definitions, theorems and proofs: limits, derivatives and bounds, with exercises where you write the proof. For readers at ease with calculus and linear algebra.',
  'home.start.title': 'Where to start',
  'home.start.body':
    'New to softmax? Read the lessons in order at the intuitive depth, and go deeper whenever a lesson makes you curious: every page ends with a link to the next depth. Each page has a depth switch at the top, and the site remembers the depth you chose.',
  'home.start.link': 'Start with lesson 1: {title}',

  'notFound.title': 'Page not found',
  'notFound.body':
    'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.back': 'Go to the list of lessons',

  'footer.about': 'A free, open guide to the softmax function.',

  'math.scrollable': 'Equation (scrolls horizontally)',

  'search.label': 'Search the lessons',
  'search.results': 'Search results',
  'search.loading': 'Loading search…',
  'search.error': 'Search is not available right now.',
  'search.count.zero': 'No results for “{query}”.',
  'search.count.one': '{count} result for “{query}”.',
  'search.count.few': '{count} results for “{query}”.',
  'search.count.many': '{count} results for “{query}”.',
  'search.count.other': '{count} results for “{query}”.',
  'search.offline': 'You are offline, so search cannot load. Reconnect and try again.',
  'search.more': 'Show more results',
  'search.submit': 'Search',
  'search.page.title': 'Search',
  'search.page.description': 'Search the lessons, the glossary and the questions and answers.',
  'search.page.prompt': 'Type a question or a few words in the search box above.',
  'search.page.noscript':
    'Searching needs JavaScript, which is turned off in this browser. Every lesson is listed below with what each level covers, so your browser’s find in page (Ctrl+F) can search this list.',
  'search.page.all': 'All lessons',

  'check.label': 'Your answer',
  'check.submit': 'Check',
  'check.show': 'Show answer',
  'check.answer': 'Answer: {value}',
  'check.answerFromPage': 'Answer: {value} ({fromPage} from the rounded numbers shown on the page)',
  'check.correct': 'Correct!',
  'check.incorrect': 'Not quite. The answer is expected to the nearest {precision}; try again.',
  'check.error.empty': 'Type a number first.',
  'check.error.notANumber': 'That is not a number. Type one like {example}.',
  'check.error.tooManyValues': 'Type only one number.',
  'check.error.outOfRange': 'That number is far too large to be the answer.',

  'exercise.kind.predict': 'Predict, then check',
  'exercise.kind.concept': 'Think it through',
  'exercise.kind.problem': 'Problem',
  'exercise.kind.proof': 'Prove it',
  'exercise.kind.task': 'Coding task',
  'exercise.commit': 'Pick an answer before you reveal it.',
  'exercise.hint': 'Hint',
  'exercise.hintN': 'Hint {n}',
  'exercise.reveal': 'Reveal the answer',
  'exercise.solution': 'Worked solution',
  'exercise.codeSolution': 'A solution',
  'exercise.option.correct': 'Right answer',
  'exercise.option.wrong': 'Not this one',
  'exercise.feedback.correct': 'Right! The explanation is below.',
  'exercise.feedback.incorrect':
    'Not quite: read why under your choice, then the explanation below.',
  'exercise.code': 'Start from the code in the tabs above.',
  'exercise.self.question': 'How did it go?',
  'exercise.self.solved': 'I solved it',
  'exercise.self.stuck': 'I needed the solution',
  'exercise.self.saved': 'Noted, on this device only.',
  'exercise.status.correct': 'solved before',
  'exercise.status.tried': 'tried before',

  'nav.glossary': 'Glossary',
  'nav.faq': 'Questions and answers',
  'lessonLink.label': 'Lesson {n}: {title} ({level})',

  'code.frameworks': 'Show the code in',
  'code.copy': 'Copy',
  'code.copyLabel': 'Copy the {framework} code',
  'code.copied': 'Copied',
  'code.output': 'Output',

  'nav.sidebar': 'All lessons',
  'nav.toc': 'On this page',
  'nav.tocTop': 'Back to the top',
  'nav.anchor': 'Link to this section: {title}',
  'nav.menu': '{label}: {current}',
  'lesson.numberOf': 'Lesson {n} of {count}',
  'lesson.position': 'Lesson {n} · {position} of {count}',
  'lesson.positionShort': '{position} of {count}',
  'progress.visited': 'read: {levels}',
  'lessonIndex.title': '{title}: choose a depth',
  'lessonIndex.redirecting': 'Opening the depth you read last…',
  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'term.more': 'Open in the glossary',
  'glossary.index': 'Alphabetical index',
  'lesson.updated': 'Last updated {date}',
  'lesson.edit': 'Edit this page',
} as const;

export type UiKey = keyof typeof en;
export type UiDict = { readonly [K in UiKey]: string };
