import { open } from 'node:fs/promises';
import { type Command, type CommanderError, Option } from 'commander';
import { analyseDocuments } from '../analysis/index.js';
import { parseInterviewLanguage } from '../domain/index.js';
import { GapwiseError, isGapwiseError } from '../errors/index.js';
import { INGEST_LIMITS } from '../ingest/ingest-limits.js';
import { formatReport, REPORT_FORMATS, type ReportFormat } from './report-format/format-report.js';

/** Exit code for bad input (unreadable file, GapwiseError). */
const EXIT_BAD_INPUT = 1;
/** Exit code for wrong usage (missing option, unknown format), as most Unix tools do. */
const EXIT_USAGE = 2;

interface AnalyzeOptions {
  cv: string;
  job: string;
  format: ReportFormat;
  language?: string;
}

/**
 * Reads at most one byte past the size limit, so a huge file is refused by ingestion's own size
 * check without being loaded whole into memory.
 */
async function readInput(path: string, what: 'CV' | 'job'): Promise<Uint8Array> {
  const limit = INGEST_LIMITS.maxDocumentBytes + 1;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(Math.min(limit, (await handle.stat()).size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new GapwiseError('NOT_FOUND', { message: `${what} file not found: ${path}`, cause: error });
    if (code === 'EISDIR') {
      throw new GapwiseError('BAD_REQUEST', {
        message: `${what} path is a directory, not a file: ${path}`,
        cause: error,
      });
    }
    if (code === 'EACCES') {
      throw new GapwiseError('BAD_REQUEST', {
        message: `${what} file is not readable (permission denied): ${path}`,
        cause: error,
      });
    }
    throw error;
  } finally {
    await handle?.close();
  }
}

/** Help and version exit 0; every other parse error is a usage error. */
function exitOnUsageError(error: CommanderError): never {
  process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
}

async function runAnalyze(options: AnalyzeOptions): Promise<void> {
  try {
    const chosen = parseInterviewLanguage(options.language);
    const [cvBytes, jobBytes] = await Promise.all([
      readInput(options.cv, 'CV'),
      readInput(options.job, 'job'),
    ]);
    const { job, report, language } = await analyseDocuments({
      cvBytes,
      jobBytes,
      ...(chosen ? { language: chosen } : {}),
    });
    process.stdout.write(
      formatReport(report, options.format, {
        ...(job.company ? { company: job.company } : {}),
        language,
        ...(process.stdout.columns ? { width: process.stdout.columns } : {}),
      }),
    );
  } catch (error) {
    // Never print CV text: messages of GapwiseErrors name the problem, not the content.
    if (isGapwiseError(error)) {
      process.stderr.write(`error ${error.code}: ${error.message}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`error INTERNAL: ${message}\n`);
    }
    process.exitCode = EXIT_BAD_INPUT;
  }
}

/**
 * Registers `gapwise analyze`: reads a CV and a job description, prints the gap report.
 * Exits 1 on bad input (printing `error CODE: message` to stderr) and 2 on wrong usage.
 *
 * @example
 * gapwise analyze --cv cv.pdf --job job.md                  # table in the terminal
 * gapwise analyze --cv cv.docx --job job.md --format markdown > report.md
 * gapwise analyze --cv resume.json --job job.txt --format json | jq .matchScore
 * gapwise analyze --cv lebenslauf.md --job stelle.md --language de
 */
export function registerAnalyzeCommand(program: Command): Command {
  return program
    .command('analyze')
    .description('Compare a CV with a job description: match score, evidence per requirement, gaps.')
    .requiredOption('--cv <file>', 'your CV: PDF, DOCX, Markdown, plain text or JSON Resume')
    .requiredOption('--job <file>', 'the job description: plain text, Markdown or PDF')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices([...REPORT_FORMATS])
        .default('table' satisfies ReportFormat),
    )
    .option(
      '--language <code>',
      'interview language: en or de (default: the language of the CV, else of the job)',
    )
    .exitOverride(exitOnUsageError)
    .action(async (options: AnalyzeOptions) => {
      await runAnalyze(options);
    });
}
