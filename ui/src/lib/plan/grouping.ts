// How the plan screen lays the core's actions out: in groups by lead department, status, theme
// or SDG goal, and which ones the filters keep. Presentation only — statuses and their order,
// an action's themes, goals and lateness, and every figure come from the core.
import type { ActionStatus } from '../bindings/ActionStatus';
import type { PlanAction } from '../bindings/PlanAction';

export type GroupBy = 'department' | 'status' | 'theme' | 'sdg';

export type Group = {
  /** The department's name, the status, the theme or the goal's number ("" for actions
   *  without one). */
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
    for (const key of keysOf(a, by)) {
      const list = groups.get(key);
      if (list) list.push(a);
      else groups.set(key, [a]);
    }
  }
  let keys: string[];
  if (by === 'status') {
    keys = statuses.filter((s) => groups.has(s));
  } else if (by === 'sdg') {
    const goals = [...groups.keys()].filter((k) => k !== '').sort((a, b) => Number(a) - Number(b));
    keys = groups.has('') ? [...goals, ''] : goals;
  } else {
    const named = [...groups.keys()].filter((k) => k !== '').sort((a, b) => a.localeCompare(b));
    keys = groups.has('') ? [...named, ''] : named;
  }
  return keys.map((key) => ({ key, actions: groups.get(key) ?? [] }));
}

/**
 * The groups an action sits in: one department or status; each of its themes or goals (an
 * action on a housing and a poverty recommendation is under both), or "" when it has none.
 */
function keysOf(a: PlanAction, by: GroupBy): string[] {
  if (by === 'department') return [a.action.department.trim()];
  if (by === 'status') return [a.action.status];
  const list = by === 'theme' ? a.themes : a.sdg_goals.map(String);
  return list.length > 0 ? list : [''];
}

/** What the filters above the plan ask for ("" for any). */
export type PlanFilter = { status: string; department: string; sdg: string; overdue: boolean };

export const NO_FILTER: PlanFilter = { status: '', department: '', sdg: '', overdue: false };

/** The actions the filters keep (the core decided each action's goals and lateness). */
export function filterActions(actions: readonly PlanAction[], f: PlanFilter): PlanAction[] {
  return actions.filter(
    (a) =>
      (f.status === '' || a.action.status === f.status) &&
      (f.department === '' || a.action.department.trim() === f.department) &&
      (f.sdg === '' || a.sdg_goals.includes(Number(f.sdg))) &&
      (!f.overdue || a.overdue),
  );
}

/** Text typed as a list ("Housing NGO; Tenants' union") as the core takes it. */
export const splitList = (s: string): string[] =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '');
