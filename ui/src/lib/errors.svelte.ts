// The error banner's state: the failures a user should see, newest last, each dismissable.
import { asFailure, type ApiFailure } from './api/client';

export interface ShownError {
  id: number;
  code: ApiFailure['code'];
  message: string;
  /** How many times it happened since it was shown (a retry that failed the same way). */
  times: number;
  /** Where it shows: `null` at the top of the page, or the name of the form it came from
   *  (`'clip'`), which shows it beside itself, where the user is looking. */
  place: string | null;
  /** When it last happened (`Date.now()`). */
  last: number;
}

let next = 1;

/** A failure repeated within this many milliseconds is the same one met twice at once
 *  (two parts of the page asking alike), not a retry: it is not counted again. */
const AT_ONCE_MS = 250;

class Errors {
  list = $state<ShownError[]>([]);

  show(err: unknown, place: string | null = null): void {
    const failure = asFailure(err);
    // One banner per message and place: a repeated failure does not stack up, but its
    // banner counts the times, so a retry that failed the same way does not look like one
    // that did nothing.
    const now = Date.now();
    const before = this.list.find((e) => e.message === failure.message && e.place === place);
    if (before) {
      if (now - before.last >= AT_ONCE_MS) before.times += 1;
      before.last = now;
    } else {
      this.list.push({ id: next++, code: failure.code, message: failure.message, times: 1, place, last: now });
    }
  }

  /** The failures shown at `place` (`null`: the top of the page). */
  at(place: string | null): ShownError[] {
    return this.list.filter((e) => e.place === place);
  }

  /** Put away the failures of `place`: what failed there has since worked. */
  settle(place: string): void {
    this.list = this.list.filter((e) => e.place !== place);
  }

  dismiss(id: number): void {
    this.list = this.list.filter((e) => e.id !== id);
  }

  clear(): void {
    this.list = [];
  }
}

export const errors = new Errors();
