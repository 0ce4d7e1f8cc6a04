// How the text filters refuse a command line. GNU: getopt's line, then grep's usage line or
// coreutils' `Try 'X --help'` (emit_try_help), status 2 for grep and sort, else 1. busybox: getopt's
// line, then bb_show_usage's full usage (each applet's //usage: text, FEATURE_VERBOSE_USAGE, the
// default config), status xfunc_error_retval (2 for grep and sort, else 1).
import type { Output } from '../../core/lab/output';
import { BUSYBOX_BANNER } from './busyboxBanner';
import type { TextFlavour } from './textInput';

/** busybox's usage texts: findutils/grep.c, coreutils/{wc,sort,head,tail,uniq,cut,tr}.c (//usage: lines). */
const BUSYBOX_USAGE: Record<string, string> = {
  grep: `Usage: grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...

Search for PATTERN in FILEs (or stdin)

\t-H\tAdd 'filename:' prefix
\t-h\tDo not add 'filename:' prefix
\t-n\tAdd 'line_no:' prefix
\t-l\tShow only names of files that match
\t-L\tShow only names of files that don't match
\t-c\tShow only count of matching lines
\t-o\tShow only the matching part of line
\t-q\tQuiet. Return 0 if PATTERN is found, 1 otherwise
\t-v\tSelect non-matching lines
\t-s\tSuppress open and read errors
\t-r\tRecurse
\t-R\tRecurse and dereference symlinks
\t-i\tIgnore case
\t-w\tMatch whole words only
\t-x\tMatch whole lines only
\t-F\tPATTERN is a literal (not regexp)
\t-E\tPATTERN is an extended regexp
\t-m N\tMatch up to N times per file
\t-A N\tPrint N lines of trailing context
\t-B N\tPrint N lines of leading context
\t-C N\tSame as '-A N -B N'
\t-e PTRN\tPattern to match
\t-f FILE\tRead pattern from file
`,
  wc: `Usage: wc [-cmlwL] [FILE]...

Count lines, words, and bytes for FILEs (or stdin)

\t-c\tCount bytes
\t-m\tCount characters
\t-l\tCount newlines
\t-w\tCount words
\t-L\tPrint longest line length
`,
  sort: `Usage: sort [-nrughMcszbdfiokt] [-o FILE] [-k START[.OFS][OPTS][,END[.OFS][OPTS]] [-t CHAR] [FILE]...

Sort lines of text

\t-o FILE\tOutput to FILE
\t-c\tCheck whether input is sorted
\t-b\tIgnore leading blanks
\t-f\tIgnore case
\t-i\tIgnore unprintable characters
\t-d\tDictionary order (blank or alphanumeric only)
\t-n\tSort numbers
\t-g\tGeneral numerical sort
\t-h\tSort human readable numbers (2K 1G)
\t-M\tSort month
\t-V\tSort version
\t-t CHAR\tField separator
\t-k N[,M] Sort by Nth field
\t-r\tReverse sort order
\t-s\tStable (don't sort ties alphabetically)
\t-u\tSuppress duplicate lines
\t-z\tNUL terminated input and output
`,
  head: `Usage: head [OPTIONS] [FILE]...

Print first 10 lines of FILEs (or stdin).
With more than one FILE, precede each with a filename header.

\t-n N[bkm]\tPrint first N lines
\t-n -N[bkm]\tPrint all except N last lines
\t-c [-]N[bkm]\tPrint first N bytes
\t\t\t(b:*512 k:*1024 m:*1024^2)
\t-q\t\tNever print headers
\t-v\t\tAlways print headers
`,
  tail: `Usage: tail [OPTIONS] [FILE]...

Print last 10 lines of FILEs (or stdin) to.
With more than one FILE, precede each with a filename header.

\t-c [+]N[bkm]\tPrint last N bytes
\t-n N[bkm]\tPrint last N lines
\t-n +N[bkm]\tStart on Nth line and print the rest
\t\t\t(b:*512 k:*1024 m:*1024^2)
\t-q\t\tNever print headers
\t-v\t\tAlways print headers
\t-f\t\tPrint data as file grows
\t-F\t\tSame as -f, but keep retrying
\t-s SECONDS\tWait SECONDS between reads with -f
`,
  uniq: `Usage: uniq [-cduiz] [-f,s,w N] [FILE [OUTFILE]]

Discard duplicate lines

\t-c\tPrefix lines by the number of occurrences
\t-d\tOnly print duplicate lines
\t-u\tOnly print unique lines
\t-i\tIgnore case
\t-z\tNUL terminated output
\t-f N\tSkip first N fields
\t-s N\tSkip first N chars (after any skipped fields)
\t-w N\tCompare N characters in line
`,
  cut: `Usage: cut [OPTIONS] [FILE]...

Print selected fields from FILEs to stdout

\t-b LIST\tOutput only bytes from LIST
\t-c LIST\tOutput only characters from LIST
\t-d SEP\tField delimiter for input (default -f TAB, -F run of whitespace)
\t-O SEP\tField delimeter for output (default = -d for -f, one space for -F)
\t-D\tDon't sort/collate sections or match -fF lines without delimeter
\t-f LIST\tPrint only these fields (-d is single char)
\t-F LIST\tPrint only these fields (-d is regex)
\t-s\tOutput only lines containing delimiter
\t-n\tIgnored
`,
  tr: `Usage: tr [-cds] STRING1 [STRING2]

Translate, squeeze, or delete characters from stdin, writing to stdout

\t-c\tTake complement of STRING1
\t-d\tDelete input characters coded STRING1
\t-s\tSqueeze multiple output characters of STRING2 into one character
`,
};

/** Exit status of a refused command line: grep and sort say 2 (both implementations), the others 1. */
const usageStatus = (tool: string): number => (tool === 'grep' || tool === 'sort' ? 2 : 1);

/** busybox's bb_show_usage: the banner and the applet's full usage on stderr. */
export const busyboxUsage = (tool: string): string => `${BUSYBOX_BANNER}\n\n${BUSYBOX_USAGE[tool] ?? ''}`;

/**
 * A refused command line: `message` (getopt's line, or the tool's own) then what each implementation
 * adds: GNU grep its usage line, coreutils `Try 'X --help'`, busybox its full usage.
 */
export function usageError(flavour: TextFlavour, tool: string, message = ''): Output {
  const tail =
    flavour === 'busybox'
      ? busyboxUsage(tool)
      : tool === 'grep'
        ? "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"
        : `Try '${tool} --help' for more information.\n`;
  return { stdout: '', stderr: `${message}${tail}`, exitCode: usageStatus(tool) };
}

/** A fatal error without usage (bb_error_msg_and_die, GNU's die/error): `tool: message`. */
export const dieWith = (tool: string, message: string, exitCode: number): Output => ({
  stdout: '',
  stderr: `${tool}: ${message}\n`,
  exitCode,
});
