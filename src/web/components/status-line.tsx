/** Props of a status line. */
export interface StatusLineProps {
  /** What is happening; nothing is shown when undefined. */
  text: string | undefined;
  busy?: boolean;
}

/** A polite live region with a spinner while work is under way, so the page never looks frozen. */
export function StatusLine({ text, busy = false }: StatusLineProps) {
  return (
    <p className="status-line" role="status" aria-live="polite">
      {text && busy && <span className="spinner" aria-hidden="true" />}
      {text}
    </p>
  );
}
