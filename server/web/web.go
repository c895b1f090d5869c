// Package web is dyad's dashboard: static HTML, CSS and JavaScript modules
// (no build step, no network) that read the JSON API of package server.
// Its views are Relations (a pair of countries over time, with the facts
// and evidence sentences), Map (events by place on a world map drawn from
// the embedded world-atlas TopoJSON), Events (filters, a sortable table,
// each event's evidence and --explain detail) and Country (a country's
// partners).
//
// Article text only ever reaches the page as text nodes, never as markup,
// so nothing an article holds can run as script.
package web

import (
	"embed"
	"io/fs"
)

//go:generate go run gen.go

//go:embed index.html app.css favicon.svg js data
var files embed.FS

// Files holds the dashboard, index.html at its root, for
// server.Options.Dashboard.
var Files fs.FS = files
