package cameo

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

func TestCounts(t *testing.T) {
	byLen := map[int]int{}
	for _, c := range All() {
		byLen[len(c.Code)]++
	}
	// CAMEO 1.1b3 as GDELT publishes it: 20 roots, 147 3-digit and 144
	// 4-digit codes.
	want := map[int]int{2: 20, 3: 147, 4: 144}
	for n, w := range want {
		if byLen[n] != w {
			t.Errorf("%d-digit codes: got %d, want %d", n, byLen[n], w)
		}
	}
	if len(byLen) != len(want) {
		t.Errorf("code lengths %v, want only 2, 3 and 4", byLen)
	}
}

func TestEveryCode(t *testing.T) {
	all := All()
	for i, c := range all {
		if i > 0 && all[i-1].Code >= c.Code {
			t.Errorf("%s after %s: not in codebook order", c.Code, all[i-1].Code)
		}
		if c.Name == "" {
			t.Errorf("%s: no name", c.Code)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", c.Code, c.Goldstein)
		}
		if c.Root != RootOf(c.Code) || c.Quad != QuadClass(c.Root) || c.Quad == 0 {
			t.Errorf("%s: root %q quad %d", c.Code, c.Root, c.Quad)
		}
		// PLOVER drops CAMEO roots 01 and 02; every other code has a type.
		if none := c.Root == "01" || c.Root == "02"; none != (c.Plover == "") {
			t.Errorf("%s: PLOVER type %q", c.Code, c.Plover)
		}
		if got, ok := Lookup(c.Code); !ok || got != c {
			t.Errorf("Lookup(%q) = %+v, %v", c.Code, got, ok)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		code string
		want Code
		ok   bool
	}{
		{"042", Code{Code: "042", Name: "Make a visit", Goldstein: 1.9, Root: "04", Quad: 1, Plover: "CONSULT", PloverMode: "visit"}, true},
		{"043", Code{Code: "043", Name: "Host a visit", Goldstein: 2.8, Root: "04", Quad: 1, Plover: "CONSULT", PloverMode: "visit"}, true},
		{"04", Code{Code: "04", Name: "Consult", Goldstein: 1, Root: "04", Quad: 1, Plover: "CONSULT"}, true},
		{"0211", Code{Code: "0211", Name: "Appeal for economic cooperation", Goldstein: 3.4, Root: "02", Quad: 1}, true},
		{"0841", Code{Code: "0841", Name: "Return, release person(s)", Goldstein: 7, Root: "08", Quad: 2, Plover: "RETREAT", PloverMode: "release", PloverContext: "legal"}, true},
		{"091", Code{Code: "091", Name: "Investigate crime, corruption", Goldstein: -2, Root: "09", Quad: 2, Plover: "ACCUSE", PloverMode: "investigate", PloverContext: "crime; corruption"}, true},
		{"173", Code{Code: "173", Name: "Arrest, detain, or charge with legal action", Goldstein: -5, Root: "17", Quad: 4, Plover: "COERCE", PloverMode: "arrest", PloverContext: "legal"}, true},
		{"2042", Code{Code: "2042", Name: "Detonate nuclear weapons", Goldstein: -10, Root: "20", Quad: 4, Plover: "ASSAULT", PloverMode: "unconventional", PloverContext: "cbrn"}, true},
		{"1213", Code{}, false}, // in the PLOVER table, not in CAMEO 1.1b3
		{"42", Code{}, false},
		{"0420", Code{}, false},
		{"", Code{}, false},
		{"21", Code{}, false},
		{"999", Code{}, false},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.code)
		if ok != tt.ok || got != tt.want {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v, %v", tt.code, got, ok, tt.want, tt.ok)
		}
	}
}

func TestRootAndQuad(t *testing.T) {
	tests := []struct {
		code, root string
		quad       int
	}{
		{"0421", "04", 1}, {"042", "04", 1}, {"01", "01", 1}, {"05", "05", 1},
		{"06", "06", 2}, {"0874", "08", 2}, {"09", "09", 2},
		{"10", "10", 3}, {"14", "14", 3},
		{"15", "15", 4}, {"2042", "20", 4},
		{"00", "00", 0}, {"21", "21", 0}, {"4", "", 0}, {"", "", 0}, {"a1", "", 0}, {"1x", "", 0},
	}
	for _, tt := range tests {
		if got := RootOf(tt.code); got != tt.root {
			t.Errorf("RootOf(%q) = %q, want %q", tt.code, got, tt.root)
		}
		if got := QuadClass(tt.code); got != tt.quad {
			t.Errorf("QuadClass(%q) = %d, want %d", tt.code, got, tt.quad)
		}
	}
}

func TestAllIsACopy(t *testing.T) {
	a := All()
	a[0].Name = "changed"
	if All()[0].Name == "changed" {
		t.Error("All returns the package's own table")
	}
}

// TestGenerated checks that tables.go is what gen.go makes from the
// reference files today.
func TestGenerated(t *testing.T) {
	ref := filepath.Join("..", "..", "shared", "reference")
	if _, err := os.Stat(filepath.Join(ref, "CAMEO.eventcodes.txt")); err != nil {
		t.Skipf("reference tables absent: %v", err)
	}
	if testing.Short() {
		t.Skip("runs the generator")
	}
	out := filepath.Join(t.TempDir(), "tables.go")
	cmd := exec.Command("go", "run", "gen.go", "-ref", ref, "-o", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen.go: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, committed) {
		t.Error("tables.go is stale: run go generate ./cameo")
	}
	first, _, _ := bytes.Cut(committed, []byte("\n"))
	if !regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`).Match(first) {
		t.Errorf("first line %q is not a generated-code header", first)
	}
}

func BenchmarkLookup(b *testing.B) {
	b.ReportAllocs()
	all := All()
	for i := 0; b.Loop(); i++ {
		if _, ok := Lookup(all[i%len(all)].Code); !ok {
			b.Fatal("missing code")
		}
	}
}
