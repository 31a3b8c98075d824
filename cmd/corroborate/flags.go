package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
)

// flags returns the flag set of subcommand name, writing to e.stderr: -h
// and a bad flag print the usage lines, then the flags' defaults. Every
// subcommand makes its flags here and parses them with parseFlags, so all
// of them read a command line the same way.
func (e *env) flags(name string, usage ...string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(e.stderr, joinLines(usage...))
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses a subcommand's flags, which may come before, between
// or after its arguments (`dossier story/ --format json`); "--" ends the
// flags, so that a file named "-x" can still be given after it, and a lone
// "-" is an argument (standard input). It reports false when the command
// must stop: with nil after -h printed the usage, with a usageError naming
// the command for a bad flag.
func parseFlags(fs *flag.FlagSet, args []string) (bool, error) {
	err := fs.Parse(flagsFirst(fs, args))
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, flag.ErrHelp):
		return false, nil
	default:
		return false, usageError{fmt.Sprintf("%s: %v", fs.Name(), err)}
	}
}

// flagsFirst reorders args so that the flags come first, then "--", then
// the arguments in their order. A flag that takes a value and is written
// without "=" takes the next word as its value, as the flag package reads
// it; an unknown flag is left for the flag package to report.
func flagsFirst(fs *flag.FlagSet, args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i+1:]...)
			i = len(args)
		case len(a) < 2 || a[0] != '-':
			rest = append(rest, a)
		default:
			flags = append(flags, a)
			if takesValue(fs, a) && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		}
	}
	return append(append(flags, "--"), rest...)
}

// takesValue reports whether flag word a ("-name" or "--name", no "=")
// names a flag of fs that needs a value.
func takesValue(fs *flag.FlagSet, a string) bool {
	name := strings.TrimLeft(a, "-")
	if strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}
