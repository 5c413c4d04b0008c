import type { Lang } from '../../i18n/locales';

const en = {
  title: 'One softmax or one sigmoid per label',
  desc: 'The logits {logits} give the softmax {p}, which sums to 1, and the sigmoids {s}, which sum to {sumS}. Above the threshold 1/2: with softmax, {yesP}; with sigmoids, {yesS}.',
  caption:
    'Softmax makes the labels share one whole, so the cat and the hen take probability from each other and only one of them can clear 1/2. The sigmoids answer each question on its own: both animals are clearly present.',
  softmax: 'Softmax',
  softmaxSub: 'shares of one whole',
  sigmoid: 'Sigmoids',
  sigmoidSub: 'one yes/no per label',
  sum: 'sum {v}',
  yes: '{v} ✓',
  none: 'none',
  labels: ['cat', 'hen', 'dog', 'person'],
  label: 'Label {n}',
  tableLabel: 'Label',
  tableLogit: 'Logit',
};
export type SoftmaxVsSigmoidsLabels = typeof en;

const pt = {
  title: 'Uma softmax ou uma sigmoide por rótulo',
  desc: 'Os logitos {logits} dão a softmax {p}, que soma 1, e as sigmoides {s}, que somam {sumS}. Acima do limiar 1/2: com a softmax, {yesP}; com as sigmoides, {yesS}.',
  caption:
    'A softmax faz os rótulos dividirem um único todo, então o gato e a galinha tiram probabilidade um do outro e só um deles consegue passar de 1/2. As sigmoides respondem a cada pergunta separadamente: os dois animais estão claramente presentes.',
  softmax: 'Softmax',
  softmaxSub: 'fatias de um todo',
  sigmoid: 'Sigmoides',
  sigmoidSub: 'um sim/não por rótulo',
  sum: 'soma {v}',
  yes: '{v} ✓',
  none: 'nenhum',
  labels: ['gato', 'galinha', 'cachorro', 'pessoa'],
  label: 'Rótulo {n}',
  tableLabel: 'Rótulo',
  tableLogit: 'Logito',
} satisfies SoftmaxVsSigmoidsLabels;

const ru = {
  title: 'Одна softmax или по сигмоиде на каждую метку',
  desc: 'Логиты {logits} дают softmax {p} с суммой 1 и сигмоиды {s} с суммой {sumS}. Выше порога 1/2: у softmax\u00a0— {yesP}; у сигмоид\u00a0— {yesS}.',
  caption:
    'Softmax заставляет метки делить одно целое, поэтому кошка и курица отнимают вероятность друг у друга и порог 1/2 может пройти только одна из них. Сигмоиды отвечают на каждый вопрос отдельно: оба животных явно есть на снимке.',
  softmax: 'Softmax',
  softmaxSub: 'доли одного целого',
  sigmoid: 'Сигмоиды',
  sigmoidSub: 'по вопросу на метку',
  sum: 'сумма {v}',
  yes: '{v} ✓',
  none: 'ни одной',
  labels: ['кошка', 'курица', 'собака', 'человек'],
  label: 'Метка {n}',
  tableLabel: 'Метка',
  tableLogit: 'Логит',
} satisfies SoftmaxVsSigmoidsLabels;

export const labels: Readonly<Record<Lang, SoftmaxVsSigmoidsLabels>> = { en, pt, ru };
