// A dashboard's From and To kept in the page's address (so a link brings the same days back), under
// `from` and `to` or the names given; applying a range changes only those two parameters.
import { useSearchParams } from 'react-router';
import { rangeFrom, type DateRange } from './date-range.ts';

const DEFAULT_NAMES: DateRange = { from: 'from', to: 'to' };

export function useAddressRange(names: DateRange = DEFAULT_NAMES): [DateRange, (next: DateRange) => void] {
  const [params, setParams] = useSearchParams();
  const apply = (next: DateRange) => {
    const search = new URLSearchParams(params);
    for (const field of ['from', 'to'] as const) {
      if (next[field] === '') search.delete(names[field]);
      else search.set(names[field], next[field]);
    }
    setParams(search, { replace: true });
  };
  return [rangeFrom(params, names), apply];
}
