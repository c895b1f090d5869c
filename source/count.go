package source

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Count counts, without reading them as Read does, the articles the paths
// hold: one a text or HTML file, one a non-blank line of JSON Lines. Inputs
// whose articles are known only by reading them, URLs and feed files, are
// counted in pending instead: Read reports each one's number through
// Options.Counted. ok is false when the number cannot be known at all (a
// path is standard input). Paths that cannot be read count as nothing.
func Count(paths []string, opts Options) (n, pending int, ok bool) {
	r := &reader{opts: opts}
	if r.opts.MaxBytes <= 0 {
		r.opts.MaxBytes = DefaultMaxBytes
	}
	for _, p := range paths {
		switch {
		case p == "-":
			return n, pending, false
		case isURL(p):
			pending++
			continue
		}
		filepath.WalkDir(p, func(q string, de fs.DirEntry, err error) error {
			if err != nil {
				return nil // Read reports it
			}
			if q != p && strings.HasPrefix(de.Name(), ".") {
				if de.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !de.Type().IsRegular() {
				return nil
			}
			switch {
			case r.isJSONL(q):
				n += r.countLines(q)
			case r.markup(q) == kindFeed:
				pending++
			default:
				n++
			}
			return nil
		})
	}
	return n, pending, true
}

// countLines counts the records of a JSON Lines file as jsonl reads them
// (non-blank lines, too long ones included); an unreadable file has none.
func (r *reader) countLines(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	n := 0
	for {
		b, tooLong, err := readLine(br, r.opts.MaxBytes)
		if tooLong || len(bytes.TrimSpace(b)) > 0 {
			n++
		}
		if err != nil {
			return n
		}
	}
}
