/**
 * A coded failure of a service call (a language model, a report store): a stable `code`, the HTTP status of the
 * last attempt when there was a response, and the code's user-safe message from the subclass's table. The
 * message is built from the code and the status only: it never carries the service's response text (which can
 * echo a masked key), request headers or tokens.
 */
export class CodedServiceError<Code extends string> extends Error {
  readonly code: Code;
  /** HTTP status of the last attempt, when there was a response. */
  readonly status?: number;
  /** Safe to show to a user. */
  readonly userMessage: string;

  /** `name` is the subclass's (`error.name`); `messages` its table of user-safe messages by code. */
  constructor(name: string, messages: Readonly<Record<Code, string>>, code: Code, status?: number) {
    super(`${code}${status ? ` (HTTP ${status})` : ''}: ${messages[code]}`);
    this.name = name;
    this.code = code;
    if (status !== undefined) this.status = status;
    this.userMessage = messages[code];
  }
}

/** A service's error class (see `codedServiceError`): `instanceof` narrows to its codes. */
export interface CodedServiceErrorClass<Code extends string> {
  new (code: Code, status?: number): CodedServiceError<Code>;
  readonly prototype: CodedServiceError<Code>;
}

/**
 * The error class of one service: `new (codedServiceError(name, messages))(code, status?)` is a
 * `CodedServiceError` whose `name` is `name` and whose user message is `messages[code]`. Declare it as
 * `export const X = codedServiceError('X', TABLE); export type X = InstanceType<typeof X>;` (`instanceof X` works).
 */
export function codedServiceError<Code extends string>(
  name: string,
  messages: Readonly<Record<Code, string>>,
): CodedServiceErrorClass<Code> {
  return class extends CodedServiceError<Code> {
    constructor(code: Code, status?: number) {
      super(name, messages, code, status);
    }
  };
}
