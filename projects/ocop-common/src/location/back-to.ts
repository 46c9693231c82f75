import { navigateTo } from './navigation';

/** The part of the Navigation API (Chromium, recent Firefox and Safari) that backTo reads. */
interface HistoryEntries {
  currentEntry: { index: number } | null;
  entries(): { url: string | null }[];
}

/**
 * A "back to the list" link: when the page before this one in the tab's history is `path` (with any query),
 * goes back to it, so the list comes back with the filters, sort and page the user left it with; otherwise
 * (a deep link, another page before) navigates to `path` forward.
 */
export function backTo(path: string, history: HistoryEntries | undefined = navigationOf(window)): void {
  if (previousPath(history) === path) window.history.back();
  else navigateTo(path);
}

function previousPath(history: HistoryEntries | undefined): string | null {
  const current = history?.currentEntry;
  if (!history || !current || current.index < 1) return null;
  const url = history.entries()[current.index - 1]?.url;
  if (!url) return null;
  const previous = new URL(url, location.href);
  return previous.origin === location.origin ? previous.pathname.replace(/\/+$/, '') : null;
}

function navigationOf(win: Window): HistoryEntries | undefined {
  return (win as Window & { navigation?: HistoryEntries }).navigation;
}
