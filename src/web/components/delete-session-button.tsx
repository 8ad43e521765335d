import { useState } from 'react';
import { ApiError, api } from '../api-client.js';
import { navigate } from '../navigation.js';
import { forgetSessionEverywhere } from '../saved-sessions.js';

/** Props of the delete button. */
export interface DeleteSessionButtonProps {
  sessionId: string;
  token: string;
}

/** Deletes the session and everything derived from it, after a second, explicit click. */
export function DeleteSessionButton({ sessionId, token }: DeleteSessionButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const remove = async () => {
    setBusy(true);
    try {
      await api.deleteSession(sessionId, token);
    } catch (caught) {
      // Already gone is what the candidate asked for.
      if (!(caught instanceof ApiError && caught.status === 404)) {
        setError(caught instanceof ApiError ? caught.message : 'The session could not be deleted.');
        setBusy(false);
        return;
      }
    }
    forgetSessionEverywhere(sessionId);
    navigate('/');
  };
  if (!confirming) {
    return (
      <button type="button" className="danger-outline" onClick={() => setConfirming(true)}>
        Delete this session
      </button>
    );
  }
  return (
    <span className="confirm-delete">
      <span>Delete your CV, answers and results from the server?</span>
      <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
        {busy ? 'Deleting…' : 'Yes, delete everything'}
      </button>
      <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
        Keep it
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
