package errtest

import (
	"regexp"
	"testing"

	"github.com/dyadcoder/dyad"
)

func TestMarkers(t *testing.T) {
	want, err := Markers([]byte("good\nbad # ERROR \"want \\\"x\\\"\"\n<!-- ERROR \"y+\" -->\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != 2 || want[2].String() != `want "x"` || want[3].String() != "y+" {
		t.Errorf("markers %v", want)
	}
	if _, err := Markers([]byte(`# ERROR "("`)); err == nil {
		t.Error("a bad pattern was accepted")
	}
}

func TestCheck(t *testing.T) {
	list := dyad.ErrorList{{File: "f", Line: 2, Offset: -1, Msg: "want x"}}
	Check(t, list, "f", map[int]*regexp.Regexp{2: regexp.MustCompile("x")})
	Check(t, nil, "f", nil)
}
