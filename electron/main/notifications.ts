import { Notification } from 'electron';
import type { ShowNotificationRequest } from '../../shared/ipc/contract';

/**
 * A warning as a system notification (issue 11). The request was validated by the IPC guard; the
 * text is plain (Electron shows no markup on Windows and Linux, and none is needed). Returns false
 * where the desktop offers no notifications, so the renderer can say so instead of pretending.
 */
export function showSystemNotification(request: ShowNotificationRequest, onClick?: () => void): boolean {
  if (!Notification.isSupported()) return false;
  const notification = new Notification({ title: request.title, body: request.body, silent: false });
  if (onClick) notification.on('click', onClick);
  notification.show();
  return true;
}
