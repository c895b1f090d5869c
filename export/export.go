// Package export writes events in the formats analysts read: a readable
// table, JSON, JSON Lines (one event a line, the stable contract), and
// GDELT 2.0's 61-column event TSV. Input: articles with their events.
// Output: bytes on an io.Writer.
package export

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/cameo"
)

// Formats lists the names New accepts.
var Formats = []string{"table", "json", "jsonl", "tsv"}

// Options change what a Writer writes.
type Options struct {
	// Explain adds each event's pattern and matched words to the table.
	Explain bool
	// Added is the DATEADDED of GDELT rows; zero means now.
	Added time.Time
}

// Writer writes the events of one article after another.
type Writer interface {
	// Write writes the events of article a.
	Write(a *dyad.Article, evs []dyad.Event) error
	// Close finishes the output (the end of a JSON array, a table's
	// alignment) and flushes it. It does not close the underlying writer.
	Close() error
}

// New returns a Writer for the named format.
func New(format string, w io.Writer, opts Options) (Writer, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	switch format {
	case "jsonl":
		return &jsonlWriter{w: bw, enc: json.NewEncoder(bw)}, nil
	case "json":
		return &jsonWriter{w: bw}, nil
	case "table":
		return newTable(bw, opts.Explain), nil
	case "tsv":
		if opts.Added.IsZero() {
			opts.Added = time.Now().UTC()
		}
		return &gdeltWriter{w: bw, added: opts.Added.Format("20060102150405")}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

type jsonlWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func (j *jsonlWriter) Write(_ *dyad.Article, evs []dyad.Event) error {
	for i := range evs {
		if err := j.enc.Encode(&evs[i]); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonlWriter) Close() error { return j.w.Flush() }

type jsonWriter struct {
	w *bufio.Writer
	n int
}

func (j *jsonWriter) Write(_ *dyad.Article, evs []dyad.Event) error {
	for i := range evs {
		b, err := json.MarshalIndent(&evs[i], "  ", "  ")
		if err != nil {
			return err
		}
		if j.n == 0 {
			j.w.WriteString("[\n  ")
		} else {
			j.w.WriteString(",\n  ")
		}
		j.w.Write(b)
		j.n++
	}
	return nil
}

func (j *jsonWriter) Close() error {
	if j.n == 0 {
		j.w.WriteString("[")
	}
	j.w.WriteString("\n]\n")
	return j.w.Flush()
}

type tableWriter struct {
	w       *bufio.Writer
	explain bool
	rows    [][]string
	notes   map[int][]string // row index -> explain lines under it
}

func newTable(w *bufio.Writer, explain bool) *tableWriter {
	return &tableWriter{w: w, explain: explain, notes: map[int][]string{}}
}

var tableHeader = []string{"DATE", "SOURCE", "CODE", "EVENT", "TARGET", "MODE", "ARTICLE", "SENT", "EVIDENCE"}

func (t *tableWriter) Write(_ *dyad.Article, evs []dyad.Event) error {
	for _, e := range evs {
		mode := string(e.Mode)
		if mode == "" {
			mode = "-"
		}
		t.rows = append(t.rows, []string{e.Date, orDash(e.Source.Code), e.Code, trim(codeName(e), 28),
			orDash(e.Target.Code), mode, trim(e.ArticleID, 20), strconv.Itoa(e.Sentence), trim(e.Evidence.Words, 40)})
		if t.explain {
			t.notes[len(t.rows)-1] = []string{
				fmt.Sprintf("pattern %q (%s)", e.Evidence.Pattern, e.Evidence.Dict),
				fmt.Sprintf("source %q, target %q", e.Source.Text, e.Target.Text),
				fmt.Sprintf("sentence %q", trim(e.Text, 300)),
			}
		}
	}
	return nil
}

// Close aligns the rows it has kept and writes them.
func (t *tableWriter) Close() error {
	if len(t.rows) == 0 {
		t.w.WriteString("no events\n")
		return t.w.Flush()
	}
	width := make([]int, len(tableHeader))
	for _, r := range append([][]string{tableHeader}, t.rows...) {
		for i, c := range r {
			width[i] = max(width[i], len([]rune(c)))
		}
	}
	line := func(r []string) {
		for i, c := range r {
			t.w.WriteString(c)
			if i < len(r)-1 {
				t.w.WriteString(strings.Repeat(" ", width[i]-len([]rune(c))+2))
			}
		}
		t.w.WriteByte('\n')
	}
	line(tableHeader)
	for i, r := range t.rows {
		line(r)
		for _, n := range t.notes[i] {
			t.w.WriteString("    " + n + "\n")
		}
	}
	return t.w.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func trim(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// GDELTColumns is the number of columns of a GDELT 2.0 event row.
const GDELTColumns = 61

type gdeltWriter struct {
	w     *bufio.Writer
	added string
}

// Write writes the events that occurred: GDELT has no mode, and would take
// "did not attack" for an attack.
func (g *gdeltWriter) Write(a *dyad.Article, evs []dyad.Event) error {
	for i := range evs {
		if !evs[i].Mode.Occurred() {
			continue
		}
		row := GDELTRow(a, &evs[i], g.added)
		g.w.WriteString(strings.Join(row[:], "\t"))
		g.w.WriteByte('\n')
	}
	return nil
}

func (g *gdeltWriter) Close() error { return g.w.Flush() }

// GDELTRow maps an event onto GDELT 2.0's 61 event columns, in order.
// Columns dyad does not fill (ethnic and religious codes, tone, places until
// events are placed) stay empty. added is DATEADDED (YYYYMMDDHHMMSS).
func GDELTRow(a *dyad.Article, e *dyad.Event, added string) [GDELTColumns]string {
	var r [GDELTColumns]string
	r[0] = strconv.FormatUint(GlobalID(e.ID), 10)
	if t, err := time.Parse(time.DateOnly, e.Date); err == nil {
		r[1] = t.Format("20060102")
		r[2] = t.Format("200601")
		r[3] = t.Format("2006")
		r[4] = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365.0, 'f', 4, 64)
	}
	actor := func(at int, x dyad.Actor) {
		r[at] = x.Code
		r[at+1] = strings.ToUpper(firstNonEmpty(x.Name, x.Text))
		if len(x.Country) == 3 {
			r[at+2] = x.Country
		} else if x.Country != "" {
			r[at+3] = x.Country
		}
		for i := 0; i < len(x.Roles) && i < 3; i++ {
			r[at+7+i] = x.Roles[i]
		}
	}
	actor(5, e.Source)
	actor(15, e.Target)
	r[25] = "1"
	if e.Sentence > 0 {
		r[25] = "0"
	}
	r[26] = e.Code
	base := e.Code
	if len(base) > 3 {
		base = base[:3]
	}
	r[27] = base
	r[28] = e.Root
	r[29] = strconv.Itoa(e.QuadClass)
	r[30] = strconv.FormatFloat(e.Goldstein, 'f', 1, 64)
	r[31], r[32], r[33] = "1", "1", "1"
	for _, g := range []struct {
		at int
		p  *dyad.Place
	}{{35, e.Source.Place}, {43, e.Target.Place}, {51, e.Place}} {
		if g.p != nil {
			geoColumns(r[g.at:g.at+8], g.p)
		}
	}
	r[59] = added
	if a != nil {
		r[60] = firstNonEmpty(a.URL, a.File)
	}
	for i := range r {
		r[i] = strings.Map(func(c rune) rune {
			if c == '\t' || c == '\n' || c == '\r' {
				return ' '
			}
			return c
		}, r[i])
	}
	return r
}

// GlobalID turns an event id (hex) into GDELT's integer GLOBALEVENTID: its
// first 63 bits.
func GlobalID(id string) uint64 {
	b, err := hex.DecodeString(id)
	if err != nil || len(b) < 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b[:8]) >> 1
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// codeName is the codebook's name of the event's code.
func codeName(e dyad.Event) string {
	c, _ := cameo.Lookup(e.Code)
	return c.Name
}

// geoColumns fills one of GDELT's groups of eight geographic columns
// (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID)
// from a place: the country in FIPS 10-4 as GDELT writes it, the ADM1 code
// as the FIPS country code and GeoNames' admin1 code (GeoNames' codes are
// FIPS codes for most countries); ADM2 stays empty.
func geoColumns(r []string, p *dyad.Place) {
	us := p.Country == "USA"
	switch {
	case p.Precision == "country":
		r[0] = "1"
	case p.Precision == "admin1" && us:
		r[0] = "2"
	case p.Precision == "admin1":
		r[0] = "5"
	case us:
		r[0] = "3"
	default:
		r[0] = "4"
	}
	name := p.Name
	if p.Admin1 != "" && p.Admin1 != p.Name {
		name += ", " + p.Admin1
	}
	r[1] = name
	r[2], _ = FIPS(p.Country)
	if r[2] != "" && p.Admin1Code != "" {
		r[3] = r[2] + p.Admin1Code
	}
	r[5] = strconv.FormatFloat(p.Lat, 'f', 4, 64)
	r[6] = strconv.FormatFloat(p.Lon, 'f', 4, 64)
	if p.GeonamesID > 0 {
		r[7] = strconv.Itoa(p.GeonamesID)
	}
}

// GDELTMentionColumns is the number of columns of a GDELT 2.0 mention row.
const GDELTMentionColumns = 16

// GDELTMentionRow maps one mention of a stored event onto GDELT 2.0's 16
// mention columns. eventDate is the event's date (YYYY-MM-DD), docLen the
// article's length in bytes (0 when unknown). Offsets GDELT counts in
// characters are dyad's byte offsets; actors' offsets are -1 (dyad keeps
// the evidence span, not each actor's, with a mention).
func GDELTMentionRow(m *dyad.Mention, eventDate string, docLen int) [GDELTMentionColumns]string {
	var r [GDELTMentionColumns]string
	r[0] = strconv.FormatUint(GlobalID(m.EventID), 10)
	if t, err := time.Parse(time.DateOnly, eventDate); err == nil {
		r[1] = t.Format("20060102150405")
	}
	if !m.Date.IsZero() {
		r[2] = m.Date.Format("20060102150405")
	}
	r[3] = "1" // web
	r[4] = m.Publisher
	r[5] = firstNonEmpty(m.URL, m.ArticleID)
	r[6] = strconv.Itoa(m.Sentence + 1)
	r[7], r[8] = "-1", "-1"
	r[9] = strconv.Itoa(m.Span.Start)
	r[10] = "1"
	r[11] = "100"
	if docLen > 0 {
		r[12] = strconv.Itoa(docLen)
	}
	for i := range r {
		r[i] = strings.Map(func(c rune) rune {
			if c == '\t' || c == '\n' || c == '\r' {
				return ' '
			}
			return c
		}, r[i])
	}
	return r
}
