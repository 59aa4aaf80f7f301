package http_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	parleyhttp "github.com/parleyproject/parley/http"
)

// TestOpenAPI checks that the served description is valid JSON of OpenAPI
// 3.0, that it describes every route and only those, and that every
// reference in it resolves.
func TestOpenAPI(t *testing.T) {
	_, _, base := fakeServer(t, parleyhttp.Options{})
	var doc map[string]any
	getJSON(t, base+"/v1/openapi.json", 200, &doc)
	if v, _ := doc["openapi"].(string); !strings.HasPrefix(v, "3.0.") {
		t.Errorf("openapi version %q", v)
	}
	info, _ := doc["info"].(map[string]any)
	if info["title"] == nil || info["version"] == nil {
		t.Errorf("info %v", info)
	}
	paths, _ := doc["paths"].(map[string]any)
	s, err := parleyhttp.New(parleyhttp.Options{Store: openDB(t, nil)})
	if err != nil {
		t.Fatal(err)
	}
	var described []string
	for p, item := range paths {
		for method, op := range item.(map[string]any) {
			described = append(described, strings.ToUpper(method)+" "+p)
			o := op.(map[string]any)
			if o["summary"] == nil || o["operationId"] == nil || o["responses"] == nil {
				t.Errorf("%s %s: summary, operationId or responses missing", method, p)
			}
			for _, prm := range asList(o["parameters"]) {
				pm := prm.(map[string]any)
				if pm["$ref"] == nil && (pm["name"] == nil || pm["in"] == nil || pm["schema"] == nil) {
					t.Errorf("%s %s: parameter %v incomplete", method, p, pm)
				}
				if pm["in"] == "path" && !strings.Contains(p, "{"+pm["name"].(string)+"}") {
					t.Errorf("%s %s: path parameter %v not in the path", method, p, pm["name"])
				}
			}
		}
	}
	routes := s.Routes()
	slices.Sort(routes)
	slices.Sort(described)
	if !slices.Equal(routes, described) {
		t.Errorf("routes:\n%v\ndescribed:\n%v", routes, described)
	}
	// Every $ref points into components.
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if ref, ok := x["$ref"].(string); ok {
				if resolve(doc, ref) == nil {
					t.Errorf("unresolved $ref %q", ref)
				}
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	walk(doc)
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// resolve follows a local JSON pointer "#/a/b".
func resolve(doc map[string]any, ref string) any {
	p, ok := strings.CutPrefix(ref, "#/")
	if !ok {
		return nil
	}
	var cur any = doc
	for _, part := range strings.Split(p, "/") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[part]
	}
	return cur
}

// The description is also plain JSON that encoding/json reads back the
// same (no duplicate keys hiding an operation).
func TestOpenAPINoDuplicateKeys(t *testing.T) {
	_, _, base := fakeServer(t, parleyhttp.Options{})
	var raw json.RawMessage
	getJSON(t, base+"/v1/openapi.json", 200, &raw)
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	var check func(depth int) error
	check = func(depth int) error {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'):
			seen := map[string]bool{}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return err
				}
				key := k.(string)
				if seen[key] {
					t.Errorf("duplicate key %q", key)
				}
				seen[key] = true
				if err := check(depth + 1); err != nil {
					return err
				}
			}
			_, err = dec.Token()
			return err
		case json.Delim('['):
			for dec.More() {
				if err := check(depth + 1); err != nil {
					return err
				}
			}
			_, err = dec.Token()
			return err
		}
		return nil
	}
	if err := check(0); err != nil {
		t.Fatal(err)
	}
}
