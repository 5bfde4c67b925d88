import { copyText } from '@/lib/share/copy-text';
import { closestTarget } from './lazy';

const RESET_AFTER_MS = 2500;
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/**
 * The copy buttons beside headings (components/share/copy-link-button.tsx):
 * one listener for the whole page, so headings rendered later by React
 * (on the interactive pages) work too. The outcome shows for a few seconds,
 * long enough to read and to be announced.
 */
export function initCopyLinks(): void {
  document.addEventListener('click', async (event) => {
    const button = closestTarget<HTMLButtonElement>(event, 'button[data-copy-link]');
    const wrapper = button?.parentElement;
    const status = wrapper?.querySelector('[role="status"]');
    if (!button || !wrapper || !status) return;
    const copied = await copyText(`${location.origin}${location.pathname}#${button.dataset.copyLink}`);
    wrapper.dataset.copyState = copied ? 'copied' : 'failed';
    status.textContent = (copied ? button.dataset.copied : button.dataset.failed) ?? '';
    clearTimeout(timers.get(wrapper));
    timers.set(
      wrapper,
      setTimeout(() => {
        wrapper.dataset.copyState = 'idle';
        status.textContent = '';
      }, RESET_AFTER_MS),
    );
  });
}
