import { useEffect, useState } from 'react';

/** `value` once it has stayed the same for `ms` (search boxes ask the server after the user pauses typing). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return settled;
}
