package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// Suite floors: the most records marked true that dyad has coded exactly
// on the PETRARCH unit-test suite, from the given parses and from raw text.
// Raise them as the coder improves; a drop fails the test.
const (
	suiteParsedFloor = 215
	suiteRawFloor    = 209
)

// TestPetrarchSuite runs the PETRARCH unit-test suite (read from ../shared)
// with its own dictionaries, from the parses and from the text, and holds
// the count of exactly coded true records.
func TestPetrarchSuite(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "peers", "petrarch2", "PETR.UnitTest.records.xml")
	if _, err := os.Stat(path); err != nil {
		t.Skip("no PETRARCH suite")
	}
	recs, err := ReadPetrarch(path)
	if err != nil {
		t.Fatalf("read suite: %v", err)
	}
	d, err := PetrarchDict(path, "")
	if err != nil {
		t.Fatalf("suite dictionaries: %v", err)
	}
	for _, mode := range []struct {
		name   string
		parsed bool
		floor  int
	}{{"parsed", true, suiteParsedFloor}, {"raw", false, suiteRawFloor}} {
		got, _ := Run(recs, d, RunOptions{Parsed: mode.parsed})
		rep := Score(recs, got)
		o := rep.Overall
		t.Logf("%s: %d of %d true records coded exactly; triples P %.3f R %.3f F1 %.3f",
			mode.name, o.ValidExact, o.Valid, o.Counts.Precision, o.Counts.Recall, o.Counts.F1)
		if o.ValidExact < mode.floor {
			t.Errorf("%s: %d true records coded exactly, below the floor of %d", mode.name, o.ValidExact, mode.floor)
		}
	}
}
