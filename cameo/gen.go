//go:build ignore

// gen writes tables.go, the CAMEO codebook table, from three reference files:
//
//	CAMEO.eventcodes.txt      code<TAB>name, one code a line (GDELT's copy of CAMEO 1.1b3)
//	CAMEO.goldsteinscale.txt  code<TAB>Goldstein value (GDELT)
//	CAMEO2PLOVER-2021.txt     "code: TYPE, mode, context # note" (PLOVER draft 0.8,
//	                          Open Event Data Alliance, CC BY-SA 4.0)
//
// Usage: go run gen.go [-ref dir] [-o tables.go]
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type code struct {
	code, name                    string
	goldstein                     float64
	plover, ploverMode, ploverCtx string
}

// fixes replaces two names that GDELT's copy of the codebook damaged: 044
// lost letters around mis-decoded Mac Roman quotes, 2041 lost a space.
var fixes = map[string]string{
	"044":  "Meet at a “third” location",
	"2041": "Use chemical, biological, or radiological weapons",
}

func main() {
	ref := flag.String("ref", filepath.Join("..", "..", "shared", "reference"), "directory of the reference tables")
	out := flag.String("o", "tables.go", "output file")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("cameo gen: ")

	codes, extra, err := readCodes(*ref)
	if err != nil {
		log.Fatal(err)
	}
	src, err := render(codes, extra)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// readTSV reads "key<TAB>value" lines after a header line.
func readTSV(path string, each func(line int, key, val string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if n == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		key, val, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return fmt.Errorf("%s:%d: no tab", path, n)
		}
		if err := each(n, strings.TrimSpace(key), strings.TrimSpace(val)); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// readCodes returns the codebook's codes and the codes that only the PLOVER
// table has.
func readCodes(dir string) ([]code, []string, error) {
	var codes []code
	at := map[string]int{}
	err := readTSV(filepath.Join(dir, "CAMEO.eventcodes.txt"), func(_ int, key, val string) error {
		if len(key) < 2 || len(key) > 4 || strings.Trim(key, "0123456789") != "" {
			return fmt.Errorf("bad code %q", key)
		}
		if len(codes) > 0 && key <= codes[len(codes)-1].code {
			return fmt.Errorf("code %s out of order", key)
		}
		name := val
		if fix, ok := fixes[key]; ok {
			name = fix
		}
		if len(key) == 2 { // roots are headings in capitals
			name = name[:1] + strings.ToLower(name[1:])
		}
		at[key] = len(codes)
		codes = append(codes, code{code: key, name: name})
		return nil
	})
	if err != nil {
		return nil, nil, err
	}

	seen := map[string]bool{}
	err = readTSV(filepath.Join(dir, "CAMEO.goldsteinscale.txt"), func(_ int, key, val string) error {
		i, ok := at[key]
		if !ok {
			return fmt.Errorf("unknown code %q", key)
		}
		g, err := strconv.ParseFloat(val, 64)
		if err != nil || g < -10 || g > 10 {
			return fmt.Errorf("bad Goldstein value %q for %s", val, key)
		}
		codes[i].goldstein, seen[key] = g, true
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	for _, c := range codes {
		if !seen[c.code] {
			return nil, nil, fmt.Errorf("no Goldstein value for %s", c.code)
		}
	}

	extra, err := readPlover(filepath.Join(dir, "CAMEO2PLOVER-2021.txt"), codes, at)
	if err != nil {
		return nil, nil, err
	}
	// A code the PLOVER table lacks takes the type of its nearest parent.
	for i := range codes {
		for p := codes[i].code; codes[i].plover == "" && len(p) > 2; {
			p = p[:len(p)-1]
			if j, ok := at[p]; ok {
				codes[i].plover = codes[j].plover
			}
		}
	}
	return codes, extra, nil
}

// readPlover reads lines "030: AGREE,  , diplomatic # note" and root headings
// "03: AGREE". When a code appears twice (the table lists root 08 as both
// CONCEDE and RETREAT), the first entry counts. It returns the codes the
// table has and the codebook lacks, which it leaves out.
func readPlover(path string, codes []code, at map[string]int) (extra []string, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	done := map[string]bool{}
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] < '0' || line[0] > '9' {
			continue // blank, comment or the closing rule
		}
		line, _, _ = strings.Cut(line, "#")
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("%s:%d: no colon", path, n+1)
		}
		key = strings.TrimSpace(key)
		if len(key) < 2 || len(key) > 4 || strings.Trim(key, "0123456789") != "" {
			return nil, fmt.Errorf("%s:%d: bad code %q", path, n+1, key)
		}
		i, ok := at[key]
		if !ok {
			extra = append(extra, key)
			continue
		}
		if done[key] {
			continue
		}
		done[key] = true
		f := strings.Split(val, ",")
		for len(f) < 3 {
			f = append(f, "")
		}
		codes[i].plover = strings.TrimSpace(f[0])
		codes[i].ploverMode = strings.TrimSpace(f[1])
		codes[i].ploverCtx = strings.TrimSpace(strings.Join(f[2:], ","))
	}
	return extra, nil
}

func render(codes []code, extra []string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`// Code generated by gen.go from ../shared/reference; DO NOT EDIT.

// Sources:
//   - CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt: the CAMEO 1.1b3 event
//     codes, names and Goldstein values as published by GDELT (copy found in
//     github.com/mpiccirilli/UNDP-BCPR-Project). Root names are put in
//     sentence case; the damaged names of 044 and 2041 are mended.
//   - CAMEO2PLOVER-2021.txt: the CAMEO to PLOVER table of the PLOVER manual
//     draft 0.8 (17 September 2021), Open Event Data Alliance,
//     github.com/openeventdata/PLOVER, licensed CC BY-SA 4.0. PLOVER drops
//     CAMEO roots 01 and 02, so their codes have no PLOVER type.
`)
	if len(extra) > 0 {
		fmt.Fprintf(&b, "//     Codes in this table but not in the codebook are left out: %s.\n", strings.Join(extra, ", "))
	}
	b.WriteString(`
package cameo

// codes is the codebook in codebook order, which is also ascending string order.
var codes = [...]Code{
`)
	for _, c := range codes {
		fmt.Fprintf(&b, "\t{Code: %q, Name: %q, Goldstein: %s, Root: %q, Quad: %d, Plover: %q, PloverMode: %q, PloverContext: %q},\n",
			c.code, c.name, strconv.FormatFloat(c.goldstein, 'f', -1, 64), c.code[:2], quad(c.code[:2]),
			c.plover, c.ploverMode, c.ploverCtx)
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// quad repeats cameo.QuadClass, which gen.go cannot import (it is package main
// in the same directory); TestQuad checks that the two agree.
func quad(root string) int {
	n, _ := strconv.Atoi(root)
	switch {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 9:
		return 2
	case n >= 10 && n <= 14:
		return 3
	case n >= 15 && n <= 20:
		return 4
	}
	return 0
}
