# Parley English tokenizer lexicon (format parley.tokenize.lexicon.v1).
#
# One entry per line: KIND FIELD...; '#' starts a comment line. The kinds are
# described in the Lexicon doc comment (tokenize/lexicon.go):
#   abbrev FORM CLASS    FORM keeps its final period; CLASS: title date number other
#   prefix WORD          WORD-xxx stays one token
#   suffix WORD          xxx-WORD stays one token
#   word FORM            FORM stays one token despite '/', '-' or '.'
#   split FORM PART...   FORM is the syntactic words PART...
#   clitic FORM          clitic split off a word ('s, n't, ...)
#   unit WORD            unit split off a number ("5pm" -> 5 pm)
#   emoticon FORM        FORM is one token
#   starter WORD         WORD often starts a sentence
#
# The conventions follow the Universal Dependencies English treebanks (EWT,
# GUM): clitics and possessive 's are words of their own inside one surface
# token, most hyphenated compounds are split at the hyphen, and abbreviations
# keep their period.

# --- Titles and ranks: always followed by a name, never end a sentence.
abbrev Mr. title
abbrev Mrs. title
abbrev Ms. title
abbrev Messrs. title
abbrev Mme. title
abbrev Mlle. title
abbrev Dr. title
abbrev Drs. title
abbrev Prof. title
abbrev Rev. title
abbrev Fr. title
abbrev Hon. title
abbrev Pres. title
abbrev Gov. title
abbrev Govs. title
abbrev Sen. title
abbrev Sens. title
abbrev Rep. title
abbrev Reps. title
abbrev Amb. title
abbrev Atty. title
abbrev Gen. title
abbrev Gens. title
abbrev Lt. title
abbrev Col. title
abbrev Maj. title
abbrev Capt. title
abbrev Cmdr. title
abbrev Cdr. title
abbrev Adm. title
abbrev Brig. title
abbrev Sgt. title
abbrev Cpl. title
abbrev Pvt. title
abbrev Supt. title
abbrev Insp. title
abbrev Det. title
abbrev Mt. title
abbrev Ft. title
abbrev Pt. title
abbrev Sheik. title
abbrev Msgr. title
# Titles in capitals, as headlines and datelines write them.
abbrev MR. title
abbrev MRS. title
abbrev MS. title
abbrev DR. title
abbrev PROF. title
abbrev PRES. title
abbrev GOV. title
abbrev SEN. title
abbrev REP. title
abbrev GEN. title
abbrev LT. title
abbrev COL. title
abbrev CAPT. title
abbrev SGT. title
abbrev MT. title
abbrev FT. title

# --- Months and weekdays.
abbrev Jan. date
abbrev Feb. date
abbrev Mar. date
abbrev Apr. date
abbrev Jun. date
abbrev Jul. date
abbrev Aug. date
abbrev Sep. date
abbrev Sept. date
abbrev Oct. date
abbrev Nov. date
abbrev Dec. date
abbrev Mon. date
abbrev Tue. date
abbrev Tues. date
abbrev Wed. date
abbrev Thu. date
abbrev Thur. date
abbrev Thurs. date
abbrev Fri. date
abbrev Sat. date
abbrev Sun. date

# --- Abbreviations only before a number.
abbrev No. number
abbrev no. number
abbrev Nos. number
abbrev Art. number
abbrev Arts. number
abbrev Vol. number
abbrev vol. number
abbrev Vols. number
abbrev p. number
abbrev pp. number
abbrev Fig. number
abbrev fig. number
abbrev Ch. number
abbrev ch. number
abbrev Para. number
abbrev para. number
abbrev Nr. number
abbrev Tel. number
abbrev tel. number
abbrev Ext. number
abbrev ext. number

# --- Other abbreviations; they may end a sentence.
abbrev Inc. other
abbrev Corp. other
abbrev Co. other
abbrev Cos. other
abbrev Ltd. other
abbrev Bros. other
abbrev Jr. other
abbrev Sr. other
abbrev Esq. other
abbrev St. other
abbrev ST. other
abbrev Ste. other
abbrev Ave. other
abbrev Blvd. other
abbrev Rd. other
abbrev Sq. other
abbrev Hwy. other
abbrev Dept. other
abbrev dept. other
abbrev Univ. other
abbrev Assn. other
abbrev Assoc. other
abbrev Intl. other
abbrev Natl. other
abbrev Govt. other
abbrev Sec. other
abbrev Ph.D. other
abbrev Ed.D. other
abbrev etc. other
abbrev b. other
abbrev c. other
abbrev d. other
abbrev m. other
abbrev div. other
abbrev vs. other
abbrev Vs. other
abbrev v. other
abbrev cf. other
abbrev al. other
abbrev approx. other
abbrev est. other
abbrev esp. other
abbrev incl. other
abbrev min. other
abbrev max. other
abbrev yrs. other
abbrev hrs. other
abbrev mins. other
abbrev lbs. other
abbrev oz. other
abbrev sq. other
abbrev ft. other
abbrev Attn. other
abbrev attn. other
# US states as written in datelines and addresses.
abbrev Ala. other
abbrev Ariz. other
abbrev Ark. other
abbrev Calif. other
abbrev Cal. other
abbrev Colo. other
abbrev Conn. other
abbrev Del. other
abbrev Fla. other
abbrev Ga. other
abbrev Ill. other
abbrev Ind. other
abbrev Kan. other
abbrev Kans. other
abbrev Ky. other
abbrev La. other
abbrev Md. other
abbrev Mass. other
abbrev Mich. other
abbrev Minn. other
abbrev Miss. other
abbrev Mo. other
abbrev Mont. other
abbrev Neb. other
abbrev Nebr. other
abbrev Nev. other
abbrev Okla. other
abbrev Ore. other
abbrev Pa. other
abbrev Penn. other
abbrev Tenn. other
abbrev Tex. other
abbrev Va. other
abbrev Vt. other
abbrev Wash. other
abbrev Wis. other
abbrev Wisc. other
abbrev Wyo. other

