package depparse

import (
	"slices"
	"testing"
)

// TestRepairs checks the label and head repairs finish makes on the forest
// the transitions leave: words hung from punctuation and second subjects.
func TestRepairs(t *testing.T) {
	labels := []string{"root", "punct", "nsubj", "obj", "obl", "nmod", "case", "csubj", "ccomp", "det", "parataxis", "aux", "compound", "mark", "amod", "acl", "conj", "cc", "obl:tmod", "cop", "aux:pass", "nsubj:pass", "advcl", "appos", "compound:prt", "advmod", "fixed", "nummod", "xcomp", "flat", "acl:relcl", "dislocated", "expl", "nmod:desc", "nmod:poss", "nmod:unmarked", "obl:unmarked", "iobj"}
	p := &Parser{labels: labels}
	p.indexLabels()
	rel := func(name string) int { return slices.Index(labels, name) }
	tests := []struct {
		name  string
		upos  []string
		xpos  []string // nil: not given
		forms []string // nil: not given
		lemma []string // nil: not given
		heads []int    // transitions' heads, -1 for none
		rels  []string // transitions' labels, "" for none
		want  []int    // heads after finish
		wantR []string
	}{
		{
			// "Frattini says he met rebel leader Jibril , and expects him ."
			// parsed with leader the root and says its parataxis.
			name:  "a verb's object made the root gives the root back to the clause before it",
			upos:  []string{"PROPN", "VERB", "PRON", "VERB", "NOUN", "NOUN", "PROPN", "PUNCT", "CCONJ", "VERB", "PRON", "PUNCT"},
			xpos:  []string{"NNP", "VBZ", "PRP", "VBD", "NN", "NN", "NNP", ",", "CC", "VBZ", "PRP", "."},
			forms: []string{"Frattini", "says", "he", "met", "rebel", "leader", "Jibril", ",", "and", "expects", "him", "."},
			heads: []int{1, 5, 3, 1, 5, -1, 5, 9, 9, 5, 9, 5},
			rels:  []string{"nsubj", "parataxis", "nsubj", "ccomp", "compound", "", "appos", "punct", "cc", "conj", "obj", "punct"},
			want:  []int{1, -1, 3, 1, 5, 3, 5, 9, 9, 3, 9, 1},
			wantR: []string{"nsubj", "root", "nsubj", "ccomp", "compound", "obj", "appos", "punct", "cc", "conj", "obj", "punct"},
		},
		{
			// "Japan lobbied for exemptions , but executives and traders say
			// a ban looks likely ." parsed with executives and traders
			// conjuncts of exemptions and say without a subject.
			name:  "the nouns between a comma and a finite verb without a subject are its subject",
			upos:  []string{"PROPN", "VERB", "ADP", "NOUN", "PUNCT", "CCONJ", "NOUN", "CCONJ", "NOUN", "VERB", "DET", "NOUN", "VERB", "ADJ", "PUNCT"},
			xpos:  []string{"NNP", "VBD", "IN", "NNS", ",", "CC", "NNS", "CC", "NNS", "VBP", "DT", "NN", "VBZ", "JJ", "."},
			forms: []string{"Japan", "lobbied", "for", "exemptions", ",", "but", "executives", "and", "traders", "say", "a", "ban", "looks", "likely", "."},
			heads: []int{1, -1, 3, 1, 6, 6, 3, 8, 3, 1, 11, 12, 9, 12, 1},
			rels:  []string{"nsubj", "", "case", "obl", "punct", "cc", "conj", "cc", "conj", "parataxis", "det", "nsubj", "ccomp", "xcomp", "punct"},
			want:  []int{1, -1, 3, 1, 9, 6, 9, 8, 6, 1, 11, 12, 9, 12, 1},
			wantR: []string{"nsubj", "root", "case", "obl", "punct", "cc", "nsubj", "cc", "conj", "parataxis", "det", "nsubj", "ccomp", "xcomp", "punct"},
		},
		{
			// "Exxon welcomed our participation and the government also
			// supports us ." parsed with government a conjunct of
			// participation and supports without a subject.
			name:  "a noun phrase after a coordinator before a tensed verb without a subject is its subject",
			upos:  []string{"PROPN", "VERB", "PRON", "NOUN", "CCONJ", "DET", "NOUN", "ADV", "VERB", "PRON", "PUNCT"},
			xpos:  []string{"NNP", "VBD", "PRP$", "NN", "CC", "DT", "NN", "RB", "VBZ", "PRP", "."},
			forms: []string{"Exxon", "welcomed", "our", "participation", "and", "the", "government", "also", "supports", "us", "."},
			heads: []int{1, -1, 3, 1, 6, 6, 3, 8, 1, 8, 1},
			rels:  []string{"nsubj", "", "det", "obj", "cc", "det", "conj", "advmod", "advcl", "obj", "punct"},
			want:  []int{1, -1, 3, 1, 8, 6, 8, 8, 1, 8, 1},
			wantR: []string{"nsubj", "root", "det", "obj", "cc", "det", "nsubj", "advmod", "conj", "obj", "punct"},
		},
		{
			// "The company helped Denmark and Sweden construct carriers ."
			// with construct tagged VBP: a bare infinitive, left alone.
			name:  "a present verb after the object of a past verb is no new clause",
			upos:  []string{"DET", "NOUN", "VERB", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"DT", "NN", "VBD", "NNP", "CC", "NNP", "VBP", "NNS", "."},
			forms: []string{"The", "company", "helped", "Denmark", "and", "Sweden", "construct", "carriers", "."},
			heads: []int{1, 2, -1, 2, 5, 3, 2, 6, 2},
			rels:  []string{"det", "nsubj", "", "obj", "cc", "conj", "xcomp", "obj", "punct"},
			want:  []int{1, 2, -1, 2, 5, 3, 2, 6, 2},
			wantR: []string{"det", "nsubj", "root", "obj", "cc", "conj", "xcomp", "obj", "punct"},
		},
		{
			// "Clinton says that it means Trump never contributed ." parsed
			// with Trump the object of means and contributed a conjunct of
			// says.
			name:  "a clause after the object of a complement verb is that verb's complement, the object its subject",
			upos:  []string{"PROPN", "VERB", "SCONJ", "PRON", "VERB", "PROPN", "ADV", "VERB", "PUNCT"},
			xpos:  []string{"NNP", "VBZ", "IN", "PRP", "VBZ", "NNP", "RB", "VBD", "."},
			forms: []string{"Clinton", "says", "that", "it", "means", "Trump", "never", "contributed", "."},
			heads: []int{1, -1, 4, 4, 1, 4, 7, 1, 1},
			rels:  []string{"nsubj", "", "mark", "nsubj", "ccomp", "obj", "advmod", "conj", "punct"},
			want:  []int{1, -1, 4, 4, 1, 7, 7, 4, 1},
			wantR: []string{"nsubj", "root", "mark", "nsubj", "ccomp", "nsubj", "advmod", "ccomp", "punct"},
		},
		{
			// "Clinton says at a stop , that it means war ." with the clause
			// set off by the comma parsed as adverbial.
			name:  "a clause with a subject opened by that alone is its verb's complement",
			upos:  []string{"PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "SCONJ", "PRON", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"NNP", "VBZ", "IN", "DT", "NN", ",", "IN", "PRP", "VBZ", "NN", "."},
			forms: []string{"Clinton", "says", "at", "a", "stop", ",", "that", "it", "means", "war", "."},
			heads: []int{1, -1, 4, 4, 1, 8, 8, 8, 1, 8, 1},
			rels:  []string{"nsubj", "", "case", "det", "obl", "punct", "mark", "nsubj", "advcl", "obj", "punct"},
			want:  []int{1, -1, 4, 4, 1, 8, 8, 8, 1, 8, 1},
			wantR: []string{"nsubj", "root", "case", "det", "obl", "punct", "mark", "nsubj", "ccomp", "obj", "punct"},
		},
		{
			// "The G20 agreed the head of the IMF should be chosen ."
			// parsed with chosen a conjunct of agreed and head its object.
			name:  "a clause after a verb's object with no coordinator is its complement, the object its subject",
			upos:  []string{"DET", "PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "AUX", "AUX", "VERB", "PUNCT"},
			xpos:  []string{"DT", "NNP", "VBD", "DT", "NN", "IN", "DT", "NNP", "MD", "VB", "VBN", "."},
			forms: []string{"The", "G20", "agreed", "the", "head", "of", "the", "IMF", "should", "be", "chosen", "."},
			heads: []int{1, 2, -1, 4, 2, 7, 7, 4, 10, 10, 2, 2},
			rels:  []string{"det", "nsubj", "", "det", "obj", "case", "det", "nmod", "aux", "aux:pass", "conj", "punct"},
			want:  []int{1, 2, -1, 4, 10, 7, 7, 4, 10, 10, 2, 2},
			wantR: []string{"det", "nsubj", "root", "det", "nsubj:pass", "case", "det", "nmod", "aux", "aux:pass", "ccomp", "punct"},
		},
		{
			// "… the Finance Ministry and police fired ." keeps its
			// coordination: a coordinator between object and verb.
			name:  "a coordinator between the object and the clause leaves the tree alone",
			upos:  []string{"NOUN", "VERB", "NOUN", "ADP", "DET", "PROPN", "CCONJ", "NOUN", "VERB", "PUNCT"},
			xpos:  []string{"NNS", "VBD", "NNS", "IN", "DT", "NNP", "CC", "NNS", "VBD", "."},
			forms: []string{"Rioters", "hurled", "bombs", "at", "the", "Ministry", "and", "police", "fired", "."},
			heads: []int{1, -1, 1, 5, 5, 2, 7, 5, 1, 1},
			rels:  []string{"nsubj", "", "obj", "case", "det", "nmod", "cc", "conj", "conj", "punct"},
			want:  []int{1, -1, 1, 5, 5, 2, 7, 5, 1, 1},
			wantR: []string{"nsubj", "root", "obj", "case", "det", "nmod", "cc", "conj", "conj", "punct"},
		},
		{
			// "Longview , which experts said was efficient ." parsed with
			// which and experts both subjects of said.
			name:  "a relative pronoun before the reporting verb's subject is the subject of the clause reported",
			upos:  []string{"PROPN", "PUNCT", "PRON", "NOUN", "VERB", "AUX", "ADJ", "PUNCT"},
			xpos:  []string{"NNP", ",", "WDT", "NNS", "VBD", "VBD", "JJ", "."},
			forms: []string{"Longview", ",", "which", "experts", "said", "was", "efficient", "."},
			heads: []int{-1, 4, 4, 4, 0, 6, 4, 0},
			rels:  []string{"", "punct", "nsubj", "nsubj", "acl", "cop", "ccomp", "punct"},
			want:  []int{-1, 4, 6, 4, 0, 6, 4, 0},
			wantR: []string{"root", "punct", "nsubj", "nsubj", "acl", "cop", "ccomp", "punct"},
		},
		{
			// "“ It is n't with Congress , ” Minister Ashoka said ." parsed
			// with Congress the subject of said and Ashoka hung from it.
			name:  "the phrase between a closing quotation mark and the verb names the speaker",
			upos:  []string{"PUNCT", "PRON", "AUX", "PART", "ADP", "PROPN", "PUNCT", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"},
			xpos:  []string{"``", "PRP", "VBZ", "RB", "IN", "NNP", ",", "''", "NNP", "NNP", "VBD", "."},
			forms: []string{"“", "It", "is", "n't", "with", "Congress", ",", "”", "Minister", "Ashoka", "said", "."},
			heads: []int{5, 5, 5, 5, 5, 10, 5, 5, 9, 5, -1, 10},
			rels:  []string{"punct", "nsubj", "cop", "advmod", "case", "nsubj", "punct", "punct", "compound", "nmod", "", "punct"},
			want:  []int{5, 5, 5, 5, 5, 10, 5, 5, 9, 10, -1, 10},
			wantR: []string{"punct", "nsubj", "cop", "advmod", "case", "ccomp", "punct", "punct", "compound", "nsubj", "root", "punct"},
		},
		{
			// "They met officials of the Ministry of Industry and Commerce ."
			// parsed with Commerce a conjunct of officials.
			name:  "the last word of a name's coordination joins the name",
			upos:  []string{"PRON", "VERB", "NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN", "CCONJ", "NOUN", "PUNCT"},
			xpos:  []string{"PRP", "VBD", "NNS", "IN", "DT", "NNP", "IN", "NNP", "CC", "NN", "."},
			forms: []string{"They", "met", "officials", "of", "the", "Ministry", "of", "Industry", "and", "Commerce", "."},
			heads: []int{1, -1, 1, 5, 5, 2, 7, 5, 9, 2, 1},
			rels:  []string{"nsubj", "", "obj", "case", "det", "nmod", "case", "nmod", "cc", "conj", "punct"},
			want:  []int{1, -1, 1, 5, 5, 2, 7, 5, 9, 7, 1},
			wantR: []string{"nsubj", "root", "obj", "case", "det", "nmod", "case", "nmod", "cc", "conj", "punct"},
		},
		{
			// "officials of the Bank of New York and Boston ."
			name:  "a name of several words before the coordinator takes the conjunct at its head",
			upos:  []string{"NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN", "CCONJ", "PROPN", "PUNCT"},
			xpos:  []string{"NNS", "IN", "DT", "NNP", "IN", "NNP", "NNP", "CC", "NNP", "."},
			forms: []string{"officials", "of", "the", "Bank", "of", "New", "York", "and", "Boston", "."},
			heads: []int{-1, 3, 3, 0, 5, 3, 5, 8, 0, 0},
			rels:  []string{"", "case", "det", "nmod", "case", "nmod", "flat", "cc", "conj", "punct"},
			want:  []int{-1, 3, 3, 0, 5, 3, 5, 8, 5, 0},
			wantR: []string{"root", "case", "det", "nmod", "case", "nmod", "flat", "cc", "conj", "punct"},
		},
		{
			// "officials of the University of California and Columbia University ."
			name:  "a coordination whose name goes on is left alone",
			upos:  []string{"NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT"},
			xpos:  []string{"NNS", "IN", "DT", "NNP", "IN", "NNP", "CC", "NNP", "NNP", "."},
			forms: []string{"officials", "of", "the", "University", "of", "California", "and", "Columbia", "University", "."},
			heads: []int{-1, 3, 3, 0, 5, 3, 7, 3, 3, 0},
			rels:  []string{"", "case", "det", "nmod", "case", "nmod", "cc", "conj", "appos", "punct"},
			want:  []int{-1, 3, 3, 0, 5, 3, 7, 3, 3, 0},
			wantR: []string{"root", "case", "det", "nmod", "case", "nmod", "cc", "conj", "appos", "punct"},
		},
		{
			// "They are optimistic growth will return ." parsed as return
			// → They (nsubj), are (cop), growth (nsubj) ← optimistic (amod).
			name:  "an adjective of stance taking a clause without that",
			upos:  []string{"PRON", "AUX", "ADJ", "NOUN", "AUX", "VERB", "PUNCT"},
			heads: []int{5, 5, 3, 5, 5, -1, 5},
			rels:  []string{"nsubj", "cop", "amod", "nsubj", "aux", "", "punct"},
			want:  []int{2, 2, -1, 5, 5, 2, 2},
			wantR: []string{"nsubj", "cop", "root", "nsubj", "aux", "ccomp", "punct"},
		},
		{
			// "The EU delivered urgently needed medical supplies to Nigeria ."
			// parsed as delivered → needed (ccomp) → supplies (obj).
			name:  "a participle with an adverb before the verb's object describes it",
			upos:  []string{"DET", "PROPN", "VERB", "ADV", "VERB", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"},
			xpos:  []string{"DT", "NNP", "VBD", "RB", "VBN", "JJ", "NNS", "IN", "NNP", "."},
			forms: []string{"The", "EU", "delivered", "urgently", "needed", "medical", "supplies", "to", "Nigeria", "."},
			heads: []int{1, 2, -1, 4, 2, 6, 4, 8, 4, 2},
			rels:  []string{"det", "nsubj", "", "advmod", "ccomp", "amod", "obj", "case", "obl", "punct"},
			want:  []int{1, 2, -1, 4, 6, 6, 2, 8, 2, 2},
			wantR: []string{"det", "nsubj", "root", "advmod", "amod", "amod", "obj", "case", "obl", "punct"},
		},
		{
			// "Officials say reportedly killed 11 children and wounded
			// others ." keeps its tree: a participle with a conjunct is a
			// verb mistagged, heading its clause.
			name:  "a participle with a conjunct heads its clause",
			upos:  []string{"NOUN", "VERB", "ADV", "VERB", "NUM", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"NNS", "VBP", "RB", "VBN", "CD", "NNS", "CC", "VBD", "NNS", "."},
			forms: []string{"Officials", "say", "reportedly", "killed", "11", "children", "and", "wounded", "others", "."},
			heads: []int{1, -1, 3, 1, 5, 3, 7, 3, 7, 1},
			rels:  []string{"nsubj", "", "advmod", "ccomp", "nummod", "obj", "cc", "conj", "obj", "punct"},
			want:  []int{1, -1, 3, 1, 5, 3, 7, 3, 7, 1},
			wantR: []string{"nsubj", "root", "advmod", "ccomp", "nummod", "obj", "cc", "conj", "obj", "punct"},
		},
		{
			// "They are good people who will return ." keeps its tree: the
			// adjective's noun is no second subject.
			name:  "an adjective of a predicate noun stays",
			upos:  []string{"PRON", "AUX", "ADJ", "NOUN", "PRON", "AUX", "VERB", "PUNCT"},
			heads: []int{3, 3, 3, -1, 6, 6, 3, 3},
			rels:  []string{"nsubj", "cop", "amod", "", "nsubj", "aux", "acl", "punct"},
			want:  []int{3, 3, 3, -1, 6, 6, 3, 3},
			wantR: []string{"nsubj", "cop", "amod", "root", "nsubj", "aux", "acl", "punct"},
		},
		{
			// "Police fired teargas as thousands of workers marched to
			// parliament ." with "as" the preposition of "thousands" and
			// "marched" a conjunct of "fired" without a subject.
			name:  "a subordinator made a preposition of its subject with a phrase of its own",
			upos:  []string{"NOUN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"},
			xpos:  []string{"NNS", "VBD", "NN", "IN", "NNS", "IN", "NNS", "VBD", "IN", "NN", "."},
			forms: []string{"Police", "fired", "teargas", "as", "thousands", "of", "workers", "marched", "to", "parliament", "."},
			heads: []int{1, -1, 1, 4, 1, 6, 4, 1, 9, 7, 1},
			rels:  []string{"nsubj", "", "obj", "case", "obl", "case", "nmod", "conj", "case", "obl", "punct"},
			want:  []int{1, -1, 1, 7, 7, 6, 4, 1, 9, 7, 1},
			wantR: []string{"nsubj", "root", "obj", "mark", "nsubj", "case", "nmod", "advcl", "case", "obl", "punct"},
		},
		{
			// "He appeared as a representative of News Corp and among
			// statements also gave evidence ." keeps "gave" a conjunct.
			name:  "a subordinator's noun with a prepositional conjunct before the verb stays",
			upos:  []string{"PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "ADP", "NOUN", "ADV", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"PRP", "VBD", "IN", "DT", "NN", "IN", "NNP", "CC", "IN", "NNS", "RB", "VBD", "NN", "."},
			forms: []string{"He", "appeared", "as", "a", "representative", "of", "Corp", "and", "among", "statements", "also", "gave", "evidence", "."},
			heads: []int{1, -1, 4, 4, 1, 6, 4, 9, 9, 4, 11, 1, 11, 1},
			rels:  []string{"nsubj", "", "case", "det", "obl", "case", "nmod", "cc", "case", "conj", "advmod", "conj", "obj", "punct"},
			want:  []int{1, -1, 4, 4, 1, 6, 4, 9, 9, 4, 11, 1, 11, 1},
			wantR: []string{"nsubj", "root", "case", "det", "obl", "case", "nmod", "cc", "case", "conj", "advmod", "conj", "obj", "punct"},
		},
		{
			// "Dozens of peacekeepers deployed in Armenia ." with "deployed"
			// a participle describing "peacekeepers" and "Dozens" the root.
			name:  "a past tense after an of-phrase of the nominal root is its predicate",
			upos:  []string{"NOUN", "ADP", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"},
			xpos:  []string{"NNS", "IN", "NNS", "VBD", "IN", "NNP", "."},
			forms: []string{"Dozens", "of", "peacekeepers", "deployed", "in", "Armenia", "."},
			heads: []int{-1, 2, 0, 2, 5, 3, 0},
			rels:  []string{"", "case", "nmod", "acl", "case", "obl", "punct"},
			want:  []int{3, 2, 0, -1, 5, 3, 3},
			wantR: []string{"nsubj", "case", "nmod", "root", "case", "obl", "punct"},
		},
		{
			// "The following is a list of events planned ." keeps "planned"
			// describing "events": the root has its copula.
			name:  "a participle after an of-phrase of a predicate noun stays",
			upos:  []string{"DET", "NOUN", "AUX", "DET", "NOUN", "ADP", "NOUN", "VERB", "PUNCT"},
			xpos:  []string{"DT", "NN", "VBZ", "DT", "NN", "IN", "NNS", "VBD", "."},
			forms: []string{"The", "following", "is", "a", "list", "of", "events", "planned", "."},
			heads: []int{1, 4, 4, 4, -1, 6, 4, 6, 4},
			rels:  []string{"det", "nsubj", "cop", "det", "", "case", "nmod", "acl", "punct"},
			want:  []int{1, 4, 4, 4, -1, 6, 4, 6, 4},
			wantR: []string{"det", "nsubj", "cop", "det", "root", "case", "nmod", "acl", "punct"},
		},
		{
			// "Talks ended as Israel announced it would free prisoners ."
			// with "as" the preposition of "Israel" and "announced" a
			// conjunct of "ended" without a subject.
			name:  "a subordinator made a preposition of its subject before a conjunct clause marks that clause",
			upos:  []string{"NOUN", "VERB", "ADP", "PROPN", "VERB", "PRON", "AUX", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"NNS", "VBD", "IN", "NNP", "VBD", "PRP", "MD", "VB", "NNS", "."},
			forms: []string{"Talks", "ended", "as", "Israel", "announced", "it", "would", "free", "prisoners", "."},
			heads: []int{1, -1, 3, 1, 1, 7, 7, 4, 7, 1},
			rels:  []string{"nsubj", "", "case", "obl", "conj", "nsubj", "aux", "ccomp", "obj", "punct"},
			want:  []int{1, -1, 4, 4, 1, 7, 7, 4, 7, 1},
			wantR: []string{"nsubj", "root", "mark", "nsubj", "advcl", "nsubj", "aux", "ccomp", "obj", "punct"},
		},
		{
			// "Government has fiercely rejected accusations ." with "has"
			// the root and "rejected" an adjective of its object; "I still
			// have surgically induced hair loss ." stays.
			name:  "a participle after has and an adverb heads the perfect",
			upos:  []string{"PROPN", "VERB", "ADV", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"NNP", "VBZ", "RB", "VBN", "NNS", "."},
			forms: []string{"Government", "has", "fiercely", "rejected", "accusations", "."},
			heads: []int{1, -1, 3, 4, 1, 1},
			rels:  []string{"nsubj", "", "advmod", "amod", "obj", "punct"},
			want:  []int{3, 3, 3, -1, 3, 3},
			wantR: []string{"nsubj", "aux", "advmod", "root", "obj", "punct"},
		},
		{
			name:  "have with an adverb before a participle adjective stays the verb",
			upos:  []string{"PRON", "ADV", "VERB", "ADV", "VERB", "NOUN", "NOUN", "PUNCT"},
			xpos:  []string{"PRP", "RB", "VBP", "RB", "VBN", "NN", "NN", "."},
			forms: []string{"I", "still", "have", "surgically", "induced", "hair", "loss", "."},
			heads: []int{2, 2, -1, 4, 6, 6, 2, 2},
			rels:  []string{"nsubj", "advmod", "", "advmod", "amod", "compound", "obj", "punct"},
			want:  []int{2, 2, -1, 4, 6, 6, 2, 2},
			wantR: []string{"nsubj", "advmod", "root", "advmod", "amod", "compound", "obj", "punct"},
		},
		{
			// "The US , Russia , and Switzerland met ." with "met" a
			// conjunct of "US" and "Switzerland" its only subject.
			name:  "a list of subjects with a serial comma is the verb's subject",
			upos:  []string{"DET", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN", "VERB", "PUNCT"},
			xpos:  []string{"DT", "NNP", ",", "NNP", ",", "CC", "NNP", "VBD", "."},
			heads: []int{1, -1, 3, 1, 7, 7, 7, 1, 1},
			rels:  []string{"det", "", "punct", "conj", "punct", "cc", "nsubj", "conj", "punct"},
			want:  []int{1, 7, 3, 1, 6, 6, 1, -1, 7},
			wantR: []string{"det", "nsubj", "punct", "conj", "punct", "cc", "conj", "root", "punct"},
		},
		{
			// "The crowd dispersed , but police fired gas ." with police
			// and fired both conjuncts of dispersed.
			name:  "a noun conjunct right before a conjunct verb without subject is its subject",
			upos:  []string{"DET", "NOUN", "VERB", "PUNCT", "CCONJ", "NOUN", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"DT", "NN", "VBD", ",", "CC", "NNS", "VBD", "NN", "."},
			heads: []int{1, 2, -1, 5, 5, 2, 2, 6, 2},
			rels:  []string{"det", "nsubj", "", "punct", "cc", "conj", "conj", "obj", "punct"},
			want:  []int{1, 2, -1, 6, 6, 6, 2, 6, 2},
			wantR: []string{"det", "nsubj", "root", "punct", "cc", "nsubj", "conj", "obj", "punct"},
		},
		{
			// "He left and in March said ." keeps "in March" a phrase.
			name:  "a noun conjunct with a preposition is no subject",
			upos:  []string{"PRON", "VERB", "CCONJ", "ADP", "PROPN", "VERB", "PUNCT"},
			xpos:  []string{"PRP", "VBD", "CC", "IN", "NNP", "VBD", "."},
			heads: []int{1, -1, 4, 4, 1, 1, 1},
			rels:  []string{"nsubj", "", "cc", "case", "conj", "conj", "punct"},
			want:  []int{1, -1, 4, 4, 1, 1, 1},
			wantR: []string{"nsubj", "root", "cc", "case", "conj", "conj", "punct"},
		},
		{
			// "Iran is a source , and Muscat hopes ." is two clauses.
			name:  "a predicate noun with its own subject keeps its clause",
			upos:  []string{"PROPN", "AUX", "DET", "NOUN", "PUNCT", "CCONJ", "PROPN", "VERB", "PUNCT"},
			xpos:  []string{"NNP", "VBZ", "DT", "NN", ",", "CC", "NNP", "VBZ", "."},
			heads: []int{3, 3, 3, -1, 7, 7, 7, 3, 3},
			rels:  []string{"nsubj", "cop", "det", "", "punct", "cc", "nsubj", "conj", "punct"},
			want:  []int{3, 3, 3, -1, 7, 7, 7, 3, 3},
			wantR: []string{"nsubj", "cop", "det", "root", "punct", "cc", "nsubj", "conj", "punct"},
		},
		{
			// "Putin received Abbas in Moscow ." with Abbas hung from the stop.
			name:  "a noun hung from the full stop becomes the verb's object",
			upos:  []string{"PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"},
			heads: []int{1, -1, 5, 4, 2, 1},
			rels:  []string{"nsubj", "", "nmod", "case", "nmod", "punct"},
			want:  []int{1, -1, 1, 4, 2, 1},
			wantR: []string{"nsubj", "root", "obj", "case", "nmod", "punct"},
		},
		{
			// "He left for Paris ." with Paris hung from the stop.
			name:  "a noun with a case marker becomes an oblique",
			upos:  []string{"PRON", "VERB", "ADP", "PROPN", "PUNCT"},
			heads: []int{1, -1, 3, 4, 1},
			rels:  []string{"nsubj", "", "case", "nmod", "punct"},
			want:  []int{1, -1, 3, 1, 1},
			wantR: []string{"nsubj", "root", "case", "obl", "punct"},
		},
		{
			// "Aid was cut that could total $2 ." with "that", "could" and
			// "total" hung from the stop: "could" is not moved onto "cut".
			name:  "function words and verbs hung from the stop stay",
			upos:  []string{"NOUN", "AUX", "VERB", "PRON", "AUX", "VERB", "NUM", "PUNCT"},
			heads: []int{2, 2, -1, 7, 7, 7, 5, 2},
			rels:  []string{"nsubj", "aux", "", "nmod", "aux", "nmod", "obj", "punct"},
			want:  []int{2, 2, -1, 7, 7, 7, 5, 2},
			wantR: []string{"nsubj", "aux", "root", "nmod", "aux", "nmod", "obj", "punct"},
		},
		{
			// "Software giant Microsoft said ." with giant and Microsoft
			// both subjects of said.
			name:  "two nouns side by side as subjects are one phrase",
			upos:  []string{"NOUN", "NOUN", "PROPN", "VERB", "PUNCT"},
			heads: []int{1, 3, 3, -1, 3},
			rels:  []string{"compound", "nsubj", "nsubj", "", "punct"},
			want:  []int{1, 2, 3, -1, 3},
			wantR: []string{"compound", "compound", "nsubj", "root", "punct"},
		},
		{
			// "which Wen said ." keeps the relative pronoun.
			name:  "a pronoun beside a subject stays",
			upos:  []string{"PRON", "PROPN", "VERB", "PUNCT"},
			heads: []int{2, 2, -1, 2},
			rels:  []string{"nsubj", "nsubj", "", "punct"},
			want:  []int{2, 2, -1, 2},
			wantR: []string{"nsubj", "nsubj", "root", "punct"},
		},
		{
			// "They charged that he lied ." with the clause a subject.
			name:  "a clausal subject after a verb with a subject is its complement",
			upos:  []string{"PRON", "VERB", "PRON", "VERB", "PUNCT"},
			heads: []int{1, -1, 3, 1, 1},
			rels:  []string{"nsubj", "", "nsubj", "csubj", "punct"},
			want:  []int{1, -1, 3, 1, 1},
			wantR: []string{"nsubj", "root", "nsubj", "ccomp", "punct"},
		},
		{
			// "That he lied angered them ." keeps its clausal subject.
			name:  "a clausal subject before its verb stays",
			upos:  []string{"SCONJ", "PRON", "VERB", "VERB", "PRON", "PUNCT"},
			heads: []int{2, 2, 3, -1, 3, 3},
			rels:  []string{"case", "nsubj", "csubj", "", "obj", "punct"},
			want:  []int{2, 2, 3, -1, 3, 3},
			wantR: []string{"case", "nsubj", "csubj", "root", "obj", "punct"},
		},
		{
			// "A spokesman for the ministry said ." with spokesman and
			// ministry both subjects and "for" a marker of said.
			name:  "a subject cut at its preposition is one phrase",
			upos:  []string{"DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "PUNCT"},
			heads: []int{1, 5, 5, 4, 5, -1, 5},
			rels:  []string{"det", "nsubj", "mark", "det", "nsubj", "", "punct"},
			want:  []int{1, 5, 4, 4, 1, -1, 5},
			wantR: []string{"det", "nsubj", "case", "det", "nmod", "root", "punct"},
		},
		{
			// "A group of northern nations urged ." with group, northern and
			// nations all subjects.
			name:  "nouns inside the phrase after the preposition are compounds",
			upos:  []string{"DET", "NOUN", "ADP", "NOUN", "NOUN", "VERB", "PUNCT"},
			heads: []int{1, 5, 5, 5, 5, -1, 5},
			rels:  []string{"det", "nsubj", "mark", "nsubj", "nsubj", "", "punct"},
			want:  []int{1, 5, 4, 4, 1, -1, 5},
			wantR: []string{"det", "nsubj", "case", "compound", "nmod", "root", "punct"},
		},
		{
			// "Residents reacted with concern after officials pledged ."
			// parsed with Residents a subject of pledged: a verb stands
			// between, "after" may introduce the clause, nothing moves.
			name:  "a preposition after a verb stays a marker",
			upos:  []string{"NOUN", "VERB", "ADP", "NOUN", "ADP", "NOUN", "VERB", "PUNCT"},
			heads: []int{6, 0, 3, 1, 6, 6, -1, 6},
			rels:  []string{"nsubj", "amod", "case", "obl", "mark", "nsubj", "", "punct"},
			want:  []int{6, 0, 3, 1, 6, 6, -1, 6},
			wantR: []string{"nsubj", "amod", "case", "obl", "mark", "nsubj", "root", "punct"},
		},
		{
			// "Officials and candidates called for calm ." with officials
			// the root and called a clause on candidates.
			name:  "a finite verb hung on a nominal root becomes the root",
			upos:  []string{"NOUN", "CCONJ", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"},
			xpos:  []string{"NNS", "CC", "NNS", "VBD", "IN", "NN", "."},
			heads: []int{-1, 2, 0, 2, 5, 3, 0},
			rels:  []string{"", "cc", "conj", "acl", "case", "obl", "punct"},
			want:  []int{3, 2, 0, -1, 5, 3, 3},
			wantR: []string{"nsubj", "cc", "conj", "root", "case", "obl", "punct"},
		},
		{
			// "Officials charged with fraud ." keeps its participle.
			name:  "a participle hung on a nominal root stays",
			upos:  []string{"NOUN", "VERB", "ADP", "NOUN", "PUNCT"},
			xpos:  []string{"NNS", "VBN", "IN", "NN", "."},
			heads: []int{-1, 0, 3, 1, 0},
			rels:  []string{"", "acl", "case", "obl", "punct"},
			want:  []int{-1, 0, 3, 1, 0},
			wantR: []string{"root", "acl", "case", "obl", "punct"},
		},
		{
			// "In May Syria has fired ." with Syria an object of May.
			name:  "a noun hung on the fronted phrase of a verb without subject is its subject",
			upos:  []string{"ADP", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"},
			xpos:  []string{"IN", "NNP", "NNP", "VBZ", "VBN", "."},
			heads: []int{1, 4, 1, 4, -1, 4},
			rels:  []string{"case", "obl", "obj", "aux", "", "punct"},
			want:  []int{1, 4, 4, 4, -1, 4},
			wantR: []string{"case", "obl", "nsubj", "aux", "root", "punct"},
		},
		{
			// "Demonstrators clashed with police and smashed windows ."
			// with "clashed" tagged a participle modifying the noun and
			// "smashed" a conjunct of the noun.
			name:  "a past participle in -ed right after the subject of a sentence without a finite verb is its predicate",
			forms: []string{"Demonstrators", "clashed", "with", "police", "and", "smashed", "windows", "."},
			upos:  []string{"NOUN", "VERB", "ADP", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"NNS", "VBN", "IN", "NNS", "CC", "VBN", "NNS", "."},
			heads: []int{-1, 0, 3, 1, 5, 0, 5, 0},
			rels:  []string{"", "acl", "case", "obl", "cc", "conj", "obj", "punct"},
			want:  []int{1, -1, 3, 1, 5, 1, 5, 1},
			wantR: []string{"nsubj", "root", "case", "obl", "cc", "conj", "obj", "punct"},
		},
		{
			// "They sent up to 300 troops ." with "up" a particle and "to"
			// the preposition of "troops".
			name:  "up to before a number modifies the number",
			forms: []string{"They", "sent", "up", "to", "300", "troops", "."},
			upos:  []string{"PRON", "VERB", "ADP", "ADP", "NUM", "NOUN", "PUNCT"},
			xpos:  []string{"PRP", "VBD", "RP", "IN", "CD", "NNS", "."},
			heads: []int{1, -1, 1, 5, 5, 1, 1},
			rels:  []string{"nsubj", "", "compound:prt", "case", "nummod", "obl", "punct"},
			want:  []int{1, -1, 4, 2, 5, 1, 1},
			wantR: []string{"nsubj", "root", "advmod", "fixed", "nummod", "obj", "punct"},
		},
		{
			// "He said that Iran left , and that Iraq stayed ." with
			// "stayed" a conjunct of "said".
			name:  "a conjunct clause with the same subordinator joins the first subordinate clause",
			forms: []string{"He", "said", "that", "Iran", "left", ",", "and", "that", "Iraq", "stayed", "."},
			upos:  []string{"PRON", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT", "CCONJ", "SCONJ", "PROPN", "VERB", "PUNCT"},
			xpos:  []string{"PRP", "VBD", "IN", "NNP", "VBD", ",", "CC", "IN", "NNP", "VBD", "."},
			heads: []int{1, -1, 4, 4, 1, 9, 9, 9, 9, 1, 1},
			rels:  []string{"nsubj", "", "mark", "nsubj", "ccomp", "punct", "cc", "mark", "nsubj", "conj", "punct"},
			want:  []int{1, -1, 4, 4, 1, 9, 9, 9, 9, 4, 1},
			wantR: []string{"nsubj", "root", "mark", "nsubj", "ccomp", "punct", "cc", "mark", "nsubj", "conj", "punct"},
		},
		{
			// "Bike ride followed by coffee ." is a caption.
			name:  "a participle with a by-phrase stays the noun's modifier",
			forms: []string{"Bike", "ride", "followed", "by", "coffee", "."},
			upos:  []string{"NOUN", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"},
			xpos:  []string{"NN", "NN", "VBN", "IN", "NN", "."},
			heads: []int{1, -1, 1, 4, 2, 1},
			rels:  []string{"compound", "", "acl", "case", "obl", "punct"},
			want:  []int{1, -1, 1, 4, 2, 1},
			wantR: []string{"compound", "root", "acl", "case", "obl", "punct"},
		},
		{
			// "In talks with Israel , Tehran on Monday began drills ." with
			// Tehran a conjunct of Israel and Monday a modifier of it.
			name:  "a noun after the fronted phrase's comma is the subject of the verb after a time phrase",
			upos:  []string{"ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"IN", "NNS", "IN", "NNP", ",", "NNP", "IN", "NNP", "VBD", "NNS", "."},
			heads: []int{1, 8, 3, 1, 5, 3, 7, 3, -1, 8, 8},
			rels:  []string{"case", "obl", "case", "nmod", "punct", "conj", "case", "nmod", "", "obj", "punct"},
			want:  []int{1, 8, 3, 1, 8, 8, 7, 8, -1, 8, 8},
			wantR: []string{"case", "obl", "case", "nmod", "punct", "nsubj", "case", "obl", "root", "obj", "punct"},
		},
		{
			// The same with "on Monday" taken for the subject.
			name:  "a subject with a preposition after such a noun is an oblique",
			upos:  []string{"ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"IN", "NNS", "IN", "NNP", ",", "NNP", "IN", "NNP", "VBD", "NNS", "."},
			heads: []int{1, 8, 3, 1, 5, 7, 7, 8, -1, 8, 8},
			rels:  []string{"case", "obl", "case", "nmod", "punct", "compound", "case", "nsubj", "", "obj", "punct"},
			want:  []int{1, 8, 3, 1, 8, 8, 7, 8, -1, 8, 8},
			wantR: []string{"case", "obl", "case", "nmod", "punct", "nsubj", "case", "obl", "root", "obj", "punct"},
		},
		{
			// "He met Bower , director of Asia studies ." with "studies"
			// read as a verb: the of-phrase is the noun's own.
			name:  "a noun's own phrase is not passed over",
			upos:  []string{"PRON", "VERB", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"},
			xpos:  []string{"PRP", "VBD", "NNP", ",", "NN", "IN", "NNP", "VBZ", "."},
			heads: []int{1, -1, 1, 4, 2, 6, 4, 1, 1},
			rels:  []string{"nsubj", "", "obj", "punct", "appos", "case", "nmod", "parataxis", "punct"},
			want:  []int{1, -1, 1, 4, 2, 6, 4, 1, 1},
			wantR: []string{"nsubj", "root", "obj", "punct", "appos", "case", "nmod", "parataxis", "punct"},
		},
		{
			// "Since the crisis in Berlin has grown ." keeps "in Berlin".
			name:  "a noun with its own preposition stays in the fronted phrase",
			upos:  []string{"ADP", "NOUN", "ADP", "PROPN", "AUX", "VERB", "PUNCT"},
			xpos:  []string{"IN", "NN", "IN", "NNP", "VBZ", "VBN", "."},
			heads: []int{1, 5, 3, 1, 5, -1, 5},
			rels:  []string{"case", "obl:tmod", "case", "nmod", "aux", "", "punct"},
			want:  []int{1, 5, 3, 1, 5, -1, 5},
			wantR: []string{"case", "obl:tmod", "case", "nmod", "aux", "root", "punct"},
		},
		{
			// "Pluspetrol said some of its workers were being held ." with
			// "some" the object of "said" and "held" without subject.
			name:  "the object of a verb whose clause has no subject is the clause's subject",
			upos:  []string{"PROPN", "VERB", "DET", "ADP", "DET", "NOUN", "AUX", "AUX", "VERB", "PUNCT"},
			xpos:  []string{"NNP", "VBD", "DT", "IN", "PRP$", "NNS", "VBD", "VBG", "VBN", "."},
			heads: []int{1, -1, 1, 5, 5, 2, 8, 8, 1, 1},
			rels:  []string{"nsubj", "", "obj", "case", "det", "nmod", "aux", "aux:pass", "ccomp", "punct"},
			want:  []int{1, -1, 8, 5, 5, 2, 8, 8, 1, 1},
			wantR: []string{"nsubj", "root", "nsubj:pass", "case", "det", "nmod", "aux", "aux:pass", "ccomp", "punct"},
		},
		{
			// "Tehran maintains its activities are peaceful ." with
			// "maintains" the subject of "peaceful".
			name:  "a finite verb with its own subject is no subject but reports the clause",
			upos:  []string{"PROPN", "VERB", "PRON", "NOUN", "AUX", "ADJ", "PUNCT"},
			xpos:  []string{"NNP", "VBZ", "PRP$", "NNS", "VBP", "JJ", "."},
			heads: []int{1, 5, 3, 1, 5, -1, 5},
			rels:  []string{"nsubj", "nsubj", "det", "obj", "cop", "", "punct"},
			want:  []int{1, -1, 3, 5, 5, 1, 1},
			wantR: []string{"nsubj", "root", "det", "nsubj", "cop", "ccomp", "punct"},
		},
		{
			// "Unions launched a strike to protest the measures and police
			// were deployed ." misread as one clause.
			name:  "an object whose phrase holds a clause stays with the verb",
			upos:  []string{"NOUN", "VERB", "NOUN", "PART", "VERB", "NOUN", "CCONJ", "NOUN", "AUX", "VERB", "PUNCT"},
			xpos:  []string{"NNS", "VBD", "NN", "TO", "VB", "NNS", "CC", "NNS", "VBD", "VBN", "."},
			heads: []int{1, 9, 1, 4, 2, 4, 7, 5, 9, -1, 9},
			rels:  []string{"nsubj", "nsubj:pass", "obj", "mark", "acl", "obj", "cc", "conj", "aux:pass", "", "punct"},
			want:  []int{1, 9, 1, 4, 2, 4, 7, 5, 9, -1, 9},
			wantR: []string{"nsubj", "nsubj:pass", "obj", "mark", "acl", "obj", "cc", "conj", "aux:pass", "root", "punct"},
		},
		{
			// "Visiting Minister Steinmeier held talks ." read as a clause
			// with the minister its object.
			name:  "an opening participle's object right before a verb without subject is the subject",
			upos:  []string{"VERB", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"VBG", "NNP", "NNP", "VBD", "NNS", "."},
			heads: []int{3, 2, 0, -1, 3, 3},
			rels:  []string{"advcl", "compound", "obj", "", "obj", "punct"},
			want:  []int{2, 2, 3, -1, 3, 3},
			wantR: []string{"amod", "compound", "nsubj", "root", "obj", "punct"},
		},
		{
			// "Attacking Iran would worsen the confrontation ." : a gerund.
			name:  "a gerund before a modal keeps its object",
			upos:  []string{"VERB", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"},
			xpos:  []string{"VBG", "NNP", "MD", "VB", "DT", "NN", "."},
			heads: []int{3, 0, 3, -1, 5, 3, 3},
			rels:  []string{"advcl", "obj", "aux", "", "det", "obj", "punct"},
			want:  []int{3, 0, 3, -1, 5, 3, 3},
			wantR: []string{"advcl", "obj", "aux", "root", "det", "obj", "punct"},
		},
		{
			// "Government filed an appeal that forced a suspension until
			// requirements are met ." with "met" hung on "filed".
			name:  "an object whose phrase ends in a clause of its own stays the object",
			upos:  []string{"NOUN", "VERB", "DET", "NOUN", "PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "AUX", "VERB", "PUNCT"},
			xpos:  []string{"NN", "VBD", "DT", "NN", "WDT", "VBD", "DT", "NN", "IN", "NNS", "VBP", "VBN", "."},
			heads: []int{1, -1, 3, 1, 5, 3, 7, 5, 9, 5, 11, 1, 1},
			rels:  []string{"nsubj", "", "det", "obj", "nsubj", "acl", "det", "obj", "case", "obl", "aux", "ccomp", "punct"},
			want:  []int{1, -1, 3, 1, 5, 3, 7, 5, 9, 5, 11, 1, 1},
			wantR: []string{"nsubj", "root", "det", "obj", "nsubj", "acl", "det", "obj", "case", "obl", "aux", "ccomp", "punct"},
		},
		{
			// "The office said half of the losses reflected costs ." with
			// reflected a conjunct of said.
			name:  "a verb with its subject right after a verb, nothing coordinating them, is its complement",
			upos:  []string{"DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"DT", "NN", "VBD", "NN", "IN", "DT", "NNS", "VBD", "NNS", "."},
			heads: []int{1, 2, -1, 7, 6, 6, 3, 2, 7, 2},
			rels:  []string{"det", "nsubj", "", "nsubj", "case", "det", "nmod", "conj", "obj", "punct"},
			want:  []int{1, 2, -1, 7, 6, 6, 3, 2, 7, 2},
			wantR: []string{"det", "nsubj", "root", "nsubj", "case", "det", "nmod", "ccomp", "obj", "punct"},
		},
		{
			// "Ministry asked firms to submit bids in hopes deals could be
			// struck ." with struck a conjunct of asked.
			name:  "a conjunct whose subject starts away from the verb stays a conjunct",
			upos:  []string{"PROPN", "VERB", "NOUN", "PART", "VERB", "NOUN", "ADP", "NOUN", "NOUN", "AUX", "AUX", "VERB", "PUNCT"},
			xpos:  []string{"NNP", "VBD", "NNS", "TO", "VB", "NNS", "IN", "NNS", "NNS", "MD", "VB", "VBN", "."},
			heads: []int{1, -1, 1, 4, 1, 4, 7, 4, 11, 11, 11, 1, 1},
			rels:  []string{"nsubj", "", "obj", "mark", "xcomp", "obj", "case", "obl", "nsubj:pass", "aux", "aux:pass", "conj", "punct"},
			want:  []int{1, -1, 1, 4, 1, 4, 7, 4, 11, 11, 11, 1, 1},
			wantR: []string{"nsubj", "root", "obj", "mark", "xcomp", "obj", "case", "obl", "nsubj:pass", "aux", "aux:pass", "conj", "punct"},
		},
		{
			// "Officials said it would recover , after an attack in the
			// area cut exports ." with the attack an oblique of recover
			// and cut hung from the full stop.
			name:  "a preposition's noun followed by a finite verb without a subject is that verb's subject",
			upos:  []string{"NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"NNS", "VBD", "PRP", "MD", "VB", ",", "IN", "DT", "NN", "IN", "DT", "NN", "VBD", "NNS", "."},
			forms: []string{"Officials", "said", "it", "would", "recover", ",", "after", "an", "attack", "in", "the", "area", "cut", "exports", "."},
			heads: []int{1, -1, 4, 4, 1, 8, 8, 8, 4, 11, 11, 8, 14, 12, 1},
			rels:  []string{"nsubj", "", "nsubj", "aux", "ccomp", "punct", "case", "det", "obl", "case", "det", "nmod", "nmod", "obj", "punct"},
			want:  []int{1, -1, 4, 4, 1, 12, 12, 8, 12, 11, 11, 8, 4, 12, 1},
			wantR: []string{"nsubj", "root", "nsubj", "aux", "ccomp", "punct", "mark", "det", "nsubj", "case", "det", "nmod", "advcl", "obj", "punct"},
		},
		{
			// "China condemns the sales , which it considers its territory ,
			// and threatens sanctions ." with sanctions a second subject of
			// considers.
			name:  "a noun after a verb without an object, made the subject of a verb further back, is that verb's object",
			upos:  []string{"PROPN", "VERB", "DET", "NOUN", "PUNCT", "PRON", "PRON", "VERB", "PRON", "NOUN", "PUNCT", "CCONJ", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"NNP", "VBZ", "DT", "NNS", ",", "WDT", "PRP", "VBZ", "PRP$", "NN", ",", "CC", "VBZ", "NNS", "."},
			heads: []int{1, -1, 3, 1, 7, 7, 7, 3, 9, 7, 12, 12, 7, 7, 1},
			rels:  []string{"nsubj", "", "det", "obj", "punct", "obj", "nsubj", "acl", "nmod", "obj", "punct", "cc", "conj", "nsubj", "punct"},
			want:  []int{1, -1, 3, 1, 7, 7, 7, 3, 9, 7, 12, 12, 7, 12, 1},
			wantR: []string{"nsubj", "root", "det", "obj", "punct", "obj", "nsubj", "acl", "nmod", "obj", "punct", "cc", "conj", "obj", "punct"},
		},
		{
			// "Asked which county was his favorite , he demurred ." with
			// asked the root and the answer its parataxis.
			name:  "a question put to the subject modifies the answer's verb",
			upos:  []string{"VERB", "DET", "NOUN", "AUX", "PRON", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT"},
			xpos:  []string{"VBD", "WDT", "NN", "VBD", "PRP$", "NN", ",", "PRP", "VBD", "."},
			forms: []string{"Asked", "which", "county", "was", "his", "favorite", ",", "he", "demurred", "."},
			heads: []int{-1, 2, 5, 5, 5, 0, 0, 8, 0, 0},
			rels:  []string{"", "det", "nsubj", "cop", "nmod", "acl", "punct", "nsubj", "parataxis", "punct"},
			want:  []int{8, 2, 5, 5, 5, 0, 8, 8, -1, 8},
			wantR: []string{"advcl", "det", "nsubj", "cop", "nmod", "ccomp", "punct", "nsubj", "root", "punct"},
		},
		{
			// "Hu , branded a turncoat , was seen ." with Hu the subject of
			// branded.
			name:  "a participle set off after the subject modifies it, the verb after it takes the subject",
			upos:  []string{"PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "AUX", "VERB", "PUNCT"},
			xpos:  []string{"NNP", ",", "VBN", "DT", "NN", ",", "VBD", "VBN", "."},
			forms: []string{"Hu", ",", "branded", "a", "turncoat", ",", "was", "seen", "."},
			heads: []int{2, 0, 7, 4, 2, 2, 7, -1, 7},
			rels:  []string{"nsubj", "punct", "advcl", "det", "obj", "punct", "aux:pass", "", "punct"},
			want:  []int{7, 0, 0, 4, 2, 2, 7, -1, 7},
			wantR: []string{"nsubj:pass", "punct", "acl", "det", "obj", "punct", "aux:pass", "root", "punct"},
		},
		{
			// "the official added ." with the determiner and the adjective
			// hung on the verb.
			name:  "an adjective with the before a verb without a subject is its subject",
			upos:  []string{"DET", "ADJ", "VERB", "PUNCT"},
			xpos:  []string{"DT", "JJ", "VBD", "."},
			forms: []string{"the", "official", "added", "."},
			heads: []int{2, 2, -1, 2},
			rels:  []string{"det", "amod", "", "punct"},
			want:  []int{1, 2, -1, 2},
			wantR: []string{"det", "nsubj", "root", "punct"},
		},
		{
			// "a bigger say ." keeps its parse: "a" makes a noun phrase.
			name:  "an adjective with a before a verb stays its modifier",
			upos:  []string{"DET", "ADJ", "VERB", "PUNCT"},
			xpos:  []string{"DT", "JJR", "VBP", "."},
			forms: []string{"a", "bigger", "say", "."},
			heads: []int{2, 2, -1, 2},
			rels:  []string{"det", "amod", "", "punct"},
			want:  []int{2, 2, -1, 2},
			wantR: []string{"det", "amod", "root", "punct"},
		},
		{
			// "Rebels handed over the arms to police ." parsed with "over"
			// the case of "arms", an oblique.
			name:  "a phrasal verb's particle taken for a preposition is the verb's, and its noun the object",
			upos:  []string{"NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT"},
			xpos:  []string{"NNS", "VBD", "IN", "DT", "NNS", "IN", "NN", "."},
			forms: []string{"Rebels", "handed", "over", "the", "arms", "to", "police", "."},
			lemma: []string{"rebel", "hand", "over", "the", "arm", "to", "police", "."},
			heads: []int{1, -1, 4, 4, 1, 6, 1, 1},
			rels:  []string{"nsubj", "", "case", "det", "obl", "case", "obl", "punct"},
			want:  []int{1, -1, 1, 4, 1, 6, 1, 1},
			wantR: []string{"nsubj", "root", "compound:prt", "det", "obj", "case", "obl", "punct"},
		},
		{
			// "He handed over to police ." and "He jumped over the fence ."
			name:  "a noun with a preposition of its own stays an oblique, and other verbs keep their prepositions",
			upos:  []string{"PRON", "VERB", "ADP", "ADP", "NOUN", "PUNCT", "PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT"},
			xpos:  []string{"PRP", "VBD", "IN", "IN", "NN", ".", "PRP", "VBD", "IN", "DT", "NN", "."},
			forms: []string{"He", "handed", "over", "to", "police", ".", "He", "jumped", "over", "the", "fence", "."},
			lemma: []string{"he", "hand", "over", "to", "police", ".", "he", "jump", "over", "the", "fence", "."},
			heads: []int{1, -1, 4, 4, 1, 1, 7, 1, 10, 10, 7, 7},
			rels:  []string{"nsubj", "", "case", "case", "obl", "punct", "nsubj", "parataxis", "case", "det", "obl", "punct"},
			want:  []int{1, -1, 1, 4, 1, 1, 7, 1, 10, 10, 7, 7},
			wantR: []string{"nsubj", "root", "compound:prt", "case", "obl", "punct", "nsubj", "parataxis", "case", "det", "obl", "punct"},
		},
		{
			// "The talks , said one official , were tense ." parsed with
			// "said" the root, "The talks" its subject and "one official"
			// the subject of "tense".
			name:  "a reporting clause set off by commas with its speaker after the verb is the parataxis of the clause it interrupts",
			upos:  []string{"DET", "NOUN", "PUNCT", "VERB", "NUM", "NOUN", "PUNCT", "AUX", "ADJ", "PUNCT"},
			xpos:  []string{"DT", "NNS", ",", "VBD", "CD", "NN", ",", "VBD", "JJ", "."},
			forms: []string{"The", "talks", ",", "said", "one", "official", ",", "were", "tense", "."},
			lemma: []string{"the", "talk", ",", "say", "one", "official", ",", "be", "tense", "."},
			heads: []int{1, 3, 1, -1, 5, 8, 5, 8, 3, 3},
			rels:  []string{"det", "nsubj", "punct", "", "nummod", "nsubj", "punct", "cop", "ccomp", "punct"},
			want:  []int{1, 8, 3, 8, 5, 3, 3, 8, -1, 8},
			wantR: []string{"det", "nsubj", "punct", "parataxis", "nummod", "nsubj", "punct", "cop", "root", "punct"},
		},
		{
			// "U.S. oil prices led the rally."
			name:  "a noun and the subject phrase right after it are one subject",
			upos:  []string{"PROPN", "NOUN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"},
			xpos:  []string{"NNP", "NN", "NNS", "VBD", "DT", "NN", "."},
			forms: []string{"U.S.", "oil", "prices", "led", "the", "rally", "."},
			lemma: []string{"U.S.", "oil", "price", "lead", "the", "rally", "."},
			heads: []int{3, 2, 3, -1, 5, 3, 3},
			rels:  []string{"nsubj", "compound", "nsubj", "", "det", "obj", "punct"},
			want:  []int{2, 2, 3, -1, 5, 3, 3},
			wantR: []string{"compound", "compound", "nsubj", "root", "det", "obj", "punct"},
		},
		{
			// "The China-US trade war escalated in May."
			name:  "a hyphen between two countries joins them in one subject",
			upos:  []string{"DET", "PROPN", "PUNCT", "PROPN", "NOUN", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"},
			xpos:  []string{"DT", "NNP", ",", "NNP", "NN", "NN", "VBD", "IN", "NNP", "."},
			forms: []string{"The", "China", "-", "US", "trade", "war", "escalated", "in", "May", "."},
			lemma: []string{"the", "China", "-", "US", "trade", "war", "escalate", "in", "May", "."},
			heads: []int{1, 6, 6, 5, 5, 6, -1, 8, 6, 6},
			rels:  []string{"det", "nsubj", "punct", "compound", "compound", "nsubj", "", "case", "obl", "punct"},
			want:  []int{1, 5, 5, 5, 5, 6, -1, 8, 6, 6},
			wantR: []string{"det", "compound", "punct", "compound", "compound", "nsubj", "root", "case", "obl", "punct"},
		},
		{
			// "Saudi Arabia's Crown Prince Mohammed bin Salman has met Mauritania's President Mohamed Ould Abdel Aziz at the presidential palace in Nouakchott."
			name:  "a possessor before a subject is the subject's",
			upos:  []string{"ADJ", "PROPN", "PART", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "AUX", "VERB", "PROPN", "PART", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "ADP", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"},
			xpos:  []string{"NNP", "NNP", "POS", "NNP", "NNP", "NNP", "NNP", "NNP", "VBZ", "VBN", "NNP", "POS", "NNP", "NNP", "NNP", "NNP", "NNP", "IN", "DT", "JJ", "NN", "IN", "NNP", "."},
			forms: []string{"Saudi", "Arabia", "'s", "Crown", "Prince", "Mohammed", "bin", "Salman", "has", "met", "Mauritania", "'s", "President", "Mohamed", "Ould", "Abdel", "Aziz", "at", "the", "presidential", "palace", "in", "Nouakchott", "."},
			lemma: []string{"Saudi", "Arabia", "'s", "Crown", "Prince", "Mohammed", "bin", "Salman", "have", "meet", "Mauritania", "'s", "President", "Mohamed", "Ould", "Abdel", "Aziz", "at", "the", "presidential", "palace", "in", "Nouakchott", "."},
			heads: []int{1, 9, 1, 4, 5, 9, 5, 5, 9, -1, 12, 10, 13, 20, 13, 13, 13, 20, 20, 20, 9, 22, 20, 9},
			rels:  []string{"amod", "nsubj", "case", "compound", "nmod:desc", "nsubj", "flat", "flat", "aux", "", "nmod:poss", "case", "nmod:desc", "nsubj", "flat", "flat", "flat", "case", "det", "amod", "obl", "case", "nmod", "punct"},
			want:  []int{1, 5, 1, 4, 5, 9, 5, 5, 9, -1, 12, 10, 13, 9, 13, 13, 13, 20, 20, 20, 9, 22, 20, 9},
			wantR: []string{"amod", "nmod:poss", "case", "compound", "nmod:desc", "nsubj", "flat", "flat", "aux", "root", "nmod:poss", "case", "nmod:desc", "obj", "flat", "flat", "flat", "case", "det", "amod", "obl", "case", "nmod", "punct"},
		},
		{
			// "Chavez also repeated threats to cut oil sales to the United States."
			name:  "a verb read as the modifier of a noun root's object is the predicate",
			upos:  []string{"PROPN", "ADV", "VERB", "NOUN", "PART", "VERB", "NOUN", "NOUN", "ADP", "DET", "VERB", "PROPN", "PUNCT"},
			xpos:  []string{"NNP", "RB", "VBN", "NNS", "TO", "VB", "NN", "NNS", "IN", "DT", "NNP", "NNPS", "."},
			forms: []string{"Chavez", "also", "repeated", "threats", "to", "cut", "oil", "sales", "to", "the", "United", "States", "."},
			lemma: []string{"Chavez", "also", "repeat", "threat", "to", "cut", "oil", "sale", "to", "the", "Unite", "State", "."},
			heads: []int{-1, 2, 3, 0, 5, 3, 7, 5, 11, 11, 11, 5, 0},
			rels:  []string{"", "advmod", "amod", "obj", "mark", "acl", "compound", "obj", "case", "det", "amod", "obl", "punct"},
			want:  []int{2, 2, -1, 2, 5, 3, 7, 5, 11, 11, 11, 5, 2},
			wantR: []string{"nsubj", "advmod", "root", "obj", "mark", "acl", "compound", "obj", "case", "det", "amod", "obl", "punct"},
		},
		{
			// "Protesters shut down the U.S. embassy in Cairo."
			name:  "a noun with a preposition has no subject: the noun before it is the verb's object",
			upos:  []string{"NOUN", "VERB", "ADP", "DET", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"},
			xpos:  []string{"NNS", "VBP", "RP", "DT", "NNP", "NN", "IN", "NNP", "."},
			forms: []string{"Protesters", "shut", "down", "the", "U.S.", "embassy", "in", "Cairo", "."},
			lemma: []string{"protester", "shut", "down", "the", "U.S.", "embassy", "in", "Cairo", "."},
			heads: []int{1, -1, 1, 5, 5, 7, 7, 1, 1},
			rels:  []string{"nsubj", "", "compound:prt", "det", "compound", "nsubj", "case", "obl", "punct"},
			want:  []int{1, -1, 1, 5, 5, 1, 7, 1, 1},
			wantR: []string{"nsubj", "root", "compound:prt", "det", "compound", "obj", "case", "obl", "punct"},
		},
		{
			// "Prime Minister Hisham Qandil met IMF chief Christine Lagarde in Davos, Switzerland, last month."
			name:  "a noun dislocated from a time phrase is the verb's object",
			upos:  []string{"ADJ", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "NOUN", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "ADJ", "NOUN", "PUNCT"},
			xpos:  []string{"NNP", "NNP", "NNP", "NNP", "VBD", "NNP", "NN", "NNP", "NNP", "IN", "NNP", ",", "NNP", ",", "JJ", "NN", "."},
			forms: []string{"Prime", "Minister", "Hisham", "Qandil", "met", "IMF", "chief", "Christine", "Lagarde", "in", "Davos", ",", "Switzerland", ",", "last", "month", "."},
			lemma: []string{"Prime", "Minister", "Hisham", "Qandil", "meet", "IMF", "chief", "Christine", "Lagarde", "in", "Davos", ",", "Switzerland", ",", "last", "month", "."},
			heads: []int{1, 2, 4, 2, -1, 6, 7, 15, 7, 10, 7, 12, 10, 15, 15, 4, 4},
			rels:  []string{"amod", "nmod:desc", "nsubj", "flat", "", "compound", "nmod:desc", "dislocated", "flat", "case", "nmod", "punct", "nmod:unmarked", "punct", "amod", "obl:unmarked", "punct"},
			want:  []int{1, 2, 4, 2, -1, 6, 7, 4, 7, 10, 7, 12, 10, 15, 15, 4, 4},
			wantR: []string{"amod", "nmod:desc", "nsubj", "flat", "root", "compound", "nmod:desc", "obj", "flat", "case", "nmod", "punct", "nmod:unmarked", "punct", "amod", "obl:unmarked", "punct"},
		},
		{
			// "Hezb-e-Islami also threatened to shell Bagram, the military airfield 15 miles north of Kabul."
			name:  "a noun after the object and a comma describes the object",
			upos:  []string{"PROPN", "PUNCT", "PROPN", "ADV", "VERB", "PART", "VERB", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "NUM", "NOUN", "ADV", "ADP", "PROPN", "PUNCT"},
			xpos:  []string{"NNP", "HYPH", "NNP", "RB", "VBD", "TO", "VB", "NNP", ",", "DT", "JJ", "NN", "CD", "NNS", "RB", "IN", "NNP", "."},
			forms: []string{"Hezb", "-", "e-Islami", "also", "threatened", "to", "shell", "Bagram", ",", "the", "military", "airfield", "15", "miles", "north", "of", "Kabul", "."},
			lemma: []string{"Hezb", "-", "e-Islami", "also", "threaten", "to", "shell", "Bagram", ",", "the", "military", "airfield", "15", "mile", "north", "of", "Kabul", "."},
			heads: []int{4, 2, 0, 4, -1, 6, 4, 6, 11, 11, 11, 13, 13, 6, 6, 16, 14, 4},
			rels:  []string{"nsubj", "punct", "flat", "advmod", "", "mark", "xcomp", "obj", "punct", "det", "amod", "nsubj", "nummod", "obl", "advmod", "case", "obl", "punct"},
			want:  []int{4, 2, 0, 4, -1, 6, 4, 6, 11, 11, 11, 7, 13, 6, 6, 16, 14, 4},
			wantR: []string{"nsubj", "punct", "flat", "advmod", "root", "mark", "xcomp", "obj", "punct", "det", "amod", "appos", "nummod", "obl", "advmod", "case", "obl", "punct"},
		},
		{
			// "Germany has ordered 272 of the Boxer."
			name:  "an of-phrase after a number says what the number counts",
			upos:  []string{"PROPN", "AUX", "VERB", "NUM", "ADP", "DET", "PROPN", "PUNCT"},
			xpos:  []string{"NNP", "VBZ", "VBN", "CD", "IN", "DT", "NNP", "."},
			forms: []string{"Germany", "has", "ordered", "272", "of", "the", "Boxer", "."},
			lemma: []string{"Germany", "have", "order", "272", "of", "the", "Boxer", "."},
			heads: []int{2, 2, -1, 2, 6, 6, 2, 2},
			rels:  []string{"nsubj", "aux", "", "obj", "case", "det", "obl", "punct"},
			want:  []int{2, 2, -1, 2, 6, 6, 3, 2},
			wantR: []string{"nsubj", "aux", "root", "obj", "case", "det", "nmod", "punct"},
		},
		{
			// "China said it is willing to contribute up to $50 billion to the IMF."
			name:  "a to-phrase after a sum names whom the sum goes to",
			upos:  []string{"PROPN", "VERB", "PRON", "AUX", "ADJ", "PART", "VERB", "ADP", "ADP", "SYM", "NUM", "NUM", "ADP", "DET", "NOUN", "PUNCT"},
			xpos:  []string{"NNP", "VBD", "PRP", "VBZ", "JJ", "TO", "VB", "RP", "IN", "$", "CD", "CD", "IN", "DT", "NN", "."},
			forms: []string{"China", "said", "it", "is", "willing", "to", "contribute", "up", "to", "$", "50", "billion", "to", "the", "IMF", "."},
			lemma: []string{"China", "say", "it", "be", "willing", "to", "contribute", "up", "to", "$", "50", "billion", "to", "the", "imf", "."},
			heads: []int{1, -1, 4, 4, 1, 6, 4, 6, 9, 6, 11, 9, 14, 14, 9, 1},
			rels:  []string{"nsubj", "", "expl", "cop", "ccomp", "mark", "xcomp", "compound:prt", "case", "obl", "compound", "nummod", "case", "det", "nmod", "punct"},
			want:  []int{1, -1, 4, 4, 1, 6, 4, 10, 7, 6, 11, 9, 14, 14, 6, 1},
			wantR: []string{"nsubj", "root", "expl", "cop", "ccomp", "mark", "xcomp", "advmod", "fixed", "obl", "compound", "nummod", "case", "det", "obl", "punct"},
		},
		{
			// "A U.S. court froze $12 billion in Venezuelan oil assets."
			name:  "a compound never comes before its noun's preposition",
			upos:  []string{"DET", "PROPN", "NOUN", "VERB", "SYM", "NUM", "NUM", "ADP", "PROPN", "NOUN", "NOUN", "PUNCT"},
			xpos:  []string{"DT", "NNP", "NN", "VBD", "$", "CD", "CD", "IN", "NNP", "NN", "NNS", "."},
			forms: []string{"A", "U.S.", "court", "froze", "$", "12", "billion", "in", "Venezuelan", "oil", "assets", "."},
			lemma: []string{"a", "U.S.", "court", "freeze", "$", "12", "billion", "in", "Venezuelan", "oil", "asset", "."},
			heads: []int{2, 2, 3, -1, 10, 6, 4, 10, 10, 10, 3, 3},
			rels:  []string{"det", "compound", "nsubj", "", "compound", "compound", "nummod", "case", "compound", "compound", "obl", "punct"},
			want:  []int{2, 2, 3, -1, 3, 6, 4, 10, 10, 10, 3, 3},
			wantR: []string{"det", "compound", "nsubj", "root", "obj", "compound", "nummod", "case", "compound", "compound", "obl", "punct"},
		},
		{
			// "France has made it clear it will not lift the embargo."
			name:  "a tensed clause opening with its subject and no marker is no adverbial",
			upos:  []string{"PROPN", "AUX", "VERB", "PRON", "VERB", "PRON", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"},
			xpos:  []string{"NNP", "VBZ", "VBN", "PRP", "VB", "PRP", "MD", "RB", "VB", "DT", "NN", "."},
			forms: []string{"France", "has", "made", "it", "clear", "it", "will", "not", "lift", "the", "embargo", "."},
			lemma: []string{"France", "have", "make", "it", "clear", "it", "will", "not", "lift", "the", "embargo", "."},
			heads: []int{2, 2, 8, 2, 2, 8, 8, 8, -1, 10, 8, 8},
			rels:  []string{"nsubj", "aux", "advcl", "obj", "xcomp", "nsubj", "aux", "advmod", "", "det", "obj", "punct"},
			want:  []int{2, 2, -1, 2, 2, 8, 8, 8, 2, 10, 8, 2},
			wantR: []string{"nsubj", "aux", "root", "obj", "xcomp", "nsubj", "aux", "advmod", "ccomp", "det", "obj", "punct"},
		},
		{
			// "Obama rejected Iran's offer to hold talks with Israel."
			name:  "an infinitive after a noun that takes one completes the noun",
			upos:  []string{"PROPN", "VERB", "PROPN", "PART", "NOUN", "PART", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"},
			xpos:  []string{"NNP", "VBD", "NNP", "POS", "NN", "TO", "VB", "NNS", "IN", "NNP", "."},
			forms: []string{"Obama", "rejected", "Iran", "'s", "offer", "to", "hold", "talks", "with", "Israel", "."},
			lemma: []string{"Obama", "reject", "Iran", "'s", "offer", "to", "hold", "talk", "with", "Israel", "."},
			heads: []int{1, -1, 4, 2, 1, 6, 1, 6, 9, 7, 1},
			rels:  []string{"nsubj", "", "nmod:poss", "case", "obj", "mark", "advcl", "obj", "case", "nmod", "punct"},
			want:  []int{1, -1, 4, 2, 1, 6, 4, 6, 9, 7, 1},
			wantR: []string{"nsubj", "root", "nmod:poss", "case", "obj", "mark", "acl", "obj", "case", "nmod", "punct"},
		},
		{
			// "The G8 pressed global food agencies to develop guidelines."
			name:  "an infinitive after the object of a control verb is the verb's complement",
			upos:  []string{"DET", "PROPN", "VERB", "ADJ", "NOUN", "NOUN", "PART", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"DT", "NNP", "VBD", "JJ", "NN", "NNS", "TO", "VB", "NNS", "."},
			forms: []string{"The", "G8", "pressed", "global", "food", "agencies", "to", "develop", "guidelines", "."},
			lemma: []string{"the", "G8", "press", "global", "food", "agency", "to", "develop", "guideline", "."},
			heads: []int{1, 2, -1, 5, 5, 2, 7, 2, 7, 2},
			rels:  []string{"det", "nsubj", "", "amod", "compound", "obj", "mark", "advcl", "obj", "punct"},
			want:  []int{1, 2, -1, 5, 5, 2, 7, 2, 7, 2},
			wantR: []string{"det", "nsubj", "root", "amod", "compound", "obj", "mark", "xcomp", "obj", "punct"},
		},
		{
			// "Netanyahu called Australian Prime Minister Scott Morrison on Wednesday to congratulate him."
			name:  "an infinitive after an object and a time phrase is a purpose",
			upos:  []string{"PROPN", "VERB", "ADJ", "ADJ", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PART", "VERB", "PRON", "PUNCT"},
			xpos:  []string{"NNP", "VBD", "NNP", "NNP", "NNP", "NNP", "NNP", "IN", "NNP", "TO", "VB", "PRP", "."},
			forms: []string{"Netanyahu", "called", "Australian", "Prime", "Minister", "Scott", "Morrison", "on", "Wednesday", "to", "congratulate", "him", "."},
			lemma: []string{"Netanyahu", "call", "Australian", "Prime", "Minister", "Scott", "Morrison", "on", "Wednesday", "to", "congratulate", "he", "."},
			heads: []int{1, -1, 4, 4, 5, 1, 5, 8, 5, 10, 1, 10, 1},
			rels:  []string{"nsubj", "", "amod", "amod", "nmod:desc", "obj", "flat", "case", "nmod", "mark", "xcomp", "obj", "punct"},
			want:  []int{1, -1, 4, 4, 5, 1, 5, 8, 5, 10, 1, 10, 1},
			wantR: []string{"nsubj", "root", "amod", "amod", "nmod:desc", "obj", "flat", "case", "nmod", "mark", "advcl", "obj", "punct"},
		},
		{
			// "In 2012 Assad's forces attacked Homs."
			name:  "a fronted preposition and number are no phrase of the subject",
			upos:  []string{"ADP", "NUM", "PROPN", "PART", "NOUN", "VERB", "PROPN", "PUNCT"},
			xpos:  []string{"IN", "CD", "NNP", "POS", "NNS", "VBD", "NNP", "."},
			forms: []string{"In", "2012", "Assad", "'s", "forces", "attacked", "Homs", "."},
			lemma: []string{"in", "2012", "Assad", "'s", "force", "attack", "Homs", "."},
			heads: []int{4, 4, 4, 2, 5, -1, 5, 5},
			rels:  []string{"case", "nummod", "nmod:poss", "case", "obl", "", "obj", "punct"},
			want:  []int{1, 5, 4, 2, 5, -1, 5, 5},
			wantR: []string{"case", "obl", "nmod:poss", "case", "nsubj", "root", "obj", "punct"},
		},
		{
			// "The New Democracy Party pushed the aid package through."
			name:  "a preposition ending the verb's phrase is its particle",
			upos:  []string{"DET", "ADJ", "PROPN", "PROPN", "VERB", "DET", "NOUN", "NOUN", "ADP", "PUNCT"},
			xpos:  []string{"DT", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "NN", "IN", "."},
			forms: []string{"The", "New", "Democracy", "Party", "pushed", "the", "aid", "package", "through", "."},
			lemma: []string{"the", "New", "Democracy", "Party", "push", "the", "aid", "package", "through", "."},
			heads: []int{3, 3, 3, 4, -1, 7, 7, 4, 4, 4},
			rels:  []string{"det", "amod", "compound", "nsubj", "", "det", "compound", "obj", "advmod", "punct"},
			want:  []int{3, 3, 3, 4, -1, 7, 7, 4, 4, 4},
			wantR: []string{"det", "amod", "compound", "nsubj", "root", "det", "compound", "obj", "compound:prt", "punct"},
		},
		{
			// "UBS was fined $100 million by the Federal Reserve in 2004 for violating sanctions by sending money to countries including Iran."
			name:  "including before a noun is its preposition",
			upos:  []string{"PROPN", "AUX", "VERB", "SYM", "NUM", "NUM", "ADP", "DET", "ADJ", "PROPN", "ADP", "NUM", "SCONJ", "VERB", "NOUN", "SCONJ", "VERB", "NOUN", "ADP", "NOUN", "VERB", "PROPN", "PUNCT"},
			xpos:  []string{"NNP", "VBD", "VBN", "$", "CD", "CD", "IN", "DT", "NNP", "NNP", "IN", "CD", "IN", "VBG", "NNS", "IN", "VBG", "NN", "IN", "NNS", "VBG", "NNP", "."},
			forms: []string{"UBS", "was", "fined", "$", "100", "million", "by", "the", "Federal", "Reserve", "in", "2004", "for", "violating", "sanctions", "by", "sending", "money", "to", "countries", "including", "Iran", "."},
			lemma: []string{"UBS", "be", "fine", "$", "100", "million", "by", "the", "Federal", "Reserve", "in", "2004", "for", "violate", "sanction", "by", "send", "money", "to", "country", "include", "Iran", "."},
			heads: []int{2, 2, -1, 9, 5, 3, 9, 9, 9, 2, 11, 2, 13, 2, 13, 16, 13, 16, 19, 16, 19, 20, 2},
			rels:  []string{"nsubj:pass", "aux:pass", "", "nmod:unmarked", "compound", "nummod", "case", "det", "amod", "obl", "case", "obl", "mark", "advcl", "obj", "mark", "advcl", "obj", "case", "obl", "acl", "obj", "punct"},
			want:  []int{2, 2, -1, 9, 5, 3, 9, 9, 9, 2, 11, 2, 13, 2, 13, 16, 13, 16, 19, 16, 21, 19, 2},
			wantR: []string{"nsubj:pass", "aux:pass", "root", "nmod:unmarked", "compound", "nummod", "case", "det", "amod", "obl", "case", "obl", "mark", "advcl", "obj", "mark", "advcl", "obj", "case", "obl", "case", "nmod", "punct"},
		},
		{
			// "The United States discourages Western companies from investing in Iran, which it accuses of trying to develop nuclear weapons."
			name:  "a relative clause after a name and a comma is the name's",
			upos:  []string{"DET", "ADJ", "PROPN", "VERB", "ADJ", "NOUN", "SCONJ", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "PRON", "VERB", "SCONJ", "VERB", "PART", "VERB", "ADJ", "NOUN", "PUNCT"},
			xpos:  []string{"DT", "NNP", "NNPS", "VBZ", "JJ", "NNS", "IN", "VBG", "IN", "NNP", ",", "WDT", "PRP", "VBZ", "IN", "VBG", "TO", "VB", "JJ", "NNS", "."},
			forms: []string{"The", "United", "States", "discourages", "Western", "companies", "from", "investing", "in", "Iran", ",", "which", "it", "accuses", "of", "trying", "to", "develop", "nuclear", "weapons", "."},
			lemma: []string{"the", "United", "State", "discourage", "western", "company", "from", "invest", "in", "Iran", ",", "which", "it", "accuse", "of", "try", "to", "develop", "nuclear", "weapon", "."},
			heads: []int{2, 2, 3, -1, 5, 3, 7, 5, 9, 7, 13, 13, 13, 5, 15, 13, 17, 15, 19, 17, 3},
			rels:  []string{"det", "amod", "nsubj", "", "amod", "obj", "mark", "acl", "case", "obl", "punct", "obj", "nsubj", "acl:relcl", "mark", "advcl", "mark", "xcomp", "amod", "obj", "punct"},
			want:  []int{2, 2, 3, -1, 5, 3, 7, 5, 9, 7, 13, 13, 13, 9, 15, 13, 17, 15, 19, 17, 3},
			wantR: []string{"det", "amod", "nsubj", "root", "amod", "obj", "mark", "acl", "case", "obl", "punct", "obj", "nsubj", "acl:relcl", "mark", "advcl", "mark", "xcomp", "amod", "obj", "punct"},
		},
		{
			// "A group of free-trading northern European nations urged the EU's trade chief on Friday to contain the dispute with China."
			name:  "of marks no tensed clause",
			upos:  []string{"DET", "NOUN", "ADP", "ADJ", "PUNCT", "NOUN", "ADJ", "ADJ", "NOUN", "VERB", "DET", "PROPN", "PART", "NOUN", "NOUN", "ADP", "PROPN", "PART", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"},
			xpos:  []string{"DT", "NN", "IN", "JJ", "HYPH", "NN", "JJ", "JJ", "NNS", "VBD", "DT", "NNP", "POS", "NN", "NN", "IN", "NNP", "TO", "VB", "DT", "NN", "IN", "NNP", "."},
			forms: []string{"A", "group", "of", "free", "-", "trading", "northern", "European", "nations", "urged", "the", "EU", "'s", "trade", "chief", "on", "Friday", "to", "contain", "the", "dispute", "with", "China", "."},
			lemma: []string{"a", "group", "of", "free", "-", "trading", "northern", "European", "nation", "urge", "the", "EU", "'s", "trade", "chief", "on", "Friday", "to", "contain", "the", "dispute", "with", "China", "."},
			heads: []int{1, -1, 9, 5, 3, 9, 8, 8, 9, 1, 11, 14, 11, 14, 9, 16, 9, 18, 9, 20, 18, 22, 20, 1},
			rels:  []string{"det", "", "mark", "amod", "punct", "nsubj", "amod", "amod", "nsubj", "acl", "det", "nmod:poss", "case", "compound", "obj", "case", "obl", "mark", "advcl", "det", "obj", "case", "nmod", "punct"},
			want:  []int{1, 9, 8, 5, 3, 8, 8, 8, 1, -1, 11, 14, 11, 14, 9, 16, 9, 18, 9, 20, 18, 22, 20, 9},
			wantR: []string{"det", "nsubj", "case", "amod", "punct", "compound", "amod", "amod", "nmod", "root", "det", "nmod:poss", "case", "compound", "obj", "case", "obl", "mark", "advcl", "det", "obj", "case", "nmod", "punct"},
		},
		{
			// "Representative Dave Camp said on Thursday he will oppose the plan."
			name:  "the words of a flat name hang from its first word",
			upos:  []string{"PROPN", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT"},
			xpos:  []string{"NNP", "NNP", "NNP", "VBD", "IN", "NNP", "PRP", "MD", "VB", "DT", "NN", "."},
			forms: []string{"Representative", "Dave", "Camp", "said", "on", "Thursday", "he", "will", "oppose", "the", "plan", "."},
			lemma: []string{"Representative", "Dave", "Camp", "say", "on", "Thursday", "he", "will", "oppose", "the", "plan", "."},
			heads: []int{3, 0, 1, -1, 5, 3, 8, 8, 3, 10, 8, 3},
			rels:  []string{"nsubj", "flat", "flat", "", "case", "obl", "nsubj", "aux", "ccomp", "det", "obj", "punct"},
			want:  []int{3, 0, 0, -1, 5, 3, 8, 8, 3, 10, 8, 3},
			wantR: []string{"nsubj", "flat", "flat", "root", "case", "obl", "nsubj", "aux", "ccomp", "det", "obj", "punct"},
		},
		{
			// "The army called for calm, officials said."
			name:  "a clause before a comma and a second subject is what the verb reports",
			upos:  []string{"DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"},
			xpos:  []string{"DT", "NN", "VBN", "IN", "NN", ",", "NNS", "VBD", "."},
			forms: []string{"The", "army", "called", "for", "calm", ",", "officials", "said", "."},
			lemma: []string{"the", "army", "call", "for", "calm", ",", "official", "say", "."},
			heads: []int{1, 7, 1, 4, 2, 1, 7, -1, 7},
			rels:  []string{"det", "nsubj", "acl", "case", "obl", "punct", "nsubj", "", "punct"},
			want:  []int{1, 2, 7, 4, 2, 7, 7, -1, 7},
			wantR: []string{"det", "nsubj", "ccomp", "case", "obl", "punct", "nsubj", "root", "punct"},
		},
		{
			// "Relations improved after jailed opposition leader Andrei Sannikov was released."
			name:  "a clause before a subordinator and a second subject is the sentence's",
			upos:  []string{"NOUN", "VERB", "ADP", "VERB", "NOUN", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"},
			xpos:  []string{"NNS", "VBN", "IN", "VBN", "NN", "NN", "NNP", "NNP", "VBD", "VBN", "."},
			forms: []string{"Relations", "improved", "after", "jailed", "opposition", "leader", "Andrei", "Sannikov", "was", "released", "."},
			lemma: []string{"relation", "improve", "after", "jail", "opposition", "leader", "Andrei", "Sannikov", "be", "release", "."},
			heads: []int{9, 0, 9, 5, 5, 6, 9, 6, 9, -1, 9},
			rels:  []string{"nsubj:pass", "acl", "mark", "amod", "compound", "nmod:desc", "nsubj:pass", "flat", "aux:pass", "", "punct"},
			want:  []int{1, -1, 9, 5, 5, 6, 9, 6, 9, 1, 1},
			wantR: []string{"nsubj", "root", "mark", "amod", "compound", "nmod:desc", "nsubj:pass", "flat", "aux:pass", "advcl", "punct"},
		},
		{
			// "Algerian journalist Khaled Drareni was given a suspended sentence."
			name:  "a verb with an auxiliary made a preposition takes its noun's place",
			upos:  []string{"ADJ", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "DET", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"JJ", "NN", "NNP", "NNP", "VBD", "VBN", "DT", "VBN", "NN", "."},
			forms: []string{"Algerian", "journalist", "Khaled", "Drareni", "was", "given", "a", "suspended", "sentence", "."},
			lemma: []string{"Algerian", "journalist", "Khaled", "Drareni", "be", "give", "a", "suspend", "sentence", "."},
			heads: []int{1, 5, 5, 2, 5, 8, 8, 8, -1, 8},
			rels:  []string{"amod", "nsubj:pass", "nsubj:pass", "flat", "aux:pass", "case", "det", "amod", "", "punct"},
			want:  []int{1, 2, 5, 2, 5, -1, 8, 8, 5, 5},
			wantR: []string{"amod", "compound", "nsubj:pass", "flat", "aux:pass", "root", "det", "amod", "obj", "punct"},
		},
		{
			// "President-elect Rafael Correa, a leftist U.S.-trained economist who will take office on January 15, has said he wants to renegotiate the debt."
			name:  "a tensed verb after a noun root's parenthesis is its predicate",
			upos:  []string{"PROPN", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "PROPN", "PUNCT", "VERB", "NOUN", "PRON", "AUX", "VERB", "NOUN", "ADP", "PROPN", "NUM", "PUNCT", "AUX", "VERB", "PRON", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"},
			xpos:  []string{"NNP", "NNP", "NNP", ",", "DT", "JJ", "NNP", "HYPH", "VBN", "NN", "WP", "MD", "VB", "NN", "IN", "NNP", "CD", ",", "VBZ", "VBN", "PRP", "VBZ", "TO", "VB", "DT", "NN", "."},
			forms: []string{"President-elect", "Rafael", "Correa", ",", "a", "leftist", "U.S.", "-", "trained", "economist", "who", "will", "take", "office", "on", "January", "15", ",", "has", "said", "he", "wants", "to", "renegotiate", "the", "debt", "."},
			lemma: []string{"President-elect", "Rafael", "Correa", ",", "a", "leftist", "U.S.", "-", "train", "economist", "who", "will", "take", "office", "on", "January", "15", ",", "have", "say", "he", "want", "to", "renegotiate", "the", "debt", "."},
			heads: []int{-1, 0, 0, 9, 9, 9, 8, 6, 9, 0, 12, 12, 9, 12, 16, 16, 12, 19, 19, 12, 21, 19, 23, 21, 25, 23, 0},
			rels:  []string{"", "flat", "flat", "punct", "det", "amod", "obl:unmarked", "punct", "amod", "appos", "nsubj", "aux", "acl:relcl", "obj", "case", "nmod:unmarked", "obl", "punct", "aux", "advcl", "nsubj", "ccomp", "mark", "xcomp", "det", "obj", "punct"},
			want:  []int{19, 0, 0, 9, 9, 9, 8, 6, 9, 0, 12, 12, 9, 12, 16, 16, 12, 19, 19, -1, 21, 19, 23, 21, 25, 23, 19},
			wantR: []string{"nsubj", "flat", "flat", "punct", "det", "amod", "obl:unmarked", "punct", "amod", "appos", "nsubj", "aux", "acl:relcl", "obj", "case", "nmod:unmarked", "obl", "punct", "aux", "root", "nsubj", "ccomp", "mark", "xcomp", "det", "obj", "punct"},
		},
		{
			// "Armenian police detained dozens of demonstrators in Yerevan on April 18 as protests continued over the election."
			name:  "a verb read as the modifier of its object is the predicate",
			upos:  []string{"ADJ", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "NUM", "ADP", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"},
			xpos:  []string{"JJ", "NN", "VBN", "NNS", "IN", "NNS", "IN", "NNP", "IN", "NNP", "CD", "IN", "NNS", "VBD", "IN", "DT", "NN", "."},
			forms: []string{"Armenian", "police", "detained", "dozens", "of", "demonstrators", "in", "Yerevan", "on", "April", "18", "as", "protests", "continued", "over", "the", "election", "."},
			lemma: []string{"Armenian", "police", "detain", "dozen", "of", "demonstrator", "in", "Yerevan", "on", "April", "18", "as", "protest", "continue", "over", "the", "election", "."},
			heads: []int{1, 2, 3, -1, 5, 3, 7, 5, 10, 10, 3, 12, 3, 12, 16, 16, 13, 3},
			rels:  []string{"amod", "compound", "amod", "", "case", "nmod", "case", "nmod", "case", "nmod:unmarked", "nmod", "case", "nmod", "acl", "case", "det", "obl", "punct"},
			want:  []int{1, 2, -1, 2, 5, 3, 7, 5, 10, 10, 3, 12, 3, 12, 16, 16, 13, 2},
			wantR: []string{"amod", "nsubj", "root", "obj", "case", "nmod", "case", "nmod", "case", "nmod:unmarked", "nmod", "case", "nmod", "acl", "case", "det", "obl", "punct"},
		},
		{
			// "The Bush administration has lifted sanctions imposed on China because of transactions."
			name:  "a participle after has read as a modifier is the predicate",
			upos:  []string{"DET", "PROPN", "NOUN", "AUX", "VERB", "NOUN", "VERB", "ADP", "PROPN", "ADP", "ADP", "NOUN", "PUNCT"},
			xpos:  []string{"DT", "NNP", "NN", "VBZ", "VBN", "NNS", "VBN", "IN", "NNP", "IN", "IN", "NNS", "."},
			forms: []string{"The", "Bush", "administration", "has", "lifted", "sanctions", "imposed", "on", "China", "because", "of", "transactions", "."},
			lemma: []string{"the", "Bush", "administration", "have", "lift", "sanction", "impose", "on", "China", "because", "of", "transaction", "."},
			heads: []int{2, 2, -1, -1, 5, 3, 5, 8, 6, 11, 9, 6, 3},
			rels:  []string{"det", "compound", "", "", "amod", "obj", "acl", "case", "obl", "case", "fixed", "obl", "punct"},
			want:  []int{2, 2, 4, 4, -1, 4, 5, 8, 6, 11, 9, 6, 4},
			wantR: []string{"det", "compound", "nsubj", "aux", "root", "obj", "acl", "case", "obl", "case", "fixed", "obl", "punct"},
		},
		{
			// "Russian police on Saturday detained dozens of supporters of opposition leader Alexei Navalny as nationwide protests kicked off."
			name:  "a verb read as the modifier of a root's conjunct is the predicate",
			upos:  []string{"ADJ", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "NOUN", "NOUN", "PROPN", "PROPN", "ADP", "ADJ", "NOUN", "VERB", "ADP", "PUNCT"},
			xpos:  []string{"JJ", "NN", "IN", "NNP", "VBN", "NNS", "IN", "NNS", "IN", "NN", "NN", "NNP", "NNP", "IN", "JJ", "NNS", "VBD", "RP", "."},
			forms: []string{"Russian", "police", "on", "Saturday", "detained", "dozens", "of", "supporters", "of", "opposition", "leader", "Alexei", "Navalny", "as", "nationwide", "protests", "kicked", "off", "."},
			lemma: []string{"Russian", "police", "on", "Saturday", "detain", "dozen", "of", "supporter", "of", "opposition", "leader", "Alexei", "Navalny", "as", "nationwide", "protest", "kick", "off", "."},
			heads: []int{1, -1, 3, 1, 5, 1, 7, 5, 10, 10, 7, 12, 7, 16, 15, 16, 1, 16, 1},
			rels:  []string{"amod", "", "case", "nmod", "amod", "conj", "case", "nmod", "case", "compound", "nmod", "compound", "nmod", "mark", "amod", "nsubj", "advcl", "compound:prt", "punct"},
			want:  []int{1, 4, 3, 1, -1, 4, 7, 5, 10, 10, 7, 12, 7, 16, 15, 16, 4, 16, 4},
			wantR: []string{"amod", "nsubj", "case", "nmod", "root", "obj", "case", "nmod", "case", "compound", "nmod", "compound", "nmod", "mark", "amod", "nsubj", "advcl", "compound:prt", "punct"},
		},
		{
			// "Egypt has released Al Jazeera journalist Mahmoud Hussein after more than four years in detention, a security source said Friday."
			name:  "a verb with its own subject read as a modifier heads the reported clause",
			upos:  []string{"PROPN", "AUX", "VERB", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "ADP", "ADJ", "ADP", "NUM", "NOUN", "ADP", "NOUN", "PUNCT", "DET", "NOUN", "NOUN", "VERB", "PROPN", "PUNCT"},
			xpos:  []string{"NNP", "VBZ", "VBN", "NNP", "NNP", "NN", "NNP", "NNP", "IN", "JJR", "IN", "CD", "NNS", "IN", "NN", ",", "DT", "NN", "NN", "VBD", "NNP", "."},
			forms: []string{"Egypt", "has", "released", "Al", "Jazeera", "journalist", "Mahmoud", "Hussein", "after", "more", "than", "four", "years", "in", "detention", ",", "a", "security", "source", "said", "Friday", "."},
			lemma: []string{"Egypt", "have", "release", "Al", "Jazeera", "journalist", "Mahmoud", "Hussein", "after", "more", "than", "four", "year", "in", "detention", ",", "a", "security", "source", "say", "Friday", "."},
			heads: []int{2, 2, 5, 5, 3, 6, 19, 6, 12, 11, 9, 12, 6, 14, 12, 18, 18, 18, 19, -1, 19, 19},
			rels:  []string{"nsubj", "aux", "amod", "compound", "flat", "nmod:desc", "nsubj", "flat", "case", "advmod", "fixed", "nummod", "obl", "case", "nmod", "punct", "det", "compound", "nsubj", "", "obl:unmarked", "punct"},
			want:  []int{2, 2, 19, 5, 3, 6, 2, 6, 12, 11, 9, 12, 6, 14, 12, 18, 18, 18, 19, -1, 19, 19},
			wantR: []string{"nsubj", "aux", "ccomp", "compound", "flat", "nmod:desc", "obj", "flat", "case", "advmod", "fixed", "nummod", "obl", "case", "nmod", "punct", "det", "compound", "nsubj", "root", "obl:unmarked", "punct"},
		},
		{
			// "The South Korean government is considering sending aid to help North Korea cope with severe flood damage."
			name:  "a gerund right after a verb is its complement, not a compound",
			upos:  []string{"DET", "PROPN", "ADJ", "NOUN", "AUX", "VERB", "VERB", "NOUN", "PART", "VERB", "PROPN", "PROPN", "NOUN", "ADP", "ADJ", "NOUN", "NOUN", "PUNCT"},
			xpos:  []string{"DT", "NNP", "JJ", "NN", "VBZ", "VBG", "VBG", "NN", "TO", "VB", "NNP", "NNP", "NN", "IN", "JJ", "NN", "NN", "."},
			forms: []string{"The", "South", "Korean", "government", "is", "considering", "sending", "aid", "to", "help", "North", "Korea", "cope", "with", "severe", "flood", "damage", "."},
			lemma: []string{"the", "South", "Korean", "government", "be", "consider", "send", "aid", "to", "help", "North", "Korea", "cope", "with", "severe", "flood", "damage", "."},
			heads: []int{3, 2, 3, 5, 5, -1, 7, 5, 9, 5, 11, 9, 9, 16, 16, 16, 9, 5},
			rels:  []string{"det", "compound", "amod", "nsubj", "aux", "", "compound", "obj", "mark", "advcl", "compound", "obj", "xcomp", "case", "amod", "compound", "obl", "punct"},
			want:  []int{3, 2, 3, 5, 5, -1, 5, 6, 9, 6, 11, 9, 9, 16, 16, 16, 9, 5},
			wantR: []string{"det", "compound", "amod", "nsubj", "aux", "root", "xcomp", "obj", "mark", "advcl", "compound", "obj", "xcomp", "case", "amod", "compound", "obl", "punct"},
		},
		{
			// "The New South Wales government is considering giving food vouchers for households to spend in restaurants."
			name:  "a gerund after a verb that takes one is its complement, not an adjective",
			upos:  []string{"DET", "ADJ", "PROPN", "PROPN", "NOUN", "AUX", "VERB", "VERB", "NOUN", "NOUN", "ADP", "NOUN", "PART", "VERB", "ADP", "NOUN", "PUNCT"},
			xpos:  []string{"DT", "NNP", "NNP", "NNP", "NN", "VBZ", "VBG", "VBG", "NN", "NNS", "IN", "NNS", "TO", "VB", "IN", "NNS", "."},
			forms: []string{"The", "New", "South", "Wales", "government", "is", "considering", "giving", "food", "vouchers", "for", "households", "to", "spend", "in", "restaurants", "."},
			lemma: []string{"the", "New", "South", "Wales", "government", "be", "consider", "give", "food", "voucher", "for", "household", "to", "spend", "in", "restaurant", "."},
			heads: []int{4, 3, 3, 4, 6, 6, -1, 9, 9, 6, 11, 6, 13, 6, 15, 13, 6},
			rels:  []string{"det", "amod", "compound", "compound", "nsubj", "aux", "", "amod", "compound", "obj", "case", "obl", "mark", "advcl", "case", "obl", "punct"},
			want:  []int{4, 3, 3, 4, 6, 6, -1, 6, 9, 7, 11, 7, 13, 7, 15, 13, 6},
			wantR: []string{"det", "amod", "compound", "compound", "nsubj", "aux", "root", "xcomp", "compound", "obj", "case", "obl", "mark", "advcl", "case", "obl", "punct"},
		},
		{
			// "US wildlife authorities have launched an investigation after a manatee was discovered with the word scraped on its back."
			name:  "an object made the subject of the clause after a subordinator goes back to the verb",
			upos:  []string{"PROPN", "NOUN", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "PRON", "NOUN", "PUNCT"},
			xpos:  []string{"NNP", "NN", "NNS", "VBP", "VBN", "DT", "NN", "IN", "DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "VBN", "IN", "PRP$", "NN", "."},
			forms: []string{"US", "wildlife", "authorities", "have", "launched", "an", "investigation", "after", "a", "manatee", "was", "discovered", "with", "the", "word", "scraped", "on", "its", "back", "."},
			lemma: []string{"US", "wildlife", "authority", "have", "launch", "a", "investigation", "after", "a", "manatee", "be", "discover", "with", "the", "word", "scrape", "on", "its", "back", "."},
			heads: []int{2, 2, 4, 4, -1, 6, 4, 9, 9, 6, 11, 4, 14, 14, 11, 14, 18, 18, 15, 4},
			rels:  []string{"compound", "compound", "nsubj", "aux", "", "det", "obj", "case", "det", "nmod", "aux:pass", "ccomp", "case", "det", "obl", "acl", "case", "nmod:poss", "obl", "punct"},
			want:  []int{2, 2, 4, 4, -1, 6, 4, 11, 9, 11, 11, 4, 14, 14, 11, 14, 18, 18, 15, 4},
			wantR: []string{"compound", "compound", "nsubj", "aux", "root", "det", "obj", "mark", "det", "nsubj:pass", "aux:pass", "advcl", "case", "det", "obl", "acl", "case", "nmod:poss", "obl", "punct"},
		},
		{
			// "The president of war-ravaged South Sudan declared a unilateral ceasefire on Monday and promised to release political prisoners."
			name:  "a participle inside a subject cut at its preposition modifies the noun after it",
			upos:  []string{"DET", "NOUN", "ADP", "NOUN", "PUNCT", "VERB", "PROPN", "PROPN", "VERB", "DET", "ADJ", "NOUN", "ADP", "PROPN", "CCONJ", "VERB", "PART", "VERB", "ADJ", "NOUN", "PUNCT"},
			xpos:  []string{"DT", "NN", "IN", "NN", "HYPH", "VBN", "NNP", "NNP", "VBD", "DT", "JJ", "NN", "IN", "NNP", "CC", "VBN", "TO", "VB", "JJ", "NNS", "."},
			forms: []string{"The", "president", "of", "war", "-", "ravaged", "South", "Sudan", "declared", "a", "unilateral", "ceasefire", "on", "Monday", "and", "promised", "to", "release", "political", "prisoners", "."},
			lemma: []string{"the", "president", "of", "war", "-", "ravage", "South", "Sudan", "declare", "a", "unilateral", "ceasefire", "on", "Monday", "and", "promise", "to", "release", "political", "prisoner", "."},
			heads: []int{1, 8, 8, 5, 3, 8, 7, 8, -1, 11, 11, 8, 13, 8, 15, 8, 17, 15, 19, 17, 8},
			rels:  []string{"det", "nsubj", "mark", "compound", "punct", "advcl", "compound", "nsubj", "", "det", "amod", "obj", "case", "obl", "cc", "conj", "mark", "xcomp", "amod", "obj", "punct"},
			want:  []int{1, 8, 7, 5, 3, 7, 7, 1, -1, 11, 11, 8, 13, 8, 15, 8, 17, 15, 19, 17, 8},
			wantR: []string{"det", "nsubj", "case", "compound", "punct", "amod", "compound", "nmod", "root", "det", "amod", "obj", "case", "obl", "cc", "conj", "mark", "xcomp", "amod", "obj", "punct"},
		},
		{
			// "The U.S. consulate in the Nigerian city of Lagos said in a release Friday that a militant Niger Delta group may have finalized plans for a concerted attack against oil facilities."
			name:  "a verb hung from the full stop after that is the complement of the stop's head",
			upos:  []string{"DET", "PROPN", "PROPN", "ADP", "DET", "PROPN", "NOUN", "ADP", "PROPN", "VERB", "ADP", "DET", "NOUN", "PROPN", "SCONJ", "DET", "ADJ", "PROPN", "PROPN", "NOUN", "AUX", "AUX", "VERB", "NOUN", "ADP", "DET", "ADJ", "NOUN", "ADP", "NOUN", "NOUN", "PUNCT"},
			xpos:  []string{"DT", "NNP", "NNP", "IN", "DT", "NNP", "NN", "IN", "NNP", "VBD", "IN", "DT", "NN", "NNP", "IN", "DT", "JJ", "NNP", "NNP", "NN", "MD", "VB", "VBN", "NNS", "IN", "DT", "JJ", "NN", "IN", "NN", "NNS", "."},
			forms: []string{"The", "U.S.", "consulate", "in", "the", "Nigerian", "city", "of", "Lagos", "said", "in", "a", "release", "Friday", "that", "a", "militant", "Niger", "Delta", "group", "may", "have", "finalized", "plans", "for", "a", "concerted", "attack", "against", "oil", "facilities", "."},
			lemma: []string{"the", "U.S.", "consulate", "in", "the", "Nigerian", "city", "of", "Lagos", "say", "in", "a", "release", "Friday", "that", "a", "militant", "Niger", "Delta", "group", "may", "have", "finalize", "plan", "for", "a", "concerted", "attack", "against", "oil", "facility", "."},
			heads: []int{2, 2, 9, 6, 6, 6, 2, 8, 6, -1, 12, 12, 9, 9, 22, 19, 19, 19, 19, 22, 22, 22, 31, 22, 27, 27, 27, 22, 30, 30, 27, 9},
			rels:  []string{"det", "compound", "nsubj", "case", "det", "compound", "nmod", "case", "nmod", "", "case", "det", "obl", "obl:unmarked", "mark", "det", "amod", "compound", "compound", "nsubj", "aux", "aux", "nummod", "obj", "case", "det", "amod", "obl", "case", "compound", "nmod", "punct"},
			want:  []int{2, 2, 9, 6, 6, 6, 2, 8, 6, -1, 12, 12, 9, 9, 22, 19, 19, 19, 19, 22, 22, 22, 9, 22, 27, 27, 27, 22, 30, 30, 27, 9},
			wantR: []string{"det", "compound", "nsubj", "case", "det", "compound", "nmod", "case", "nmod", "root", "case", "det", "obl", "obl:unmarked", "mark", "det", "amod", "compound", "compound", "nsubj", "aux", "aux", "ccomp", "obj", "case", "det", "amod", "obl", "case", "compound", "nmod", "punct"},
		},
		{
			// "Venezuelan President Hugo Chavez said Monday that Orinoco heavy crude projects would become state property, just after ordering the nationalization of the biggest telecommunications company."
			name:  "a participle hung from the full stop is an adverbial of the stop's head",
			upos:  []string{"ADJ", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "SCONJ", "PROPN", "ADJ", "NOUN", "NOUN", "AUX", "VERB", "NOUN", "NOUN", "PUNCT", "ADV", "SCONJ", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "NOUN", "PUNCT"},
			xpos:  []string{"JJ", "NNP", "NNP", "NNP", "VBD", "NNP", "IN", "NNP", "JJ", "NN", "NNS", "MD", "VB", "NN", "NN", ",", "RB", "IN", "VBG", "DT", "NN", "IN", "DT", "JJS", "NNS", "NN", "."},
			forms: []string{"Venezuelan", "President", "Hugo", "Chavez", "said", "Monday", "that", "Orinoco", "heavy", "crude", "projects", "would", "become", "state", "property", ",", "just", "after", "ordering", "the", "nationalization", "of", "the", "biggest", "telecommunications", "company", "."},
			lemma: []string{"Venezuelan", "President", "Hugo", "Chavez", "say", "Monday", "that", "Orinoco", "heavy", "crude", "project", "would", "become", "state", "property", ",", "just", "after", "order", "the", "nationalization", "of", "the", "big", "telecomumication", "company", "."},
			heads: []int{1, 2, 4, 2, -1, 4, 12, 10, 9, 10, 12, 12, 4, 14, 12, 18, 18, 18, 26, 20, 18, 25, 25, 24, 25, 20, 4},
			rels:  []string{"amod", "nmod:desc", "nsubj", "flat", "", "obl:unmarked", "mark", "compound", "amod", "compound", "nsubj", "aux", "ccomp", "compound", "xcomp", "punct", "advmod", "mark", "nummod", "det", "obj", "case", "det", "amod", "compound", "nmod", "punct"},
			want:  []int{1, 2, 4, 2, -1, 4, 12, 10, 9, 10, 12, 12, 4, 14, 12, 18, 18, 18, 4, 20, 18, 25, 25, 24, 25, 20, 4},
			wantR: []string{"amod", "nmod:desc", "nsubj", "flat", "root", "obl:unmarked", "mark", "compound", "amod", "compound", "nsubj", "aux", "ccomp", "compound", "xcomp", "punct", "advmod", "mark", "advcl", "det", "obj", "case", "det", "amod", "compound", "nmod", "punct"},
		},
		{
			// "U.S. defense company Raytheon Co. ( RTN.N ) is targeting Europe, the Middle East and Asia to capture a bigger share of growing worldwide demand for missile defense and homeland defense, a top company official told Reuters on Wednesday."
			name:  "a verb set off after a comma and hung from its own subject is the sentence's parataxis",
			upos:  []string{"PROPN", "NOUN", "NOUN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "AUX", "VERB", "PROPN", "PUNCT", "DET", "ADJ", "PROPN", "CCONJ", "PROPN", "PART", "VERB", "DET", "ADJ", "NOUN", "SCONJ", "VERB", "ADJ", "NOUN", "ADP", "NOUN", "NOUN", "CCONJ", "NOUN", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "NOUN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"},
			xpos:  []string{"NNP", "NN", "NN", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", "VBZ", "VBG", "NNP", ",", "DT", "NNP", "NNP", "CC", "NNP", "TO", "VB", "DT", "JJR", "NN", "IN", "VBG", "JJ", "NN", "IN", "NN", "NN", "CC", "NN", "NN", ",", "DT", "JJ", "NN", "NN", "VBD", "NNP", "IN", "NNP", "."},
			forms: []string{"U.S.", "defense", "company", "Raytheon", "Co.", "(", "RTN.N", ")", "is", "targeting", "Europe", ",", "the", "Middle", "East", "and", "Asia", "to", "capture", "a", "bigger", "share", "of", "growing", "worldwide", "demand", "for", "missile", "defense", "and", "homeland", "defense", ",", "a", "top", "company", "official", "told", "Reuters", "on", "Wednesday", "."},
			lemma: []string{"U.S.", "defense", "company", "Raytheon", "Co.", "(", "RTN.N", ")", "be", "target", "Europe", ",", "the", "Middle", "East", "and", "Asia", "to", "capture", "a", "big", "share", "of", "grow", "worldwide", "demand", "for", "missile", "defense", "and", "homeland", "defense", ",", "a", "top", "company", "official", "tell", "Reuters", "on", "Wednesday", "."},
			heads: []int{2, 2, 9, 4, 2, 6, 4, 6, 9, -1, 9, 14, 14, 14, 18, 16, 14, 18, 9, 21, 21, 18, 23, 21, 25, 23, 28, 28, 23, 31, 31, 28, 36, 36, 36, 36, 28, 36, 37, 40, 37, 9},
			rels:  []string{"compound", "compound", "nsubj", "compound", "appos", "punct", "appos", "punct", "aux", "", "obj", "punct", "det", "amod", "nsubj", "cc", "conj", "mark", "advcl", "det", "amod", "obj", "mark", "acl", "amod", "obj", "case", "compound", "obl", "cc", "compound", "conj", "punct", "det", "amod", "compound", "conj", "acl", "iobj", "case", "obl", "punct"},
			want:  []int{2, 2, 9, 4, 2, 6, 4, 6, 9, -1, 9, 14, 14, 14, 18, 16, 14, 18, 9, 21, 21, 18, 23, 21, 25, 23, 28, 28, 23, 31, 31, 28, 37, 36, 36, 36, 37, 9, 37, 40, 37, 9},
			wantR: []string{"compound", "compound", "nsubj", "compound", "appos", "punct", "appos", "punct", "aux", "root", "obj", "punct", "det", "amod", "nsubj", "cc", "conj", "mark", "advcl", "det", "amod", "obj", "mark", "acl", "amod", "obj", "case", "compound", "obl", "cc", "compound", "conj", "punct", "det", "amod", "compound", "nsubj", "parataxis", "iobj", "case", "obl", "punct"},
		},
		{
			// "Activists had called on social media followers across Europe to join thousands at a rally in Berlin."
			name:  "a preposition hung from a compound right before a verb's object is the object's",
			upos:  []string{"NOUN", "AUX", "VERB", "ADP", "ADJ", "NOUN", "NOUN", "ADP", "PROPN", "PART", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"},
			xpos:  []string{"NNS", "VBD", "VBN", "IN", "JJ", "NNS", "NNS", "IN", "NNP", "TO", "VB", "NNS", "IN", "DT", "NN", "IN", "NNP", "."},
			forms: []string{"Activists", "had", "called", "on", "social", "media", "followers", "across", "Europe", "to", "join", "thousands", "at", "a", "rally", "in", "Berlin", "."},
			lemma: []string{"activist", "have", "call", "on", "social", "medium", "follower", "across", "Europe", "to", "join", "thousand", "at", "a", "rally", "in", "Berlin", "."},
			heads: []int{2, 2, -1, 5, 5, 6, 2, 8, 2, 10, 2, 10, 14, 14, 10, 16, 14, 2},
			rels:  []string{"nsubj", "aux", "", "case", "amod", "compound", "obj", "case", "obl", "mark", "advcl", "obj", "case", "det", "obl", "case", "nmod", "punct"},
			want:  []int{2, 2, -1, 6, 5, 6, 2, 8, 2, 10, 2, 10, 14, 14, 10, 16, 14, 2},
			wantR: []string{"nsubj", "aux", "root", "case", "amod", "compound", "obl", "case", "obl", "mark", "advcl", "obj", "case", "det", "obl", "case", "nmod", "punct"},
		},
		{
			// "French President Emmanuel Macron on Friday rejected accusations his government had taken an illiberal turn with a contested bill."
			name:  "a verb read as the modifier of a noun given a subject is the predicate, and the root clause completes the noun",
			upos:  []string{"ADJ", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "NOUN", "PRON", "NOUN", "AUX", "VERB", "DET", "ADJ", "NOUN", "ADP", "DET", "VERB", "NOUN", "PUNCT"},
			xpos:  []string{"JJ", "NNP", "NNP", "NNP", "IN", "NNP", "VBD", "NNS", "PRP$", "NN", "VBD", "VBN", "DT", "JJ", "NN", "IN", "DT", "VBN", "NN", "."},
			forms: []string{"French", "President", "Emmanuel", "Macron", "on", "Friday", "rejected", "accusations", "his", "government", "had", "taken", "an", "illiberal", "turn", "with", "a", "contested", "bill", "."},
			lemma: []string{"French", "President", "Emmanuel", "Macron", "on", "Friday", "reject", "accusation", "his", "government", "have", "take", "a", "illiberal", "turn", "with", "a", "contest", "bill", "."},
			heads: []int{1, 2, 7, 2, 7, 7, 7, 11, 9, 11, 11, -1, 14, 14, 11, 18, 18, 18, 11, 11},
			rels:  []string{"amod", "nmod:desc", "nsubj", "flat", "case", "compound", "amod", "obl", "nmod:poss", "nsubj", "aux", "", "det", "amod", "obj", "case", "det", "amod", "obl", "punct"},
			want:  []int{1, 2, 6, 2, 5, 6, -1, 6, 9, 11, 11, 7, 14, 14, 11, 18, 18, 18, 11, 6},
			wantR: []string{"amod", "nmod:desc", "nsubj", "flat", "case", "obl", "root", "obj", "nmod:poss", "nsubj", "aux", "acl", "det", "amod", "obj", "case", "det", "amod", "obl", "punct"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var st state
			st.reset(len(tt.upos))
			for i, h := range tt.heads {
				st.head[i] = h
				st.label[i] = -1
				if tt.rels[i] != "" {
					st.label[i] = rel(tt.rels[i])
				}
			}
			st.forms, st.lemmas = tt.forms, tt.lemma
			p.finish(&st, appendUPOSTags(nil, tt.upos), tt.xpos)
			var got []string
			for _, l := range st.label {
				got = append(got, labels[l])
			}
			if !slices.Equal(st.head, tt.want) || !slices.Equal(got, tt.wantR) {
				t.Errorf("heads %v %v, want %v %v", st.head, got, tt.want, tt.wantR)
			}
		})
	}
}

// TestOneTree checks that finish's last step leaves one tree whatever the
// repairs left: a second root hangs from the root with more words below it,
// and a cycle is cut at one of its words.
func TestOneTree(t *testing.T) {
	labels := []string{"root", "punct", "parataxis", "nsubj", "obj"}
	p := &Parser{labels: labels}
	p.indexLabels()
	tests := []struct {
		name  string
		upos  []string
		heads []int
		want  []int
	}{
		{"a tree stays", []string{"NOUN", "VERB", "NOUN", "PUNCT"}, []int{1, -1, 1, 1}, []int{1, -1, 1, 1}},
		{"a second root hangs from the larger", []string{"NOUN", "VERB", "VERB", "NOUN", "NOUN"}, []int{1, -1, -1, 2, 2}, []int{1, 2, -1, 2, 2}},
		{"a cycle is cut", []string{"VERB", "NOUN", "NOUN", "PUNCT"}, []int{-1, 2, 1, 0}, []int{-1, 0, 1, 0}},
		{"all in a cycle", []string{"NOUN", "VERB"}, []int{1, 0}, []int{-1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var st state
			st.reset(len(tt.upos))
			copy(st.head, tt.heads)
			p.oneTree(&st, appendUPOSTags(nil, tt.upos))
			if !slices.Equal(st.head, tt.want) || !isTree(&st) {
				t.Errorf("heads %v, want %v", st.head, tt.want)
			}
		})
	}
}
