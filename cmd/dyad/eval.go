package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/eval"
	"github.com/dyadcoder/dyad/lexicon"
)

func evalCommand() *command {
	return &command{
		Name:  "eval",
		Usage: "[flags] GOLD",
		Short: "score dyad against a gold file",
		Long: `Eval codes every record of a gold file and compares the events with the
gold ones: per category and overall, the records coded exactly, triple
precision, recall and F1, and per-root figures.

GOLD is PETRARCH validation XML, the PLOVER gold-standard JSON, or dyad's
JSON Lines gold, one record a line:
{"id": "...", "text": "...", "date": "YYYY-MM-DD",
 "events": [{"source": "PAK", "target": "KAZGOV", "code": "043"}]}.`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			failures := fs.Bool("failures", false, "list each miss: expected, produced, and the patterns that fired")
			asJSON := fs.Bool("json", false, "print the report as JSON")
			singles := fs.Bool("singles", false, "also code events that have no target actor")
			parsed := fs.Bool("parsed", false, "PETRARCH XML: code from the given parses instead of the text")
			dictDir := fs.String("dict-dir", "", "PETRARCH XML: the `DIR` of the dictionaries its <Environment> names (default: the file's folder)")
			var dicts listFlag
			fs.Var(&dicts, "dict", "an extra dictionary `FILE` added to the defaults; repeatable")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) != 1 {
					return usageError("want one gold file")
				}
				recs, err := eval.Read(args[0])
				var list dyad.ErrorList
				switch {
				case errors.As(err, &list):
					for _, x := range list {
						fmt.Fprintln(e.stderr, x)
					}
				case err != nil:
					return err
				}
				dict, err := loadDicts(args[0], *dictDir, dicts)
				if err != nil {
					return err
				}
				got, _ := eval.Run(recs, dict, eval.RunOptions{Parsed: *parsed, Singles: *singles})
				if err := ctx.Err(); err != nil {
					return err
				}
				rep := eval.Score(recs, got)
				if *asJSON {
					if !*failures {
						rep.Failures = nil
					}
					return rep.WriteJSON(e.stdout)
				}
				return rep.WriteText(e.stdout, *failures)
			}
		},
	}
}

// loadDicts loads the dictionaries for a gold or input file: those a
// PETRARCH XML file names in its <Environment> (in dictDir or beside it),
// or else dyad's defaults; extra files are added to the defaults.
func loadDicts(path, dictDir string, extra []string) (*lexicon.Dict, error) {
	if isPetrarchXML(path) && len(extra) == 0 {
		return eval.PetrarchDict(path, dictDir)
	}
	return lexicon.Load(extra)
}

func isPetrarchXML(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".xml")
}
