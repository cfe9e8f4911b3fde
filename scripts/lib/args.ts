/**
 * The command's own arguments, for `parseArgs`. `pnpm bench:site -- --stories 10000` hands the
 * `--` on to the script, where it would end the options and leave `--stories` unread.
 */
export function scriptArgs(argv: string[] = process.argv): string[] {
  const args = argv.slice(2)
  return args[0] === '--' ? args.slice(1) : args
}
