package source

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dyadcoder/dyad"
)

// PetrarchFile is a PETRARCH validation/batch XML file read in order.
type PetrarchFile struct {
	Env     PetrarchEnv
	Records []PetrarchRecord
}

// PetrarchEnv is the <Environment> of a validation file. The dictionary
// names are as written (bare file names, to be looked up in a dictionary
// directory); a batch file without an <Environment> leaves them empty.
type PetrarchEnv struct {
	Verbs, Actors, Agents, Discards string
	// Include lists the categories to run, as written; the word "valid"
	// among them means only records marked valid are run.
	Include []string
	// Options are the <Config> settings inside <Environment>: option names
	// lower-cased, values as written ("True", "4").
	Options map[string]string
}

// PetrarchRecord is one <Sentence>, with the options in force for it (the
// Environment's, then every <Config> met before it, in file order; option
// names lower-cased, values as written).
type PetrarchRecord struct {
	ID, Category string
	// Date is the date attribute (YYYYMMDD), at midnight UTC.
	Date time.Time
	// Valid is the sentence="true" attribute (any case), or the older
	// valid="true": the record is expected to be coded correctly.
	Valid bool
	// Text and Parse are the element contents with runs of white space
	// collapsed to one space and the ends trimmed.
	Text, Parse string
	// Line is the 1-based line of the <Sentence> start tag.
	Line int
	// Gold holds the expected event triples, in file order.
	Gold []Coding
	// NoEvents is set by <EventCoding noevents="True">.
	NoEvents bool
	// Error is the expected error coding, e.g. "bad_input_parse".
	Error string
	// Options is shared by the records between two <Config> elements:
	// read it, never modify it.
	Options map[string]string
}

// Coding is one expected event: source and target actor codes and the event
// code, as written (they may be "---GOV", "###" or quoted new-actor text).
type Coding struct{ Source, Target, Code string }

// ReadPetrarch reads the file at path. Problems with single records (bad
// date, missing Text) are collected as a dyad.ErrorList with file:line, the
// other records are kept; a file that is not XML at all is an error.
//
// When the result is nil the error is fatal (the file cannot be opened, is
// not XML, or its root is neither <Validation> nor <Sentences>). Otherwise
// the error, if any, is a dyad.ErrorList: the records it names were
// skipped, and an XML syntax error stops reading at that point, keeping the
// records before it.
func ReadPetrarch(path string) (*PetrarchFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	return readPetrarch(f, path)
}

// petrarch holds the state of one read.
type petrarch struct {
	name string
	d    *xml.Decoder
	file *PetrarchFile
	opts map[string]string
	// shared is set once opts has been handed to a record; the next
	// <Config> then copies it first.
	shared bool
	errs   dyad.ErrorList
}

func readPetrarch(r io.Reader, name string) (*PetrarchFile, error) {
	p := &petrarch{name: name, d: xml.NewDecoder(r), file: &PetrarchFile{}, opts: map[string]string{}}
	root, err := p.root()
	if err != nil {
		return nil, err
	}
	if err := p.body(root); err != nil {
		line, _ := p.d.InputPos()
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			line, err = se.Line, errors.New(se.Msg)
		}
		p.fail(line, "", "XML: %v; stopped reading", err)
	}
	return p.file, p.errs.Err()
}

func (p *petrarch) fail(line int, id, msg string, args ...any) {
	p.errs.Add(&dyad.Error{File: p.name, Line: line, Article: id, Offset: -1, Stage: "read", Msg: fmt.Sprintf(msg, args...)})
}

// root finds the root element. Anything before it other than white space,
// a byte order mark, comments, processing instructions and a doctype means
// the input is not XML.
func (p *petrarch) root() (string, error) {
	for {
		line, _ := p.d.InputPos()
		tok, err := p.d.Token()
		if err == io.EOF {
			return "", fmt.Errorf("%s: not PETRARCH XML: no root element", p.name)
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return "", fmt.Errorf("%s:%d: not XML: %s", p.name, se.Line, se.Msg)
			}
			return "", fmt.Errorf("%s:%d: not XML: %w", p.name, line, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "Validation" && t.Name.Local != "Sentences" {
				return "", fmt.Errorf("%s:%d: not PETRARCH XML: root <%s>, want <Validation> or <Sentences>", p.name, line, t.Name.Local)
			}
			return t.Name.Local, nil
		case xml.CharData:
			// A byte order mark comes through as text.
			if len(bytes.Trim(t, "\ufeff \t\r\n")) > 0 {
				return "", fmt.Errorf("%s:%d: not XML: text before the root element", p.name, line)
			}
		}
	}
}

