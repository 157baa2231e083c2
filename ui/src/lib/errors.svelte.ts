// The error banner's state: the failures a user should see, newest last, each dismissable.
import { asFailure, type ApiFailure } from './api/client';

export interface ShownError {
  id: number;
  code: ApiFailure['code'];
  message: string;
  /** How many times it happened since it was shown (a retry that failed the same way). */
  times: number;
}

let next = 1;

class Errors {
  list = $state<ShownError[]>([]);

  show(err: unknown): void {
    const failure = asFailure(err);
    // One banner per message: a repeated failure does not stack up, but its banner counts
    // the times, so a retry that failed the same way does not look like one that did
    // nothing.
    const before = this.list.find((e) => e.message === failure.message);
    if (before) before.times += 1;
    else this.list.push({ id: next++, code: failure.code, message: failure.message, times: 1 });
  }

  dismiss(id: number): void {
    this.list = this.list.filter((e) => e.id !== id);
  }

  clear(): void {
    this.list = [];
  }
}

export const errors = new Errors();
