import { useCallback, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { SaveFileResponse } from '../../../shared/ipc/contract';
import { getPlatform } from '../../platform/platform';
import './word.css';

const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * PDF by printing (issue 4): the content to print is rendered into a `.print-root` beside the app,
 * the print stylesheet hides everything else, then Electron renders the window to PDF (or a
 * browser opens its print dialog). The root is removed afterwards.
 */
export function usePrint(): {
  print(content: ReactNode, suggestedName: string): Promise<SaveFileResponse>;
  portal: ReactNode;
} {
  const [content, setContent] = useState<ReactNode>(null);
  const print = useCallback(async (next: ReactNode, suggestedName: string) => {
    setContent(next);
    try {
      await nextPaint();
      return await getPlatform().printToPdf({ suggestedName });
    } finally {
      setContent(null);
    }
  }, []);
  const portal =
    content === null
      ? null
      : createPortal(
          <div className="print-root" data-testid="print-root">
            {content}
          </div>,
          document.body,
        );
  return { print, portal };
}
