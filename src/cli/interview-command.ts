import { createReadStream, mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import {
  type CvDocument,
  type InterviewLanguage,
  LANGUAGE_NAMES,
  parseInterviewLanguage,
} from '../domain/index.js';
import { GapwiseError, isGapwiseError } from '../errors/index.js';
import { createSqliteSessionStore } from '../state/sqlite-session-store.js';
import type { InterviewService, SessionView } from '../workflow/interview-service.js';
import { createInterviewService } from '../workflow/interview-service.js';
import type { QuestionView } from '../workflow/question-view.js';
import { DEFAULT_WORKFLOW_CONFIG } from '../workflow/workflow-config.js';

/** Where the conversation reads answers and writes questions. */
export interface InterviewIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** What one terminal interview needs: a new session's documents, or the id of one to resume. */
export interface RunInterviewOptions {
  service: InterviewService;
  io: InterviewIo;
  /** Directory the tailored CV is written to at the end. */
  outDir: string;
  start:
    | { cv: CvDocument; jobText: string; jobTitle?: string; company?: string; language?: InterviewLanguage }
    | { resumeSessionId: string };
}

/** How a terminal interview ended. */
export interface InterviewOutcome {
  sessionId: string;
  /** False when the input ended (or Ctrl-C) before every question was done: the session is saved. */
  finished: boolean;
  /** Files written, when finished. */
  files: string[];
}

/** The input ended (EOF or Ctrl-C): stop asking, the session is already saved. */
class InputEnded extends Error {}

const OPEN_STATUSES = new Set(['awaiting-answer', 'awaiting-follow-up', 'awaiting-decision']);

/** Reads one line at a time; works for a person at a terminal and for answers piped in. */
function createLineReader(io: InterviewIo) {
  const terminal = Boolean((io.input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input: io.input, ...(terminal ? { output: io.output, terminal } : {}) });
  // Lines are pulled from the iterator, not rl.question(): with piped input, lines that arrive
  // before a question is asked would otherwise be dropped.
  const lines = rl[Symbol.asyncIterator]();
  // Ctrl-C ends the input: the step under way finishes and is saved, then the loop stops.
  const stop = () => rl.close();
  rl.on('SIGINT', stop);
  if (!terminal) process.once('SIGINT', stop);
  return {
    async ask(prompt: string): Promise<string> {
      io.output.write(prompt);
      const next = await lines.next();
      if (next.done) throw new InputEnded();
      if (!terminal) io.output.write('\n');
      return next.value;
    },
    close: () => {
      process.removeListener('SIGINT', stop);
      rl.close();
    },
  };
}

function printReport(say: (text?: string) => void, session: SessionView) {
  say(
    `Match score: ${session.report.matchScore}/100${session.report.jobTitle ? ` for ${session.report.jobTitle}` : ''}`,
  );
  say(`Requirements: ${session.report.requirements.length}, gaps: ${session.report.gaps.length}`);
  for (const gap of session.report.gaps) {
    say(`  [${gap.requirement.priority}] ${gap.requirement.text} (${gap.status}): ${gap.reason}`);
  }
  say();
}

function printEvaluation(say: (text?: string) => void, question: QuestionView) {
  const evaluation = question.evaluation;
  if (!evaluation) return;
  say(`Score: ${evaluation.score}/10. ${evaluation.feedback}`);
  if (evaluation.missing.length > 0 && !evaluation.noExperience)
    say(`Missing: ${evaluation.missing.join(', ')}`);
}

/**
 * The interview in a terminal: shows the gap report, asks each question with its follow-ups,
 * offers each bullet for accept / edit / reject, and writes the tailored CV (JSON Resume and
 * Markdown) to `outDir` at the end. Every step is saved as it happens, so an interview stopped
 * half-way continues with `--resume <session id>`.
 */
export async function runInterview({
  service,
  io,
  outDir,
  start,
}: RunInterviewOptions): Promise<InterviewOutcome> {
  const say = (text = '') => io.output.write(`${text}\n`);
  const reader = createLineReader(io);
  let sessionId = 'resumeSessionId' in start ? start.resumeSessionId : '';
  try {
    let session: SessionView;
    if ('resumeSessionId' in start) {
      session = await service.getSession(start.resumeSessionId);
      say(`Resuming session ${sessionId}.`);
    } else {
      say('Analysing your CV against the job…');
      const created = await service.createSession(start);
      sessionId = created.sessionId;
      session = created.session;
    }
    say(`Interview language: ${LANGUAGE_NAMES[session.language]}`);
    printReport(say, session);

    const total = session.questions.length;
    for (const [index, initial] of session.questions.entries()) {
      let question = initial;
      if (!OPEN_STATUSES.has(question.status)) continue;
      say(
        `Question ${index + 1} of ${total} — [${question.requirement.priority}] ${question.requirement.text}`,
      );
      if (question.status === 'awaiting-answer') say(question.text);
      while (OPEN_STATUSES.has(question.status)) {
        question = await askNext(service, reader, say, sessionId, question);
      }
      say();
    }

    const result = await service.getResult(sessionId);
    mkdirSync(outDir, { recursive: true });
    const files = [join(outDir, 'tailored-cv.json'), join(outDir, 'tailored-cv.md')];
    await writeFile(files[0] as string, `${JSON.stringify(result.resume, null, 2)}\n`);
    await writeFile(files[1] as string, result.markdown);
    say(`Match score: ${result.scoreBefore} → ${result.scoreAfter}. Bullets added: ${result.accepted}.`);
    for (const trueGap of result.trueGaps)
      say(`True gap — ${trueGap.requirement.text}: ${trueGap.advice.summary}`);
    say(`Tailored CV written to ${files.join(' and ')}`);
    return { sessionId, finished: true, files };
  } catch (error) {
    if (error instanceof InputEnded && sessionId) {
      say();
      say(`Session saved. Continue it with: gapwise interview --resume ${sessionId}`);
      return { sessionId, finished: false, files: [] };
    }
    throw error;
  } finally {
    reader.close();
  }
}

/** One exchange on an open question: an answer, a follow-up answer or a decision. */
async function askNext(
  service: InterviewService,
  reader: ReturnType<typeof createLineReader>,
  say: (text?: string) => void,
  sessionId: string,
  question: QuestionView,
): Promise<QuestionView> {
  if (question.status === 'awaiting-follow-up') {
    for (const followUp of question.followUps ?? []) say(`  • ${followUp.text}`);
  }
  if (question.status === 'awaiting-answer' || question.status === 'awaiting-follow-up') {
    const answer = await reader.ask('> ');
    try {
      const result = await service.submitAnswer(sessionId, question.id, {
        answer,
        turn: question.turns.length,
      });
      printEvaluation(say, result.question);
      if (result.next.kind === 'true-gap') say(`Recorded as a true gap. ${result.next.advice.summary}`);
      if (result.next.kind === 'follow-up') say('A few follow-ups:');
      return result.question;
    } catch (error) {
      if (isGapwiseError(error, 'EMPTY_ANSWER')) {
        say(error.message);
        return question;
      }
      throw error;
    }
  }
  // Awaiting a decision on the bullet.
  say(`Proposed bullet: ${question.bullet?.text ?? ''}`);
  if (question.review) {
    say(
      `Review: ${question.review.score}/10${question.review.grounded ? '' : ' — not grounded'}. ${question.review.feedback}`,
    );
  }
  const choice = (await reader.ask('Accept, edit or reject? [a/e/r] ')).trim().toLowerCase();
  const action = choice.startsWith('a')
    ? 'accept'
    : choice.startsWith('e')
      ? 'edit'
      : choice.startsWith('r')
        ? 'reject'
        : undefined;
  if (!action) {
    say('Please type a, e or r.');
    return question;
  }
  const text = action === 'edit' ? await reader.ask('Your version: ') : undefined;
  try {
    const decided = await service.decide(sessionId, question.id, {
      action,
      ...(text !== undefined ? { text } : {}),
    });
    say(decided.question.status === 'rejected' ? 'Rejected.' : 'Added to your CV.');
    return decided.question;
  } catch (error) {
    if (isGapwiseError(error, 'INVALID_STEP') || isGapwiseError(error, 'BAD_REQUEST')) {
      say(error.message);
      return question;
    }
    throw error;
  }
}

interface InterviewCommandOptions {
  cv?: string;
  job?: string;
  out: string;
  resume?: string;
  answers?: string;
  language?: string;
}

/**
 * Registers `gapwise interview`: the adaptive interview in the terminal, on the offline engine,
 * with sessions saved in SQLite under `GAPWISE_DATA_DIR` (default `.gapwise`).
 * @example gapwise interview --cv cv.pdf --job job.md --out out/
 * @example gapwise interview --resume <session-id>
 * @example gapwise interview --cv cv.md --job job.md --answers answers.txt
 * @example gapwise interview --cv lebenslauf.md --job stelle.md --language de
 */
export function registerInterviewCommand(program: Command): void {
  program
    .command('interview')
    .description('Answer questions about your gaps and get a tailored CV written from your own words.')
    .option('--cv <file>', 'your CV (PDF, DOCX, Markdown, text or JSON Resume)')
    .option('--job <file>', 'the job description (text or Markdown)')
    .option('--out <dir>', 'where to write the tailored CV', 'gapwise-out')
    .option('--resume <session-id>', 'continue a saved session')
    .option('--answers <file>', 'read the answers from a file, one per line, instead of the terminal')
    .option(
      '--language <code>',
      'interview language: en or de (default: the language of the CV, else of the job)',
    )
    .action(async (options: InterviewCommandOptions) => {
      // Loaded on use, so the conversation (runInterview) can be used without the engine's deps.
      const { createOfflineEngine } = await import('../reasoning/offline/offline-engine.js');
      const dataDir = process.env.GAPWISE_DATA_DIR || '.gapwise';
      mkdirSync(dataDir, { recursive: true });
      const db = new Database(join(dataDir, 'checkpoints.sqlite'));
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      const sessionStore = createSqliteSessionStore({ path: join(dataDir, 'sessions.sqlite') });
      const service = createInterviewService({
        reasoner: createOfflineEngine(),
        checkpointer: new SqliteSaver(db),
        sessionStore,
        config: DEFAULT_WORKFLOW_CONFIG,
      });
      try {
        if (options.resume && options.language) {
          throw new GapwiseError('BAD_REQUEST', {
            message:
              'A saved session keeps the language it was created with: leave out --language with --resume.',
          });
        }
        const start = options.resume ? { resumeSessionId: options.resume } : await readDocuments(options);
        const outcome = await runInterview({
          service,
          io: {
            input: options.answers ? createReadStream(options.answers) : process.stdin,
            output: process.stdout,
          },
          outDir: options.out,
          start,
        });
        if (!outcome.finished) process.exitCode = 130;
      } catch (error) {
        process.stderr.write(
          `gapwise interview: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exitCode = isGapwiseError(error) ? 1 : 2;
      } finally {
        await sessionStore.close();
        db.close();
      }
    });
}

async function readDocuments(options: InterviewCommandOptions) {
  const language = parseInterviewLanguage(options.language);
  if (!options.cv || !options.job) {
    throw new GapwiseError('BAD_REQUEST', {
      message: 'Give --cv <file> and --job <file>, or --resume <session-id>.',
    });
  }
  // Loaded on use: the conversation itself (runInterview) does not need the document readers.
  const { readCv, readJob } = await import('../ingest/index.js');
  const [cvBytes, jobBytes] = await Promise.all([
    readInputFile(options.cv, 'CV'),
    readInputFile(options.job, 'job'),
  ]);
  const [cv, job] = await Promise.all([
    readCv({ bytes: new Uint8Array(cvBytes) }),
    readJob({ bytes: new Uint8Array(jobBytes) }),
  ]);
  return {
    cv,
    jobText: job.text,
    ...(job.title ? { jobTitle: job.title } : {}),
    ...(job.company ? { company: job.company } : {}),
    ...(language ? { language } : {}),
  };
}

async function readInputFile(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new GapwiseError('NOT_FOUND', { message: `Cannot read the ${what} file ${path}.`, cause: error });
  }
}
