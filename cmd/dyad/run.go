package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

// env is what a command may use: its streams, and nothing global.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// command is one subcommand of dyad.
type command struct {
	Name  string
	Usage string // the arguments, after the name
	Short string
	Long  string
	// Flags declares the command's flags on fs and returns the function
	// that runs it with the parsed flags and the remaining arguments.
	Flags func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error
}

// errUsage marks a usage error: exit status 2.
var errUsage = errors.New("usage")

// errFailed marks a run that went on past failures already reported:
// exit status 1 without another message.
var errFailed = errors.New("failed")

func commands() []*command {
	return []*command{codeCommand(), ingestCommand(), queryCommand(), relationsCommand(), serveCommand(), exportCommand(), evalCommand(), benchCommand(), versionCommand()}
}

// run runs dyad with args and returns the exit status: 0 on success, 1 on
// failure, 2 on a usage error.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		help(e.stderr, nil)
		return 2
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if err := help(e.stdout, rest); err != nil {
			fmt.Fprintln(e.stderr, "dyad:", err)
			return 2
		}
		return 0
	}
	cmd := find(name)
	if cmd == nil {
		fmt.Fprintf(e.stderr, "dyad: unknown command %q; run 'dyad help'\n", name)
		return 2
	}
	fs := flag.NewFlagSet("dyad "+cmd.Name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { usage(e.stderr, cmd, fs) }
	runFn := cmd.Flags(fs)
	rest, err := parseInterspersed(fs, rest)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	err = runFn(ctx, e, rest)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(e.stderr, "dyad %s: %v\n", cmd.Name, err)
		fmt.Fprintf(e.stderr, "usage: dyad %s %s\n", cmd.Name, cmd.Usage)
		return 2
	case errors.Is(err, errFailed):
		return 1
	}
	fmt.Fprintf(e.stderr, "dyad %s: %v\n", cmd.Name, err)
	return 1
}

// parseInterspersed parses fs's flags wherever they stand among args, as
// in "dyad relations PAK KAZ --by month", and returns the other arguments
// in order; after "--" every argument is one of those.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		left := fs.Args()
		if n := len(args) - len(left); n > 0 && args[n-1] == "--" {
			return append(rest, left...), nil
		}
		if len(left) == 0 {
			return rest, nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}

func find(name string) *command {
	for _, c := range commands() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func usageError(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

func usage(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: dyad %s %s\n\n%s\n", c.Name, c.Usage, strings.TrimSpace(c.Long))
	if fs != nil {
		fmt.Fprintln(w, "\nflags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

func help(w io.Writer, args []string) error {
	if len(args) > 0 {
		c := find(args[0])
		if c == nil {
			return fmt.Errorf("unknown command %q", args[0])
		}
		fs := flag.NewFlagSet("dyad "+c.Name, flag.ContinueOnError)
		c.Flags(fs)
		usage(w, c, fs)
		return nil
	}
	fmt.Fprint(w, "dyad codes news text into CAMEO events between political actors.\n\nusage: dyad <command> [flags] [arguments]\n\ncommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.Name, c.Short)
	}
	fmt.Fprint(w, "  help       show help for a command\n\nRun 'dyad help <command>' or 'dyad <command> --help' for its flags.\n")
	return nil
}

// version is set by the linker (-ldflags "-X main.version=...") or read
// from the module's build information.
var version = ""

func versionCommand() *command {
	return &command{
		Name: "version", Short: "print dyad's version",
		Long: "Version prints dyad's version and the Go version it was built with.",
		Flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			return func(_ context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return usageError("version takes no arguments")
				}
				v, goVersion := version, ""
				if bi, ok := debug.ReadBuildInfo(); ok {
					goVersion = bi.GoVersion
					if v == "" {
						v = bi.Main.Version
					}
				}
				if v == "" || v == "(devel)" {
					v = "devel"
				}
				fmt.Fprintf(e.stdout, "dyad %s (%s)\n", v, goVersion)
				return nil
			}
		},
	}
}

// isTerminal reports whether w is a terminal, for the default format.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
