"""Welsh for the contexts panels, the picture of a pattern, the escalation dialog and summary, the
comparison and the review prompt (issue 17): put into resources/translations/cse_screening_cy.ts
after lupdate with scripts/fill-translations.py. Deleted once merged."""

CY = {
    # ------------------------------------------------------------ Contexts
    ("Contexts", "Names alike in other children's records (not linked unless you decide)"):
        "Enwau tebyg yng nghofnodion plant eraill (heb eu cysylltu oni bai eich bod chi'n penderfynu)",
    ("Contexts", "Names alike in other children's records, and the records you joined"):
        "Enwau tebyg yng nghofnodion plant eraill, a'r cofnodion a unwyd gennych",
    ("Contexts", "The same person: &join the records"): "Yr un person: un&o'r cofnodion",
    ("Contexts", "The same person: join the two records"): "Yr un person: uno'r ddau gofnod",
    ("Contexts", "&Undo the join"): "Dadwneud &yr uno",
    ("Contexts", "%1 (this child's record) and %2 (%3's record): %4"):
        "%1 (cofnod y plentyn hwn) a'r enw %2 (cofnod %3): %4",
    ("Contexts", "Joined by you: %1 counts as %2"): "Wedi'u huno gennych: mae %1 yn cyfrif fel %2",
    ("Contexts", "Not joined: %1"): "Heb eu huno: %1",
    ("Contexts", "Joined: both children are now linked through this person. Undo the join if it was wrong."):
        "Wedi'u huno: mae'r ddau blentyn bellach yn gysylltiedig drwy'r person hwn. Dadwneuwch yr uno os oedd yn "
        "anghywir.",
    ("Contexts", "The join was undone: the two records are separate again."):
        "Dadwnaed yr uno: mae'r ddau gofnod ar wahân eto.",
    ("Contexts", "This car is also linked to 1 other child: %1."):
        "Mae 1 plentyn arall hefyd yn gysylltiedig â'r car hwn: %1.",
    ("Contexts", "This car is also linked to %1 other children: %2."):
        "Mae %1 o blant eraill hefyd yn gysylltiedig â'r car hwn: %2.",
    ("Contexts", "This phone is also linked to 1 other child: %1."):
        "Mae 1 plentyn arall hefyd yn gysylltiedig â'r ffôn hwn: %1.",
    ("Contexts", "This phone is also linked to %1 other children: %2."):
        "Mae %1 o blant eraill hefyd yn gysylltiedig â'r ffôn hwn: %2.",
    ("Contexts", "This online handle is also linked to 1 other child: %1."):
        "Mae 1 plentyn arall hefyd yn gysylltiedig â'r enw ar-lein hwn: %1.",
    ("Contexts", "This online handle is also linked to %1 other children: %2."):
        "Mae %1 o blant eraill hefyd yn gysylltiedig â'r enw ar-lein hwn: %2.",
    ("Contexts", "This address is also linked to 1 other child: %1."):
        "Mae 1 plentyn arall hefyd yn gysylltiedig â'r cyfeiriad hwn: %1.",
    ("Contexts", "This address is also linked to %1 other children: %2."):
        "Mae %1 o blant eraill hefyd yn gysylltiedig â'r cyfeiriad hwn: %2.",
    ("Contexts", "This person is also linked to 1 other child: %1."):
        "Mae 1 plentyn arall hefyd yn gysylltiedig â'r person hwn: %1.",
    ("Contexts", "This person is also linked to %1 other children: %2."):
        "Mae %1 o blant eraill hefyd yn gysylltiedig â'r person hwn: %2.",
    ("Contexts", "What this entry says is also linked to 1 other child: %1."):
        "Mae 1 plentyn arall hefyd yn gysylltiedig â'r hyn y mae'r cofnod hwn yn ei ddweud: %1.",
    ("Contexts", "What this entry says is also linked to %1 other children: %2."):
        "Mae %1 o blant eraill hefyd yn gysylltiedig â'r hyn y mae'r cofnod hwn yn ei ddweud: %2.",
    ("Contexts", "male"): "gwryw",
    ("Contexts", "female"): "benyw",
    ("Contexts", "other"): "arall",
    ("Contexts", "%1: %2; linked to %3"): "%1: %2; plant sy'n gysylltiedig: %3",
    ("Contexts", "%1: %2; linked to this child already"): "%1: %2; eisoes yn gysylltiedig â'r plentyn hwn",
    ("Contexts", "%1: %2; not linked to a child"): "%1: %2; heb ei gysylltu â phlentyn",
    ("Contexts", "no name recorded"): "dim enw wedi'i gofnodi",
    ("Contexts", "Linked to this vault's record “%1”, also linked to %2."):
        "Wedi'i gysylltu â'r cofnod sydd eisoes yma, “%1”. Plant eraill sy'n gysylltiedig: %2.",
    ("Contexts", "Linked to this vault's record “%1”."): "Wedi'i gysylltu â'r cofnod sydd eisoes yma, “%1”.",
    ("Contexts", "about %1"): "tua %1 oed",
    ("Contexts", "car %1"): "car %1",
    ("Contexts", "phone %1"): "ffôn %1",
    ("Contexts", "(no name recorded)"): "(dim enw wedi'i gofnodi)",
    ("Contexts", "(a record no longer here)"): "(cofnod nad yw yma mwyach)",
    ("Contexts", "Patterns: children linked by a person, place, vehicle or phone"):
        "Patrymau: plant sy'n gysylltiedig drwy berson, lle, cerbyd neu ffôn",
    ("Contexts", "1 other child"): "1 plentyn arall",
    ("Contexts", "%1 other children"): "%1 o blant eraill",
    ("Contexts", "%1 and %2 more"): "%1, a %2 arall",
    ("Contexts", "Linked to other children"): "Yn gysylltiedig â phlant eraill",
    ("Contexts", "Other children sharing a person, place, vehicle or phone with this child: Enter opens the child"):
        "Plant eraill sy'n rhannu person, lle, cerbyd neu ffôn â'r plentyn hwn: mae Enter yn agor cofnod y plentyn",
    ("Contexts", "%1: shares %2"): "%1: yn rhannu %2",
    ("Contexts", "Linked to 1 other child (in this vault)"): "Yn gysylltiedig ag 1 plentyn arall (yn y cofnodion hyn)",
    ("Contexts", "Linked to %1 other children (in this vault)"):
        "Plant eraill sy'n gysylltiedig: %1 (yn y cofnodion hyn)",
    ("Contexts", "Patterns, most recent first: Enter opens the first child of a pattern"):
        "Patrymau, y diweddaraf yn gyntaf: mae Enter yn agor cofnod y plentyn cyntaf mewn patrwm",
    ("Contexts", "See the &picture of this pattern"): "Gweld &darlun y patrwm hwn",
    ("Contexts", "See the picture of the selected pattern, with a list beside it"):
        "Gweld darlun y patrwm a ddewiswyd, gyda rhestr wrth ei ochr",
    ("Contexts", "%1 children: %2\nshared: %3"): "%1 o blant: %2\nyn rhannu: %3",
    ("Contexts", "Patterns: children linked by a person, place, vehicle or phone (%1 most recent of %2)"):
        "Patrymau: plant sy'n gysylltiedig drwy berson, lle, cerbyd neu ffôn (y %1 diweddaraf o %2)",
    ("Contexts", "Picture of a pattern"): "Darlun o batrwm",
    ("Contexts", "%1 children linked through %2"): "%1 o blant yn gysylltiedig drwy %2",
    ("Contexts", "Only this vault's records. Up and Down go through the list; the picture follows. Enter on a child "
                 "opens the child's record."):
        "Y cofnodion hyn yn unig. Mae'r saethau i fyny ac i lawr yn symud drwy'r rhestr; mae'r darlun yn dilyn. Mae "
        "Enter ar blentyn yn agor cofnod y plentyn.",
    ("Contexts", "Who is linked through what: Enter on a child opens the child's record"):
        "Pwy sy'n gysylltiedig drwy beth: mae Enter ar blentyn yn agor cofnod y plentyn",
    ("Contexts", "&Open this child's record"): "&Agor cofnod y plentyn hwn",
    ("Contexts", "Close"): "Cau",
    ("Contexts", "Picture of the pattern: the arrow keys move from node to node, as the list does"):
        "Darlun y patrwm: mae'r bysellau saeth yn symud o nod i nod, fel y rhestr",
    # ------------------------------------------------------------ Escalation
    ("Escalation", "Save the escalation summary"): "Cadw crynodeb yr uwchgyfeiriad",
    ("Escalation", "escalation-summary.pdf"): "crynodeb-uwchgyfeirio.pdf",
    ("Escalation", "PDF files (*.pdf)"): "Ffeiliau PDF (*.pdf)",
    ("Escalation", "the file could not be written. Try another folder."):
        "nid oedd modd ysgrifennu'r ffeil. Rhowch gynnig ar ffolder arall.",
    ("Escalation", "Not saved"): "Heb ei gadw",
    ("Escalation", "The escalation summary was not saved: %1"): "Ni chadwyd crynodeb yr uwchgyfeiriad: %1",
    ("Escalation", "Talk to the practitioner who made the decision: say why you disagree, and agree what happens "
                   "next."):
        "Siaradwch â'r ymarferydd a wnaeth y penderfyniad: dywedwch pam rydych yn anghytuno, a chytunwch beth sy'n "
        "digwydd nesaf.",
    ("Escalation", "Not resolved: your manager or DSL takes it up with their manager in the other agency."):
        "Heb ei ddatrys: mae eich rheolwr neu eich DSL yn ei godi gyda rheolwr yr ymarferydd yn yr asiantaeth arall.",
    ("Escalation", "Still not resolved: senior managers, or the local safeguarding partnership's resolution process."):
        "Heb ei ddatrys o hyd: uwch reolwyr, neu broses datrys anghytundebau'r bartneriaeth ddiogelu leol.",
    ("Escalation", "If you disagree with a decision about this child, say so and escalate it until it is resolved. "
                   "Record each stage here so there is a timeline of what was raised, with whom, and what happened."):
        "Os ydych yn anghytuno â phenderfyniad am y plentyn hwn, dywedwch hynny a'i uwchgyfeirio nes iddo gael ei "
        "ddatrys. Cofnodwch bob cam yma fel bod llinell amser o'r hyn a godwyd, gyda phwy, a beth ddigwyddodd.",
    ("Escalation", "Open: not yet resolved"): "Agored: heb ei ddatrys eto",
    ("Escalation", "Closed: resolved or ended"): "Wedi'i gau: wedi'i ddatrys neu wedi dod i ben",
    ("Escalation", "Edit a professional disagreement"): "Golygu anghytundeb proffesiynol",
    ("Escalation", "Record a professional disagreement"): "Cofnodi anghytundeb proffesiynol",
    ("Escalation", "Save"): "Cadw",
    ("Escalation", "Save the escalation"): "Cadw'r uwchgyfeiriad",
    ("Escalation", "Cancel"): "Canslo",
    ("Escalation", "Cancel without saving"): "Canslo heb gadw",
    ("Escalation", "Agency whose decision you disagree with (required)"):
        "Yr asiantaeth yr ydych yn anghytuno â'i phenderfyniad (gofynnol)",
    ("Escalation", "For example: Children's Social Care (MASH), Police, your own organisation"):
        "Er enghraifft: Gwasanaethau Cymdeithasol Plant (MASH), yr Heddlu, eich sefydliad eich hun",
    ("Escalation", "The decision you disagree with"): "Y penderfyniad yr ydych yn anghytuno ag ef",
    ("Escalation", "What was decided, by whom, and when"): "Beth a benderfynwyd, gan bwy, a phryd",
    ("Escalation", "Who you spoke to, what you said and what they said"):
        "Â phwy y siaradoch, beth ddywedoch chi a beth ddywedon nhw",
    ("Escalation", "What was agreed or decided"): "Beth a gytunwyd neu a benderfynwyd",
    ("Escalation", "Agency (required)"): "Asiantaeth (gofynnol)",
    ("Escalation", "Stage (required)"): "Cam (gofynnol)",
    ("Escalation", "Dates"): "Dyddiadau",
    ("Escalation", "Date raised"): "Dyddiad ei godi",
    ("Escalation", "A decision has been made on the escalation"): "Mae penderfyniad wedi'i wneud ar yr uwchgyfeiriad",
    ("Escalation", "Date decided"): "Dyddiad y penderfyniad",
    # ------------------------------------------------------------ Compare
    ("Compare", "What changed, %1"): "Beth sydd wedi newid, %1",
    ("Compare", "%1 what changed.pdf"): "%1 beth sydd wedi newid.pdf",
    ("Compare", "What changed"): "Beth sydd wedi newid",
    ("Compare", "The two assessments and the level movement"): "Y ddau asesiad a sut y symudodd y lefel",
    ("Compare", "Indicators grouped by what changed"): "Dangosyddion wedi'u grwpio yn ôl yr hyn a newidiodd",
    ("Compare", "Preview PDF"): "Rhagolwg PDF",
    ("Compare", "Close"): "Cau",
    ("Compare", "Cannot compare"): "Methu cymharu",
    ("Compare", "What changed between two assessments"): "Beth sydd wedi newid rhwng dau asesiad",
    ("Compare", "First assessment to compare"): "Yr asesiad cyntaf i'w gymharu",
    ("Compare", "Second assessment to compare"): "Yr ail asesiad i'w gymharu",
    ("Compare", "Compare"): "Cymharu",
    ("Compare", "with"): "gyda",
    ("Compare", "What a correction changed"): "Beth a newidiodd cywiriad",
    ("Compare", "What changed, %1 version %2"): "Beth sydd wedi newid, %1 fersiwn %2",
    ("Compare", "%1 version %2 what changed.pdf"): "%1 fersiwn %2 beth sydd wedi newid.pdf",
    ("Compare", "Earlier"): "Cynharach",
    ("Compare", "Later"): "Diweddarach",
    ("Compare", "computed %1, changed by professional judgement"): "cyfrifwyd %1, newidiwyd drwy farn broffesiynol",
    ("Compare", "Final level %1 · score %2"): "Lefel derfynol %1 · sgôr %2",
    ("Compare", "two versions of one assessment"): "dwy fersiwn o un asesiad",
    ("Compare", "%1 days apart"): "%1 diwrnod rhyngddynt",
    ("Compare", "Note: %1"): "Nodyn: %1",
    ("Compare", "Indicator"): "Dangosydd",
    ("Compare", "Earlier (%1)"): "Cynharach (%1)",
    ("Compare", "Later (%1)"): "Diweddarach (%1)",
    ("Compare", "No indicator was recorded as a concern in either assessment."):
        "Ni chofnodwyd unrhyw ddangosydd yn bryder yn y naill asesiad na'r llall.",
    ("Compare", "What has changed since the last assessment?"): "Beth sydd wedi newid ers yr asesiad diwethaf?",
    ("Compare", "Start a review"): "Dechrau adolygiad",
    ("Compare", "The review starts from %1: its answers, people, places and details are carried over for you to "
                "check. The reflective questions and the decision are asked afresh."):
        "Mae'r adolygiad yn dechrau o %1: caiff ei atebion, ei bobl, ei leoedd a'i fanylion eu cario drosodd i chi "
        "eu gwirio. Bydd y cwestiynau myfyriol a'r penderfyniad yn cael eu gofyn o'r newydd.",
    ("Compare", "For example: missing twice since the last review; new older contact reported by school; now "
                "engaging with the youth worker."):
        "Er enghraifft: ar goll ddwywaith ers yr adolygiad diwethaf; cyswllt hŷn newydd wedi'i adrodd gan yr ysgol; "
        "bellach yn ymgysylltu â'r gweithiwr ieuenctid.",
    ("Compare", "Start review"): "Dechrau adolygiad",
    ("Compare", "Say briefly what has changed; \"nothing new\" is an answer too."):
        "Dywedwch yn fyr beth sydd wedi newid; mae \"dim byd newydd\" yn ateb hefyd.",
}
