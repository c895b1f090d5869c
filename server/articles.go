package server

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/coder"
	"github.com/dyadcoder/dyad/source"
)

// authorize checks the bearer token of a request that writes: refused (403)
// when the server has no token, 401 without a token, 403 with a wrong one.
func (s *Server) authorize(r *http.Request) error {
	if s.opts.Token == "" {
		return errorf(http.StatusForbidden, "this server is read-only: start it with a token to post articles")
	}
	auth := r.Header.Get("Authorization")
	scheme, token, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return errorf(http.StatusUnauthorized, "posting articles wants the header Authorization: Bearer TOKEN")
	}
	// Comparing digests of equal length, in constant time, tells an
	// attacker neither the token's length nor how much of it matched.
	want, got := sha256.Sum256([]byte(s.opts.Token)), sha256.Sum256([]byte(token))
	if subtle.ConstantTimeCompare(want[:], got[:]) != 1 {
		return errorf(http.StatusForbidden, "wrong token")
	}
	return nil
}

// postArticle serves POST /api/articles: it codes one article, given as
// dyad code's JSON Lines record, and stores it with its events and facts.
func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r); err != nil {
		if he := (*httpError)(nil); errors.As(err, &he) && he.status == http.StatusUnauthorized {
			w.Header().Set("WWW-Authenticate", `Bearer realm="dyad"`)
		}
		return err
	}
	if _, err := params(r.URL.RawQuery); err != nil {
		return err
	}
	if s.opts.Coder == nil {
		return errorf(http.StatusForbidden, "this server codes no articles")
	}
	a, err := s.readArticle(w, r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	if ok, err := s.st.HasArticle(ctx, a.ID); err != nil {
		return err
	} else if ok {
		return errorf(http.StatusConflict, fmt.Sprintf("article %s is stored already", a.ID))
	}
	sents := coder.Analyze(a)
	evs := s.opts.Coder.CodeSentences(a, sents)
	facts := s.opts.Coder.Relations(a, sents)
	if err := s.st.PutArticle(ctx, a, evs, facts); err != nil {
		return err
	}
	// The events as this article reports them: one mention each.
	out := make([]Event, len(evs))
	for i := range evs {
		out[i] = newEvent(&dyad.StoredEvent{Event: evs[i], NumMentions: 1, NumArticles: 1, NumSources: 1})
	}
	if facts == nil {
		facts = []dyad.Fact{}
	}
	writeJSON(w, http.StatusCreated, struct {
		ArticleID string      `json:"article_id"`
		Events    []Event     `json:"events"`
		Facts     []dyad.Fact `json:"facts"`
	}{a.ID, out, facts})
	return nil
}

// readArticle reads the request body, one article as a JSON object with
// the fields of dyad code's JSON Lines records, as dyad ingest reads one:
// its dateline parsed, its id a hash of its text when it has none.
func (s *Server) readArticle(w http.ResponseWriter, r *http.Request) (*dyad.Article, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBody))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, errorf(http.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", tooLarge.Limit))
	case err != nil:
		return nil, errorf(http.StatusBadRequest, "reading the body: "+err.Error())
	}
	// One line, as the JSON Lines reader wants: compacting checks that the
	// body is one JSON value too.
	var line bytes.Buffer
	if err := json.Compact(&line, body); err != nil {
		return nil, errorf(http.StatusBadRequest, "malformed JSON: "+err.Error())
	}
	if !bytes.HasPrefix(line.Bytes(), []byte("{")) {
		return nil, errorf(http.StatusBadRequest, `want a JSON object {"id", "title", "text", "date", "url", "publisher"}`)
	}
	var got []*dyad.Article
	errs, err := source.Read([]string{"-"}, source.Options{Format: "jsonl", Stdin: &line, MaxBytes: int(s.opts.MaxBody)},
		func(a *dyad.Article) error {
			got = append(got, a)
			return nil
		})
	switch {
	case err != nil:
		return nil, fmt.Errorf("read article: %w", err)
	case len(errs) > 0:
		return nil, errorf(http.StatusBadRequest, errs[0].Msg)
	case len(got) != 1:
		return nil, errorf(http.StatusBadRequest, "want one article")
	}
	a := got[0]
	a.File, a.Line = "api", 0
	return a, nil
}
