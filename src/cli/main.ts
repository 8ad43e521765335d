import { Command } from 'commander';

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
  return program;
}

await createProgram().parseAsync(process.argv);
