package place

// How EventLocation chose a place.
const (
	FromSentenceLocative = "sentence-locative" // "in Kabul" in the event's sentence
	FromSentence         = "sentence"          // another place of the sentence
	FromDateline         = "dateline"          // the article's dateline
	FromArticle          = "article"           // the article's most named place
)

// EventLocation chooses the location of an event whose verb is token verb of
// sentence: the sentence's most precise place (a city before a region, a
// region before a country), among those the one a locative preposition
// introduces, then the one nearest the verb; else the dateline, else the place the article names most (cities
// first). how says which; ok is false when places is empty.
func EventLocation(places []Place, sentence, verb int) (p Place, how string, ok bool) {
	best, bestScore := -1, 0
	for i, pl := range places {
		if pl.Sentence != sentence {
			continue
		}
		// The most precise place wins, then one a preposition introduces,
		// then the nearest.
		score := distance(pl, verb)
		if !pl.Locative {
			score += 50
		}
		switch {
		case pl.Code == "PCL":
			score += 1000
		case pl.Class == "A":
			score += 500
		}
		if best < 0 || score < bestScore {
			best, bestScore = i, score
		}
	}
	if best >= 0 {
		if places[best].Locative {
			return places[best], FromSentenceLocative, true
		}
		return places[best], FromSentence, true
	}
	for _, pl := range places {
		if pl.Rule == "dateline" {
			return pl, FromDateline, true
		}
	}
	type tally struct {
		n, first int
	}
	counts := map[string]*tally{}
	for i, pl := range places {
		k := pl.Name + "\x00" + pl.Country
		if counts[k] == nil {
			counts[k] = &tally{first: i}
		}
		counts[k].n++
	}
	best = -1
	bestN := 0
	for _, t := range counts {
		pl := places[t.first]
		n := t.n * 2
		if pl.Class == "P" {
			n++
		}
		if best < 0 || n > bestN || (n == bestN && t.first < best) {
			best, bestN = t.first, n
		}
	}
	if best < 0 {
		return Place{}, "", false
	}
	return places[best], FromArticle, true
}

func distance(p Place, verb int) int {
	switch {
	case verb < p.Start:
		return p.Start - verb
	case verb >= p.End:
		return verb - p.End + 1
	}
	return 0
}
