// Load errors and warnings in compose-go's words, each with the file and source range it is about.
import type { Range } from './model';

export class ComposeError extends Error {
  constructor(
    message: string,
    /** The file the error is about, when it is about one place. */
    readonly file?: string,
    readonly range?: Range,
  ) {
    super(message);
    this.name = 'ComposeError';
  }
}

export interface ComposeWarning {
  message: string;
  file?: string;
  range?: Range;
}

/** compose-go errdefs.ErrInvalid, as wrapped by `%w`. */
export const INVALID_PROJECT = 'invalid compose project';
