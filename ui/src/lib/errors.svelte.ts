// The error banner's state: the failures a user should see, newest last, each dismissable.
import { asFailure, type ApiFailure } from './api/client';

export interface ShownError {
  id: number;
  code: ApiFailure['code'];
  message: string;
}

let next = 1;

class Errors {
  list = $state<ShownError[]>([]);

  show(err: unknown): void {
    const failure = asFailure(err);
    // One banner per message: a repeated failure should not stack up.
    if (this.list.some((e) => e.message === failure.message)) return;
    this.list.push({ id: next++, code: failure.code, message: failure.message });
  }

  dismiss(id: number): void {
    this.list = this.list.filter((e) => e.id !== id);
  }

  clear(): void {
    this.list = [];
  }
}

export const errors = new Errors();
