"""Welsh cues for the chronology's suggestions (issue 17, notes-welsh "Next" 4): an entry written in
Welsh suggests the indicators its English twin would, the common mutated forms match, and the Welsh
words added to the packs' ``cues`` lists change nothing for English entries nor fire on ordinary Welsh.
Every sentence is invented; the children in them are victims, never participants."""

from __future__ import annotations

import pytest

from screening_app.domain.chronology import suggest_indicators


@pytest.fixture(scope="module")
def exploitation(pack):
    return pack["child-exploitation"]


def ids(text, form) -> set[str]:
    return {s.indicator_id for s in suggest_indicators(text, form)}


# ---------------------------------------------------------------- Welsh entries suggest

WELSH_SCREENING = [
    ("Aeth Ffion ar goll dros nos nos Wener; daeth yr heddlu o hyd iddi mewn fflat yn y dref.",
     {"missing_overnight", "taken_for_sexual_activity"}),
    ("Mae car llwyd gyda dau ddyn hŷn yn aros y tu allan i'r ysgol am 3 bob dydd.",
     {"vehicles_unknown_adults", "older_or_controlling_person"}),
    ("Mae ganddi ffôn newydd ac esgidiau drud ac nid yw'n dweud o ble daethon nhw.", {"unexplained_items"}),
    ("Dywedodd hi fod ei chariad, sydd tua 24 oed, yn rhoi fodca iddi.",
     {"disclosed_exploitation", "older_or_controlling_person", "supplied_substances", "substance_misuse"}),
    ("Mae ei phresenoldeb wedi gostwng o 96% i 71% ers mis Medi.", {"school_absence"}),
    ("Roedd cleisiau ar ei braich a marciau ar ei gwddf.", {"unexplained_injuries"}),
    ("Mae hi'n hunan-niweidio ac wedi sôn am feddyliau hunanladdol.", {"self_harm"}),
    ("Mae dyn yn anfon negeseuon ati ar-lein ac yn gofyn am luniau noeth.",
     {"online_grooming", "sexual_images_adult", "older_or_controlling_person"}),
    ("Cafodd hi ei gyrru i westy yng Nghaerdydd ar ôl parti.", {"taken_for_sexual_activity"}),
    ("Mae ei mam yn poeni; rhoddodd wybod i'r heddlu fod Ffion ar goll eto.",
     {"supportive_family", "missing_overnight"}),
    ("Tynnodd ei datganiad yn ôl ar ôl i'r dynion ei bygwth.",
     {"withdrawn_disclosure", "older_or_controlling_person"}),
    ("Mae hi'n derbyn gofal mewn cartref preswyl ac mae ganddi anhawster dysgu.",
     {"looked_after", "learning_disability"}),
    ("Mae'n ymddiried yn ei hathrawes ac yn gwybod sut i gael help.", {"trusted_adult", "understands_risk"}),
    ("Mae hi'n feichiog ac mae'n mynd i'r clinig iechyd rhywiol.", {"sexual_health"}),
    ("Mae cam-drin domestig gartref ac mae gan ei thad broblemau iechyd meddwl.",
     {"domestic_abuse", "parental_difficulties"}),
    ("Bu farw ei nain fis diwethaf; mae hi'n encilgar ac yn flinedig.", {"bereavement", "behaviour_change"}),
]

WELSH_EXPLOITATION = [
    ("Mae arno ddyled cyffuriau i fechgyn hŷn ac mae'n cael ei orfodi i gario cyffuriau.",
     {"debt_bondage", "recruited_by_older_peers", "drug_running"}),
    ("Cafodd ei arestio yn Abertawe gyda llawer o arian parod a sawl ffôn; roedd ganddo gyllell.",
     {"found_out_of_area", "weapons", "offending", "unexplained_items"}),
    ("Mae rhywun yn ei blacmelio ac yn bygwth rhannu lluniau ohoni ar-lein.",
     {"sextortion", "sexual_images_adult", "online_grooming"}),
    ("Mae pobl yn aros yn fflat ei mam ac yn gwerthu cyffuriau yno.", {"cuckooing", "drug_running"}),
    ("Roedd ganddo docynnau trên i Lundain ac mae'n sôn am linellau cyffuriau.",
     {"unexplained_travel", "county_lines"}),
    ("Mae oedolyn yn cadw ei phasbort ac mae hi'n gweithio heb dâl mewn bar ewinedd.",
     {"documents_held", "forced_work", "older_or_controlling_person"}),
    ("Dydy hi ddim yn cael mynd allan ar ei phen ei hun; mae dyn yn siarad ar ei rhan.",
     {"not_free_to_move", "isolated", "older_or_controlling_person"}),
    ("Cafodd ei drywanu yn ei goes a'i fygwth gan y giang.", {"assaulted_by_exploiters", "recruited_by_older_peers"}),
]


