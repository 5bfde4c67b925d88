import { type IgnoredParam, NOTE_MAX_ITEMS } from '@/lib/url-state';

const REASON_ATTRIBUTE: Record<IgnoredParam['reason'], string> = {
  unknown: 'reasonUnknown',
  'too-long': 'reasonTooLong',
  'out-of-range': 'reasonOutOfRange',
  malformed: 'reasonMalformed',
};

function code(text: string): HTMLElement {
  const element = document.createElement('code');
  element.textContent = text;
  return element;
}

/**
 * Fills the server-rendered note (IgnoredParamsNoteShell) with what a link
 * carried that was ignored, or hides it. Everything goes in as text
 * (textContent, never HTML), so markup in a link stays visible characters.
 */
export function showIgnoredParams(shell: HTMLElement, ignored: IgnoredParam[]): void {
  const list = shell.querySelector('ul');
  if (!list) return;
  const items = ignored.slice(0, NOTE_MAX_ITEMS).map((item) => {
    const li = document.createElement('li');
    li.className = 'break-all';
    li.append(code(item.param));
    if (item.value) li.append(' = ', code(item.value));
    li.append(` (${shell.dataset[REASON_ATTRIBUTE[item.reason]] ?? item.reason})`);
    return li;
  });
  if (ignored.length > NOTE_MAX_ITEMS) {
    const more = document.createElement('li');
    more.textContent = `… +${ignored.length - NOTE_MAX_ITEMS}`;
    items.push(more);
  }
  list.replaceChildren(...items);
  shell.hidden = ignored.length === 0;
}
