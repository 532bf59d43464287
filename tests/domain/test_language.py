"""The victim-language check: starter phrases caught in the ways they are
written, innocent sentences left alone, adult context respected."""

from __future__ import annotations

import pytest

from screening_app.domain.language import check_text, mentions_adult

FLAGGED = [
    ("She is putting herself at risk by going out.", "being put at risk by others"),
    ("He keeps PUTTING HIMSELF AT RISK.", "being put at risk by others"),
    ("They are putting themselves\nat risk.", "being put at risk by others"),
    ("puts herself at risk, again", "being put at risk by others"),
    ("She placed herself at risk", "being put at risk by others"),
    ("Described as a child prostitute.", "being sexually exploited"),
    ("Concerns about prostitution.", "being sexually exploited"),
    ("Rumour she is selling sex.", "being sexually exploited"),
    ("She sold sex for money.", "being sexually exploited"),
    ("involved in sex work", "being sexually exploited"),
    ("Sex-work was mentioned.", "being sexually exploited"),
    ("Known to be promiscuous.", "describe what the adults did"),
    ("She consented.", "a child cannot consent to their own abuse"),
    ("It was consensual", "a child cannot consent to their own abuse"),
    ("She was a willing participant", "a child cannot consent to their own abuse"),
    ("He agreed to meet them", "a child cannot consent to their own abuse"),
    ("She went willingly.", "a child cannot consent to their own abuse"),
    ("Her boyfriend (aged 24) collects her.", "the adult, or the person of concern"),
    ("Her older boyfriend picks her up", "the adult, or the person of concern"),
    ("His girlfriend is an adult.", "the adult, or the person of concern"),
    # The Welsh starter list (language: cy), with the first letter as Welsh changes it
    ("Mae hi'n rhoi ei hun mewn perygl.", "yn cael ei roi mewn perygl gan eraill"),
    ("Roedd o'n ei roi ei hun mewn risg.", "yn cael ei roi mewn perygl gan eraill"),
    ("Sïon ei bod hi'n gwerthu rhyw.", "yn dioddef camfanteisio rhywiol"),
    ("Pryderon am buteindra.", "yn dioddef camfanteisio rhywiol"),
    ("Disgrifiwyd hi fel anniwair.", "disgrifiwch beth wnaeth yr oedolion"),
    ("Aeth hi o'i gwirfodd.", "ni all plentyn gydsynio i gael ei gam-drin"),
    ("Dywedodd ei bod wedi cydsynio.", "ni all plentyn gydsynio i gael ei gam-drin"),
    ("Mae ei chariad (24 oed) yn ei chasglu.", "yr oedolyn, neu'r person sy'n peri pryder"),
    ("Mae'n dewis ffordd o fyw beryglus.", "yn dioddef camfanteisio"),
    ("Mae hi'n gall i'r stryd.", "mewn perygl"),
    ("Ymddygiad peryglus ar y penwythnos.", "yn agored i risg"),
    ("Mae'n anodd ymgysylltu ag ef.", "nid yw gwasanaethau wedi llwyddo i ymgysylltu â'r plentyn eto"),
    ("Aeth hi o’i gwirfodd.", "ni all plentyn gydsynio i gael ei gam-drin"),  # a word processor's apostrophe
    ("Rhedodd i ffwrdd eto neithiwr.", "ar goll"),
    ("Secstio gyda dyn hŷn.", "gofynnodd oedolyn am ddelweddau rhywiol (cam-drin)"),
    ("Mae hi mewn perthynas â dyn 30 oed.", "yn cael ei gam-drin gan"),
    ("It is a lifestyle choice.", "being exploited"),
    ("She chooses to stay there.", "being exploited"),
    ("He chose to go with them", "being exploited"),
    ("She is making choices we disagree with.", "being exploited"),
    ("She made a choice to leave", "being exploited"),
    ("Very streetwise.", "at risk"),
    ("Street-wise and confident", "at risk"),
    ("Engages in risk-taking behaviour.", "exposed to risk"),
    ("risk taking behaviours noted", "exposed to risk"),
    ("She is difficult to engage.", "not yet engaged by services"),
    ("A hard-to-reach family.", "not yet engaged by services"),
    ("She is a runaway.", "missing"),
    ("Absconded from placement at 2am", "missing"),
    ("Sexting with a 30-year-old man", "an adult requested sexual images (abuse)"),
    ("She is in a relationship with a man of 25.", "being abused by"),
]

