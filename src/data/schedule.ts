/**
 * "Open now", in the line's own time zone, for the few lines that publish days, times and (through their region) a
 * time zone. Pure: the time comes in, so tests can set it.
 */
import type { Schedule } from './types.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

/** True when `at` falls inside the schedule's days and hours, read on the line's own clock. */
export function isOpenAt(schedule: Schedule, at: Date): boolean {
  let format = formatters.get(schedule.timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: schedule.timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(schedule.timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  const day = WEEKDAYS.indexOf(parts.weekday);
  const time = `${parts.hour}:${parts.minute}`;
  return schedule.days.includes(day) && time >= schedule.opens && time < schedule.closes;
}

/**
 * A judge of "open now" for one element: each answer also asks the element to render again a minute later (while it
 * is in the page), so "Open now" turns to "Closed now" on time without a clock on pages that show no schedule.
 */
export function openNowJudge(host: { isConnected: boolean; requestUpdate(): void }): (schedule: Schedule) => boolean {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (schedule) => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (host.isConnected) host.requestUpdate();
    }, 60_000);
    return isOpenAt(schedule, new Date());
  };
}
