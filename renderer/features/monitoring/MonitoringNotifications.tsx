import { useMonitoringNotifications } from './useMonitoringNotifications';

/**
 * The shell's system notifications for agreements in force, as a component so the shell can load it
 * lazily: the measurement code it needs is not part of the start-up code (issue 12 §4).
 */
export function MonitoringNotifications() {
  useMonitoringNotifications();
  return null;
}
