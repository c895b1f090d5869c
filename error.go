package dyad

import (
	"fmt"
	"sort"
)

// Error is a problem with one piece of input, positioned so a user can find
// it: the file, the 1-based line (0 when unknown) and the byte offset in the
// article text (-1 when unknown).
type Error struct {
	File    string
	Line    int
	Article string
	Offset  int
	// Stage names the step that failed ("read", "dateline", "code").
	Stage string
	Msg   string
}

// Error implements the error interface as "file:line: [article id: ]stage: msg".
func (e *Error) Error() string {
	pos := e.File
	if pos == "" {
		pos = "-"
	}
	if e.Line > 0 {
		pos = fmt.Sprintf("%s:%d", pos, e.Line)
	}
	if e.Offset >= 0 && e.Line == 0 && e.Article == "" {
		pos = fmt.Sprintf("%s: byte %d", pos, e.Offset)
	}
	if e.Article != "" {
		pos = fmt.Sprintf("%s: article %s", pos, e.Article)
		if e.Offset >= 0 {
			pos = fmt.Sprintf("%s, byte %d", pos, e.Offset)
		}
	}
	if e.Stage != "" {
		return fmt.Sprintf("%s: %s: %s", pos, e.Stage, e.Msg)
	}
	return fmt.Sprintf("%s: %s", pos, e.Msg)
}

// ErrorList collects the errors of a batch, which goes on past each of them.
// The zero value is an empty list ready to use.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(e *Error) { *l = append(*l, e) }

// Len, Less and Swap sort the list by file, line, offset.
func (l ErrorList) Len() int      { return len(l) }
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i], l[j]
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Offset < b.Offset
}

// Sort sorts the list in place by position.
func (l ErrorList) Sort() { sort.Stable(l) }

// Error joins the messages, one per line.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	s := l[0].Error()
	for _, e := range l[1:] {
		s += "\n" + e.Error()
	}
	return s
}

// Err returns nil for an empty list and the list itself otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
