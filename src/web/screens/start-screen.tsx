import { type DragEvent, type FormEvent, useState } from 'react';
import { ApiError, api } from '../api-client.js';
import { StatusLine } from '../components/status-line.js';
import { navigate } from '../navigation.js';
import { forgetSession, type SavedSession, savedSessions, saveSession } from '../saved-sessions.js';
import { describeEvent, newProgressId, useCreationProgress } from '../use-session-events.js';

/** Error codes that are about the CV rather than the job (shown next to the CV field). */
const CV_ERROR_CODES = new Set([
  'CV_UNREADABLE',
  'PDF_NO_TEXT',
  'PDF_ENCRYPTED',
  'UNSUPPORTED_TYPE',
  'FILE_TOO_LARGE',
  'DOCX_TOO_LARGE',
]);

interface FieldErrors {
  cv?: string;
  job?: string;
  form?: string;
}

/** Puts an API error next to the field it is about. */
function errorsFrom(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return { form: 'Something went wrong. Please try again.' };
  if (CV_ERROR_CODES.has(error.code)) return { cv: error.message };
  if (error.code === 'JOB_UNREADABLE') return { job: error.message };
  if (error.code === 'EMPTY_DOCUMENT') {
    return /job/i.test(error.message) ? { job: error.message } : { cv: error.message };
  }
  return { form: error.message };
}

/** The first screen: bring a CV (file or pasted text) and a job description; get the gap report. */
export function StartScreen() {
  const [file, setFile] = useState<File>();
  const [cvText, setCvText] = useState('');
  const [jobText, setJobText] = useState('');
  // Empty: the server follows the language of the CV (else the job).
  const [language, setLanguage] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // Set while a session is being created: its progress stream is open meanwhile.
  const [progressId, setProgressId] = useState<string>();
  const progress = useCreationProgress(progressId);
  const [dragging, setDragging] = useState(false);
  const [previous, setPrevious] = useState<SavedSession[]>(() => savedSessions());

  const chooseFile = (chosen: File | undefined) => {
    setFile(chosen);
    setErrors((current) => ({ ...current, cv: undefined }));
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    chooseFile(event.dataTransfer.files[0]);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!file && cvText.trim() === '') found.cv = 'Choose your CV file, or paste its text below.';
    if (jobText.trim() === '') found.job = 'Paste the job description.';
    setErrors(found);
    if (found.cv || found.job) return;
    const form = new FormData();
    if (file) form.append('cv', file, file.name);
    else form.append('cvText', cvText);
    form.append('jobText', jobText);
    if (language) form.append('language', language);
    setBusy(true);
    const id = newProgressId();
    setProgressId(id);
    try {
      const created = await api.createSession(form, id);
      saveSession({ id: created.sessionId, token: created.token, createdAt: new Date().toISOString() });
      navigate(`/session/${created.sessionId}`);
    } catch (error) {
      setErrors(errorsFrom(error));
      setBusy(false);
      setProgressId(undefined);
    }
  };

  return (
    <div className="start">
      <section className="intro">
        <h1>Close the gap between your CV and the job</h1>
        <p>
          Gapwise reads your CV and a job description, shows what the job asks for that your CV does not show
          yet, and interviews you to bring your hidden experience to light. Nothing is invented: every line it
          writes comes from your CV or your own answers.
        </p>
      </section>

      <form className="card start-form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <fieldset disabled={busy}>
          <legend>Your CV</legend>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file input inside is the keyboard path */}
          <div
            className={`drop-zone${dragging ? ' dragging' : ''}${errors.cv ? ' invalid' : ''}`}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <label htmlFor="cv-file">
              <strong>Drop your CV here</strong> or choose a file
              <span className="hint">PDF, Word (.docx), Markdown, plain text or JSON Resume</span>
            </label>
            <input
              id="cv-file"
              name="cv"
              type="file"
              accept=".pdf,.docx,.md,.markdown,.txt,.json,application/pdf,text/plain,text/markdown,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              aria-invalid={errors.cv ? true : undefined}
              aria-describedby={errors.cv ? 'cv-error' : undefined}
              onChange={(event) => chooseFile(event.target.files?.[0])}
            />
            {file && (
              <p className="chosen-file">
                Chosen: <strong>{file.name}</strong>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    chooseFile(undefined);
                    const input = document.getElementById('cv-file') as HTMLInputElement | null;
                    if (input) input.value = '';
                  }}
                >
                  Remove
                </button>
              </p>
            )}
          </div>
          {errors.cv && (
            <p id="cv-error" className="field-error" role="alert">
              {errors.cv}
            </p>
          )}
          <details className="paste-cv" open={cvText !== '' ? true : undefined}>
            <summary>Or paste your CV as text</summary>
            <label htmlFor="cv-text">CV text</label>
            <textarea
              id="cv-text"
              name="cvText"
              rows={8}
              value={cvText}
              placeholder="Paste your CV here (used when no file is chosen)"
              onChange={(event) => setCvText(event.target.value)}
            />
          </details>
        </fieldset>

        <fieldset disabled={busy}>
          <legend>The job</legend>
          <label htmlFor="job-text">Job description</label>
          <textarea
            id="job-text"
            name="jobText"
            rows={10}
            value={jobText}
            placeholder="Paste the whole job ad: requirements, nice-to-haves…"
            aria-invalid={errors.job ? true : undefined}
            aria-describedby={errors.job ? 'job-error' : undefined}
            onChange={(event) => {
              setJobText(event.target.value);
              setErrors((current) => ({ ...current, job: undefined }));
            }}
          />
          {errors.job && (
            <p id="job-error" className="field-error" role="alert">
              {errors.job}
            </p>
          )}
          <label htmlFor="interview-language">Interview language</label>
          <select
            id="interview-language"
            name="language"
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
          >
            <option value="">Same as my CV</option>
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </select>
        </fieldset>

        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Analysing…' : 'Find my gaps'}
          </button>
          <StatusLine
            busy={busy}
            text={
              busy
                ? progress
                  ? describeEvent(progress)
                  : 'Reading your CV and the job, finding the gaps…'
                : undefined
            }
          />
        </div>
      </form>

      {previous.length > 0 && (
        <section className="card previous" aria-labelledby="previous-heading">
          <h2 id="previous-heading">Resume a session</h2>
          <ul>
            {previous.map((saved) => (
              <li key={saved.id}>
                <a
                  href={`/session/${saved.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(`/session/${saved.id}`);
                  }}
                >
                  Session started {new Date(saved.createdAt).toLocaleString()}
                </a>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Forget the session started ${new Date(saved.createdAt).toLocaleString()}`}
                  onClick={() => {
                    forgetSession(saved.id);
                    setPrevious(savedSessions());
                  }}
                >
                  Forget
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
