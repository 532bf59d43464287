"""Welsh for the strings marked on branch welsh-shell (referral PDF actions and dialogs, summary,
child picker, profile, maintenance, recovery sheet, note prompt, errors, lock). Applied with
scripts/fill-translations.py after lupdate; deleted after merging."""

CY = {
    # ---------------------------------------------------------------- ChildPicker
    ("ChildPicker", "New screening: choose the child"): "Sgrinio newydd: dewiswch y plentyn",
    ("ChildPicker", "New full assessment: choose the child"): "Asesiad llawn newydd: dewiswch y plentyn",
    ("ChildPicker", "New exploitation screening: choose the child"): "Sgrinio camfanteisio newydd: dewiswch y plentyn",
    ("ChildPicker", "New concern: choose the child"): "Pryder newydd: dewiswch y plentyn",
    ("ChildPicker", "New %1: choose the child"): "%1 newydd: dewiswch y plentyn",
    ("ChildPicker", "(no name recorded)"): "(dim enw wedi'i gofnodi)",
    ("ChildPicker", "%1 (born %2, age %3)"): "%1 (ganwyd %2, oed %3)",
    ("ChildPicker", "%1 (about %2 years old (date of birth not known))"):
        "%1 (tua %2 oed (dyddiad geni ddim yn hysbys))",
    ("ChildPicker", "%1 (age not recorded)"): "%1 (oed heb ei gofnodi)",
    ("ChildPicker", "Choose the child"): "Dewis y plentyn",
    ("ChildPicker", "A child already &recorded"): "Plentyn sydd eisoes wedi'i &gofnodi",
    ("ChildPicker", "A &new child"): "Plentyn &newydd",
    ("ChildPicker", "Cancel"): "Canslo",
    ("ChildPicker", "Start"): "Dechrau",
    ("ChildPicker", "Search children"): "Chwilio am blant",
    ("ChildPicker", "Name, date of birth or identifier"): "Enw, dyddiad geni neu ddynodydd",
    ("ChildPicker", "Matching children"): "Plant sy'n cyfateb",
    ("ChildPicker", "Search for the child and select them, or add a new child."):
        "Chwiliwch am y plentyn a'i ddewis, neu ychwanegwch blentyn newydd.",
    # ---------------------------------------------------------------- Errors
    ("Errors", "The form pack could not be used: %1. Nothing was changed. Ask whoever looks after your "
               "organisation's form pack to check it."):
        "Nid oedd modd defnyddio'r pecyn ffurflenni: %1. Ni newidiwyd dim. Gofynnwch i bwy bynnag sy'n gofalu am "
        "becyn ffurflenni eich sefydliad ei wirio.",
    ("Errors", "The computer ran out of memory. Close other programs and try again."):
        "Mae'r cyfrifiadur wedi rhedeg allan o gof. Caewch raglenni eraill a rhowch gynnig arall arni.",
    ("Errors", "The computer reported a problem with a file or folder (%1). Try again."):
        "Rhoddodd y cyfrifiadur wybod am broblem gyda ffeil neu ffolder (%1). Rhowch gynnig arall arni.",
    ("Errors", "unknown"): "anhysbys",
    ("Errors", "Something went wrong and nothing was changed. Try again; if it keeps happening, ask IT support."):
        "Aeth rhywbeth o'i le ac ni newidiwyd dim. Rhowch gynnig arall arni; os yw'n dal i ddigwydd, gofynnwch i'r "
        "gwasanaeth cymorth TG.",
    # ---------------------------------------------------------------- Lock
    ("Lock", "Locking the case records before the computer sleeps"):
        "Yn cloi cofnodion yr achos cyn i'r cyfrifiadur gysgu",
    # ---------------------------------------------------------------- Maintenance
    ("Maintenance", "Stop"): "Stopio",
    ("Maintenance", "Stopping..."): "Yn stopio...",
    ("Maintenance", "Passphrase of the backup"): "Cyfrinymadrodd y copi wrth gefn",
    ("Maintenance", "No problems found. The records file is whole and readable: %1, %2, %3.%4"):
        "Ni chafwyd hyd i unrhyw broblemau. Mae ffeil y cofnodion yn gyflawn ac yn ddarllenadwy: %1, %2, %3.%4",
    ("Maintenance", "Problems were found in the records file. Nothing has been changed. Make a backup now if you "
                    "can, then restore your latest good backup into a new folder, or ask IT support."):
        "Cafwyd hyd i broblemau yn ffeil y cofnodion. Nid oes dim wedi'i newid. Gwnewch gopi wrth gefn nawr os "
        "gallwch, yna adferwch eich copi wrth gefn da diweddaraf i ffolder newydd, neu gofynnwch i'r gwasanaeth "
        "cymorth TG.",
    ("Maintenance", "1 child"): "1 plentyn",
    ("Maintenance", "%1 children"): "%1 plentyn",
    ("Maintenance", "1 completed assessment"): "1 asesiad wedi'i gwblhau",
    ("Maintenance", "%1 completed assessments"): "%1 asesiad wedi'u cwblhau",
    ("Maintenance", "1 draft"): "1 drafft",
    ("Maintenance", "%1 drafts"): "%1 drafft",
    ("Maintenance", "Restore"): "Adfer",
    ("Maintenance", "Restore a backup..."): "Adfer copi wrth gefn...",
    ("Maintenance", "Restore a backup... progress"): "Cynnydd adfer copi wrth gefn",
    ("Maintenance", "Stop: Restore a backup"): "Stopio: Adfer copi wrth gefn",
    ("Maintenance", "Open the restored records"): "Agor y cofnodion a adferwyd",
    ("Maintenance", "Restores a backup into a new, empty folder. The current records are not changed."):
        "Mae'n adfer copi wrth gefn i ffolder newydd, gwag. Nid yw'r cofnodion presennol yn cael eu newid.",
    ("Maintenance", "Restored into %1. The restored records open with the backup's passphrase."):
        "Adferwyd i %1. Mae'r cofnodion a adferwyd yn agor gyda chyfrinymadrodd y copi wrth gefn.",
    ("Maintenance", "Choose a backup"): "Dewis copi wrth gefn",
    ("Maintenance", "CSE Screening backup (*.cseb);;All files (*)"):
        "Copi wrth gefn CSE Screening (*.cseb);;Pob ffeil (*)",
    ("Maintenance", "Choose an empty folder for the restored records"):
        "Dewiswch ffolder wag ar gyfer y cofnodion a adferwyd",
    ("Maintenance", "Back up now..."): "Gwneud copi wrth gefn nawr...",
    ("Maintenance", "Stopped before the backup was finished: no backup was written."):
        "Stopiwyd cyn i'r copi wrth gefn gael ei orffen: ni ysgrifennwyd copi wrth gefn.",
    ("Maintenance", "Back up now... progress"): "Cynnydd gwneud copi wrth gefn",
    ("Maintenance", "Stop: Back up now"): "Stopio: Gwneud copi wrth gefn nawr",
    ("Maintenance", "Check the records"): "Gwirio'r cofnodion",
    ("Maintenance", "Stopped before the check was finished. Nothing was changed."):
        "Stopiwyd cyn i'r gwiriad gael ei orffen. Ni newidiwyd dim.",
    ("Maintenance", "Check the records progress"): "Cynnydd gwirio'r cofnodion",
    ("Maintenance", "Stop: Check the records"): "Stopio: Gwirio'r cofnodion",
    ("Maintenance", "Backup"): "Copi wrth gefn",
    ("Maintenance", "A backup is one encrypted file; it opens with the passphrase in use when it was made. Keep it "
                    "on an encrypted drive or your organisation's network."):
        "Un ffeil wedi'i hamgryptio yw copi wrth gefn; mae'n agor gyda'r cyfrinymadrodd a oedd yn cael ei "
        "ddefnyddio pan gafodd ei wneud. Cadwch ef ar yriant wedi'i amgryptio neu ar rwydwaith eich sefydliad.",
    ("Maintenance", "Integrity check"): "Gwiriad cywirdeb",
    ("Maintenance", "Reads every page of the records file and checks the database structure."):
        "Mae'n darllen pob tudalen o ffeil y cofnodion ac yn gwirio strwythur y gronfa ddata.",
    ("Maintenance", "Backup written to %1."): "Ysgrifennwyd y copi wrth gefn i %1.",
    ("Maintenance", "Back up the records"): "Gwneud copi wrth gefn o'r cofnodion",
    ("Maintenance", "CSE Screening backup (*.cseb)"): "Copi wrth gefn CSE Screening (*.cseb)",
    # ---------------------------------------------------------------- NotePrompt
    ("NotePrompt", "Keep it short (at most %1 characters); details go in the assessment itself."):
        "Cadwch ef yn fyr (%1 nod ar y mwyaf); mae'r manylion yn mynd yn yr asesiad ei hun.",
    ("NotePrompt", "Cancel"): "Canslo",
    # ---------------------------------------------------------------- Profile
    ("Profile", "Your name"): "Eich enw",
    ("Profile", "Role"): "Rôl",
    ("Profile", "for example Designated Safeguarding Lead"): "er enghraifft Arweinydd Diogelu Dynodedig",
    ("Profile", "Organisation"): "Sefydliad",
    ("Profile", "school, service or team"): "ysgol, gwasanaeth neu dîm",
    ("Profile", "Address"): "Cyfeiriad",
    ("Profile", "Phone"): "Ffôn",
    ("Profile", "Email"): "E-bost",
    ("Profile", "MASH / Children's Social Care"): "MASH / Gofal Cymdeithasol Plant",
    ("Profile", "phone number"): "rhif ffôn",
    ("Profile", "Police (non-emergency)"): "Yr Heddlu (nid argyfwng)",
    ("Profile", "101"): "101",
    ("Profile", "Out-of-hours social care"): "Gofal cymdeithasol y tu allan i oriau",
    ("Profile", "About you (printed on referrals)"): "Amdanoch chi (wedi'i argraffu ar atgyfeiriadau)",
    ("Profile", "Local contacts"): "Cysylltiadau lleol",
    # ---------------------------------------------------------------- Recovery (the recovery sheet)
    ("Recovery", "CSE Screening: recovery sheet"): "CSE Screening: taflen adfer",
    ("Recovery", "OFFICIAL-SENSITIVE. Created %1."): "SWYDDOGOL-SENSITIF. Crëwyd %1.",
    ("Recovery", "Records folder: %1"): "Ffolder y cofnodion: %1",
    ("Recovery", "Recovery code:"): "Cod adfer:",
    ("Recovery", "What this is for"): "Beth yw diben hwn",
    ("Recovery", "If the passphrase is forgotten, this code opens the records and lets you set a new passphrase. "
                 "Nobody else can recover the records: not IT support, not the makers of this application. If both "
                 "the passphrase and this code are lost, the records cannot be read by anyone."):
        "Os anghofir y cyfrinymadrodd, mae'r cod hwn yn agor y cofnodion ac yn gadael i chi osod cyfrinymadrodd "
        "newydd. Ni all neb arall adfer y cofnodion: nid y gwasanaeth cymorth TG, nid gwneuthurwyr y rhaglen hon. "
        "Os collir y cyfrinymadrodd a'r cod hwn, ni all neb ddarllen y cofnodion.",
    ("Recovery", "Keep it safe"): "Cadwch hi'n ddiogel",
    ("Recovery", "Store this sheet locked away, apart from the laptop (for example in the safeguarding office "
                 "safe)."):
        "Cadwch y daflen hon dan glo, ar wahân i'r gliniadur (er enghraifft yn sêff y swyddfa ddiogelu).",
    ("Recovery", "Anyone holding this code and the records folder can read the records."):
        "Gall unrhyw un sydd â'r cod hwn a ffolder y cofnodion ddarllen y cofnodion.",
    ("Recovery", "Do not photograph it, email it or keep it in the laptop bag."):
        "Peidiwch â thynnu llun ohoni, ei hanfon drwy e-bost na'i chadw ym mag y gliniadur.",
    ("Recovery", "CSE Screening recovery sheet"): "Taflen adfer CSE Screening",
    # ---------------------------------------------------------------- ReferralUI (the window's words)
    ("ReferralUI", "Preview referral"): "Rhagolwg o'r atgyfeiriad",
    ("ReferralUI", "Preview PDF"): "Rhagolwg o'r PDF",
    ("ReferralUI", "No preview"): "Dim rhagolwg",
    ("ReferralUI", "Not saved"): "Heb ei gadw",
    ("ReferralUI", "Not printed"): "Heb ei argraffu",
    ("ReferralUI", "Cannot compare"): "Methu cymharu",
    ("ReferralUI", "Print"): "Argraffu",
    ("ReferralUI", "%1: %2."): "%1: %2.",
    ("ReferralUI", "%1. %2"): "%1. %2",
    ("ReferralUI", "Save PDF..."): "Cadw PDF...",
    ("ReferralUI", "Print..."): "Argraffu...",
    ("ReferralUI", "Working"): "Wrthi'n gweithio",
    ("ReferralUI", "PDF status"): "Statws y PDF",
    ("ReferralUI", "Preparing the preview..."): "Wrthi'n paratoi'r rhagolwg...",
    ("ReferralUI", "Saving..."): "Wrthi'n cadw...",
    ("ReferralUI", "Printing..."): "Wrthi'n argraffu...",
    ("ReferralUI", "Saved as %1 in %2. It is protected with the password you chose. The export is recorded in the "
                   "audit trail."):
        "Cadwyd fel %1 yn %2. Mae wedi'i diogelu gyda'r cyfrinair a ddewisoch. Mae'r allforio wedi'i gofnodi yn y "
        "trywydd archwilio.",
    ("ReferralUI", "Saved as %1 in %2. The export is recorded in the audit trail."):
        "Cadwyd fel %1 yn %2. Mae'r allforio wedi'i gofnodi yn y trywydd archwilio.",
    ("ReferralUI", "Sent 1 page to the printer. Collect them straight away: the pages are marked "
                   "OFFICIAL-SENSITIVE."):
        "Anfonwyd 1 dudalen i'r argraffydd. Casglwch hi ar unwaith: mae'r tudalennau wedi'u marcio'n "
        "SWYDDOGOL-SENSITIF.",
    ("ReferralUI", "Sent %1 pages to the printer. Collect them straight away: the pages are marked "
                   "OFFICIAL-SENSITIVE."):
        "Anfonwyd %1 tudalen i'r argraffydd. Casglwch nhw ar unwaith: mae'r tudalennau wedi'u marcio'n "
        "SWYDDOGOL-SENSITIF.",
    ("ReferralUI", "Referral %1"): "Atgyfeiriad %1",
    ("ReferralUI", "%1 referral.pdf"): "%1 atgyfeiriad.pdf",
    ("ReferralUI", "the PDF could not be read"): "nid oedd modd darllen y PDF",
    ("ReferralUI", "the printer could not be started"): "nid oedd modd cychwyn yr argraffydd",
    ("ReferralUI", "CSE Screening document"): "Dogfen CSE Screening",
    ("ReferralUI", "%1: 1 page. Shown from memory; nothing is saved until you choose Save PDF."):
        "%1: 1 dudalen. Wedi'i dangos o'r cof; nid oes dim yn cael ei gadw nes i chi ddewis Cadw PDF.",
    ("ReferralUI", "%1, 1 page"): "%1, 1 dudalen",
    ("ReferralUI", "%1: %2 pages. Shown from memory; nothing is saved until you choose Save PDF."):
        "%1: %2 tudalen. Wedi'i dangos o'r cof; nid oes dim yn cael ei gadw nes i chi ddewis Cadw PDF.",
    ("ReferralUI", "%1, %2 pages"): "%1, %2 tudalen",
    ("ReferralUI", "Fit width"): "Ffitio'r lled",
    ("ReferralUI", "Zoom out"): "Chwyddo allan",
    ("ReferralUI", "Zoom in"): "Chwyddo i mewn",
    ("ReferralUI", "Close"): "Cau",
    ("ReferralUI", "At least %1 characters. Send the password by a different route from the file (for example by "
                   "phone), never in the same email."):
        "O leiaf %1 nod. Anfonwch y cyfrinair ar hyd llwybr gwahanol i'r ffeil (er enghraifft dros y ffôn), byth "
        "yn yr un e-bost.",
    ("ReferralUI", "Save the referral as a PDF"): "Cadw'r atgyfeiriad fel PDF",
    ("ReferralUI", "Save the comparison as a PDF"): "Cadw'r gymhariaeth fel PDF",
    ("ReferralUI", "Save the %1 as a PDF"): "Cadw'r %1 fel PDF",
    ("ReferralUI", "The referral is marked OFFICIAL-SENSITIVE. Save it only where your organisation allows case "
                   "records."):
        "Mae'r atgyfeiriad wedi'i farcio'n SWYDDOGOL-SENSITIF. Cadwch ef dim ond lle mae eich sefydliad yn caniatáu "
        "cofnodion achos.",
    ("ReferralUI", "The comparison is marked OFFICIAL-SENSITIVE. Save it only where your organisation allows case "
                   "records."):
        "Mae'r gymhariaeth wedi'i marcio'n SWYDDOGOL-SENSITIF. Cadwch hi dim ond lle mae eich sefydliad yn caniatáu "
        "cofnodion achos.",
    ("ReferralUI", "The %1 is marked OFFICIAL-SENSITIVE. Save it only where your organisation allows case records."):
        "Mae'r %1 wedi'i farcio'n SWYDDOGOL-SENSITIF. Cadwch ef dim ond lle mae eich sefydliad yn caniatáu cofnodion "
        "achos.",
    ("ReferralUI", "Save PDF"): "Cadw PDF",
    ("ReferralUI", "PDF files (*.pdf)"): "Ffeiliau PDF (*.pdf)",
    ("ReferralUI", "Save"): "Cadw",
    ("ReferralUI", "Cancel"): "Canslo",
    ("ReferralUI", "File to save"): "Y ffeil i'w chadw",
    ("ReferralUI", "Choose..."): "Dewis...",
    ("ReferralUI", "Save as"): "Cadw fel",
    ("ReferralUI", "Language of the referral / Iaith yr atgyfeiriad"): "Iaith yr atgyfeiriad",
    ("ReferralUI", "Cymraeg (Welsh: headings, level and dates; form text in English for now)"):
        "Cymraeg (penawdau, lefel a dyddiadau; testun y ffurflen yn Saesneg am y tro)",
    ("ReferralUI", "Languages / Ieithoedd"): "Ieithoedd",
    ("ReferralUI", "Language / Iaith"): "Iaith",
    ("ReferralUI", "Offered first: the child's recorded language preference."):
        "Wedi'i gynnig yn gyntaf: dewis iaith y plentyn sydd wedi'i gofnodi.",
    ("ReferralUI", "Protect with a password"): "Diogelu gyda chyfrinair",
    ("ReferralUI", "Password"): "Cyfrinair",
    ("ReferralUI", "Confirm password"): "Cadarnhau'r cyfrinair",
    ("ReferralUI", "Choose where to save the file."): "Dewiswch ble i gadw'r ffeil.",
    ("ReferralUI", "That folder does not exist. Choose another with Choose..."):
        "Nid yw'r ffolder honno'n bodoli. Dewiswch un arall gyda Dewis...",
    ("ReferralUI", "The password needs at least %1 characters."): "Mae angen o leiaf %1 nod yn y cyfrinair.",
    ("ReferralUI", "The two passwords are not the same."): "Nid yw'r ddau gyfrinair yr un fath.",
    # ---------------------------------------------------------------- Summary (a completed assessment)
    ("Summary", "final level"): "lefel derfynol",
    ("Summary", "Why"): "Pam",
    ("Summary", "Rules that set a minimum level"): "Rheolau sy'n gosod isafswm lefel",
    ("Summary", "Not known (follow up)"): "Ddim yn hysbys (i'w ddilyn)",
    ("Summary", "Statutory flags"): "Baneri statudol",
    ("Summary", "What to do"): "Beth i'w wneud",
    ("Summary", "What this correction changed"): "Beth newidiodd y cywiriad hwn",
    ("Summary", "Versions"): "Fersiynau",
    ("Summary", "Computed level: <b>%1</b>. Changed by professional judgement: %2"):
        "Lefel a gyfrifwyd: <b>%1</b>. Newidiwyd drwy farn broffesiynol: %2",
    ("Summary", "1 point"): "1 pwynt",
    ("Summary", "%1 points"): "%1 pwynt",
    ("Summary", "%1 (suspected; %2)"): "%1 (dan amheuaeth; %2)",
    ("Summary", "%1 (evidenced; %2)"): "%1 (wedi'i dystiolaethu; %2)",
    ("Summary", "%1 (suspected, %2; %3)"): "%1 (dan amheuaeth, %2; %3)",
    ("Summary", "%1 (evidenced, %2; %3)"): "%1 (wedi'i dystiolaethu, %2; %3)",
    ("Summary", "No indicators recorded. This does not mean the child is safe: screen again when anything new is "
                "known."):
        "Dim dangosyddion wedi'u cofnodi. Nid yw hyn yn golygu bod y plentyn yn ddiogel: sgriniwch eto pan fydd "
        "unrhyw beth newydd yn hysbys.",
    ("Summary", "<b>Review of %1.</b> What had changed: %2"): "<b>Adolygiad o %1.</b> Beth oedd wedi newid: %2",
    ("Summary", "<b>Review of an earlier assessment.</b> What had changed: %1"):
        "<b>Adolygiad o asesiad cynharach.</b> Beth oedd wedi newid: %1",
    ("Summary", "Assessed %1 · form version %2 · record version %3%4 · completed and locked"):
        "Aseswyd %1 · fersiwn y ffurflen %2 · fersiwn y cofnod %3%4 · wedi'i gwblhau a'i gloi",
    ("Summary", "This assessment has no stored result."): "Nid oes canlyniad wedi'i gadw ar gyfer yr asesiad hwn.",
    ("Summary", "<b>Review by %1</b>"): "<b>Adolygu erbyn %1</b>",
    ("Summary", "Version %1, %2: corrected: %3. Final level %4."):
        "Fersiwn %1, %2: wedi'i gywiro: %3. Lefel derfynol %4.",
    ("Summary", "Version %1, %2: first completed. Final level %3."):
        "Fersiwn %1, %2: wedi'i gwblhau gyntaf. Lefel derfynol %3.",
    ("Summary", "%1 (shown)"): "%1 (yn cael ei dangos)",
    ("Summary", "Show the current version"): "Dangos y fersiwn gyfredol",
    ("Summary", "Show this version"): "Dangos y fersiwn hon",
    ("Summary", "Assessment result"): "Canlyniad yr asesiad",
    ("Summary", " (an earlier version, replaced by version %1)"): " (fersiwn gynharach, a ddisodlwyd gan fersiwn %1)",
    ("Summary", "Continue as a full assessment"): "Parhau fel asesiad llawn",
    ("Summary", "Start a full CSE risk assessment for this child with this screening's answers carried over."):
        "Dechrau asesiad risg CSE llawn ar gyfer y plentyn hwn gydag atebion y sgrinio hwn wedi'u cario drosodd.",
}
