"""Welsh for the strings marked in Settings (screening_app/ui/shell/settings.py, context
"Settings") and the chronology panel and concern dialog (screening_app/ui/chronology/, context
"Chronology"), for the .ts once lupdate has collected them. Prepared by the development team:
for the Welsh-language reviewer, as the rest of the .ts.

Term choices follow the .ts: cofnodion (records), cyfrinymadrodd (passphrase), cod adfer
(recovery code), copi wrth gefn (backup), cronoleg (chronology), pryder (concern), sgrinio,
plentyn, Gosodiadau (Settings), Hafan (Home), Cadw cofnodion (Retention), Trosglwyddiadau
(Transfers), "Heb ei gadw: %1" (Not saved). Sources of a fact are "Gwelwyd gennyf i" and
"Yn ôl ..." ("according to": no mutation is needed before a name the practitioner typed).
Each & letter is unique within the concern dialog in Welsh: d, p, g, l, a, w, c, y.
"""

CY = {
    # ------------------------------------------------------------ Settings
    ("Settings", "The recovery code for these records was not confirmed as saved. If the passphrase is forgotten, "
                 "only that code opens the records. Make a new recovery code now, and keep it somewhere safe."):
        "Ni chadarnhawyd bod y cod adfer ar gyfer y cofnodion hyn wedi'i gadw. Os anghofir y cyfrinymadrodd, dim "
        "ond y cod hwnnw sy'n agor y cofnodion. Gwnewch god adfer newydd nawr, a'i gadw rywle diogel.",
    ("Settings", "not installed"): "heb ei osod",
    ("Settings", "could not be read"): "nid oedd modd eu darllen",
    ("Settings", "SQLCipher binding (sqlcipher3) %1 · reportlab %2"): "Rhwymiad SQLCipher (sqlcipher3) %1 · reportlab %2",
    ("Settings", "Form packs: %1"): "Pecynnau ffurflenni: %1",
    ("Settings", "Records folder: %1"): "Ffolder y cofnodion: %1",
    ("Settings", "Settings about people and cases are stored inside the encrypted records, not on the computer."):
        "Caiff gosodiadau am bobl ac achosion eu cadw y tu mewn i'r cofnodion wedi'u hamgryptio, nid ar y "
        "cyfrifiadur.",
    ("Settings", "Settings"): "Gosodiadau",
    ("Settings", "Settings sections"): "Adrannau'r gosodiadau",
    ("Settings", "Your details"): "Eich manylion",
    ("Settings", "Security"): "Diogelwch",
    ("Settings", "Backup and checks"): "Copïau wrth gefn a gwiriadau",
    ("Settings", "Transfers"): "Trosglwyddiadau",
    ("Settings", "Team"): "Tîm",
    ("Settings", "Retention"): "Cadw cofnodion",
    ("Settings", "About this application"): "Ynghylch y rhaglen hon",
    ("Settings", "About"): "Ynghylch",
    ("Settings", "‹ Home"): "‹ Hafan",
    ("Settings", "Save details"): "Cadw'r manylion",
    ("Settings", "Lock automatically"): "Cloi'n awtomatig",
    ("Settings", "Minutes without use before the records lock"): "Munudau heb ddefnydd cyn i'r cofnodion gloi",
    ("Settings", " minutes"): " munud",  # Welsh keeps the singular after a number: 5 munud
    ("Settings", "Lock after"): "Cloi ar ôl",
    ("Settings", "Change the passphrase"): "Newid y cyfrinymadrodd",
    ("Settings", "Current passphrase"): "Cyfrinymadrodd presennol",
    ("Settings", "New passphrase"): "Cyfrinymadrodd newydd",
    ("Settings", "Type the new passphrase again"): "Teipiwch y cyfrinymadrodd newydd eto",
    ("Settings", "Changing the passphrase"): "Wrthi'n newid y cyfrinymadrodd",
    ("Settings", "Type it again"): "Teipiwch ef eto",
    ("Settings", "Change passphrase"): "Newid y cyfrinymadrodd",
    ("Settings", "New recovery code"): "Cod adfer newydd",
    ("Settings", "Makes a new recovery code and re-encrypts the records; the old code stops working. Use it if the "
                 "recovery sheet may have been seen by someone else."):
        "Mae'n gwneud cod adfer newydd ac yn ail-amgryptio'r cofnodion; bydd yr hen god yn peidio â gweithio. "
        "Defnyddiwch hyn os gallai rhywun arall fod wedi gweld y daflen adfer.",
    ("Settings", "Re-encrypting the records"): "Wrthi'n ail-amgryptio'r cofnodion",
    ("Settings", "Save recovery sheet as PDF..."): "Cadw'r daflen adfer fel PDF...",
    ("Settings", "Print the new recovery sheet..."): "Argraffu'r daflen adfer newydd...",
    ("Settings", "I have saved or printed the new recovery code and will keep it safe"):
        "Rwyf wedi cadw neu argraffu'r cod adfer newydd a byddaf yn ei gadw'n ddiogel",
    ("Settings", "I have saved or printed the new recovery code"): "Rwyf wedi cadw neu argraffu'r cod adfer newydd",
    ("Settings", "Done"): "Wedi gorffen",
    ("Settings", "Done: the new recovery code is saved"): "Wedi gorffen: mae'r cod adfer newydd wedi'i gadw",
    ("Settings", "Make a new recovery code"): "Gwneud cod adfer newydd",
    ("Settings", "Saved."): "Wedi'u cadw.",
    ("Settings", "The two new passphrases differ."): "Mae'r ddau gyfrinymadrodd newydd yn wahanol.",
    ("Settings", "Passphrase changed. Backups made before today still open with the old passphrase."):
        "Newidiwyd y cyfrinymadrodd. Mae copïau wrth gefn a wnaed cyn heddiw yn dal i agor gyda'r hen "
        "gyfrinymadrodd.",
    ("Settings", "New recovery code (shown once). The old code no longer works. Save the recovery sheet or print it, "
                 "and keep it locked away from the laptop."):
        "Cod adfer newydd (dim ond unwaith y caiff ei ddangos). Nid yw'r hen god yn gweithio mwyach. Cadwch y "
        "daflen adfer neu argraffwch hi, a'i chadw dan glo i ffwrdd o'r gliniadur.",
    ("Settings", "New recovery code saved. Keep the recovery sheet somewhere safe, away from the laptop."):
        "Mae'r cod adfer newydd wedi'i gadw. Cadwch y daflen adfer rywle diogel, i ffwrdd o'r gliniadur.",
    ("Settings", "The sheet could not be saved: %1."): "Nid oedd modd cadw'r daflen: %1.",
    ("Settings", "Recovery sheet saved to %1. Print it, then move the file somewhere safe."):
        "Cadwyd y daflen adfer yn %1. Argraffwch hi, yna symudwch y ffeil i rywle diogel.",
    ("Settings", "Save recovery sheet"): "Cadw'r daflen adfer",
    # ------------------------------------------------------------ Chronology: the panel's list
    ("Chronology", "Seen by me"): "Gwelwyd gennyf i",
    ("Chronology", "Told by the child"): "Yn ôl y plentyn",
    ("Chronology", "Told by another person or agency"): "Yn ôl person neu asiantaeth arall",
    ("Chronology", "Seen by me (%1)"): "Gwelwyd gennyf i (%1)",
    ("Chronology", "Told by the child (%1)"): "Yn ôl y plentyn (%1)",
    ("Chronology", "Told by %1"): "Yn ôl %1",
    ("Chronology", "about %1"): "tua %1",
    ("Chronology", "ref. %1"): "cyf. %1",
    ("Chronology", "not yet in a screening"): "heb ei gynnwys mewn sgrinio eto",
    ("Chronology", "corrected (version %1)"): "wedi'i gywiro (fersiwn %1)",
    ("Chronology", "Chronology: what happened (latest first)"): "Cronoleg: beth ddigwyddodd (y diweddaraf yn gyntaf)",
    ("Chronology", "Chronology entries, latest first"): "Cofnodion y gronoleg, y diweddaraf yn gyntaf",
    ("Chronology", "Nothing recorded yet. Record a concern as soon as you know of it; screen later."):
        "Dim wedi'i gofnodi eto. Cofnodwch bryder cyn gynted ag y byddwch yn gwybod amdano; sgriniwch yn nes "
        "ymlaen.",
    ("Chronology", "Record a concern..."): "Cofnodi pryder...",
    ("Chronology", "Correct..."): "Cywiro...",
    # ------------------------------------------------------------ Chronology: the concern dialog
    ("Chronology", "Seen by &me"): "&Gwelwyd gennyf i",
    ("Chronology", "Told by the &child"): "Yn ôl y p&lentyn",
    ("Chronology", "Told by an&other person or agency"): "Yn ôl person neu asiantaeth &arall",
    ("Chronology", "Write what happened once, in plain words: when, what, and who says so. It goes into the child's "
                   "chronology; a screening uses it as evidence, and the referral leads with it."):
        "Ysgrifennwch beth ddigwyddodd unwaith, mewn geiriau syml: pryd, beth, a phwy sy'n dweud hynny. Mae'n mynd "
        "i gronoleg y plentyn; mae sgrinio'n ei ddefnyddio fel tystiolaeth, ac mae'r atgyfeiriad yn dechrau ag ef.",
    ("Chronology", "Record a concern"): "Cofnodi pryder",
    ("Chronology", "Correct a chronology entry"): "Cywiro cofnod yn y gronoleg",
    ("Chronology", "This may point to (the screening asks you to confirm each; nothing is answered for you):"):
        "Gall hyn awgrymu'r canlynol (bydd y sgrinio'n gofyn i chi gadarnhau pob un; nid oes dim yn cael ei ateb "
        "ar eich rhan):",
    ("Chronology", "Write the date as day/month/year (14/11/2026), or month/year (11/2026) if only the month is "
                   "known"):
        "Ysgrifennwch y dyddiad fel diwrnod/mis/blwyddyn (14/11/2026), neu fis/blwyddyn (11/2026) os mai dim ond y "
        "mis sy'n hysbys",
    ("Chronology", "Cancel"): "Canslo",
    ("Chronology", "Cancel without saving"): "Canslo heb gadw",
    ("Chronology", "Save"): "Cadw",
    ("Chronology", "Save to the chronology"): "Cadw yn y gronoleg",
    ("Chronology", "When it happened: day/month/year, or month/year"):
        "Pryd y digwyddodd: diwrnod/mis/blwyddyn, neu fis/blwyddyn",
    ("Chronology", "The date is approximate"): "Mae'r dyddiad yn fras",
    ("Chronology", "About"): "Tua",
    ("Chronology", "Tick when you are not sure of the exact day"): "Ticiwch os nad ydych yn siŵr o'r union ddiwrnod",
    ("Chronology", "day/month/year, or month/year"): "diwrnod/mis/blwyddyn, neu fis/blwyddyn",
    ("Chronology", "What happened"): "Beth ddigwyddodd",
    ("Chronology", "What you saw or were told, in plain words"):
        "Yr hyn a welsoch neu a ddywedwyd wrthych, mewn geiriau syml",
    ("Chronology", "Who told you (role or agency)"): "Pwy ddywedodd wrthych (rôl neu asiantaeth)",
    ("Chronology", "For example: the school nurse; Police (PC name); her foster carer"):
        "Er enghraifft: nyrs yr ysgol; yr Heddlu (enw'r cwnstabl); ei chofalwr maeth",
    ("Chronology", "Police or agency reference (optional)"): "Cyfeirnod yr heddlu neu'r asiantaeth (dewisol)",
    ("Chronology", "W&hat happened"): "Beth &ddigwyddodd",
    ("Chronology", "&When"): "&Pryd",
    ("Chronology", "Source"): "Ffynhonnell",
    ("Chronology", "Who &told you"): "P&wy ddywedodd wrthych",
    ("Chronology", "&Reference"): "&Cyfeirnod",
    ("Chronology", "Why this entry is corrected"): "Pam mae'r cofnod hwn yn cael ei gywiro",
    ("Chronology", "Why corr&ected"): "Rheswm dros y c&ywiriad",
    ("Chronology", "Not saved: %1."): "Heb ei gadw: %1.",
}
