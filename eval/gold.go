// Package eval scores coded events against gold sets. Input: gold records
// read from a PETRARCH validation XML file, the PLOVER gold-standard JSON or
// dyad's own JSONL gold, and what the coder produced for each record (a map
// from Record.Key to Produced). Output: a Report with records coded exactly,
// triple precision, recall and F1 overall, per category and per CAMEO root,
// and the failures, written as an aligned text table or as JSON.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/source"
)

// Triple is one event: source and target actor codes and the CAMEO event
// code, compared as written.
type Triple struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

// String renders the triple as "SOURCE TARGET CODE", with "-" for an empty
// part.
func (t Triple) String() string {
	return dash(t.Source) + " " + dash(t.Target) + " " + dash(t.Code)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// Record is one gold record in any format.
type Record struct {
	// Key identifies the record in the map given to Score: the ID, or
	// ID#n for the n-th record (n >= 2) whose ID was already used in the
	// same file (the PETRARCH suite repeats two ids). Score uses the ID
	// when Key is empty.
	Key string
	ID  string
	// Text is the sentence or story to code.
	Text     string
	Category string
	Date     time.Time
	// Events are the expected triples (PETRARCH and JSONL gold).
	Events []Triple
	// NoEvents is set when the record expects no events and no error.
	NoEvents bool
	// Error is the error the coder is expected to report instead of events
	// (PETRARCH: "dateline", "bad_input_parse", "storydiscard",
	// "sentencediscard").
	Error string
	// Valid says the record is expected to be coded right (PETRARCH's
	// sentence="true"); always true for PLOVER and JSONL gold.
	Valid bool
	// Plover is the PLOVER category of PLOVER gold (e.g. "AGREE"), empty
	// for CAMEO gold. Roots are the CAMEO code prefixes it maps to (two-digit
	// roots, or a longer code such as "057"), Sources and Targets the gold
	// actors' codes (ISO 3166-1 alpha-3, or IGO, NGO, IMG); an empty list
	// accepts any actor.
	Plover           string
	Roots            []string
	Sources, Targets []string
	// File and Line give where the record is (Line 1-based, 0 unknown).
	File string
	Line int
	// Parse is the record's Penn Treebank parse (PETRARCH gold), and
	// Options the coder options in force for it (lower-case names).
	Parse   string
	Options map[string]string
}

// Read reads a gold file, choosing the format by its first non-space
// character: '<' PETRARCH validation XML, '[' PLOVER gold JSON, '{' JSONL.
// Like the format readers, it returns the good records with a
// dyad.ErrorList when single records are bad, and nil with an error when
// the file cannot be read at all.
func Read(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold %s: %w", path, err)
	}
	c, err := firstByte(bufio.NewReader(f))
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("read gold %s: %w", path, err)
	}
	switch c {
	case '<':
		return ReadPetrarch(path)
	case '[':
		return ReadPLOVER(path)
	case '{':
		return ReadJSONL(path)
	}
	return nil, fmt.Errorf("read gold %s: unknown format (want PETRARCH XML, PLOVER JSON or JSONL)", path)
}

// bom is the UTF-8 byte order mark, skipped at the start of a file.
var bom = []byte("\xef\xbb\xbf")

// firstByte returns the first byte that is not white space, after a UTF-8
// byte order mark if there is one.
func firstByte(r *bufio.Reader) (byte, error) {
	if b, _ := r.Peek(len(bom)); bytes.Equal(b, bom) {
		r.Discard(len(bom))
	}
	for {
		c, err := r.ReadByte()
		if err == io.EOF {
			return 0, errors.New("empty file")
		}
		if err != nil {
			return 0, err
		}
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c, nil
		}
	}
}

// ReadPetrarch reads the gold records of a PETRARCH validation XML file,
// through source.ReadPetrarch, in file order. Records with no codings at
// all expect no events, as PETRARCH treats them.
func ReadPetrarch(path string) ([]Record, error) {
	f, err := source.ReadPetrarch(path)
	if f == nil {
		return nil, err
	}
	recs := make([]Record, 0, len(f.Records))
	for _, r := range f.Records {
		g := Record{ID: r.ID, Text: r.Text, Category: r.Category, Date: r.Date, Error: r.Error,
			Valid: r.Valid, File: path, Line: r.Line, Parse: r.Parse, Options: r.Options}
		for _, c := range r.Gold {
			g.Events = append(g.Events, Triple(c))
		}
		g.NoEvents = len(g.Events) == 0 && g.Error == ""
		recs = append(recs, g)
	}
	assignKeys(recs)
	return recs, err
}

