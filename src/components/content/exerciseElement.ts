/**
 * Brings <softmax-exercise> alive and keeps the reader's progress on their device only:
 * localStorage "softmax-exercises" = { "<lesson>/<level>/<id>": { answered, correct } }.
 * A choice is judged on pick (announced, answer revealed); a problem is correct once each of
 * its <softmax-check> steps is (checkElement.ts reports each verdict and keeps the answers); a proof or a coding task
 * is self-assessed with two buttons. Messages arrive translated as data attributes.
 */
type Progress = Record<string, { answered: boolean; correct: boolean }>;
const PROGRESS_KEY = 'softmax-exercises';

function load(): Progress {
  try {
    return (JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}') as Progress) ?? {};
  } catch {
    return {};
  }
}

class SoftmaxExercise extends HTMLElement {
  connectedCallback(): void {
    const id = this.dataset.id;
    const feedback = this.querySelector<HTMLElement>('[data-feedback]');
    if (!id || !feedback || this.dataset.ready) return;
    this.dataset.ready = '1';
    const msg = (k: string): string => this.getAttribute(`data-msg-${k}`) ?? '';
    const status = this.querySelector<HTMLElement>('[data-status]');
    const show = (correct?: boolean): void => {
      const done = correct ?? load()[id]?.correct;
      if (status && done !== undefined) status.textContent = `(${msg(done ? 'done' : 'tried')})`;
    };
    const save = (correct: boolean): void => {
      const all = load();
      all[id] = { answered: true, correct };
      try {
        localStorage.setItem(PROGRESS_KEY, JSON.stringify(all));
      } catch {
        // Storage full or blocked: the exercise still works, only progress is not kept.
      }
      show(correct);
    };
    const say = (text: string, state: string): void => {
      feedback.dataset.state = state;
      feedback.textContent = text;
    };
    if (load()[id]) show();

    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type !== 'radio') return;
      const correct = input.value === '1';
      save(correct);
      say(msg(correct ? 'correct' : 'incorrect'), correct ? 'correct' : 'incorrect');
      const solution = this.querySelector<HTMLDetailsElement>('.exercise__solution');
      if (solution) solution.open = true;
    });

    // Solved when every step's current verdict is right, including steps whose answer was
    // restored from this device (checkElement.ts shows it with the same data-state).
    const steps = [...this.querySelectorAll('softmax-check')];
    this.addEventListener('check-judged', (event) => {
      const kind = (event as CustomEvent<string>).detail;
      if (kind === 'invalid') return;
      save(
        steps.every(
          (step) => step.querySelector<HTMLElement>('[data-feedback]')?.dataset.state === 'correct',
        ),
      );
    });

    const self = this.querySelector<HTMLElement>('[data-self]');
    if (!self) return;
    self.hidden = false;
    self.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button');
      if (!button) return;
      for (const b of self.querySelectorAll('button'))
        b.setAttribute('aria-pressed', String(b === button));
      save(button.dataset.value === '1');
      say(msg('saved'), 'saved');
    });
  }
}

if (!customElements.get('softmax-exercise'))
  customElements.define('softmax-exercise', SoftmaxExercise);

export {};
