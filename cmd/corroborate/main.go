// Command corroborate reads the coverage of a news story from many outlets
// and reports what it says: agreed facts, who said what, conflicts, and who
// copied whom.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// Exit statuses, documented in README.md.
const (
	exitOK      = 0
	exitFailure = 1 // nothing useful could be produced
	exitUsage   = 2 // the command line is wrong
	exitPartial = 3 // output was produced, but some inputs were skipped or a stage failed
)

// errPartial marks a run that produced its output but skipped some inputs
// or lost a stage.
var errPartial = errors.New("the output is partial")

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	os.Exit(exitCode(err, os.Stderr))
}

func exitCode(err error, stderr io.Writer) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errPartial):
		fmt.Fprintf(stderr, "corroborate: %v\n", err)
		return exitPartial
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "corroborate: %v\n", err)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "corroborate: %v\n", err)
		return exitFailure
	}
}

// command is one subcommand: its one-line help and what it runs.
type command struct {
	summary string
	run     func(ctx context.Context, args []string, env *env) error
}

// env is what a subcommand may touch: its streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// commands lists the subcommands; each file of this package adds its own in
// an init function, so that subcommands can be developed side by side.
var commands = map[string]command{}

// Run is the whole program with its streams injected, so tests run it
// in-process. It returns errPartial (wrapped) when output was produced but
// some inputs were skipped, and a usageError for a bad command line.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
		fmt.Fprintln(stdout, versionLine())
		return nil
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(stdout)
		if len(args) == 0 {
			return usageError{"no command given"}
		}
		return nil
	}
	cmd, ok := commands[args[0]]
	if !ok {
		printUsage(stderr)
		return usageError{fmt.Sprintf("unknown command %q", args[0])}
	}
	return cmd.run(ctx, args[1:], &env{stdin: stdin, stdout: stdout, stderr: stderr})
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: corroborate <command> [flags] [args]   (flags may follow the args; -- ends them)")
	fmt.Fprintln(w, "       corroborate --version")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'corroborate <command> -h' for the flags of one command.")
	fmt.Fprintln(w, "Exit status: 0 ok, 1 failure, 2 bad usage, 3 output written but some inputs skipped.")
}

// joinLines is a small helper for multi-line usage text.
func joinLines(lines ...string) string { return strings.Join(lines, "\n") + "\n" }