// assignKeys gives each record its Key: the ID, with "#n" added for the
// n-th use of an ID.
func assignKeys(recs []Record) {
	seen := make(map[string]int, len(recs))
	for i := range recs {
		id := recs[i].ID
		seen[id]++
		recs[i].Key = id
		if n := seen[id]; n > 1 {
			recs[i].Key = fmt.Sprintf("%s#%d", id, n)
		}
	}
}

// ploverRoots maps the PLOVER 0.5 categories of the PLOVER gold records to
// CAMEO code prefixes, as ../shared/gold/README.md gives them.
var ploverRoots = map[string][]string{
	"DEMAND": {"02", "10"}, "AGREE": {"03", "057"}, "CONSULT": {"04"}, "SUPPORT": {"05"},
	"COOPERATE": {"06"}, "AID": {"07"}, "CONCEDE": {"08"}, "RETREAT": {"08"},
	"INVESTIGATE": {"09"}, "DISAPPROVE": {"11"}, "REJECT": {"12"}, "THREATEN": {"13"},
	"PROTEST": {"14"}, "MOBILIZE": {"15"}, "SANCTION": {"16"}, "COERCE": {"17", "16"},
	"ASSAULT": {"18", "20"}, "FIGHT": {"19"},
}

// ploverNoDate is the date every PLOVER gold-standard record gives, which
// stands for none (PLOVER's gold_standard_records).
const ploverNoDate = "2000-01-01"

// goldCountry corrects the two country codes the PLOVER gold writes in a
// form that is neither ISO 3166-1 alpha-3 nor CAMEO (Japan, Italy), so that
// they compare with the codes a coder gives.
var goldCountry = map[string]string{"JAP": "JPN", "ITL": "ITA"}

