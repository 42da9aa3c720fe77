// The contract year in the address (?year=YYYY), the program's year when none is given.
import { useSearchParams } from 'react-router';

export function useYear(programDate: string): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const fromAddress = Number(params.get('year'));
  const year =
    Number.isInteger(fromAddress) && fromAddress > 1900 ? fromAddress : Number(programDate.slice(0, 4));
  return [year, (next) => setParams({ year: String(next) }, { replace: true })];
}
