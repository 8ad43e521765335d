import { Command } from 'commander';
import { registerAnalyzeCommand } from './analyze-command.js';
import { registerFakeModelCommand } from './fake-model-command.js';
import { registerInterviewCommand } from './interview-command.js';
import { registerServeCommand } from './serve-command.js';

/**
 * The `gapwise` command line. Each subcommand lives in its own file and registers itself here.
 * @example gapwise analyze --cv cv.pdf --job job.md --format markdown
 */
export function createProgram(): Command {
  const program = new Command();
  program
    .name('gapwise')
    .description('Find what a job asks for that your CV does not show, and close the gap truthfully.')
    .showHelpAfterError();
  registerAnalyzeCommand(program);
  registerInterviewCommand(program);
  registerServeCommand(program);
  registerFakeModelCommand(program);
  return program;
}

await createProgram().parseAsync(process.argv);
