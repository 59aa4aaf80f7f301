package langid

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		english bool
		lang    string
	}{
		{"English", "The foreign minister said on Monday that the government would not accept the proposal, and that talks with the opposition were expected to resume in the capital next week.", true, "en"},
		{"EnglishHeadlineStyle", "Protesters clash with police in capital as election results delayed; opposition leader calls for calm after two days of unrest across northern provinces", true, "en"},
		{"French", "Le ministre des affaires étrangères a déclaré lundi que le gouvernement n'accepterait pas la proposition et que les négociations avec l'opposition devraient reprendre la semaine prochaine.", false, "fr"},
		{"German", "Der Außenminister sagte am Montag, dass die Regierung den Vorschlag nicht annehmen werde und die Gespräche mit der Opposition in der nächsten Woche wieder aufgenommen werden sollen.", false, "de"},
		{"Spanish", "El ministro de asuntos exteriores dijo el lunes que el gobierno no aceptará la propuesta y que las conversaciones con la oposición se reanudarán la próxima semana en la capital.", false, "es"},
		{"Indonesian", "Menteri luar negeri mengatakan pada hari Senin bahwa pemerintah tidak akan menerima usulan itu dan bahwa pembicaraan dengan oposisi akan dilanjutkan di ibu kota pada pekan depan.", false, "id"},
		{"Dutch", "De minister van Buitenlandse Zaken zei maandag dat de regering het voorstel niet zal aanvaarden en dat de gesprekken met de oppositie volgende week in de hoofdstad worden hervat.", false, "nl"},
		{"Italian", "Il ministro degli esteri ha detto lunedì che il governo non accetterà la proposta e che i colloqui con l'opposizione riprenderanno la prossima settimana nella capitale.", false, "it"},
		{"Russian", "Министр иностранных дел заявил в понедельник, что правительство не примет это предложение.", false, "Cyrillic"},
		{"Chinese", "外交部长星期一表示，政府不会接受这项提议，与反对派的会谈预计下周恢复。", false, "Han"},
		{"Arabic", "قال وزير الخارجية يوم الاثنين إن الحكومة لن تقبل الاقتراح", false, "Arabic"},
		{"TooShort", "Merci beaucoup", true, "und"},
		{"NoLetters", "2023 - 11 - 04 / 12:30", true, "und"},
		{"Empty", "", true, "und"},
		{"EnglishWithForeignQuote", "The president told reporters that the phrase \"liberté, égalité, fraternité\" was written on the wall of the embassy, and he said it was a reminder of what they had in common.", true, "en"},
	}
	d := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.Detect(tt.text)
			if got.English != tt.english || got.Lang != tt.lang {
				t.Errorf("Detect = %+v, want English=%v Lang=%q", got, tt.english, tt.lang)
			}
		})
	}
}

func TestDetectLongTextCut(t *testing.T) {
	d := Default()
	// A multi-byte rune straddles the cut; the check must not break.
	text := strings.Repeat("é", MaxBytes) + strings.Repeat(" the of and", 10)
	if r := d.Detect(text); r.Words == 0 {
		t.Errorf("Detect = %+v, want words counted", r)
	}
}

func TestDefaultIsNotShared(t *testing.T) {
	d := Default()
	d.MinWords = 0
	if got := Default().MinWords; got != MinWords {
		t.Errorf("Default().MinWords = %d after changing another default, want %d", got, MinWords)
	}
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name, in string
		wantErr  string
	}{
		{"OK", "# comment\nen\tthe of\nfr\tle la\n", ""},
		{"ErrNoTab", "en the of\n", "want language, tab, words"},
		{"ErrNoEnglish", "fr\tle la\n", "no English"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.in))
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("Load error = %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat("The foreign minister said on Monday that the government would not accept the proposal. ", 200)
	d := Default()
	b.SetBytes(int64(min(len(text), MaxBytes)))
	for b.Loop() {
		d.Detect(text)
	}
}

// FuzzDetect checks that any text gets a verdict within bounds.
func FuzzDetect(f *testing.F) {
	f.Add("The foreign minister said on Monday that the government would not accept it.")
	f.Add("Le ministre a déclaré lundi que le gouvernement n'accepterait pas la proposition.")
	f.Add("Министр заявил в понедельник")
	f.Add("\xff\xfeNOT UTF-8 ÉTAT ÉTAT")
	d := Default()
	f.Fuzz(func(t *testing.T, text string) {
		r := d.Detect(text)
		if r.Latin < 0 || r.Latin > 1 || r.Ratio < 0 || r.Ratio > 1 || r.Words > len(text) {
			t.Fatalf("Detect(%q) = %+v: out of bounds", text, r)
		}
		if r.English != (r.Lang == "en" || r.Lang == "und" && r.English) {
			t.Fatalf("Detect(%q) = %+v: verdict and language disagree", text, r)
		}
	})
}
