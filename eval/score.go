package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/cameo"
)

// Produced is what the coder gave for one record.
type Produced struct {
	Events []Triple
	// Error is the error reported instead of events ("" for none), in the
	// gold's terms (e.g. "sentencediscard").
	Error string
	// Patterns holds the pattern that fired for each event, Patterns[i]
	// for Events[i]; it is only shown in failures.
	Patterns []string
}

// FromEvents returns what a coder produced as dyad events, with the error
// code it reported instead ("" for none). Each pattern is the evidence
// pattern, followed by its dictionary position when known.
func FromEvents(evs []dyad.Event, errCode string) Produced {
	p := Produced{Error: errCode}
	for _, e := range evs {
		p.Events = append(p.Events, Triple{Source: orNull(e.Source.Code), Target: orNull(e.Target.Code), Code: e.Code})
		pat := e.Evidence.Pattern
		if e.Evidence.Dict != "" {
			pat += " (" + e.Evidence.Dict + ")"
		}
		p.Patterns = append(p.Patterns, pat)
	}
	return p
}

// Counts are triple counts with the figures made from them. Precision is
// TP/(TP+FP), Recall TP/(TP+FN), F1 their harmonic mean; each is 0 when
// its denominator is 0.
type Counts struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (c *Counts) finish() {
	c.Precision = ratio(c.TP, c.TP+c.FP)
	c.Recall = ratio(c.TP, c.TP+c.FN)
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Figures are the results for a set of records.
type Figures struct {
	// Records counts the gold records, Exact those coded exactly.
	Records int `json:"records"`
	Exact   int `json:"exact"`
	// Valid and ValidExact count the records marked valid (all of them
	// for PLOVER and JSONL gold).
	Valid      int `json:"valid"`
	ValidExact int `json:"valid_exact"`
	// Missing counts the records with no entry in the produced map; they
	// are scored as coded with no events.
	Missing int `json:"missing"`
	Counts
}

// CategoryFigures are the figures of one gold category ("-" for records
// without one).
type CategoryFigures struct {
	Category string `json:"category"`
	Figures
}

// RootFigures are the triple counts of one CAMEO root (the first two digits
// of the event code; "other" for codes that do not start with two digits).
type RootFigures struct {
	Root string `json:"root"`
	Counts
}

// Failure is a record that was not coded exactly.
type Failure struct {
	Key      string `json:"key"`
	ID       string `json:"id"`
	Category string `json:"category"`
	Valid    bool   `json:"valid"`
	File     string `json:"file,omitempty"`
	Line     int    `json:"line,omitempty"`
	Text     string `json:"text"`
	// Want and WantError are the gold; for PLOVER gold, Expect says in
	// words what would have counted.
	Want      []Triple `json:"want,omitempty"`
	WantError string   `json:"want_error,omitempty"`
	Expect    string   `json:"expect,omitempty"`
	// Got, GotError and Patterns are what the coder produced.
	Got      []Triple `json:"got,omitempty"`
	GotError string   `json:"got_error,omitempty"`
	Patterns []string `json:"patterns,omitempty"`
}

// Report is the result of Score. Categories and Roots are sorted by name;
// Failures are in gold order.
type Report struct {
	Overall    Figures           `json:"overall"`
	Categories []CategoryFigures `json:"categories"`
	Roots      []RootFigures     `json:"roots"`
	Failures   []Failure         `json:"failures,omitempty"`
}

// Score compares the coder's output with the gold. got maps each record's
// Key (its ID when Key is empty) to what the coder produced; a record with
// no entry counts as coded with no events, and entries for no record are
// ignored.
//
// CAMEO gold (PETRARCH, JSONL) is compared as sets of triples, exactly as
// written: a record is exact when the produced set equals the gold set with
// no error reported; a record that expects an error is exact when the coder
// reports that error (case ignored) and no events. Each distinct produced
// triple in the gold set is a true positive, each other one a false
// positive, each gold triple not produced a false negative.
//
// PLOVER gold gives a category and actors' countries, not codes. A produced
// event matches it when its code starts with one of the category's roots
// (Record.Roots) and its source and target match the gold's: an actor code
// matches when its first three letters equal one of the gold codes (so
// gold "IGO" matches "IGOUNO", "USA" matches "USAGOV"), and an empty gold
// list matches any actor. The record is exact when some event matches and
// no error was reported. The first matching event is the one true positive
// (else the record has one false negative, under the category's first
// root); further matching events, such as the reverse of a compound actor's
// event, count neither way; events that do not match are false positives.
func Score(gold []Record, got map[string]Produced) *Report {
	s := &scorer{cats: map[string]*CategoryFigures{}, roots: map[string]*RootFigures{}}
	for i := range gold {
		s.record(&gold[i], got)
	}
	rep := &s.rep
	rep.Overall.finish()
	for _, c := range s.cats {
		c.finish()
		rep.Categories = append(rep.Categories, *c)
	}
	sort.Slice(rep.Categories, func(i, j int) bool { return rep.Categories[i].Category < rep.Categories[j].Category })
	for _, r := range s.roots {
		r.finish()
		rep.Roots = append(rep.Roots, *r)
	}
	sort.Slice(rep.Roots, func(i, j int) bool { return rep.Roots[i].Root < rep.Roots[j].Root })
	return rep
}

type scorer struct {
	rep   Report
	cats  map[string]*CategoryFigures
	roots map[string]*RootFigures
}

// outcome is one record's result: the roots of its true positives, false
// positives and false negatives.
type outcome struct {
	exact      bool
	tp, fp, fn []string
}

func (s *scorer) record(r *Record, got map[string]Produced) {
	key := r.Key
	if key == "" {
		key = r.ID
	}
	p, ok := got[key]
	evs, pats := distinct(p)
	var o outcome
	if r.Plover != "" {
		o = scorePlover(r, p, evs)
	} else {
		o = scoreCAMEO(r, p, evs)
	}

	cat := r.Category
	if cat == "" {
		cat = "-"
	}
	c := s.cats[cat]
	if c == nil {
		c = &CategoryFigures{Category: cat}
		s.cats[cat] = c
	}
	for _, f := range []*Figures{&s.rep.Overall, &c.Figures} {
		f.add(r, o, ok)
	}
	for _, x := range []struct {
		roots []string
		n     func(*Counts) *int
	}{
		{o.tp, func(c *Counts) *int { return &c.TP }},
		{o.fp, func(c *Counts) *int { return &c.FP }},
		{o.fn, func(c *Counts) *int { return &c.FN }},
	} {
		for _, root := range x.roots {
			rf := s.roots[root]
			if rf == nil {
				rf = &RootFigures{Root: root}
				s.roots[root] = rf
			}
			*x.n(&rf.Counts)++
		}
	}
	if !o.exact {
		f := Failure{Key: key, ID: r.ID, Category: r.Category, Valid: r.Valid, File: r.File, Line: r.Line, Text: r.Text,
			Want: r.Events, WantError: r.Error, Got: evs, GotError: p.Error, Patterns: pats}
		if r.Plover != "" {
			f.Expect = expect(r)
		}
		s.rep.Failures = append(s.rep.Failures, f)
	}
}

func (f *Figures) add(r *Record, o outcome, found bool) {
	f.Records++
	if r.Valid {
		f.Valid++
	}
	if o.exact {
		f.Exact++
		if r.Valid {
			f.ValidExact++
		}
	}
	if !found {
		f.Missing++
	}
	f.TP += len(o.tp)
	f.FP += len(o.fp)
	f.FN += len(o.fn)
}

// distinct returns the produced triples without repeats, in order, with
// the pattern of each one's first occurrence.
func distinct(p Produced) ([]Triple, []string) {
	var evs []Triple
	var pats []string
	seen := make(map[Triple]bool, len(p.Events))
	for i, e := range p.Events {
		if seen[e] {
			continue
		}
		seen[e] = true
		evs = append(evs, e)
		if len(p.Patterns) == len(p.Events) {
			pats = append(pats, p.Patterns[i])
		}
	}
	return evs, pats
}

// root returns the CAMEO root of an event code, or "other".
func root(code string) string {
	if r := cameo.RootOf(code); r != "" {
		return r
	}
	return "other"
}

func scoreCAMEO(r *Record, p Produced, evs []Triple) outcome {
	var o outcome
	want := make(map[Triple]bool, len(r.Events))
	for _, t := range r.Events {
		want[t] = true
	}
	have := make(map[Triple]bool, len(evs))
	for _, t := range evs {
		have[t] = true
		if want[t] {
			o.tp = append(o.tp, root(t.Code))
		} else {
			o.fp = append(o.fp, root(t.Code))
		}
	}
	for t := range want {
		if !have[t] {
			o.fn = append(o.fn, root(t.Code))
		}
	}
	if r.Error != "" {
		o.exact = strings.EqualFold(p.Error, r.Error) && len(evs) == 0
	} else {
		o.exact = p.Error == "" && len(o.fp) == 0 && len(o.fn) == 0
	}
	return o
}

func scorePlover(r *Record, p Produced, evs []Triple) outcome {
	var o outcome
	matched := false
	for _, t := range evs {
		switch {
		case !ploverMatch(r, t):
			o.fp = append(o.fp, root(t.Code))
		case !matched:
			matched = true
			o.tp = append(o.tp, root(t.Code))
		}
	}
	if !matched {
		fn := "other"
		if len(r.Roots) > 0 {
			fn = root(r.Roots[0])
		}
		o.fn = append(o.fn, fn)
	}
	o.exact = matched && p.Error == ""
	return o
}

func ploverMatch(r *Record, t Triple) bool {
	under := false
	for _, pre := range r.Roots {
		if strings.HasPrefix(t.Code, pre) {
			under = true
			break
		}
	}
	return under && actorIn(t.Source, r.Sources) && actorIn(t.Target, r.Targets)
}

// actorIn says whether an actor code's first three letters are one of the
// gold codes; an empty gold list takes any actor.
func actorIn(code string, gold []string) bool {
	if len(gold) == 0 {
		return true
	}
	if len(code) < 3 {
		return false
	}
	c := strings.ToUpper(code[:3])
	for _, g := range gold {
		if c == g {
			return true
		}
	}
	return false
}

// expect says in words what PLOVER gold accepts.
func expect(r *Record) string {
	side := func(codes []string) string {
		if len(codes) == 0 {
			return "any"
		}
		return strings.Join(codes, "|")
	}
	return fmt.Sprintf("%s: code %s*, source %s, target %s", r.Plover, strings.Join(r.Roots, "*|"), side(r.Sources), side(r.Targets))
}

// WriteJSON writes the report as indented JSON, failures included (set
// Failures to nil first to leave them out).
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteText writes the report as aligned tables: a summary, one row per
// category and the overall row, one row per root; with failures, each
// record not coded exactly with what was expected and what was produced.
func (r *Report) WriteText(w io.Writer, failures bool) error {
	ew := &errWriter{w: w}
	o := r.Overall
	ew.printf("records %d, coded exactly %d (%s); valid records %d, coded exactly %d (%s)",
		o.Records, o.Exact, pct(o.Exact, o.Records), o.Valid, o.ValidExact, pct(o.ValidExact, o.Valid))
	if o.Missing > 0 {
		ew.printf("; not coded %d", o.Missing)
	}
	ew.printf("\ntriples: tp %d, fp %d, fn %d; precision %.3f, recall %.3f, F1 %.3f\n\n",
		o.TP, o.FP, o.FN, o.Precision, o.Recall, o.F1)

	rows := [][]string{{"category", "records", "exact", "exact%", "valid", "v.exact", "tp", "fp", "fn", "P", "R", "F1"}}
	fig := func(name string, f Figures) []string {
		return append([]string{name, itoa(f.Records), itoa(f.Exact), pct(f.Exact, f.Records), itoa(f.Valid), itoa(f.ValidExact)},
			counts(f.Counts)...)
	}
	for _, c := range r.Categories {
		rows = append(rows, fig(c.Category, c.Figures))
	}
	rows = append(rows, fig("all", o))
	ew.table(rows)

	rows = [][]string{{"root", "tp", "fp", "fn", "P", "R", "F1"}}
	for _, rf := range r.Roots {
		rows = append(rows, append([]string{rf.Root}, counts(rf.Counts)...))
	}
	ew.printf("\n")
	ew.table(rows)

	if failures && len(r.Failures) > 0 {
		ew.printf("\nfailures (%d):\n", len(r.Failures))
		for _, f := range r.Failures {
			ew.failure(f)
		}
	}
	return ew.err
}

func itoa(n int) string { return fmt.Sprint(n) }

func pct(a, b int) string { return fmt.Sprintf("%.1f%%", 100*ratio(a, b)) }

func counts(c Counts) []string {
	return []string{itoa(c.TP), itoa(c.FP), itoa(c.FN),
		fmt.Sprintf("%.3f", c.Precision), fmt.Sprintf("%.3f", c.Recall), fmt.Sprintf("%.3f", c.F1)}
}

// errWriter keeps the first write error and skips the writes after it.
type errWriter struct {
	w   io.Writer
	err error
}

func (ew *errWriter) printf(format string, args ...any) {
	if ew.err == nil {
		_, ew.err = fmt.Fprintf(ew.w, format, args...)
	}
}

// table writes rows with the first column left-aligned and the others
// right-aligned, two spaces apart.
func (ew *errWriter) table(rows [][]string) {
	var width []int
	for _, row := range rows {
		for i, cell := range row {
			if i >= len(width) {
				width = append(width, 0)
			}
			width[i] = max(width[i], len(cell))
		}
	}
	var b strings.Builder
	for _, row := range rows {
		b.Reset()
		for i, cell := range row {
			if i == 0 {
				fmt.Fprintf(&b, "%-*s", width[i], cell)
			} else {
				fmt.Fprintf(&b, "  %*s", width[i], cell)
			}
		}
		ew.printf("%s\n", strings.TrimRight(b.String(), " "))
	}
}

func (ew *errWriter) failure(f Failure) {
	head := f.ID
	if f.Key != f.ID {
		head = f.Key
	}
	if f.Category != "" {
		head += " [" + f.Category + "]"
	}
	if !f.Valid {
		head += " (not valid)"
	}
	if f.File != "" && f.Line > 0 {
		head += fmt.Sprintf("  %s:%d", f.File, f.Line)
	}
	ew.printf("%s\n  text:  %s\n", head, f.Text)
	// Mark the triples that differ; PLOVER gold has none to compare.
	want := map[Triple]bool{}
	for _, t := range f.Want {
		want[t] = true
	}
	have := map[Triple]bool{}
	width := 0
	for _, t := range f.Got {
		have[t] = true
		width = max(width, len(t.String()))
	}
	switch {
	case f.Expect != "":
		ew.printf("  want:  %s\n", f.Expect)
	case f.WantError != "":
		ew.printf("  want:  error %s\n", f.WantError)
	case len(f.Want) == 0:
		ew.printf("  want:  no events\n")
	}
	for i, t := range f.Want {
		line := fmt.Sprintf("  %-6s %s", label(i, "want:"), t)
		if !have[t] {
			line += "   (missed)"
		}
		ew.printf("%s\n", line)
	}
	if f.GotError != "" {
		ew.printf("  got:   error %s\n", f.GotError)
	} else if len(f.Got) == 0 {
		ew.printf("  got:   no events\n")
	}
	for i, t := range f.Got {
		line := fmt.Sprintf("  %-6s %-*s", label(i, "got:"), width, t)
		if f.Expect == "" && !want[t] {
			line += "  (extra)"
		} else {
			line += "         "
		}
		if i < len(f.Patterns) && f.Patterns[i] != "" {
			line += "  pattern: " + f.Patterns[i]
		}
		ew.printf("%s\n", strings.TrimRight(line, " "))
	}
}

// label returns name for the first line of a list and nothing after.
func label(i int, name string) string {
	if i == 0 {
		return name
	}
	return ""
}

// orNull writes a missing actor as CAMEO's null code, "---".
func orNull(code string) string {
	if code == "" {
		return "---"
	}
	return code
}
