package depparse

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parleyproject/parley/internal/shareddata"
	"github.com/parleyproject/parley/internal/treebank"
)

func TestRestoreSubtypes(t *testing.T) {
	tests := []struct {
		name  string
		words string // form/XPOS/lemma/head/rel, heads 1-based (0 root)
		want  string // relations after restoration
	}{
		{"OK_passive", "Protesters/NNS/protester/4/nsubj were/VBD/be/4/aux being/VBG/be/4/aux arrested/VBN/arrest/0/root by/IN/by/6/case police/NNS/police/4/obl",
			"nsubj:pass aux aux:pass root case obl:agent"},
		{"OK_perfect_passive", "It/PRP/it/4/nsubj has/VBZ/have/4/aux been/VBN/be/4/aux banned/VBN/ban/0/root",
			"nsubj:pass aux aux:pass root"},
		{"OK_active", "They/PRP/they/3/nsubj are/VBP/be/3/aux attacking/VBG/attack/0/root",
			"nsubj aux root"},
		{"OK_possessive", "China/NNP/China/3/nmod 's/POS/'s/1/case ministry/NN/ministry/0/root",
			"nmod:poss case root"},
		{"OK_pronoun_possessive", "his/PRP$/his/2/nmod trip/NN/trip/0/root",
			"nmod:poss root"},
		{"OK_particle", "pulled/VBD/pull/0/root out/RP/out/1/compound",
			"root compound:prt"},
		{"OK_relative", "troops/NNS/troop/0/root who/WP/who/3/nsubj fought/VBD/fight/1/acl",
			"root nsubj acl:relcl"},
		{"OK_participle", "troops/NNS/troop/0/root stationed/VBN/station/1/acl there/RB/there/2/advmod",
			"root acl advmod"},
		{"OK_predet", "all/PDT/all/3/det the/DT/the/3/det people/NNS/people/0/root",
			"det:predet det root"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in Sentence
			var heads []int
			var rels []string
			for _, w := range strings.Fields(tt.words) {
				f := strings.Split(w, "/")
				in.Forms = append(in.Forms, f[0])
				in.XPOS = append(in.XPOS, f[1])
				in.Lemmas = append(in.Lemmas, f[2])
				h := int(f[3][0]-'0') - 1
				heads = append(heads, h)
				rels = append(rels, f[4])
			}
			in.UPOS = make([]string, len(in.Forms))
			restoreSubtypes(&in, heads, rels)
			if got := strings.Join(rels, " "); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRestoreSubtypesTreebank measures the rules on gold trees of EWT dev:
// strip the subtypes, restore them, compare the full relations.
func TestRestoreSubtypesTreebank(t *testing.T) {
	path := shareddata.Path(t, "data", "ud", "en_ewt-ud-dev.conllu.gz")
	sents, err := treebank.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	right, total := 0, 0
	wrong := map[string]int{}
	for _, s := range sents {
		var in Sentence
		var heads []int
		var rels, gold []string
		for _, w := range s.Words {
			in.Forms = append(in.Forms, w.Form)
			in.XPOS = append(in.XPOS, w.XPOS)
			in.Lemmas = append(in.Lemmas, w.Lemma)
			in.UPOS = append(in.UPOS, w.UPOS)
			heads = append(heads, w.Head-1)
			u, _, _ := strings.Cut(w.DepRel, ":")
			rels = append(rels, u)
			gold = append(gold, w.DepRel)
		}
		restoreSubtypes(&in, heads, rels)
		for i := range rels {
			if !strings.Contains(gold[i], ":") && !strings.Contains(rels[i], ":") {
				continue
			}
			total++
			if rels[i] == gold[i] {
				right++
			} else {
				wrong[gold[i]+"→"+rels[i]]++
			}
		}
	}
	acc := float64(right) / float64(total)
	t.Logf("subtyped relations right: %d of %d (%.1f%%); most common errors: %v", right, total, 100*acc, topCounts(wrong, 8))
	if acc < 0.85 {
		t.Errorf("subtype restoration %.1f%% < 85%%", 100*acc)
	}
}

func topCounts(m map[string]int, n int) []string {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range m {
		kvs = append(kvs, kv{k, v})
	}
	slices.SortFunc(kvs, func(a, b kv) int { return b.v - a.v })
	var out []string
	for i := 0; i < len(kvs) && i < n; i++ {
		out = append(out, kvs[i].k+" "+strconv.Itoa(kvs[i].v))
	}
	return out
}
