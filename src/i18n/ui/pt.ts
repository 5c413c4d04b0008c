import type { UiDict } from './en';

/** Portuguese (Brazil) UI strings. */
export const pt = {
  'site.title': 'Softmax de três jeitos',
  'site.tagline': 'A função softmax explicada três vezes: pela intuição, pela mecânica e pelo rigor formal.',
  'site.description':
    'Um guia interativo da função softmax em três níveis de profundidade, com exemplos que você pode alterar.',

  'nav.skip': 'Pular para o conteúdo',
  'nav.home': 'Início',
  'nav.lessons': 'Lições',
  'nav.main': 'Principal',
  'nav.breadcrumbs': 'Trilha de navegação',

  'lang.label': 'Idioma',
  'lang.choose': 'Escolha um idioma',

  'level.label': 'Nível',
  'level.intuitive': 'Intuitivo',
  'level.mechanical': 'Mecânico',
  'level.formal': 'Formal',
  'level.intuitive.about': 'A ideia em palavras do dia a dia.',
  'level.mechanical.about': 'Como se calcula, passo a passo.',
  'level.formal.about': 'Definições, propriedades e demonstrações.',

  'lesson.number': 'Lição {n}',
  'lesson.prev': 'Lição anterior',
  'lesson.next': 'Próxima lição',
  'lesson.pagination': 'Lições',
  'lesson.goDeeper': 'Quer ir mais fundo? Leia esta lição no nível {level}.',
  'lesson.deepest': 'Este é o nível mais profundo desta lição.',
  'lesson.continue': 'Continue com a próxima lição: {title}.',
  'lesson.last': 'Esta é a última lição. Parabéns!',
  'lesson.otherLevels': 'Esta lição em outros níveis',

  'index.title': 'Lições',
  'index.intro':
    'Cada lição tem três níveis. Comece pela intuição ou vá direto para a mecânica ou para o tratamento formal; o site lembra o nível que você escolheu.',
  'index.levels': 'Ler no nível',

  'home.title': 'Softmax de três jeitos',
  'home.intro': 'Escolha o seu idioma.',
  'home.redirecting': 'Abrindo o site no seu idioma…',

  'notFound.title': 'Página não encontrada',
  'notFound.body': 'Não há nenhuma página neste endereço. Ela pode ter mudado de lugar, ou o link pode estar errado.',
  'notFound.back': 'Ir para a lista de lições',

  'footer.about': 'Um guia livre e aberto sobre a função softmax.',

  'math.scrollable': 'Equação (role na horizontal)',

  'search.label': 'Pesquisar nas lições',
  'search.results': 'Resultados da pesquisa',
  'search.loading': 'Carregando a pesquisa…',
  'search.error': 'A pesquisa não está disponível no momento.',
  'search.count.zero': 'Nenhum resultado para “{query}”.',
  'search.count.one': '{count} resultado para “{query}”.',
  'search.count.few': '{count} resultados para “{query}”.',
  'search.count.many': '{count} resultados para “{query}”.',
  'search.count.other': '{count} resultados para “{query}”.',

  'check.label': 'Sua resposta',
  'check.submit': 'Verificar',
  'check.show': 'Mostrar resposta',
  'check.answer': 'Resposta: {value}',
  'check.answerFromPage': 'Resposta: {value} ({fromPage} a partir dos números arredondados mostrados na página)',
  'check.correct': 'Correto!',
  'check.incorrect': 'Ainda não. A resposta deve ter precisão de {precision}; tente de novo.',
  'check.error.empty': 'Digite um número primeiro.',
  'check.error.notANumber': 'Isso não é um número. Digite algo como {example}.',
  'check.error.tooManyValues': 'Digite um número só.',
  'check.error.outOfRange': 'Esse número é grande demais para ser a resposta.',

  'nav.glossary': 'Glossário',
  'nav.faq': 'Perguntas e respostas',
  'lessonLink.label': 'Lição {n}: {title} ({level})',

  'code.frameworks': 'Mostrar o código em',
  'code.copy': 'Copiar',
  'code.copyLabel': 'Copiar o código em {framework}',
  'code.copied': 'Copiado',
  'code.output': 'Saída',

  'nav.sidebar': 'Todas as lições',
  'nav.toc': 'Nesta página',
  'nav.tocTop': 'Voltar ao topo',
  'nav.anchor': 'Link para esta seção: {title}',
  'nav.menu': '{label}: {current}',
  'lesson.numberOf': 'Lição {n} de {count}',
  'lesson.position': 'Lição {n} · {position} de {count}',
  'lesson.positionShort': '{position} de {count}',
  'progress.visited': 'lido: {levels}',
  'lessonIndex.title': '{title}: escolha o nível',
  'lessonIndex.redirecting': 'Abrindo o nível que você leu por último…',
  'theme.label': 'Tema',
  'theme.system': 'Sistema',
  'theme.light': 'Claro',
  'theme.dark': 'Escuro',
  'term.more': 'Abrir no glossário',
} as const satisfies UiDict;