@pytest.mark.parametrize(("text", "expected"), WELSH_SCREENING)
def test_a_welsh_entry_suggests_what_its_english_twin_would(screening, exploitation, text, expected):
    assert expected <= ids(text, screening)
    assert expected <= ids(text, exploitation)  # the exploitation pack reuses the screening's indicators


@pytest.mark.parametrize(("text", "expected"), WELSH_EXPLOITATION)
def test_a_welsh_entry_suggests_the_exploitation_packs_own_indicators(exploitation, text, expected):
    assert expected <= ids(text, exploitation)


def test_the_suggestion_shows_the_welsh_words_that_matched(screening):
    (missing,) = [s for s in suggest_indicators("Roedd hi ar  goll\nam ddau ddiwrnod.", screening)
                  if s.indicator_id == "missing_overnight"]
    assert missing.cue == "ar  goll"  # any whitespace between the words, shown as written


# ---------------------------------------------------------------- mutations

MUTATED = [
    ("ei chariad hŷn", "older_or_controlling_person"),  # aspirate: c -> ch
    ("ei gariad", "older_or_controlling_person"),  # soft: c -> g
    ("fy nghariad", "older_or_controlling_person"),  # nasal: c -> ngh
    ("yn ei gar", "vehicles_unknown_adults"),
    ("yn fy nghar i", "vehicles_unknown_adults"),
    ("a'i char hi", "vehicles_unknown_adults"),
    ("ei dacsi", "vehicles_unknown_adults"),
    ("i westy yn y ddinas", "taken_for_sexual_activity"),
    ("yn ei barti pen-blwydd", "taken_for_sexual_activity"),
    ("ei hanrheg hi", "unexplained_items"),
    ("yn feddw", "substance_misuse"),
    ("ei ddelweddau", "sexual_images_adult"),
    ("ei glais", "unexplained_injuries"),
    ("yn ei gyffuriau", "supplied_substances"),
    ("ei brofedigaeth", "bereavement"),
    ("ei hesgeuluso", "previous_abuse"),
    ("heb bresenoldeb", "school_absence"),
]


@pytest.mark.parametrize(("text", "indicator_id"), MUTATED)
def test_mutated_forms_match(screening, text, indicator_id):
    assert indicator_id in ids(text, screening)


@pytest.mark.parametrize(
    ("text", "indicator_id"),
    [("ei phasbort", "documents_held"), ("a chyllell", "weapons"), ("ei ddyled", "debt_bondage"),
     ("fe'i fygythiwyd", "assaulted_by_exploiters"), ("ei flacmelio", "sextortion"),
     ("a thacsis", "unexplained_travel")],
)
def test_mutated_forms_match_in_the_exploitation_pack(exploitation, text, indicator_id):
    assert indicator_id in ids(text, exploitation)


# ---------------------------------------------------------------- nothing new for English

# Each English sentence with the suggestions it gave before any Welsh cue was added (the same in both
# packs unless the exploitation pack's own cues add to it): Welsh cues must not change one of them.
ENGLISH = [
    ("Missing overnight twice this half-term; found by police at a flat in town on the second night.",
     ["taken_for_sexual_activity", "missing_overnight"], []),
    ("A grey car with two older men waits outside school at 3pm most days.",
     ["older_or_controlling_person", "vehicles_unknown_adults"], []),
    ("She has a new phone and designer trainers and will not say where they came from.",
     ["unexplained_items"], []),
    ("She said her boyfriend, who is about 24, gives her vodka.",
     ["disclosed_exploitation", "older_or_controlling_person", "supplied_substances", "substance_misuse"], []),
    ("Attendance fell from 96% to 71% since September.", ["school_absence"], []),
    ("Bruises on her arm.", ["unexplained_injuries"], []),
    ("A scary cartoon.", [], []),
    ("Mum phoned the school to say she was late because of a dental appointment.", [], []),
    ("He played football at lunchtime and went home with his grandmother.", [], []),
    ("Particular care was taken over the participation plan; a partial timetable was agreed with the "
     "partner agency.", [], ["cuckooing"]),
    ("Dynamic risk assessment completed; gardening club on Wednesday; a charity fundraiser in the garage.",
     [], []),
    ("An argument in the canteen about an offer of a cycling proficiency course; nobody was hurt.", [], []),
    ("Strategy discussion booked for Tuesday with the social worker; the arrangements are fine.", [], []),
    ("She enjoys art and music and was on time every day this week.", [], []),
    ("The class fan broke and the art teacher had a dental appointment; charcoal drawing and a cardigan "
     "left behind.", [], []),
]
ENGLISH_EXPLOITATION = [
    ("He was stopped by police in another town with a large amount of cash and several phones.",
     ["found_out_of_area", "unfamiliar_places", "unexplained_items"]),
    ("Arrested for shoplifting; a knife was found in his bag and train tickets to Swansea.",
     ["weapons", "unexplained_travel", "unfamiliar_places", "offending"]),
]


