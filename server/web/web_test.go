package web

import (
	"encoding/json"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"testing"
)

// TestFilesResolve checks that index.html's stylesheet and script, and every
// module a module imports, are in Files, so the dashboard loads whole with
// no network.
func TestFilesResolve(t *testing.T) {
	index, err := fs.ReadFile(Files, "index.html")
	if err != nil {
		t.Fatalf("index.html: %v", err)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"#]+)"`).FindAllStringSubmatch(string(index), -1)
	if len(refs) < 2 {
		t.Fatalf("index.html names %d files, want the stylesheet and the script", len(refs))
	}
	todo := []string{}
	for _, m := range refs {
		if strings.Contains(m[1], ":") {
			t.Errorf("index.html loads %s from elsewhere: everything must be embedded", m[1])
			continue
		}
		if _, err := fs.Stat(Files, m[1]); err != nil {
			t.Errorf("index.html names %s: %v", m[1], err)
		}
		if strings.HasSuffix(m[1], ".js") {
			todo = append(todo, m[1])
		}
	}
	imports := regexp.MustCompile(`(?m)^\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'`)
	seen := map[string]bool{}
	for len(todo) > 0 {
		name := todo[0]
		todo = todo[1:]
		if seen[name] {
			continue
		}
		seen[name] = true
		src, err := fs.ReadFile(Files, name)
		if err != nil {
			t.Errorf("module %s: %v", name, err)
			continue
		}
		for _, m := range imports.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasPrefix(m[1], "./") {
				t.Errorf("%s imports %s: only relative, embedded modules", name, m[1])
				continue
			}
			todo = append(todo, path.Join(path.Dir(name), m[1]))
		}
	}
	mods, err := fs.Glob(Files, "js/*.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range mods {
		if !seen[m] {
			t.Errorf("%s is embedded but no module imports it", m)
		}
	}
}

// TestNoMarkupFromData checks the rule that keeps article text inert: no
// script parses strings as HTML or code, and the page has no inline script
// or style (the server's CSP would refuse them anyway).
func TestNoMarkupFromData(t *testing.T) {
	banned := regexp.MustCompile(`innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|createContextualFragment|DOMParser|setAttribute\('style'|\.cssText`)
	err := fs.WalkDir(Files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !strings.HasSuffix(name, ".js") && !strings.HasSuffix(name, ".html") {
			return nil
		}
		src, err := fs.ReadFile(Files, name)
		if err != nil {
			return err
		}
		for _, loc := range banned.FindAllIndex(src, -1) {
			t.Errorf("%s:%d: %s", name, 1+strings.Count(string(src[:loc[0]]), "\n"), src[loc[0]:loc[1]])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	index, err := fs.ReadFile(Files, "index.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []*regexp.Regexp{regexp.MustCompile(`<script(?:\s[^>]*)?>[^<]`), regexp.MustCompile(`<style`), regexp.MustCompile(`\sstyle=`), regexp.MustCompile(`\son[a-z]+=`)} {
		if m := bad.Find(index); m != nil {
			t.Errorf("index.html has inline %q", m)
		}
	}
}

// TestCountryTable checks that every country of the embedded world map with
// an id has its alpha-3 code in js/iso3166.js.
func TestCountryTable(t *testing.T) {
	data, err := fs.ReadFile(Files, "data/countries-110m.json")
	if err != nil {
		t.Fatal(err)
	}
	var topo struct {
		Objects struct {
			Countries struct {
				Geometries []struct {
					ID         string `json:"id"`
					Properties struct {
						Name string `json:"name"`
					} `json:"properties"`
				} `json:"geometries"`
			} `json:"countries"`
		} `json:"objects"`
	}
	if err := json.Unmarshal(data, &topo); err != nil {
		t.Fatalf("countries-110m.json: %v", err)
	}
	table, err := fs.ReadFile(Files, "js/iso3166.js")
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]string{}
	for _, m := range regexp.MustCompile(`"(\d{3})": "([A-Z]{3})"`).FindAllStringSubmatch(string(table), -1) {
		codes[m[1]] = m[2]
	}
	if len(codes) < 240 {
		t.Fatalf("js/iso3166.js holds %d codes, want ISO 3166-1's 249", len(codes))
	}
	geoms := topo.Objects.Countries.Geometries
	if len(geoms) < 170 {
		t.Fatalf("the map has %d countries", len(geoms))
	}
	for _, g := range geoms {
		if g.ID == "" {
			continue // Kosovo, Somaliland, N. Cyprus: no ISO 3166-1 numeric code
		}
		if codes[g.ID] == "" {
			t.Errorf("%s (%s): no alpha-3 code", g.ID, g.Properties.Name)
		}
	}
	for id, want := range map[string]string{"586": "PAK", "398": "KAZ", "792": "TUR", "840": "USA"} {
		if codes[id] != want {
			t.Errorf("%s -> %q, want %s", id, codes[id], want)
		}
	}
}
