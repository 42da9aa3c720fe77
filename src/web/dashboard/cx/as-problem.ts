// Any failure of an API call as an ApiProblem, so the page shows it the one way (ProblemAlert).
import { ApiProblem } from '../../api/api-problem.ts';

export function asProblem(error: unknown): ApiProblem {
  return error instanceof ApiProblem
    ? error
    : new ApiProblem({ status: 0, code: 'UNKNOWN', detail: String(error) });
}
