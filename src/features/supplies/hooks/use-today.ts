import { useEffect, useState } from 'react';
import { copenhagenDate } from '../domain/dates';

/** Today's date in Copenhagen; changes at local midnight (checked each minute and on focus). */
export function useToday(): string {
  const [today, setToday] = useState(() => copenhagenDate());
  useEffect(() => {
    const check = () => setToday(copenhagenDate());
    const timer = window.setInterval(check, 60_000);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return today;
}
