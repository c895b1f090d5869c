package geo

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"testing"
)

func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	size := int(binary.LittleEndian.Uint32(gazetteerGz[len(gazetteerGz)-4:]))
	for b.Loop() {
		zr, _ := gzip.NewReader(bytes.NewReader(gazetteerGz))
		if _, err := read(zr, "x", size, numCountries+numAdmin1+numPlaces); err != nil {
			b.Fatal(err)
		}
	}
}
