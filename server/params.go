package server

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadcoder/dyad"
)

// Page sizes of GET /api/events.
const (
	defaultLimit = 50
	maxLimit     = 500
)

// maxParam bounds the length of a parameter value, in bytes.
const maxParam = 200

// filterParams are the query parameters of the event filters, as dyad
// query's flags.
var filterParams = []string{"actor", "dyad", "code", "root", "quad", "from", "to", "place", "country"}

// params reads a raw query string, refusing parameters not in allowed,
// repeated ones, and values that are too long or not valid UTF-8.
func params(raw string, allowed ...string) (url.Values, error) {
	q, err := url.ParseQuery(raw)
	if err != nil {
		return nil, errorf(http.StatusBadRequest, "bad query string: "+err.Error())
	}
	for k, vs := range q {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		switch {
		case !ok:
			return nil, errorf(http.StatusBadRequest, fmt.Sprintf("unknown parameter %q (this endpoint takes %s)", k, strings.Join(allowed, ", ")))
		case len(vs) > 1:
			return nil, errorf(http.StatusBadRequest, fmt.Sprintf("parameter %q given %d times", k, len(vs)))
		case len(vs[0]) > maxParam || !utf8.ValidString(vs[0]):
			return nil, errorf(http.StatusBadRequest, fmt.Sprintf("parameter %q: not UTF-8 or longer than %d bytes", k, maxParam))
		}
	}
	return q, nil
}

// parseFilter reads the event filters from q: actor, dyad=A,B, code, root,
// quad (1-4), from and to (YYYY-MM-DD), place, country. Actor and country
// codes are upper-cased, as dyad query does.
func parseFilter(q url.Values) (dyad.Filter, error) {
	f := dyad.Filter{
		Actor:   strings.ToUpper(q.Get("actor")),
		Code:    q.Get("code"),
		Root:    q.Get("root"),
		Place:   q.Get("place"),
		Country: strings.ToUpper(q.Get("country")),
	}
	if s := q.Get("dyad"); s != "" {
		a, b, ok := strings.Cut(s, ",")
		if !ok || a == "" || b == "" || strings.Contains(b, ",") {
			return f, errorf(http.StatusBadRequest, "dyad wants two country codes: A,B")
		}
		f.Dyad = [2]string{strings.ToUpper(a), strings.ToUpper(b)}
	}
	for _, d := range []struct {
		name string
		code string
	}{{"code", f.Code}, {"root", f.Root}} {
		if !digits(d.code) {
			return f, errorf(http.StatusBadRequest, d.name+" wants the digits of a CAMEO code")
		}
	}
	if s := q.Get("quad"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 4 {
			return f, errorf(http.StatusBadRequest, "quad is 1 to 4")
		}
		f.Quad = n
	}
	for _, d := range []struct {
		name string
		out  *time.Time
	}{{"from", &f.From}, {"to", &f.To}} {
		s := q.Get(d.name)
		if s == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return f, errorf(http.StatusBadRequest, d.name+" wants a date YYYY-MM-DD")
		}
		*d.out = t
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return f, errorf(http.StatusBadRequest, "to is before from")
	}
	return f, nil
}

// digits reports whether s is made of ASCII digits only (or empty).
func digits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseLimit reads the limit parameter: def when absent, else 1 to max.
func parseLimit(q url.Values, def, max int) (int, error) {
	s := q.Get("limit")
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > max {
		return 0, errorf(http.StatusBadRequest, fmt.Sprintf("limit is 1 to %d", max))
	}
	return n, nil
}

// countryCode reads a country code (ISO 3166-1 alpha-3, or an IGO or NGO
// code): letters only, up-cased, 3 to 12 of them.
func countryCode(name, s string) (string, error) {
	s = strings.ToUpper(s)
	ok := len(s) >= 3 && len(s) <= 12
	for i := range len(s) {
		ok = ok && s[i] >= 'A' && s[i] <= 'Z'
	}
	if !ok {
		return "", errorf(http.StatusBadRequest, name+" wants a country code such as PAK")
	}
	return s, nil
}

// The cursor of a page is the id of its last event, encoded so that clients
// treat it as opaque.

// encodeCursor returns the cursor that resumes after the event id.
func encodeCursor(id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(id))
}

// decodeCursor returns the event id a cursor resumes after.
func decodeCursor(c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) == 0 || len(b) > 128 || !utf8.Valid(b) {
		return "", errorf(http.StatusBadRequest, "bad cursor in after (pass the next value of the previous page)")
	}
	return string(b), nil
}
