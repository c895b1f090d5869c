package when

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadcoder/dyad"
)

func TestParseDateline(t *testing.T) {
	tests := []struct {
		text      string
		ref       time.Time
		ok        bool
		span      string // the text the Span covers, from its Start
		start     int
		place     string
		date      string // YYYY-MM-DD, "" for none
		publisher string
	}{
		{"Multan, 31 May 2023 (TDI): The Ambassador", ref, true, "Multan, 31 May 2023 (TDI):", 0, "Multan", "2023-05-31", "TDI"},
		{"MULTAN, Pakistan, May 31 (Reuters) - The ambassador", ref, true, "MULTAN, Pakistan, May 31 (Reuters) -", 0, "MULTAN, Pakistan", "2023-05-31", "Reuters"},
		{"WASHINGTON (AP) — The president", ref, true, "WASHINGTON (AP) —", 0, "WASHINGTON", "", "AP"},
		{"WASHINGTON (AP)—The president", ref, true, "WASHINGTON (AP)—", 0, "WASHINGTON", "", "AP"},
		{"LONDON, May 31, 2023 /PRNewswire/ -- Acme Corp", ref, true, "LONDON, May 31, 2023 /PRNewswire/ --", 0, "LONDON", "2023-05-31", "PRNewswire"},
		{"Kabul, 2023-05-31: Officials said", time.Time{}, true, "Kabul, 2023-05-31:", 0, "Kabul", "2023-05-31", ""},
		{"Multan: The Ambassador of Kazakhstan visited the city on Sunday.", ref, true, "Multan:", 0, "Multan", "", ""},
		{"KABUL — Taliban officials said on Monday that the talks would go on.", ref, true, "KABUL —", 0, "KABUL", "", ""},
		{"  KABUL, June 2 (Xinhua) -- Officials", ref, true, "KABUL, June 2 (Xinhua) --", 2, "KABUL", "2023-06-02", "Xinhua"},
		{"NEW DELHI, June 5 (PTI): The ministry", ref, true, "NEW DELHI, June 5 (PTI):", 0, "NEW DELHI", "2022-06-05", "PTI"},
		{"ISLAMABAD, Wednesday, May 31 (APP): The", ref, true, "ISLAMABAD, Wednesday, May 31 (APP):", 0, "ISLAMABAD", "2023-05-31", "APP"},
		{"Dar es Salaam, June 2 (Xinhua) -- Tanzania", ref, true, "Dar es Salaam, June 2 (Xinhua) --", 0, "Dar es Salaam", "2023-06-02", "Xinhua"},
		{"Port-au-Prince, Haiti (AP) — Gangs", ref, true, "Port-au-Prince, Haiti (AP) —", 0, "Port-au-Prince, Haiti", "", "AP"},
		{"St. Petersburg, Sept. 5, 2022 (TASS): Talks", ref, true, "St. Petersburg, Sept. 5, 2022 (TASS):", 0, "St. Petersburg", "2022-09-05", "TASS"},
		{"LONDON (Reuters) Britain said", ref, true, "LONDON (Reuters)", 0, "LONDON", "", "Reuters"},
		{"Kabul, May 31 (AFP) - Officials", time.Time{}, true, "Kabul, May 31 (AFP) -", 0, "Kabul", "", "AFP"},
		{"SANAA/WASHINGTON, Jan 12, 2024 (Reuters) - U.S. warplanes", ref, true, "SANAA/WASHINGTON, Jan 12, 2024 (Reuters) -", 0, "SANAA/WASHINGTON", "2024-01-12", "Reuters"},
		{"Kabul/ Officials said", ref, false, "", 0, "", "", ""},
		{"São Paulo, 31 de maio: x", ref, false, "", 0, "", "", ""},
		{"Also Read: Kazakhstan engagement in SCO Foreign Minister Meeting", ref, false, "", 0, "", "", ""},
		{"UPDATE: The ministry said on Monday it would act", ref, false, "", 0, "", "", ""},
		{"The minister said: no more talks will be held this year.", ref, false, "", 0, "", "", ""},
		{"Pakistan and Kazakhstan have ties.", ref, false, "", 0, "", "", ""},
		{"Multan: short line", ref, false, "", 0, "", "", ""},
		{"Note:the meeting was held in the capital city today", ref, false, "", 0, "", "", ""},
		{"Kabul-based officials said on Monday", ref, false, "", 0, "", "", ""},
		{"May 31 (Reuters) - The ministry", ref, false, "", 0, "", "", ""},
		{"Multan, 31 May 2023 The Ambassador", ref, false, "", 0, "", "", ""},
		{"Multan, 31 May 2023 (TDI", ref, false, "", 0, "", "", ""},
		{"One, Two, Three, Four: x y z a b", ref, false, "", 0, "", "", ""},
		{"", ref, false, "", 0, "", "", ""},
		{"Multan\n, 31 May 2023 (TDI): x", ref, false, "", 0, "", "", ""},
		// After a headline and a blank line; a first line without one
		// is no headline.
		{"Kazakh envoy visits Multan\n\nMULTAN, May 31 (TDI): The Ambassador", ref, true, "MULTAN, May 31 (TDI):", 28, "MULTAN", "2023-05-31", "TDI"},
		{"Envoy visits\r\n \r\n  KABUL (AP) — Officials", ref, true, "KABUL (AP) —", 19, "KABUL", "", "AP"},
		{"Kazakh envoy visits Multan\nMULTAN, May 31 (TDI): The Ambassador", ref, false, "", 0, "", "", ""},
		{"Kazakh envoy visits Multan\n\nThe ambassador visited Multan.", ref, false, "", 0, "", "", ""},
		{"Haiti mission extended\n\nBy Michelle Nichols\n\nUNITED NATIONS, July 15 (Reuters) - The council", ref, true, "UNITED NATIONS, July 15 (Reuters) -", 45, "UNITED NATIONS", "2022-07-15", "Reuters"},
		{"One\n\nTwo\n\nThree\n\nFour\n\nKABUL (AP) — Officials", ref, false, "", 0, "", "", ""},
		{"\n\nMULTAN, May 31 (TDI): The Ambassador", ref, true, "MULTAN, May 31 (TDI):", 2, "MULTAN", "2023-05-31", "TDI"},
	}
	for _, tt := range tests {
		dl, ok := ParseDateline(tt.text, tt.ref)
		if ok != tt.ok {
			t.Errorf("ParseDateline(%q) ok = %v, want %v (%+v)", tt.text, ok, tt.ok, dl)
			continue
		}
		if !ok {
			if dl != (dyad.Dateline{}) {
				t.Errorf("ParseDateline(%q) = %+v with ok false", tt.text, dl)
			}
			continue
		}
		span := dyad.Span{Start: tt.start, End: tt.start + len(tt.span)}
		date, prec := "", dyad.Precision("")
		if tt.date != "" {
			date, prec = tt.date, dyad.PrecisionDay
		}
		got := ""
		if !dl.Date.IsZero() {
			got = dl.Date.Format(time.DateOnly)
		}
		if dl.Span != span || tt.text[span.Start:span.End] != tt.span || dl.Place != tt.place || got != date ||
			dl.DatePrecision != prec || dl.Publisher != tt.publisher {
			t.Errorf("ParseDateline(%q) = %+v, want span %v place %q date %q publisher %q",
				tt.text, dl, span, tt.place, tt.date, tt.publisher)
		}
	}
}

