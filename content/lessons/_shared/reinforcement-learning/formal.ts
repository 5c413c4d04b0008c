/** Computations of "reinforcement-learning", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { argmax, dot, entropy, logSumExp, softmax } from '~/lib/math';
export const X = [
  [1, 0],
  [0, 1],
  [1, 1],
];
export const theta = [1, 0.5];
export const h = X.map((row) => dot(theta, row));
export const pi = softmax(h);
export const pair = softmax([1, 2]);
export const xbar = [0, 1].map((k) => X.reduce((acc, row, b) => acc + pi[b] * row[k], 0));
export const score = X[1].map((v, k) => v - xbar[k]);
export const meanScore = [0, 1].map((k) =>
  X.reduce((acc, row, b) => acc + pi[b] * (row[k] - xbar[k]), 0),
);
/** Check yourself, "score-new": the same features X with a new θ. */
export const exTheta = [0.5, -1];
export const exH = X.map((row) => dot(exTheta, row));
export const exPi = softmax(exH);
export const exXbar = [0, 1].map((k) => X.reduce((acc, row, b) => acc + exPi[b] * row[k], 0));
export const exScore = X[0].map((v, k) => v - exXbar[k]);

/** ε-greedy over preferences: the leader gets 1 − ε + ε/n, every other action ε/n (first index on ties). */
function epsGreedy(prefs: readonly number[], eps: number): number[] {
  const best = argmax(prefs);
  return prefs.map((_, a) => (a === best ? 1 - eps : 0) + eps / prefs.length);
}
/** "The entropy bonus": preferences taken as the action values, β = T = 1, against ε-greedy. */
export const entPrefs = [1, 0.9, -2];
export const entEps = 0.1;
export const entPi = softmax(entPrefs);
export const entH = entropy(entPi);
export const entMaxH = Math.log(entPrefs.length);
export const entValue = dot(entPi, entPrefs);
export const entBound = logSumExp(entPrefs);
export const entGreedy = epsGreedy(entPrefs, entEps);
export const entGreedyH = entropy(entGreedy);
export const entGreedyValue = dot(entGreedy, entPrefs);
/** The same, with the runner-up's preference raised past the leader's. */
export const entRaised = [1, 1.1, -2];
export const entStep = entRaised[1] - entPrefs[1];
export const entPiRaised = softmax(entRaised);
export const entGreedyRaised = epsGreedy(entRaised, entEps);
export const entMoved = entGreedy[0] - entGreedyRaised[0];
/** Check yourself, "entropy-bonus": new values q and coefficient β. */
export const exQ = [2, 1, -1];
export const exBeta = 0.5;
export const exQScaled = exQ.map((v) => v / exBeta);
export const exPiStar = softmax(exQ, { temperature: exBeta });
export const exBest = exBeta * logSumExp(exQ, { temperature: exBeta });
export const exPiStarValue = dot(exPiStar, exQ);
export const exGreedy = epsGreedy(exQ, entEps);
export const exGreedyValue = dot(exGreedy, exQ);
export const exGreedyH = entropy(exGreedy);
export const exGreedyJ = exGreedyValue + exBeta * exGreedyH;
export const entGreedyJ = entGreedyValue + entGreedyH;
