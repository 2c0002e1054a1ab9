import { apiUrl } from '../../api/client';

/**
 * Opens a server-rendered A4 document (任务委托书, 结算单) in a new tab and prints it there once loaded.
 * Returns false when the browser blocked the tab.
 */
export function openPrint(path: string): boolean {
  const w = window.open(apiUrl(path), '_blank');
  if (!w) return false;
  w.addEventListener('load', () => {
    try {
      w.focus();
      w.print();
    } catch {
      // the tab shows the document; the user prints from the browser
    }
  });
  return true;
}
