import type { ReactNode } from 'react';

interface NoticeProps {
  tone?: 'info' | 'warning' | 'error' | 'success';
  /** Alerts interrupt the screen reader; use them for failures only. */
  role?: 'status' | 'alert' | 'note';
  children: ReactNode;
  className?: string;
}

export function Notice({ tone = 'info', role = 'status', children, className }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}${className ? ` ${className}` : ''}`} role={role === 'note' ? undefined : role}>
      {children}
    </div>
  );
}
