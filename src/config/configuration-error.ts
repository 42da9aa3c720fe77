import { PshbError } from '../errors.ts';

export interface BadVariable {
  readonly variable: string;
  readonly message: string;
}

/** One or more environment variables hold values the program cannot use; each is named. */
export class ConfigurationError extends PshbError {
  readonly variables: readonly BadVariable[];

  constructor(variables: readonly BadVariable[]) {
    super(
      'INVALID_INPUT',
      `the configuration is not valid (docs/configuration.md): ${variables
        .map((v) => `${v.variable}: ${v.message}`)
        .join('; ')}`,
      variables.map((v) => ({ field: v.variable, message: v.message })),
    );
    this.variables = variables;
  }
}
