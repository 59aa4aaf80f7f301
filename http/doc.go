/*
Package http serves Parley's store over HTTP: a JSON API under /v1, its
OpenAPI description, Prometheus metrics, a health check, and the dashboard.

# Routes

	GET  /healthz                 liveness and a store check
	GET  /metrics                 Prometheus text format
	GET  /v1/openapi.json         the OpenAPI 3.0 description of /v1
	GET  /v1/stats                row counts and the range of event days
	GET  /v1/events               event mentions: filters, text search, pages
	GET  /v1/events/{id}          one event with its highlighted sentence
	GET  /v1/clusters             de-duplicated events
	GET  /v1/series/dyad          a dyad's time series, optionally normalised
	GET  /v1/actors               actor search
	GET  /v1/actors/{code}        actor profile with partners and recent events
	GET  /v1/quotes               quotations, by speaker
	GET  /v1/documents            document metadata
	GET  /v1/documents/{id}       a document with its coded sentences
	GET  /v1/network              the most active actor pairs
	GET  /v1/map                  event locations with counts
	POST /v1/code                 code a posted text (not stored)
	GET  /                        the dashboard (embedded assets)

Events are written in the event JSON of contract 1 (package export), inside
an envelope that adds the store's ids and the document's metadata. Pages are
keyset cursors: a response's "next" is passed back as "after".

# Safety

The server never writes to the store. Every response carries a strict
Content-Security-Policy and nosniff; JSON escapes '<', '>' and '&', and the
dashboard writes article text only as text nodes. Requests are limited in
header and body size and in time, and the number of queries running at once
is bounded. On a loopback address the server answers only requests whose
Host is a loopback name (against DNS rebinding). POST /v1/code needs the
bearer token when one is set, and is refused when the server listens beyond
loopback without a token.

Application errors map to statuses here only: store.ErrNotFound is 404,
malformed parameters and store.ErrBadCursor 400, a query past its time limit
503. Error bodies are {"error": {"code": "...", "message": "..."}}.
*/
package http
