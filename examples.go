package dyad

import "embed"

// Examples holds the example articles of examples/, written for dyad,
// embedded so that "dyad serve --demo" works from any folder: a dateline
// text file an article, and JSON Lines of several.
//
//go:embed examples
var Examples embed.FS
