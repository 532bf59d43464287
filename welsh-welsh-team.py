"""Welsh for Settings' Transfers and Team tabs, the team's status-bar line, and the child record's
team and same-child panels (contexts Keys, Team, TeamChild, SameChild), for the .ts once lupdate
has collected them (scripts/fill-translations.py). The product's terms: cofnodion (records),
storfa gofnodion (vault), allwedd drosglwyddo (transfer key), ôl bys (fingerprint), derbynneb
(receipt), cod derbyn (receipt code), cysoni (sync), aelod (member), gliniadur (laptop),
uwchgyfeiriad (escalation), cronoleg, asesiad, Gosodiadau, Trosglwyddiadau, Tîm; DSL, UPN stay.
Each & letter is unique within each screen in Welsh, and none is C or M (the menus' Cofnodion and
Mynd i): Transfers a, d, f, g, i, w; Team d, t, y, g, a, e, n (Ie/Na in its question); the child's
team panel t, e; same child y, g (beside the record's own: a, w, d, and the alike panel's o, n); the access dialog a, d."""

CY = {
    # ---------------------------------------------------------------- Settings, Transfers
    ("Keys", "Sent %1: %2: awaiting receipt"): "Anfonwyd %1: %2: yn aros am dderbynneb",
    ("Keys", "Sent %1: %2: receipt confirmed"): "Anfonwyd %1: %2: derbynneb wedi'i chadarnhau",
    ("Keys", "Sent %1: %2: OVERDUE: no receipt in 5 school days: chase it"):
        "Anfonwyd %1: %2: YN HWYR: dim derbynneb mewn 5 diwrnod ysgol: ewch ar ei ôl",
    ("Keys", "Sent %1: %2: %3"): "Anfonwyd %1: %2: %3",
    ("Keys", "Received %1: %2: received here"): "Derbyniwyd %1: %2: wedi'i dderbyn yma",
    ("Keys", "a child"): "plentyn",
    ("Keys", "This vault's transfer key (give it to whoever sends you a child's file)"):
        "Allwedd drosglwyddo'r storfa gofnodion hon (rhowch hi i bwy bynnag sy'n anfon ffeil plentyn atoch)",
    ("Keys", "This vault's transfer key, age1..."): "Allwedd drosglwyddo'r storfa gofnodion hon, age1...",
    ("Keys", "&Copy the key"): "Copïo'r &allwedd",
    ("Keys", "Transfers sent and received"): "Trosglwyddiadau a anfonwyd ac a dderbyniwyd",
    ("Keys", "Transfers sent and received, newest first"):
        "Trosglwyddiadau a anfonwyd ac a dderbyniwyd, y diweddaraf yn gyntaf",
    ("Keys", "Receipt code read back by the receiver"): "Cod derbyn a ddarllenwyd yn ôl gan y derbynnydd",
    ("Keys", "Receipt code read back to you:"): "Cod derbyn a ddarllenwyd yn ôl i chi:",
    ("Keys", "Confirm &receipt"): "Cadarnhau'r &dderbynneb",
    ("Keys", "Or a receipt f&ile..."): "Neu &ffeil derbynneb...",
    ("Keys", "Once a receipt is confirmed, this vault's copy of the child's file is"):
        "Pan gadarnheir derbynneb, bydd copi'r storfa gofnodion hon o ffeil y plentyn yn cael ei",
    ("Keys", "&kept here, read-only (the default)"): "&gadw yma, i'w ddarllen yn unig (y rhagosodiad)",
    ("Keys", "&deleted, as the organisation's policy says (the transfer log and an audit entry stay, naming no one)"):
        "dd&ileu, fel y dywed polisi'r sefydliad (mae log y trosglwyddiadau a chofnod yn y trywydd archwilio yn "
        "aros, heb enwi neb)",
    ("Keys", "After a receipt, the child's file here is kept read-only"):
        "Ar ôl derbynneb, mae ffeil y plentyn yma yn cael ei chadw i'w darllen yn unig",
    ("Keys", "After a receipt, the child's file here is deleted"):
        "Ar ôl derbynneb, mae ffeil y plentyn yma yn cael ei dileu",
    ("Keys", "School holidays (not school days for the 5-day receipt rule)"):
        "Gwyliau ysgol (nid ydynt yn ddiwrnodau ysgol ar gyfer y rheol derbynneb o fewn 5 diwrnod)",
    ("Keys", "School holidays, one a line: dd/mm/yyyy - dd/mm/yyyy"):
        "Gwyliau ysgol, un ar bob llinell: dd/mm/bbbb - dd/mm/bbbb",
    ("Keys", "21/12/2026 - 01/01/2027\n04/01/2027 (an INSET day)"):
        "21/12/2026 - 01/01/2027\n04/01/2027 (diwrnod HMS)",
    ("Keys", "Save &holidays"): "Cadw'r g&wyliau",
    ("Keys", "Fingerprint to read out on the phone: %1"): "Ôl bys i'w ddarllen yn uchel ar y ffôn: %1",
    ("Keys", "No transfers yet."): "Dim trosglwyddiadau eto.",
    ("Keys", "From now on, a child's file is deleted here once its receipt is confirmed."):
        "O hyn ymlaen, caiff ffeil plentyn ei dileu yma unwaith y bydd ei derbynneb wedi'i chadarnhau.",
    ("Keys", "From now on, a child's file is kept here read-only once its receipt is confirmed."):
        "O hyn ymlaen, caiff ffeil plentyn ei chadw yma i'w darllen yn unig unwaith y bydd ei derbynneb wedi'i "
        "chadarnhau.",
    ("Keys", "Not saved: %1"): "Heb eu cadw: %1",
    ("Keys", "Saved 1 holiday."): "Cadwyd 1 cyfnod gwyliau.",
    ("Keys", "Saved %1 holidays."): "Cadwyd %1 cyfnod gwyliau.",
    ("Keys", "Copied. Read the fingerprint to the sender so they know the key is yours."):
        "Wedi'i chopïo. Darllenwch yr ôl bys i'r anfonwr er mwyn iddynt wybod mai eich allwedd chi yw hi.",
    ("Keys", "No transfer is waiting for this code (or it was confirmed already). Check it with the receiver."):
        "Nid oes trosglwyddiad yn aros am y cod hwn (neu mae wedi'i gadarnhau eisoes). Gwiriwch ef gyda'r "
        "derbynnydd.",
    ("Keys", "Receipt confirmed: the transfer is recorded as received. The child's file here was deleted, as the "
             "rule below says."):
        "Derbynneb wedi'i chadarnhau: mae'r trosglwyddiad wedi'i gofnodi fel un a dderbyniwyd. Cafodd ffeil y "
        "plentyn yma ei dileu, fel y dywed y rheol isod.",
    ("Keys", "Receipt confirmed: the transfer is recorded as received."):
        "Derbynneb wedi'i chadarnhau: mae'r trosglwyddiad wedi'i gofnodi fel un a dderbyniwyd.",
    ("Keys", "The receipt file the receiver sent back"): "Y ffeil derbynneb a anfonodd y derbynnydd yn ôl",
    ("Keys", "The receipt cannot be read (%1)."): "Nid oes modd darllen y dderbynneb (%1).",
    ("Keys", "The receipt cannot be read (no such file)."): "Nid oes modd darllen y dderbynneb (nid yw'r ffeil yn bod).",
    ("Keys", "Refused, nothing changed: %1"): "Gwrthodwyd, ni newidiwyd dim: %1",
    ("Keys", "No transfer is waiting for this receipt (or it was confirmed already)."):
        "Nid oes trosglwyddiad yn aros am y dderbynneb hon (neu mae wedi'i gadarnhau eisoes).",
    ("Keys", "Receipt confirmed, signed by the receiver with fingerprint %1: the transfer is recorded as received. "
             "The child's file here was deleted, as the rule below says."):
        "Derbynneb wedi'i chadarnhau, wedi'i llofnodi gan y derbynnydd ag ôl bys %1: mae'r trosglwyddiad wedi'i "
        "gofnodi fel un a dderbyniwyd. Cafodd ffeil y plentyn yma ei dileu, fel y dywed y rheol isod.",
    ("Keys", "Receipt confirmed, signed by the receiver with fingerprint %1: the transfer is recorded as received."):
        "Derbynneb wedi'i chadarnhau, wedi'i llofnodi gan y derbynnydd ag ôl bys %1: mae'r trosglwyddiad wedi'i "
        "gofnodi fel un a dderbyniwyd.",

    # ---------------------------------------------------------------- the child's record: the same child?
    ("SameChild", "The same child? Other records here with the same identifiers"):
        "Yr un plentyn? Cofnodion eraill yma sydd â'r un dynodwyr",
    ("SameChild", "Other records that may be this child, and records joined into it"):
        "Cofnodion eraill a allai fod yn gofnodion y plentyn hwn, a chofnodion a unwyd ag ef",
    ("SameChild", "The same child: joi&n the two records"): "&Yr un plentyn: uno'r ddau gofnod",
    ("SameChild", "The same child: join the two records"): "Yr un plentyn: uno'r ddau gofnod",
    ("SameChild", "&Separate the two records again"): "&Gwahanu'r ddau gofnod eto",
    ("SameChild", "(no name recorded)"): "(dim enw wedi'i gofnodi)",
    ("SameChild", "the same UPN"): "yr un UPN",
    ("SameChild", "the same NHS number"): "yr un rhif GIG",
    ("SameChild", "the same name and date of birth"): "yr un enw a dyddiad geni",
    ("SameChild", "the same UPN and the same NHS number"): "yr un UPN a'r un rhif GIG",
    ("SameChild", "the same UPN and the same name and date of birth"): "yr un UPN a'r un enw a dyddiad geni",
    ("SameChild", "the same NHS number and the same name and date of birth"):
        "yr un rhif GIG a'r un enw a dyddiad geni",
    ("SameChild", "the same UPN and the same NHS number and the same name and date of birth"):
        "yr un UPN, yr un rhif GIG a'r un enw a dyddiad geni",
    ("SameChild", "received in a transfer file on %1, with no completed assessment"):
        "a dderbyniwyd mewn ffeil drosglwyddo ar %1, heb asesiad wedi'i gwblhau",
    ("SameChild", "received in a transfer file on %1, with 1 completed assessment"):
        "a dderbyniwyd mewn ffeil drosglwyddo ar %1, gydag 1 asesiad wedi'i gwblhau",
    ("SameChild", "received in a transfer file on %1, with %2 completed assessments"):
        "a dderbyniwyd mewn ffeil drosglwyddo ar %1, gyda %2 asesiad wedi'u cwblhau",
    ("SameChild", "made here on %1, with no completed assessment"):
        "a wnaed yma ar %1, heb asesiad wedi'i gwblhau",
    ("SameChild", "made here on %1, with 1 completed assessment"):
        "a wnaed yma ar %1, gydag 1 asesiad wedi'i gwblhau",
    ("SameChild", "made here on %1, with %2 completed assessments"):
        "a wnaed yma ar %1, gyda %2 asesiad wedi'u cwblhau",
    ("SameChild", "Another record of %1, %2: %3. Not joined unless you decide."):
        "Cofnod arall am %1, %2: %3. Nid yw'n cael ei uno oni bai eich bod chi'n penderfynu.",
    ("SameChild", "Joined into this record by %1 on %2: another record of %3."):
        "Wedi'i uno â'r cofnod hwn gan %1 ar %2: cofnod arall am %3.",
    ("SameChild", "Not joined: %1."): "Heb ei uno: %1.",
    ("SameChild", "Joined: every assessment, chronology entry and escalation is on this record now. Separate the "
                  "two records again if it was wrong."):
        "Wedi'u huno: mae pob asesiad, cofnod yn y gronoleg ac uwchgyfeiriad ar y cofnod hwn nawr. Gwahanwch y ddau "
        "gofnod eto os oedd hyn yn anghywir.",
    ("SameChild", "Not separated: %1."): "Heb eu gwahanu: %1.",
    ("SameChild", "Separated: the two records are as they were before the join."):
        "Wedi'u gwahanu: mae'r ddau gofnod fel yr oeddent cyn eu huno.",
    ("SameChild", "%1, born %2"): "%1, ganwyd %2",

    # ---------------------------------------------------------------- the status bar's line (Team)
    ("Team", "Team: synced %1"): "Tîm: cysonwyd %1",
    ("Team", "Team: synced %1 · %2 waiting"): "Tîm: cysonwyd %1 · %2 yn aros",
    ("Team", "Team: synced %1 · %2 to decide (Settings, Team)"):
        "Tîm: cysonwyd %1 · %2 i benderfynu arnynt (Gosodiadau, Tîm)",
    ("Team", "Team: synced %1 · %2 waiting · %3 to decide (Settings, Team)"):
        "Tîm: cysonwyd %1 · %2 yn aros · %3 i benderfynu arnynt (Gosodiadau, Tîm)",
    ("Team", "Team: not synced yet"): "Tîm: heb ei gysoni eto",
    ("Team", "never"): "erioed",
    ("Team", "Team: not synced (%1)"): "Tîm: heb ei gysoni (%1)",

    # ---------------------------------------------------------------- Settings, Team
    ("Team", "This vault is not in a team. A lead and deputies can share records through a folder the organisation "
             "already syncs (OneDrive or SharePoint, a network share): no server, and the files there are encrypted "
             "to the members only. The first member starts the team in that folder; each other member gives them "
             "their transfer key (Settings, Transfers), is invited, waits for the folder to sync, then joins here."):
        "Nid yw'r storfa gofnodion hon mewn tîm. Gall arweinydd a dirprwyon rannu cofnodion drwy ffolder y mae'r "
        "sefydliad eisoes yn ei chysoni (OneDrive neu SharePoint, ffolder a rennir ar y rhwydwaith): dim gweinydd, "
        "ac mae'r ffeiliau yno wedi'u hamgryptio ar gyfer yr aelodau yn unig. Mae'r aelod cyntaf yn dechrau'r tîm "
        "yn y ffolder honno; mae pob aelod arall yn rhoi eu hallwedd drosglwyddo i'r aelod cyntaf (Gosodiadau, "
        "Trosglwyddiadau), yn cael gwahoddiad, yn aros i'r ffolder gysoni, ac yna'n ymuno yma.",
    ("Team", "Joined. Read each member's fingerprint (below) back to them by phone before relying on the team: a "
             "fingerprint that differs means a file that is not theirs."):
        "Wedi ymuno. Darllenwch ôl bys pob aelod (isod) yn ôl iddynt dros y ffôn cyn dibynnu ar y tîm: mae ôl bys "
        "sy'n wahanol yn golygu ffeil nad yw'n perthyn iddynt.",
    ("Team", "date of birth"): "dyddiad geni",
    ("Team", "first name"): "enw cyntaf",
    ("Team", "surname"): "cyfenw",
    ("Team", "UPN"): "UPN",
    ("Team", "NHS number"): "rhif GIG",
    ("Team", "other names"): "enwau eraill",
    ("Team", "approximate age"): "oed bras",
    ("Team", "local authority case number"): "rhif achos yr awdurdod lleol",
    ("Team", "language preference"): "dewis iaith",
    ("Team", "an escalation's status"): "statws uwchgyfeiriad",
    ("Team", "an escalation's outcome"): "canlyniad uwchgyfeiriad",
    ("Team", "which version of an assessment is current"): "pa fersiwn o asesiad sy'n gyfredol",
    ("Team", "which version of a chronology entry is current"): "pa fersiwn o gofnod yn y gronoleg sy'n gyfredol",
    ("Team", "what is recorded about a person or place"): "yr hyn a gofnodir am berson neu le",
    ("Team", "which record a person or place counts as"): "fel pa gofnod y mae person neu le yn cyfrif",
    ("Team", "English"): "Saesneg",
    ("Team", "Welsh"): "Cymraeg",
    ("Team", "%1, fingerprint %2"): "%1, ôl bys %2",
    ("Team", "%1 (this vault), fingerprint %2"): "%1 (y storfa gofnodion hon), ôl bys %2",
    ("Team", "%1 (removed), fingerprint %2"): "%1 (wedi'i dynnu), ôl bys %2",
    ("Team", "%1 (this vault) (removed), fingerprint %2"): "%1 (y storfa gofnodion hon) (wedi'i dynnu), ôl bys %2",
    ("Team", "%1"): "%1",
    ("Team", "%1 (this vault)"): "%1 (y storfa gofnodion hon)",
    ("Team", "%1 (removed)"): "%1 (wedi'i dynnu)",
    ("Team", "%1 (this vault) (removed)"): "%1 (y storfa gofnodion hon) (wedi'i dynnu)",
    ("Team", "1 change published"): "1 newid wedi'i gyhoeddi",
    ("Team", "%1 changes published"): "%1 newid wedi'u cyhoeddi",
    ("Team", "1 file read"): "1 ffeil wedi'i darllen",
    ("Team", "%1 files read"): "%1 ffeil wedi'u darllen",
    ("Team", "1 record here brought up to date"): "1 cofnod yma wedi'i ddiweddaru",
    ("Team", "%1 records here brought up to date"): "%1 cofnod yma wedi'u diweddaru",
    ("Team", "1 file still arriving (tried again next time)"):
        "1 ffeil yn dal i gyrraedd (rhoddir cynnig arall arni y tro nesaf)",
    ("Team", "%1 files still arriving (tried again next time)"):
        "%1 ffeil yn dal i gyrraedd (rhoddir cynnig arall arnynt y tro nesaf)",
    ("Team", "1 file refused (not for this vault, or not genuine)"):
        "1 ffeil wedi'i gwrthod (nid ar gyfer y storfa gofnodion hon, neu nid yw'n ddilys)",
    ("Team", "%1 files refused (not for this vault, or not genuine)"):
        "%1 ffeil wedi'u gwrthod (nid ar gyfer y storfa gofnodion hon, neu nid ydynt yn ddilys)",
    ("Team", "Start or join a team"): "Dechrau tîm neu ymuno ag un",
    ("Team", "The team folder"): "Ffolder y tîm",
    ("Team", "a folder inside the organisation's synced folder"): "ffolder o fewn ffolder gysonedig y sefydliad",
    ("Team", "C&hoose..."): "&Dewis...",
    ("Team", "Team folder"): "Ffolder y tîm",
    ("Team", "The team's name (to start one)"): "Enw'r tîm (i ddechrau un)",
    ("Team", "for example: Northgate Academy safeguarding"): "er enghraifft: diogelu Academi Northgate",
    ("Team", "Team name (to start one)"): "Enw'r tîm (i ddechrau un)",
    ("Team", "Start a &team in this folder"): "Dechrau &tîm yn y ffolder hon",
    ("Team", "&Join the team in this folder"): "&Ymuno â'r tîm yn y ffolder hon",
    ("Team", "Members"): "Aelodau",
    ("Team", "The team's members"): "Aelodau'r tîm",
    ("Team", "The new member's transfer key"): "Allwedd drosglwyddo'r aelod newydd",
    ("Team", "age1... (their transfer key)"): "age1... (eu hallwedd drosglwyddo)",
    ("Team", "The new member's name and role"): "Enw a rôl yr aelod newydd",
    ("Team", "name and role"): "enw a rôl",
    ("Team", "&Invite"): "&Gwahodd",
    ("Team", "Re&move the selected member..."): "Tynnu'r &aelod a ddewiswyd...",
    ("Team", "Changed on two laptops apart (the later is shown; decide which is right)"):
        "Wedi'u newid ar ddau liniadur ar wahân (dangosir yr un diweddarach; penderfynwch pa un sy'n gywir)",
    ("Team", "Fields changed on two laptops apart"): "Meysydd a newidiwyd ar ddau liniadur ar wahân",
    ("Team", "&Keep the selected value"): "Cadw'r gw&erth a ddewiswyd",
    ("Team", "Working"): "Wrthi'n gweithio",
    ("Team", "S&ync now"): "Cysoni &nawr",
    ("Team", "Remove a member"): "Tynnu aelod",
    ("Team", "&Yes"): "&Ie",
    ("Team", "&No"): "&Na",
    ("Team", "Team: %1. Folder: %2. Last sync: %3. Files waiting: %4."):
        "Tîm: %1. Ffolder: %2. Cysoni diwethaf: %3. Ffeiliau'n aros: %4.",
    ("Team", "a person, place or record"): "person, lle neu gofnod",
    ("Team", "None."): "Dim.",
    ("Team", "Recording the decision..."): "Wrthi'n cofnodi'r penderfyniad...",
    ("Team", "Syncing..."): "Wrthi'n cysoni...",
    ("Team", "Choose the team folder first: a folder inside the organisation's synced folder."):
        "Dewiswch ffolder y tîm yn gyntaf: ffolder o fewn ffolder gysonedig y sefydliad.",
    ("Team", "Give the team a name (for example the school's name and 'safeguarding')."):
        "Rhowch enw i'r tîm (er enghraifft enw'r ysgol a 'diogelu').",
    ("Team", "Starting the team and writing this vault's records to the folder... For a large vault this takes some "
             "minutes; the window stays usable."):
        "Wrthi'n dechrau'r tîm ac yn ysgrifennu cofnodion y storfa gofnodion hon i'r ffolder... Ar gyfer storfa "
        "gofnodion fawr mae hyn yn cymryd rhai munudau; gallwch ddal i ddefnyddio'r ffenestr.",
    ("Team", "Team started. Invite each member by their transfer key."):
        "Mae'r tîm wedi'i ddechrau. Gwahoddwch bob aelod drwy eu hallwedd drosglwyddo.",
    ("Team", "Joining: reading the team's files... For a large vault this takes some minutes; the window stays "
             "usable."):
        "Wrthi'n ymuno: yn darllen ffeiliau'r tîm... Ar gyfer storfa gofnodion fawr mae hyn yn cymryd rhai munudau; "
        "gallwch ddal i ddefnyddio'r ffenestr.",
    ("Team", "Paste the new member's transfer key: the age1... line in Settings, Transfers, in their app."):
        "Gludwch allwedd drosglwyddo'r aelod newydd: y llinell age1... yn Gosodiadau, Trosglwyddiadau, yn eu ap.",
    ("Team", "Invited %1. Once the folder has synced to their laptop they join in their Settings, Team; then read "
             "each other's fingerprints by phone."):
        "Gwahoddwyd %1. Unwaith y bydd y ffolder wedi cysoni i'w gliniadur, byddant yn ymuno yn eu Gosodiadau, Tîm; "
        "yna darllenwch olion bysedd eich gilydd dros y ffôn.",
    ("Team", "Inviting: writing the team's records for the new member too... For a large vault this takes some "
             "minutes; the window stays usable."):
        "Wrthi'n gwahodd: yn ysgrifennu cofnodion y tîm ar gyfer yr aelod newydd hefyd... Ar gyfer storfa gofnodion "
        "fawr mae hyn yn cymryd rhai munudau; gallwch ddal i ddefnyddio'r ffenestr.",
    ("Team", "Select another member to remove (not this vault, not one already removed)."):
        "Dewiswch aelod arall i'w dynnu (nid y storfa gofnodion hon, nid un sydd wedi'i dynnu eisoes).",
    ("Team", "Remove %1 from the team? What they hold already stays on their laptop; nothing written from now on can "
             "be read by them, and their key is never used again."):
        "Tynnu %1 o'r tîm? Mae'r hyn sydd ganddynt eisoes yn aros ar eu gliniadur; ni allant ddarllen dim a "
        "ysgrifennir o hyn ymlaen, ac ni ddefnyddir eu hallwedd byth eto.",
    ("Team", "Removed %1: later files are not readable by them."):
        "Tynnwyd %1: ni allant ddarllen ffeiliau diweddarach.",
    ("Team", "Removing..."): "Wrthi'n tynnu...",
    ("Team", "Decided, for every member. Synced: %1."): "Wedi penderfynu, ar gyfer pob aelod. Cysonwyd: %1.",
    ("Team", "Synced: %1."): "Cysonwyd: %1.",
    ("Team", "Not done: %1"): "Heb ei wneud: %1",
    ("Team", "%1: %2: %3 (shown now)"): "%1: %2: %3 (yn cael ei ddangos nawr)",
    ("Team", "%1: %2: %3"): "%1: %2: %3",
    ("Team", "%1: %2 (shown now)"): "%1: %2 (yn cael ei ddangos nawr)",
    ("Team", "%1: %2"): "%1: %2",
    ("Team", "(not recorded)"): "(heb ei gofnodi)",
    ("Team", "(left empty)"): "(wedi'i adael yn wag)",

    # ---------------------------------------------------------------- the child's record: the team
    ("TeamChild", "Every member of the team receives this child's records."):
        "Mae pob aelod o'r tîm yn derbyn cofnodion y plentyn hwn.",
    ("TeamChild", "Only these members receive this child's records from now on: %1. What a member already holds "
                  "stays on their laptop: access can be limited from now on, not taken back."):
        "Dim ond yr aelodau hyn sy'n derbyn cofnodion y plentyn hwn o hyn ymlaen: %1. Mae'r hyn sydd gan aelod "
        "eisoes yn aros ar eu gliniadur: gellir cyfyngu mynediad o hyn ymlaen, nid ei dynnu'n ôl.",
    ("TeamChild", "Team"): "Tîm",
    ("TeamChild", "Team: changed on two laptops apart (the first is shown; keep the right one)"):
        "Tîm: wedi'u newid ar ddau liniadur ar wahân (dangosir y cyntaf; cadwch yr un cywir)",
    ("TeamChild", "Who in the &team receives this child's records..."):
        "Pwy yn y &tîm sy'n derbyn cofnodion y plentyn hwn...",
    ("TeamChild", "This child's details changed on two laptops apart"):
        "Manylion y plentyn hwn a newidiwyd ar ddau liniadur ar wahân",
    ("TeamChild", "&Keep the selected value"): "Cadw'r gw&erth a ddewiswyd",
    ("TeamChild", "a former member"): "cyn-aelod",
    ("TeamChild", "%1 (this vault)"): "%1 (y storfa gofnodion hon)",
    ("TeamChild", "Saving who receives this child's records, and syncing..."):
        "Wrthi'n cadw pwy sy'n derbyn cofnodion y plentyn hwn, ac yn cysoni...",
    ("TeamChild", "Saved: from now on, only as said above."): "Wedi'i gadw: o hyn ymlaen, dim ond fel y nodir uchod.",
    ("TeamChild", "Recording the decision..."): "Wrthi'n cofnodi'r penderfyniad...",
    ("TeamChild", "Decided, for every member."): "Wedi penderfynu, ar gyfer pob aelod.",
    ("TeamChild", "Not done: %1"): "Heb ei wneud: %1",
    ("TeamChild", "Who in the team receives this child's records"): "Pwy yn y tîm sy'n derbyn cofnodion y plentyn hwn",
    ("TeamChild", "KCSIE: a child protection record is seen only by those who need to. What a member already holds "
                  "stays on their laptop: access can be limited from now on, not taken back."):
        "KCSIE: dim ond y rhai sydd angen ei weld sy'n gweld cofnod amddiffyn plant. Mae'r hyn sydd gan aelod eisoes "
        "yn aros ar eu gliniadur: gellir cyfyngu mynediad o hyn ymlaen, nid ei dynnu'n ôl.",
    ("TeamChild", "&Every member of the team, and anyone who joins later (the default)"):
        "Pob &aelod o'r tîm, ac unrhyw un sy'n ymuno yn nes ymlaen (y rhagosodiad)",
    ("TeamChild", "&Only the members ticked:"): "&Dim ond yr aelodau a diciwyd:",
    ("TeamChild", "Members who receive this child's records"): "Aelodau sy'n derbyn cofnodion y plentyn hwn",
    ("TeamChild", "Save"): "Cadw",
    ("TeamChild", "Cancel"): "Canslo",
}
