// The implementation plan's own dates on the calendar (#15): an action's due date, an
// indicator's target date. The core decides each one's date, state and reminders
// (`calendar::plan_dates`); this only says how it reads and where it links.
import type { EventInput } from '@fullcalendar/core';
import type { PlanDate } from '../bindings/PlanDate';
import { t } from '../i18n';
import { href } from '../router.svelte';

/** One colour for the plan's entries (white text on it is 7.4:1). */
export const PLAN_COLOUR = '#3d4f7a';

/** "Due: Open two shelters" or "Target date: Shelter beds". */
export function planTitle(p: PlanDate): string {
  return p.kind === 'action_due' ? t('calendar.plan_due', { title: p.title }) : t('calendar.plan_target', { title: p.title });
}

/** Where it opens: its action's details in the plan, or the indicator of a recommendation. */
export function planHref(p: PlanDate): string {
  if (p.action_id !== null) return href.planAction(p.action_id);
  return p.indicator_id !== null ? href.planIndicator(p.indicator_id) : href.plan;
}

/** Its state as the calendar's tag says it: overdue, done, due soon, or nothing. */
export function planTag(p: PlanDate): { text: string; kind: string } | null {
  if (p.state === 'overdue') return { text: t('calendar.tag_overdue'), kind: 'overdue' };
  if (p.state === 'done') return { text: t('calendar.tag_done'), kind: 'met' };
  if (p.soon) return { text: t('calendar.tag_soon'), kind: 'soon' };
  return null;
}

/** A whole-day FullCalendar event (not draggable: its date is changed in the plan). */
export function planInput(p: PlanDate): EventInput {
  return {
    id: `plan-${p.kind}-${p.indicator_id ?? p.action_id}`,
    title: planTitle(p),
    start: p.date,
    end: p.end,
    allDay: true,
    backgroundColor: PLAN_COLOUR,
    borderColor: PLAN_COLOUR,
    textColor: '#ffffff',
    classNames: ['cr-event', 'cr-plan'],
    editable: false,
    extendedProps: { plan: p },
  };
}

/** The plan entry an event carries, if it is one. */
export const planOf = (extendedProps: Record<string, unknown>): PlanDate | null => (extendedProps.plan as PlanDate | undefined) ?? null;