# --- Hyphenated words that stay whole (UD English splits the others).
prefix e
prefix non
prefix re
prefix anti
prefix co
prefix pre
prefix pro
prefix mid
prefix post
prefix over
prefix cross
prefix ex
prefix multi
prefix counter
prefix sub
prefix semi
prefix mini
prefix micro
prefix macro
prefix inter
prefix intra
prefix ultra
prefix neo
prefix socio
prefix psycho
prefix un
suffix wise
suffix elect
suffix designate
suffix esque

# --- Words kept whole although they contain '/' or '.'.
word w/
word w/o
word s/he
word a/c

# --- Surface tokens made of several syntactic words.
split cannot can not
split gonna gon na
split wanna wan na
split gotta got ta
split outta out ta
split gimme gim me
split lemme lem me
split dunno du n no
split sorta sort a
# Contractions written without their apostrophe, as web text often does.
split dont do nt
split didnt did nt
split doesnt does nt
split cant ca nt
split couldnt could nt
split wouldnt would nt
split shouldnt should nt
split isnt is nt
split wasnt was nt
split werent were nt
split arent are nt
split havent have nt
split hasnt has nt
split hadnt had nt
split aint ai nt
split youre you re
split theyre they re
split thats that s
split whats what s
split theres there s

# --- Clitics.
clitic 's
clitic 're
clitic 've
clitic 'll
clitic 'd
clitic 'm
clitic n't

# --- Units written against a number (matched as written: "5G" stays whole).
unit am
unit pm
unit AM
unit PM
unit a.m.
unit p.m.
unit k
unit K
unit m
unit M
unit mm
unit cm
unit km
unit kg
unit mg
unit g
unit lb
unit lbs
unit oz
unit ft
unit mph
unit kph
unit km/h
unit bn
unit mn
unit mln
unit bln
unit B
unit hr
unit hrs
unit min
unit mins
unit sec
unit secs
unit x
unit GB
unit MB
unit TB
unit KB
unit kb
unit MW
unit GW
unit kW
unit KW
unit ml
unit ha

# --- Emoticons.
emoticon :)
emoticon :-)
emoticon :(
emoticon :-(
emoticon ;)
emoticon ;-)
emoticon :D
emoticon :-D
emoticon :P
emoticon :-P
emoticon :p
emoticon :/
emoticon :O
emoticon :o
emoticon =)
emoticon =(
emoticon >:(
emoticon <3
emoticon ^_^
emoticon -_-
emoticon :'(

# --- Words that often start a sentence. After an abbreviation that may end a
# sentence ("Inc.", "U.S.", "etc."), the period is a sentence-final token of
# its own when one of these follows (or the paragraph ends), as UD English
# writes it: "... and Acme Inc . The company ...".
starter The
starter A
starter An
starter He
starter She
starter It
starter They
starter We
starter I
starter You
starter His
starter Her
starter Its
starter Their
starter Our
starter My
starter Your
starter This
starter That
starter These
starter Those
starter There
starter Here
starter But
starter And
starter Or
starter So
starter Yet
starter However
starter Meanwhile
starter Still
starter Also
starter Both
starter Some
starter Many
starter Most
starter Other
starter Others
starter No
starter Not
starter One
starter Two
starter Three
starter Each
starter All
starter Any
starter Such
starter If
starter When
starter While
starter After
starter Before
starter Since
starter Although
starter Though
starter Because
starter As
starter In
starter On
starter At
starter For
starter From
starter With
starter By
starter Under
starter Last
starter Earlier
starter Later
starter Then
starter Now
starter Today
starter Yesterday
starter Officials
starter Police
starter What
starter Who
starter Why
starter How
starter Where
starter Is
starter Are
starter Was
starter Were
starter Do
starter Does
starter Did
starter Can
starter Will
starter Would
starter Should
starter Could
starter Mr.
starter Mrs.
starter Ms.
starter Dr.
