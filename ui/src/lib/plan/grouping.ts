// How the plan screen lays the core's actions out: in groups by lead department or by status.
// Presentation only — statuses, their order and every figure come from the core.
import type { ActionStatus } from '../bindings/ActionStatus';
import type { PlanAction } from '../bindings/PlanAction';

export type GroupBy = 'department' | 'status';

export type Group = {
  /** The department's name ("" for actions without one), or the status. */
  key: string;
  actions: PlanAction[];
};

/**
 * The actions in groups, each keeping the core's order of actions. By department: named
 * departments alphabetically, actions without one last. By status: in the order of
 * `statuses` (the core's), groups without actions left out.
 */
export function groupActions(actions: readonly PlanAction[], by: GroupBy, statuses: readonly ActionStatus[]): Group[] {
  const groups = new Map<string, PlanAction[]>();
  for (const a of actions) {
    const key = by === 'department' ? a.action.department.trim() : a.action.status;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  let keys: string[];
  if (by === 'status') {
    keys = statuses.filter((s) => groups.has(s));
  } else {
    const named = [...groups.keys()].filter((k) => k !== '').sort((a, b) => a.localeCompare(b));
    keys = groups.has('') ? [...named, ''] : named;
  }
  return keys.map((key) => ({ key, actions: groups.get(key) ?? [] }));
}

/** Text typed as a list ("Housing NGO; Tenants' union") as the core takes it. */
export const splitList = (s: string): string[] =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '');