type ploverJSON struct {
	ID     string          `json:"id"`
	Date   string          `json:"date"`
	Text   string          `json:"text"`
	Event  string          `json:"event"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
	// TextInfo is {"markup": ...} in most records, a string in some.
	TextInfo json.RawMessage `json:"textInfo"`
}

// reciprocal reports whether the record's markup marks an actor "SRC/TAR":
// both source and target of the event.
func (pj *ploverJSON) reciprocal() bool {
	var info struct {
		Markup string `json:"markup"`
	}
	if json.Unmarshal(pj.TextInfo, &info) != nil {
		return false
	}
	return strings.Contains(info.Markup, "(SRC/TAR:")
}

type ploverActor struct {
	Code string `json:"code"`
}

// ReadPLOVER reads PLOVER gold-standard records: one JSON array of objects
// with "id", "date", "text", "event" (a PLOVER 0.5 category), "source" and
// "target" (lists of {"code"}; a target that is absent, null or a string
// accepts any target, unless the record's textInfo markup marks its
// sources "SRC/TAR", the coders' mark of a reciprocal event between them,
// which makes them its targets too). A bad record is reported with its line
// and skipped.
func ReadPLOVER(path string) ([]Record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold %s: %w", path, err)
	}
	return readPLOVER(b, path)
}

func readPLOVER(b []byte, name string) ([]Record, error) {
	b = bytes.TrimPrefix(b, bom)
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, fmt.Errorf("%s:%d: not PLOVER gold: want a JSON array of records", name, lineAt(b, 0))
	}
	var recs []Record
	var errs dyad.ErrorList
	fail := func(line int, id, msg string, args ...any) {
		errs.Add(&dyad.Error{File: name, Line: line, Article: id, Offset: -1, Stage: "read", Msg: fmt.Sprintf(msg, args...)})
	}
	for dec.More() {
		line := lineAt(b, int(dec.InputOffset()))
		var pj ploverJSON
		if err := dec.Decode(&pj); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				fail(line, pj.ID, "record skipped: %v", err)
				continue
			}
			fail(lineAt(b, int(dec.InputOffset())), "", "JSON: %v; stopped reading", err)
			break
		}
		r, msg := pj.record()
		if msg != "" {
			fail(line, pj.ID, "record skipped: %s", msg)
			continue
		}
		r.File, r.Line = name, line
		recs = append(recs, r)
	}
	assignKeys(recs)
	return recs, errs.Err()
}

// record checks one PLOVER record and converts it.
func (pj *ploverJSON) record() (Record, string) {
	r := Record{ID: strings.TrimSpace(pj.ID), Text: strings.TrimSpace(pj.Text), Valid: true}
	var problems []string
	if r.ID == "" {
		problems = append(problems, `no "id"`)
	}
	if r.Text == "" {
		problems = append(problems, `no "text"`)
	}
	r.Plover = strings.ToUpper(strings.TrimSpace(pj.Event))
	r.Category = r.Plover
	r.Roots = ploverRoots[r.Plover]
	if r.Roots == nil {
		problems = append(problems, fmt.Sprintf("unknown PLOVER category %q", pj.Event))
	}
	// The gold-standard records all carry 2000-01-01, a placeholder for
	// sentences of the 1980s to 2000s: read as a date it would make the
	// office-holders of that day of every "President X" of the records.
	if pj.Date != "" && pj.Date != ploverNoDate {
		d, _, err := source.ParseDate(pj.Date)
		if err != nil {
			problems = append(problems, fmt.Sprintf("bad \"date\" %q", pj.Date))
		}
		r.Date = d
	}
	var msg string
	if r.Sources, msg = ploverActors(pj.Source); msg != "" {
		problems = append(problems, `"source": `+msg)
	}
	if r.Targets, msg = ploverActors(pj.Target); msg != "" {
		problems = append(problems, `"target": `+msg)
	}
	if r.Targets == nil && pj.reciprocal() {
		r.Targets = r.Sources
	}
	return r, strings.Join(problems, "; ")
}

// ploverActors reads a list of actors' codes. Anything but a list (absent,
// null, "" or a stray word) means no actor is given.
func ploverActors(raw json.RawMessage) ([]string, string) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '[' {
		return nil, ""
	}
	var as []ploverActor
	if err := json.Unmarshal(raw, &as); err != nil {
		return nil, err.Error()
	}
	var codes []string
	for _, a := range as {
		c := strings.ToUpper(strings.TrimSpace(a.Code))
		if c == "" {
			return nil, "an actor without a code"
		}
		if g, ok := goldCountry[c]; ok {
			c = g
		}
		codes = append(codes, c)
	}
	return codes, ""
}

// lineAt returns the 1-based line of the first byte at or after off that
// is not white space or a comma.
func lineAt(b []byte, off int) int {
	off = min(max(off, 0), len(b))
	for off < len(b) && strings.IndexByte(" \t\r\n,", b[off]) >= 0 {
		off++
	}
	return 1 + bytes.Count(b[:off], []byte{'\n'})
}

type jsonlRecord struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Date     string   `json:"date"`
	Category string   `json:"category"`
	Events   []Triple `json:"events"`
	Error    string   `json:"error"`
	Valid    *bool    `json:"valid"`
}

// ReadJSONL reads dyad's JSONL gold: one record a line,
// {"id","text","date","events":[{"source","target","code"}]}, with optional
// "category", "error" (the error expected instead of events) and "valid"
// (default true). No events and no error means the record expects none.
// Blank lines are skipped; a bad line is reported and skipped.
func ReadJSONL(path string) ([]Record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold %s: %w", path, err)
	}
	return readJSONL(b, path)
}

func readJSONL(b []byte, name string) ([]Record, error) {
	b = bytes.TrimPrefix(b, bom)
	var recs []Record
	var errs dyad.ErrorList
	for line := 1; len(b) > 0; line++ {
		var l []byte
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			l, b = b[:i], b[i+1:]
		} else {
			l, b = b, nil
		}
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		r, msg := jsonlLine(l)
		if msg != "" {
			errs.Add(&dyad.Error{File: name, Line: line, Article: r.ID, Offset: -1, Stage: "read", Msg: "record skipped: " + msg})
			continue
		}
		r.File, r.Line = name, line
		recs = append(recs, r)
	}
	assignKeys(recs)
	return recs, errs.Err()
}

// jsonlLine decodes one line, or says what is wrong with it.
func jsonlLine(l []byte) (Record, string) {
	var jr jsonlRecord
	dec := json.NewDecoder(bytes.NewReader(l))
	if err := dec.Decode(&jr); err != nil {
		return Record{}, "malformed JSON: " + err.Error()
	}
	if dec.More() {
		return Record{}, "malformed JSON: more than one value on the line"
	}
	r := Record{ID: strings.TrimSpace(jr.ID), Text: strings.TrimSpace(jr.Text), Category: strings.TrimSpace(jr.Category),
		Error: strings.TrimSpace(jr.Error), Valid: jr.Valid == nil || *jr.Valid}
	var problems []string
	if r.ID == "" {
		problems = append(problems, `no "id"`)
	}
	if r.Text == "" {
		problems = append(problems, `no "text"`)
	}
	if jr.Date != "" {
		d, _, err := source.ParseDate(jr.Date)
		if err != nil {
			problems = append(problems, fmt.Sprintf("bad \"date\" %q", jr.Date))
		}
		r.Date = d
	}
	for i, e := range jr.Events {
		e = Triple{strings.TrimSpace(e.Source), strings.TrimSpace(e.Target), strings.TrimSpace(e.Code)}
		if e.Code == "" {
			problems = append(problems, fmt.Sprintf("event %d has no \"code\"", i+1))
		}
		r.Events = append(r.Events, e)
	}
	if r.Error != "" && len(r.Events) > 0 {
		problems = append(problems, `both "events" and "error"`)
	}
	r.NoEvents = len(r.Events) == 0 && r.Error == ""
	return r, strings.Join(problems, "; ")
}