func FuzzParseDateline(f *testing.F) {
	for _, s := range []string{
		"Multan, 31 May 2023 (TDI): The Ambassador", "MULTAN, Pakistan, May 31 (Reuters) - The",
		"WASHINGTON (AP) — The", "LONDON, May 31, 2023 /PRNewswire/ -- Acme", "Kabul, 2023-05-31: x",
		"Multan: The Ambassador of Kazakhstan visited the city.", "Port-au-Prince, Haiti (AP)—",
		"St. Petersburg, Wednesday, Sept. 5 (TASS):\xff", "Envoy visits Multan\n\nMULTAN, May 31 (TDI): The",
	} {
		f.Add(s, int64(1685491200))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var r time.Time
		if unix != 0 {
			r = time.Unix(unix%(1<<40), 0).UTC()
		}
		dl, ok := ParseDateline(text, r)
		if !ok {
			return
		}
		s := dl.Span
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End || s.End > s.Start+maxDateline+3 {
			t.Fatalf("span %v out of bounds", s)
		}
		lines := 0 // headlines and bylines before it
		for _, l := range strings.Split(text[:s.Start], "\n") {
			if strings.TrimSpace(l) != "" {
				lines++
				if len(l) > maxHeadline {
					t.Fatalf("dateline %v after a line of %d bytes in %q", s, len(l), text)
				}
			}
		}
		if lines > maxHeadlines {
			t.Fatalf("dateline %v after %d lines in %q", s, lines, text)
		}
		if !strings.HasPrefix(text[s.Start:], dl.Place) || dl.Place == "" {
			t.Fatalf("place %q not at the start of the dateline in %q", dl.Place, text)
		}
		if dl.Publisher != "" && !strings.Contains(text[s.Start:s.End], dl.Publisher) {
			t.Fatalf("publisher %q not in the dateline", dl.Publisher)
		}
		if dl.Date.IsZero() != (dl.DatePrecision == "") {
			t.Fatalf("date %v with precision %q", dl.Date, dl.DatePrecision)
		}
	})
}

func BenchmarkParseDateline(b *testing.B) {
	lines := []string{
		"Multan, 31 May 2023 (TDI): The Ambassador of Kazakhstan to Pakistan visited Multan.",
		"MULTAN, Pakistan, May 31 (Reuters) - The Ambassador of Kazakhstan visited Multan.",
		"The Ambassador of Kazakhstan to Pakistan visited Multan on Sunday, officials said.",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			ParseDateline(l, ref)
		}
	}
}
