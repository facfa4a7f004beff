// What every screen shares: the app's status (which database, which city, the user's time
// zone) and the reference list of mechanisms (for badges and colours).
import { listMandates, listMechanisms } from './commands';
import { mechanismAcronym } from './i18n';
import type { Mandate } from './bindings/Mandate';
import type { Mechanism } from './bindings/Mechanism';
import type { AppStatus } from './bindings/AppStatus';

type Session = {
  status: AppStatus | null;
  mechanisms: Mechanism[];
  mandates: Mandate[] | null;
  /** Bumped after any change that moves a deadline, so the "next due" line reloads. */
  revision: number;
};

export const session: Session = $state({ status: null, mechanisms: [], mandates: null, revision: 0 });

/** The user's IANA time zone, as the core resolved it. */
export function userZone(): string {
  return session.status?.time_zone ?? 'UTC';
}

export function mechanismByCode(code: string): Mechanism | undefined {
  return session.mechanisms.find((m) => m.code === code);
}

/** The acronym of the mechanism `code` in the interface's language ("EPU" in French), the code
 *  itself for a mechanism this version does not know. */
export function acronymOf(code: string): string {
  const m = mechanismByCode(code);
  return m ? mechanismAcronym(m) : code;
}

/** Loads the mechanisms once per open database. */
export async function loadMechanisms(force = false): Promise<Mechanism[]> {
  if (force || session.mechanisms.length === 0) {
    session.mechanisms = await listMechanisms();
  }
  return session.mechanisms;
}

/** Loads the Special Procedures mandates once (they are built-in reference data). */
export async function loadMandates(): Promise<Mandate[]> {
  if (session.mandates === null) {
    session.mandates = await listMandates();
  }
  return session.mandates;
}

/** Tells the shell that deadlines may have changed. */
export function deadlinesChanged(): void {
  session.revision += 1;
}
