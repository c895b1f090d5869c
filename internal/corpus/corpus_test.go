package corpus

import (
	"bytes"
	"strings"
	"testing"
)

func TestGenerate(t *testing.T) {
	a := Generate(10, 8, 0.5, 1)
	b := Generate(10, 8, 0.5, 1)
	if len(a) != 10 {
		t.Fatalf("%d articles", len(a))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("article %d differs between runs with the same seed", i)
		}
		if strings.Contains(a[i].Text, "{") {
			t.Errorf("unfilled template in %q", a[i].Text)
		}
	}
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, a); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 10 {
		t.Errorf("%d lines, want 10", n)
	}
}
