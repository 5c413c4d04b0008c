import type { UiDict } from './en';

/** Portuguese (Brazil) UI strings. */
export const pt = {
  'site.title': 'Softmax de três jeitos',
  'site.tagline':
    'A função softmax explicada três vezes: pela intuição, pela mecânica e pelo rigor formal.',
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
  'lesson.references': 'Referências e leituras complementares',
  'lesson.titleWithLevel.intuitive': '{title} (nível intuitivo)',
  'lesson.titleWithLevel.mechanical': '{title} (nível mecânico)',
  'lesson.titleWithLevel.formal': '{title} (nível formal)',

  'index.title': 'Lições',
  'index.intro':
    'Cada lição tem três níveis. Comece pela intuição ou vá direto para a mecânica ou para o tratamento formal; o site lembra o nível que você escolheu.',
  'index.levels': 'Ler no nível',

  'home.title': 'Softmax de três jeitos',
  'home.intro': 'Escolha o seu idioma.',
  'home.redirecting': 'Abrindo o site no seu idioma…',
  'home.hero.title': 'O que a softmax faz',
  'home.hero.body':
    'Um modelo que precisa escolher entre várias respostas primeiro dá uma pontuação a cada uma, um logito. A softmax transforma essas pontuações em probabilidades: calcula a exponencial de cada uma e divide pela soma, de modo que toda resposta recebe uma fatia positiva e as fatias somam 1. Abaixo, passo a passo, está o exemplo que acompanha todas as lições.',
  'home.depths.title': 'A mesma ideia em três níveis',
  'home.depth.intuitive':
    'Imagens e palavras do dia a dia, sem precisar de fórmulas: o que a softmax faz e por que ela está ali. Comece por aqui se a palavra “logito” é novidade para você.',
  'home.depth.mechanical':
    'A conta à mão e em código: cada passo do exemplo resolvido, os truques numéricos que a deixam segura e código que você pode executar.',
  'home.depth.formal':
    'Definições, teoremas e demonstrações: limites, derivadas e cotas, com exercícios em que a demonstração fica por sua conta. Para quem já está à vontade com cálculo e álgebra linear.',
  'home.start.title': 'Por onde começar',
  'home.start.body':
    'Nunca viu a softmax? Leia as lições em ordem, no nível intuitivo, e vá mais fundo sempre que uma lição despertar sua curiosidade: cada página termina com um link para o nível seguinte. Toda página tem um seletor de nível no alto, e o site lembra o nível que você escolheu.',
  'home.start.link': 'Comece pela lição 1: {title}',

  'notFound.title': 'Página não encontrada',
  'notFound.body':
    'Não há nenhuma página neste endereço. Ela pode ter mudado de lugar, ou o link pode estar errado.',
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
  'search.offline':
    'Você está sem conexão, por isso a pesquisa não pode ser carregada. Conecte-se e tente de novo.',
  'search.more': 'Mostrar mais resultados',
  'search.submit': 'Pesquisar',
  'search.page.title': 'Pesquisa',
  'search.page.description': 'Pesquise nas lições, no glossário e nas perguntas e respostas.',
  'search.page.prompt': 'Digite uma pergunta ou algumas palavras na caixa de pesquisa acima.',
  'search.page.noscript':
    'A pesquisa precisa de JavaScript, que está desativado neste navegador. Todas as lições estão listadas abaixo, com o que cada nível aborda, para que você possa procurar nesta lista com a busca do navegador (Ctrl+F).',
  'search.page.all': 'Todas as lições',

  'check.label': 'Sua resposta',
  'check.submit': 'Verificar',
  'check.show': 'Mostrar resposta',
  'check.answer': 'Resposta: {value}',
  'check.answerFromPage':
    'Resposta: {value} ({fromPage} se calculada com os números arredondados mostrados na página)',
  'check.correct': 'Correto!',
  'check.incorrect': 'Ainda não. A resposta deve ter precisão de {precision}; tente de novo.',
  'check.error.empty': 'Digite um número primeiro.',
  'check.error.notANumber': 'Isso não é um número. Digite algo como {example}.',
  'check.error.tooManyValues': 'Digite um único número.',
  'check.error.outOfRange': 'Esse número é grande demais para ser a resposta.',

  'exercise.kind.predict': 'Preveja e confira',
  'exercise.kind.concept': 'Pense bem',
  'exercise.kind.problem': 'Problema',
  'exercise.kind.proof': 'Demonstre',
  'exercise.kind.task': 'Tarefa de programação',
  'exercise.commit': 'Escolha uma resposta antes de ver a solução.',
  'exercise.hint': 'Dica',
  'exercise.hintN': 'Dica {n}',
  'exercise.reveal': 'Revelar a resposta',
  'exercise.solution': 'Solução comentada',
  'exercise.codeSolution': 'Uma solução',
  'exercise.option.correct': 'Resposta certa',
  'exercise.option.wrong': 'Não é esta',
  'exercise.feedback.correct': 'Certo! A explicação está logo abaixo.',
  'exercise.feedback.incorrect':
    'Não é bem isso: leia o porquê logo abaixo da sua escolha e, depois, a explicação.',
  'exercise.code': 'Parta do código das abas acima.',
  'exercise.self.question': 'Como foi?',
  'exercise.self.solved': 'Consegui resolver',
  'exercise.self.stuck': 'Precisei da solução',
  'exercise.self.saved': 'Anotado, apenas neste dispositivo.',
  'exercise.status.correct': 'já resolvido',
  'exercise.status.tried': 'já tentado',

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
  'progress.visited': 'níveis lidos: {levels}',
  'lessonIndex.title': '{title}: escolha o nível',
  'lessonIndex.redirecting': 'Abrindo o nível que você leu por último…',
  'theme.label': 'Tema',
  'theme.system': 'Sistema',
  'theme.light': 'Claro',
  'theme.dark': 'Escuro',
  'term.more': 'Abrir no glossário',
  'glossary.index': 'Índice alfabético',
  'lesson.updated': 'Última atualização: {date}',
  'lesson.edit': 'Editar esta página',
} as const satisfies UiDict;
