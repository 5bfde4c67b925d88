import { copyText } from '@/lib/share/copy-text';
import { closestTarget } from './lazy';

const RESET_AFTER_MS = 2500;
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/**
 * The copy buttons beside headings (components/share/copy-link-button.tsx):
 * one listener for the whole page, so headings rendered later by React
 * (on the interactive pages) work too. The outcome shows beside the button for
 * a few seconds, long enough to read, and the page's live region
 * (`[data-copy-link-status]`, outside every heading) announces it.
 */
export function initCopyLinks(): void {
  document.addEventListener('click', async (event) => {
    const button = closestTarget<HTMLButtonElement>(event, 'button[data-copy-link]');
    const wrapper = button?.parentElement;
    const outcome = wrapper?.querySelector('[data-copy-link-outcome]');
    if (!button || !wrapper || !outcome) return;
    const announcer = document.querySelector('[data-copy-link-status]');
    const copied = await copyText(`${location.origin}${location.pathname}#${button.dataset.copyLink}`);
    const message = (copied ? button.dataset.copied : button.dataset.failed) ?? '';
    wrapper.dataset.copyState = copied ? 'copied' : 'failed';
    outcome.textContent = message;
    if (announcer) announcer.textContent = message;
    clearTimeout(timers.get(wrapper));
    timers.set(
      wrapper,
      setTimeout(() => {
        wrapper.dataset.copyState = 'idle';
        outcome.textContent = '';
        if (announcer?.textContent === message) announcer.textContent = '';
      }, RESET_AFTER_MS),
    );
  });
}