INNOCENT = [
    "She told me she was frightened of the men at the flat.",
    "Missing from home overnight on 3 October; police informed.",
    "He was seen getting into a grey car outside school.",
    "Her mother reported new clothes and a second phone.",
    "The adults gave her vodka and cannabis at the party.",
    "She said she did not feel able to say no.",
    "Attendance dropped to 62% this term.",
    "Her friend says she has a boyfriend in Year 10.",
    "A boyfriend of her own age is mentioned; no concerns about him.",
    "She disclosed to the school nurse and asked for help.",
    "Return interview completed by the youth worker.",
    "We discussed healthy relationships and consent in PSHE.",
    "He has a trusted adult at the youth club.",
    "Police reference recorded; strategy discussion booked.",
    "Her risk assessment was reviewed with the DSL.",
    "The choice of school was made by the local authority.",
    "The willow tree outside the flat is a meeting point.",
    "She was put in touch with a sexual health nurse.",
    "Prostate cancer in the family (grandfather).",
    "The choir agreed a new rehearsal time.",
    "Mother is working with services and is protective.",
    "Taxi firm details passed to the police.",
    "He was threatened with a knife; injuries seen by me.",
    "She said the man made her do things she did not want to do.",
    "Hard work at school has paid off this term.",
    "Sex education session attended.",
    "The school engaged an interpreter for the meeting.",
    "She is putting together a college application.",
    "The adult asked her for images on a messaging app.",
    "Her grandmother has offered her a home.",
    "Staff agreed on a safety plan with her.",
    "The group chose a quiet room for the interview.",
    "He is reaching out to his teacher more.",
    "Risky places identified: the park and the takeaway.",
    "Relationship with her sister is close and supportive.",
    "Mae ganddi berthynas dda gyda'i chwaer.",
    "Trafodwyd perthnasoedd iach a chydsyniad mewn gwers ABCh.",
    "Mae hi'n siarad am ei chariad yn yr ysgol.",
    "Rhoddodd yr athro ei llyfr yn ôl iddi.",
    "Her partner agency was told; the partner school agreed.",
    "Ni all plentyn gydsynio i'w gam-drin ei hun.",  # the product's own Welsh
    "Cofnodwch bopeth mewn perthynas â'r cyfarfod.",  # "in relation to"
    "Dihangodd o'r fflat a ffoniodd yr heddlu.",
]


@pytest.mark.parametrize(("text", "suggestion"), FLAGGED)
def test_starter_phrases_flagged(screening, text, suggestion):
    flags = check_text(text, screening.language_check)
    assert [f.suggestion for f in flags] == [suggestion], text
    flag = flags[0]
    assert text[flag.start : flag.end] == flag.phrase
    assert flag.reason


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_sentences_not_flagged(screening, text):
    assert check_text(text, screening.language_check) == [], text


def test_counts_are_at_least_thirty_each():
    assert len(FLAGGED) >= 30 and len(INNOCENT) >= 30


def test_boyfriend_needs_adult_context(screening):
    rules = screening.language_check
    assert check_text("She talks about her boyfriend.", rules) == []
    assert len(check_text("She talks about her boyfriend.", rules, adult_involved=True)) == 1
    assert check_text("sexting with a classmate", rules) == []


def test_every_rule_in_the_pack_is_exercised(screening):
    suggestions = {rule.suggestion for rule in screening.language_check}
    assert suggestions == {s for _, s in FLAGGED}


def test_several_flags_in_order_without_overlap(screening):
    text = "Streetwise, she chose to go; a runaway who consented."
    flags = check_text(text, screening.language_check)
    assert [f.phrase for f in flags] == ["Streetwise", "chose to", "runaway", "consented"]


@pytest.mark.parametrize(
    ("text", "adult"),
    [
        ("a 24-year-old", True),
        ("aged 19", True),
        ("a man", True),
        ("adults at the house", True),
        ("a 15 year old", False),
        ("aged 14", False),
        ("her classmates", False),
        ("manager", False),
    ],
)
def test_mentions_adult(text, adult):
    assert mentions_adult(text) is adult


def test_hostile_text_does_not_break_the_check(screening):
    text = "<b>" + "x" * 100_000 + "(((" + "\u202e\x00{|}" * 100
    assert check_text(text, screening.language_check) == []
