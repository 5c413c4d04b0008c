/**
 * Brings <softmax-check> alive: the question works without JS (the answer is in a <details>),
 * and with JS the reader's typed value is judged and the verdict announced in a polite live
 * region. The messages arrive already translated as data attributes, so no dictionary ships.
 * Each question remembers the reader's last judged answer on this device (checkStore.ts) and
 * shows it again, judged afresh, when the page is opened again; a step of a <softmax-exercise>
 * too (the exercise reads its steps' verdicts, so restored steps count towards solving it).
 */
import { isLang } from '../../i18n/locales';
import { judgeAnswer, type CheckVerdict } from './checkAnswer';
import {
  CHECKS_KEY,
  parseCheckStore,
  restoredCheck,
  withCheck,
  type CheckStore,
} from './checkStore';

function readStore(): CheckStore {
  try {
    return parseCheckStore(window.localStorage.getItem(CHECKS_KEY));
  } catch {
    return {}; // storage unavailable (private mode, blocked): nothing was kept
  }
}

function writeStore(store: CheckStore): void {
  try {
    window.localStorage.setItem(CHECKS_KEY, JSON.stringify(store));
  } catch {
    /* storage full or blocked: the question still works, its answer is only not kept */
  }
}

class SoftmaxCheck extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input');
    const button = this.querySelector<HTMLButtonElement>('button');
    const feedback = this.querySelector<HTMLElement>('[data-feedback]');
    if (!input || !button || !feedback || this.dataset.ready) return;
    this.dataset.ready = 'true';
    const lang = this.dataset.lang;
    // One accepted value, or several separated by spaces (exact and from the printed numbers).
    const answer = (this.dataset.answer ?? '').trim().split(/\s+/).map(Number);
    const tolerance = Number(this.dataset.tolerance);
    if (
      !isLang(lang) ||
      answer.length === 0 ||
      !answer.every(Number.isFinite) ||
      !Number.isFinite(tolerance)
    )
      return;

    const show = (verdict: CheckVerdict): void => {
      const key = verdict.kind === 'invalid' ? `error-${verdict.code}` : verdict.kind;
      const message = this.getAttribute(`data-msg-${key}`) ?? '';
      feedback.dataset.state = verdict.kind;
      if (feedback.textContent === message) {
        // Same verdict twice: empty the live region first so screen readers announce it again.
        feedback.textContent = '';
        window.setTimeout(() => (feedback.textContent = message), 100);
      } else {
        feedback.textContent = message;
      }
      if (verdict.kind === 'invalid') input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    };

    // Answers are kept per page and position (the n-th question of the page).
    const page = this.dataset.page;
    const position = String([...document.querySelectorAll('softmax-check')].indexOf(this) + 1);
    const signature = this.dataset.answer ?? '';
    // What the reader typed before this script ran is never replaced by an older answer.
    const saved = page && !input.value && restoredCheck(readStore(), page, position, signature);
    if (saved) {
      // Judged again, never taken from storage: a tampered verdict cannot show as right.
      const verdict = judgeAnswer(saved.value, lang, answer, tolerance);
      if (verdict.kind !== 'invalid') {
        input.value = saved.value;
        show(verdict);
      }
    }

    const judge = (): void => {
      const verdict = judgeAnswer(input.value, lang, answer, tolerance);
      show(verdict);
      if (page && verdict.kind !== 'invalid')
        writeStore(
          withCheck(readStore(), page, position, {
            value: input.value,
            verdict: verdict.kind,
            answer: signature,
          }),
        );
      // An enclosing <softmax-exercise> (a multi-step problem) records the reader's progress.
      this.dispatchEvent(new CustomEvent('check-judged', { bubbles: true, detail: verdict.kind }));
    };
    button.addEventListener('click', judge);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        judge();
      }
    });
    input.addEventListener('input', () => {
      if (input.hasAttribute('aria-invalid')) input.removeAttribute('aria-invalid');
    });
  }
}

if (!customElements.get('softmax-check')) customElements.define('softmax-check', SoftmaxCheck);