@pytest.mark.parametrize(("text", "expected", "exploitation_only"), ENGLISH)
def test_english_entries_suggest_exactly_what_they_did_before(screening, exploitation, text, expected,
                                                              exploitation_only):
    assert [s.indicator_id for s in suggest_indicators(text, screening)] == expected
    assert set(ids(text, exploitation)) == set(expected) | set(exploitation_only)


@pytest.mark.parametrize(("text", "expected"), ENGLISH_EXPLOITATION)
def test_english_entries_suggest_exactly_what_they_did_before_in_the_exploitation_pack(exploitation, text,
                                                                                       expected):
    assert [s.indicator_id for s in suggest_indicators(text, exploitation)] == expected


# ---------------------------------------------------------------- ordinary Welsh stays quiet

INNOCENT_WELSH = [
    ("Roedd hi yn yr ysgol drwy'r dydd ac fe aeth adref gyda'i mam.", set()),
    ("Cafodd ginio yn y ffreutur a chwaraeodd bêl-droed gyda'i frawd amser chwarae.", set()),
    ("Mae'r dosbarth yn dysgu am yr ynys a'r môr yn y wers ddaearyddiaeth.", set()),
    ("Am ryw reswm roedd y bws yn hwyr fore Llun, felly cyrhaeddodd hi am 9.15.", set()),
    ("Cafodd sgwrs gyda'r athrawes am ei gwaith cartref ac roedd hi'n hapus.", set()),
    ("Dyma'r unig ddiwrnod yr wythnos hon iddi gyrraedd yn gynnar; fe wnaeth hi ei gwaith yn dda.", set()),
    ("Cyfarfod rhwng yr ysgol a'r teulu i drafod cyfrinachedd a rhannu gwybodaeth.", set()),
    ("Mae'n arfer bwyta brecwast yn y clwb brecwast ac mae'n mwynhau gwersi celf.", set()),
    ("Mae hi'n meddwl bod y wers yn ddiddorol; mae'r adolygiad nesaf yn ddyledus ddydd Llun.", set()),
    ("Cafodd y pryder ei godi gyda'r arweinydd diogelu ac fe'i gyrrwyd at y tîm ddoe.", set()),
    ("Daeth ei mam â hi i'r ysgol am naw a'i chasglu am dri, fel arfer.", set()),
    ("Roedd hi'n dioddef o annwyd ac roedd hi'n absennol ddydd Mawrth.", {"school_absence"}),
    ("Mae ei ffrind yn dod i'r tŷ i chwarae ar ôl ysgol.", {"peers_exploited"}),
]


@pytest.mark.parametrize(("text", "expected"), INNOCENT_WELSH)
def test_ordinary_welsh_suggests_nothing_it_should_not(screening, exploitation, text, expected):
    assert ids(text, screening) == expected
    assert ids(text, exploitation) == expected


# ---------------------------------------------------------------- the lists themselves


def test_an_open_ending_has_a_stem_long_enough_not_to_catch_everything(pack):
    """A trailing * on a short word ("dyn*", "arf*") catches unrelated words ("dynamic", "arfer"); in a
    phrase ("ar ei phen ei hun*") the words before it hold it to its meaning."""
    short = [(form.id, indicator.id, cue) for form in (pack["cse-screening"], pack["child-exploitation"])
             for indicator in form.indicators() for cue in indicator.cues
             if cue.endswith("*") and " " not in cue and len(cue.rstrip("*")) < 4]
    assert short == []
