import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The eigenvalues of the softmax Jacobian',
  desc: 'For the logits {logits}, softmax gives p = {p}, and the Jacobian J = diag(p) − ppᵀ has the eigenvalues {eig}. The smallest is 0, with eigenvector (1, …, 1), so the rank is {rank}; the others are positive and sit between consecutive probabilities (sorted: {sorted}). They add up to the trace {trace} and none exceeds 1/2.',
  caption:
    'Top: the eigenvalues of J; bottom: the probabilities, on the same axis. One eigenvalue is always 0 (shifting every logit by the same amount changes nothing), so the rank is n − 1; each of the others lies between two neighbouring probabilities, and all stay at or below 1/2.',
  eigen: 'eigenvalues of J',
  probs: 'probabilities',
  summary: 'rank {rank} · trace {trace}',
  lambda: 'λ{i} = {v}',
  prob: 'p{i} = {v}',
  half: '1/2',
  tableK: 'k',
  tableLambda: 'Eigenvalue λₖ',
  tableP: 'Probability pₖ',
};
export type JacobianSpectrumLabels = typeof en;

const pt = {
  title: 'Os autovalores da jacobiana da softmax',
  desc: 'Para os logitos {logits}, a softmax dá p = {p}, e a jacobiana J = diag(p) − ppᵀ tem os autovalores {eig}. O menor é 0, com autovetor (1; …; 1), e por isso o posto é {rank}; os outros são positivos e ficam entre probabilidades consecutivas (em ordem crescente: {sorted}). Eles somam o traço, {trace}, e nenhum passa de 1/2.',
  caption:
    'Em cima, os autovalores de J; embaixo, as probabilidades, no mesmo eixo. Um autovalor é sempre 0 (somar a mesma quantidade a todos os logitos não muda nada), então o posto é n − 1; cada um dos outros fica entre duas probabilidades vizinhas, e nenhum passa de 1/2.',
  eigen: 'autovalores de J',
  probs: 'probabilidades',
  summary: 'posto {rank} · traço {trace}',
  lambda: 'λ{i} = {v}',
  prob: 'p{i} = {v}',
  half: '1/2',
  tableK: 'k',
  tableLambda: 'Autovalor λₖ',
  tableP: 'Probabilidade pₖ',
} satisfies JacobianSpectrumLabels;

const ru = {
  title: 'Собственные значения матрицы Якоби softmax',
  desc: 'Для логитов {logits} softmax даёт p = {p}, а у матрицы Якоби J = diag(p) − ppᵀ собственные значения {eig}. Наименьшее равно 0, его собственный вектор\u00a0— (1; …; 1), поэтому ранг равен {rank}; остальные положительны и лежат между соседними вероятностями (по возрастанию: {sorted}). В сумме они дают след {trace}, и ни одно не больше 1/2.',
  caption:
    'Сверху\u00a0— собственные значения J, снизу\u00a0— вероятности, на одной оси. Одно собственное значение всегда равно 0 (если сдвинуть все логиты на одну и ту же величину, ничего не изменится), поэтому ранг равен n − 1; каждое из остальных лежит между двумя соседними вероятностями, и все они не больше 1/2.',
  eigen: 'собственные значения J',
  probs: 'вероятности',
  summary: 'ранг {rank} · след {trace}',
  lambda: 'λ{i} = {v}',
  prob: 'p{i} = {v}',
  half: '1/2',
  tableK: 'k',
  tableLambda: 'Собственное значение λₖ',
  tableP: 'Вероятность pₖ',
} satisfies JacobianSpectrumLabels;

export const labels: Readonly<Record<Lang, JacobianSpectrumLabels>> = { en, pt, ru };