// body reads the root's content in order up to its end tag.
func (p *petrarch) body(root string) error {
	for depth := 1; depth > 0; {
		line, _ := p.d.InputPos()
		tok, err := p.d.Token()
		if err == io.EOF {
			return fmt.Errorf("file ends inside <%s>", root)
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			depth--
		case xml.StartElement:
			switch t.Name.Local {
			case "Sentences":
				depth++
			case "Environment":
				if err := p.env(); err != nil {
					return err
				}
			case "Config":
				p.config(t, line, "")
				if err := p.d.Skip(); err != nil {
					return err
				}
			case "Sentence":
				if err := p.sentence(t, line); err != nil {
					return err
				}
			default:
				if err := p.d.Skip(); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// env reads <Environment> after its start tag.
func (p *petrarch) env() error {
	e := &p.file.Env
	for {
		line, _ := p.d.InputPos()
		tok, err := p.d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			e.Options = p.snapshot()
			return nil
		case xml.StartElement:
			if t.Name.Local == "Config" {
				p.config(t, line, "")
				if err := p.d.Skip(); err != nil {
					return err
				}
				continue
			}
			s, err := p.text()
			if err != nil {
				return err
			}
			switch t.Name.Local {
			case "Verbfile":
				e.Verbs = s
			case "Actorfile":
				e.Actors = s
			case "Agentfile":
				e.Agents = s
			case "Discardfile":
				e.Discards = s
			case "Include":
				e.Include = strings.Fields(s)
			}
		}
	}
}

// config applies <Config option=... value=...> to the options that follow.
func (p *petrarch) config(t xml.StartElement, line int, id string) {
	opt, ok := attr(t, "option")
	opt = strings.ToLower(strings.TrimSpace(opt))
	if !ok || opt == "" {
		p.fail(line, id, "<Config> without an option; ignored")
		return
	}
	val, _ := attr(t, "value")
	if p.shared {
		m := make(map[string]string, len(p.opts)+1)
		for k, v := range p.opts {
			m[k] = v
		}
		p.opts, p.shared = m, false
	}
	p.opts[opt] = val
}

// snapshot returns the options in force, to be shared until the next
// <Config>.
func (p *petrarch) snapshot() map[string]string {
	p.shared = true
	return p.opts
}

// attr returns the attribute named (case-insensitively) name.
func attr(t xml.StartElement, name string) (string, bool) {
	for _, a := range t.Attr {
		if strings.EqualFold(a.Name.Local, name) {
			return a.Value, true
		}
	}
	return "", false
}

// text reads the character data up to the end of the current element (at
// any depth), with white space collapsed.
func (p *petrarch) text() (string, error) {
	var b strings.Builder
	for depth := 1; depth > 0; {
		tok, err := p.d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			// Text on either side of a tag is separate words.
			b.WriteByte(' ')
		case xml.EndElement:
			depth--
			b.WriteByte(' ')
		case xml.CharData:
			b.Write(t)
		}
	}
	return strings.Join(strings.Fields(b.String()), " "), nil
}

// sentence reads one <Sentence> after its start tag. Problems with the
// record are reported and the record is skipped; only XML errors are
// returned.
func (p *petrarch) sentence(t xml.StartElement, line int) error {
	rec := PetrarchRecord{Line: line, Options: p.snapshot()}
	var problems []string
	problem := func(line int, msg string, args ...any) {
		problems = append(problems, fmt.Sprintf("line %d: %s", line, fmt.Sprintf(msg, args...)))
	}
	rec.ID, _ = attr(t, "id")
	rec.ID = strings.TrimSpace(rec.ID)
	if rec.ID == "" {
		problem(line, "no id")
	}
	rec.Category, _ = attr(t, "category")
	rec.Category = strings.TrimSpace(rec.Category)
	valid, ok := attr(t, "sentence")
	if !ok {
		valid, _ = attr(t, "valid")
	}
	rec.Valid = strings.EqualFold(strings.TrimSpace(valid), "true")
	if date, ok := attr(t, "date"); !ok {
		problem(line, "no date")
	} else if d, err := time.Parse("20060102", strings.TrimSpace(date)); err != nil {
		problem(line, "bad date %q: want YYYYMMDD", date)
	} else {
		rec.Date = d
	}
	haveText, haveParse := false, false
	for done := false; !done; {
		cline, _ := p.d.InputPos()
		tok, err := p.d.Token()
		if err != nil {
			return err
		}
		switch c := tok.(type) {
		case xml.EndElement:
			done = true
		case xml.StartElement:
			switch c.Name.Local {
			case "Text", "Parse":
				s, err := p.text()
				if err != nil {
					return err
				}
				if c.Name.Local == "Text" {
					if haveText {
						problem(cline, "more than one <Text>")
					}
					rec.Text, haveText = s, true
				} else {
					if haveParse {
						problem(cline, "more than one <Parse>")
					}
					rec.Parse, haveParse = s, true
				}
				continue
			case "EventCoding":
				if msg := rec.coding(c); msg != "" {
					problem(cline, "%s", msg)
				}
			case "Config":
				// Applies to the records after this one.
				p.config(c, cline, rec.ID)
			}
			if err := p.d.Skip(); err != nil {
				return err
			}
		}
	}
	if rec.Text == "" {
		problem(line, "no <Text>")
	}
	if (rec.NoEvents || rec.Error != "") && len(rec.Gold) > 0 {
		problem(line, "event codings together with noevents or error")
	}
	if len(problems) > 0 {
		p.fail(line, rec.ID, "record skipped: %s", strings.Join(problems, "; "))
		return nil
	}
	p.file.Records = append(p.file.Records, rec)
	return nil
}

// coding adds one <EventCoding>, or says what is wrong with it.
func (rec *PetrarchRecord) coding(t xml.StartElement) string {
	if e, ok := attr(t, "error"); ok {
		e = strings.TrimSpace(e)
		switch {
		case e == "":
			return "empty error coding"
		case rec.Error != "" && rec.Error != e:
			return fmt.Sprintf("two error codings, %q and %q", rec.Error, e)
		}
		rec.Error = e
		return ""
	}
	if v, ok := attr(t, "noevents"); ok {
		if !strings.EqualFold(strings.TrimSpace(v), "true") {
			return fmt.Sprintf("noevents=%q: want True", v)
		}
		rec.NoEvents = true
		return ""
	}
	var c Coding
	var missing []string
	for _, f := range []struct {
		name string
		to   *string
	}{{"sourcecode", &c.Source}, {"targetcode", &c.Target}, {"eventcode", &c.Code}} {
		v, _ := attr(t, f.name)
		*f.to = strings.TrimSpace(v)
		if *f.to == "" {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		return "<EventCoding> without " + strings.Join(missing, ", ")
	}
	rec.Gold = append(rec.Gold, c)
	return ""
}
