/**
 * Brings <softmax-check> alive: the question works without JS (the answer is in a <details>),
 * and with JS the reader's typed value is judged and the verdict announced in a polite live
 * region. The messages arrive already translated as data attributes, so no dictionary ships.
 */
import { isLang } from '../../i18n/locales';
import { judgeAnswer } from './checkAnswer';

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

    const judge = (): void => {
      const verdict = judgeAnswer(input.value, lang, answer, tolerance);
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
      // An enclosing <softmax-exercise> (a multi-step problem) records the reader's progress.
      this.dispatchEvent(new CustomEvent('check-judged', { bubbles: true, detail: verdict.kind }));
      if (verdict.kind === 'invalid') input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
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
