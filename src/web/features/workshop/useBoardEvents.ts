import { useEffect, useRef, useState } from 'react';
import { apiUrl } from '../../api/client';

/**
 * Subscribes to /api/workshop/events (SSE) and calls `onBoard` on every `board` event (bursts are
 * coalesced). EventSource reconnects by itself; `live` is false while the connection is down.
 */
export function useBoardEvents(pointId: string | undefined, onBoard: () => void): boolean {
  const [live, setLive] = useState(false);
  const cb = useRef(onBoard);
  cb.current = onBoard;

  useEffect(() => {
    if (!pointId || typeof EventSource === 'undefined') return;
    const es = new EventSource(apiUrl('/workshop/events', { servicePointId: pointId }), { withCredentials: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasDown = false;
    es.onopen = () => setLive(true);
    es.addEventListener('ready', () => {
      setLive(true);
      // After a reconnect, changes may have been missed while down.
      if (wasDown) {
        wasDown = false;
        cb.current();
      }
    });
    es.addEventListener('board', () => {
      setLive(true);
      clearTimeout(timer);
      timer = setTimeout(() => cb.current(), 200);
    });
    es.onerror = () => {
      setLive(false);
      wasDown = true;
    };
    return () => {
      clearTimeout(timer);
      es.close();
      setLive(false);
    };
  }, [pointId]);

  return live;
}
