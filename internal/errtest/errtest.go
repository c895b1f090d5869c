// Package errtest checks the positioned errors that a reader of outside
// input reports, for tests: as go/parser's error tests do, a test file marks
// each line that must be reported with an inline ERROR "rx" marker, in the
// file's own comment syntax (# ERROR "rx", <!-- ERROR "rx" -->).
package errtest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/dyadcoder/dyad"
)

var marker = regexp.MustCompile(`ERROR "((?:[^"\\]|\\.)*)"`)

// Markers returns, by 1-based line, the pattern of each ERROR "rx" marker
// in data. The pattern is a Go string literal's contents (\" for a quote).
func Markers(data []byte) (map[int]*regexp.Regexp, error) {
	want := map[int]*regexp.Regexp{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		m := marker.FindSubmatch(sc.Bytes())
		if m == nil {
			continue
		}
		s, err := strconv.Unquote(`"` + string(m[1]) + `"`)
		if err != nil {
			return nil, fmt.Errorf("line %d: bad marker: %v", n, err)
		}
		rx, err := regexp.Compile(s)
		if err != nil {
			return nil, fmt.Errorf("line %d: bad marker: %v", n, err)
		}
		want[n] = rx
	}
	return want, sc.Err()
}

// Check matches err, a dyad.ErrorList or nil, with want: every wanted line
// is reported once, naming file, with an error whose text matches the
// line's pattern, and no other line is reported.
func Check(t testing.TB, err error, file string, want map[int]*regexp.Regexp) {
	t.Helper()
	var list dyad.ErrorList
	if err != nil && !errors.As(err, &list) {
		t.Fatalf("error %v (%T), want a dyad.ErrorList", err, err)
	}
	seen := map[int]bool{}
	for _, e := range list {
		rx, ok := want[e.Line]
		switch {
		case !ok:
			t.Errorf("unexpected error %v", e)
		case seen[e.Line]:
			t.Errorf("second error at line %d: %v", e.Line, e)
		case e.File != file:
			t.Errorf("error %v names file %q, want %q", e, e.File, file)
		case !rx.MatchString(e.Error()):
			t.Errorf("error %v does not match %q", e, rx)
		}
		seen[e.Line] = true
	}
	for line, rx := range want {
		if !seen[line] {
			t.Errorf("%s:%d: no error, want one matching %q", file, line, rx)
		}
	}
}
