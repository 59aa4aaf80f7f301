package depparse

import (
	"slices"
	"testing"
)

// TestRepairs checks the label and head repairs finish makes on the forest
// the transitions leave: words hung from punctuation and second subjects.
func TestRepairs(t *testing.T) {
	labels := []string{"root", "punct", "nsubj", "obj", "obl", "nmod", "case", "csubj", "ccomp", "det", "parataxis", "aux", "compound", "mark", "amod", "acl", "conj", "cc", "obl:tmod", "cop", "aux:pass", "nsubj:pass", "advcl", "appos", "compound:prt", "advmod", "fixed", "nummod", "xcomp", "flat"}
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
			p.finish(&st, tt.upos, tt.xpos)
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
