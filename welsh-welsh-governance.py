"""Welsh for the governance screens (audit trail, partnership picture, Retention tab, subject
access) and for sending and receiving a child's file: {(context, English source): Welsh}, for
scripts/fill-translations.py after lupdate. Deleted once applied to the .ts."""

_AFTER_START = ("Anfonwch y ffeil ar hyd llwybr diogel eich sefydliad (e-bost diogel, ei system cysoni ffeiliau, neu "
                "fewnflwch diogel yr ysgol sy'n derbyn), byth drwy'r post a byth wedi'i chario gan riant. ")
_AFTER_END = ("Pan fyddant yn darllen y cod derbyn hwn yn ôl i chi, teipiwch ef yn Gosodiadau, Trosglwyddiadau: tan "
              "hynny bydd y trosglwyddiad yn dangos ei fod yn aros am dderbynneb, ac yn hwyr ar ôl 5 diwrnod ysgol.")
_SAME_CHILD = ("gofnod yma eisoes gyda'r un UPN, rhif GIG, neu enw a dyddiad geni: caiff y ddau eu cadw ar wahân. Os "
               "mai'r un plentyn ydynt, unwch nhw ar gofnod y plentyn (mae'n agor pan fyddwch yn cau hwn).")
_DELETE = (": pob asesiad, y gronoleg, uwchgyfeiriadau a chysylltiadau? Ni ellir dadwneud hyn, ac ni adewir dim byd "
           "darllenadwy. Mewn tîm, caiff copi pob aelod ei ddileu hefyd. Mae copi wrth gefn a wnaed cyn hyn yn dal i'w "
           "gynnwys.")

CY = {
    # ------------------------------------------------------------ the audit trail
    ("Audit", "When"): "Pryd",
    ("Audit", "Who"): "Pwy",
    ("Audit", "What"): "Beth",
    ("Audit", "Record"): "Cofnod",
    ("Audit", "Audit trail: %1"): "Trywydd archwilio: %1",
    ("Audit", "Who did what in this child's record, and when. The trail never holds what a record says; each entry is "
              "chained to the one before, so a change after the fact shows ('vault check')."):
        "Pwy wnaeth beth yng nghofnod y plentyn hwn, a phryd. Nid yw'r trywydd byth yn cynnwys yr hyn y mae cofnod yn "
        "ei ddweud; mae pob eitem wedi'i chadwyno i'r un o'i blaen, felly mae newid diweddarach i'w weld ('vault "
        "check').",
    ("Audit", "The audit trail"): "Y trywydd archwilio",
    ("Audit", "&Save as CSV..."): "&Cadw fel CSV...",
    ("Audit", "Close"): "Cau",
    ("Audit", "Save the audit trail"): "Cadw'r trywydd archwilio",
    ("Audit", "Saved to %1."): "Wedi'i gadw yn %1.",
    # ------------------------------------------------------------ the partnership's picture
    ("Partnership", "fewer than 5 (1 to 4, hidden)"): "llai na 5 (1 i 4, wedi'i guddio)",
    ("Partnership", "none in the period"): "dim un yn y cyfnod",
    ("Partnership", "None in the period."): "Dim un yn y cyfnod.",
    ("Partnership", "Anonymous counts for governors and the local safeguarding partnership: no child's name, reference "
                    "or date of birth. Counts of 1 to 4 are hidden and shown as <5 (a hatched, dashed bar, never 0); "
                    "where one hidden count could be worked out from a total, a second is hidden too. The child's sex "
                    "is not recorded, so there is no breakdown by sex."):
        "Cyfrifon dienw ar gyfer llywodraethwyr a'r bartneriaeth ddiogelu leol: dim enw, cyfeirnod na dyddiad geni "
        "unrhyw blentyn. Caiff cyfrifon o 1 i 4 eu cuddio a'u dangos fel <5 (bar streipiog â llinell doredig, byth 0); "
        "lle gellid cyfrifo un cyfrif cudd o gyfanswm, caiff ail un ei guddio hefyd. Ni chofnodir rhyw'r plentyn, "
        "felly nid oes dadansoddiad yn ôl rhyw.",
    ("Partnership", "The partnership's picture"): "Darlun y bartneriaeth",
    ("Partnership", "Save as &PDF..."): "Cadw fel &PDF...",
    ("Partnership", "Save as &CSV..."): "Cadw fel &CSV...",
    ("Partnership", "Close"): "Cau",
    ("Partnership", "From"): "O",
    ("Partnership", "&From"): "&O",
    ("Partnership", "To"): "Hyd at",
    ("Partnership", "&To"): "&Hyd at",
    ("Partnership", "The last school term is chosen at first; change the dates for another period."):
        "Dewisir y tymor ysgol diwethaf i ddechrau; newidiwch y dyddiadau i gael cyfnod arall.",
    ("Partnership", "Choose another period: %1."): "Dewiswch gyfnod arall: %1.",
    ("Partnership", "%1 assessments · %2 children · %3 escalations · too few referrals to show the days to referral"):
        "%1 asesiad · %2 plentyn · %3 uwchgyfeiriad · rhy ychydig o atgyfeiriadau i ddangos nifer y diwrnodau hyd at "
        "atgyfeirio",
    ("Partnership", "%1 assessments · %2 children · %3 escalations · median %4 days from first concern to referral"):
        "%1 asesiad · %2 plentyn · %3 uwchgyfeiriad · canolrif o %4 diwrnod o'r pryder cyntaf hyd at atgyfeirio",
    ("Partnership", "Save the partnership's picture"): "Cadw darlun y bartneriaeth",
    ("Partnership", "PDF files (*.pdf)"): "Ffeiliau PDF (*.pdf)",
    ("Partnership", "Save the partnership's figures"): "Cadw ffigurau'r bartneriaeth",
    ("Partnership", "Not saved: %1"): "Heb ei gadw: %1",
    ("Partnership", "Saved to %1. The audit trail records that the picture was saved, not what it says."):
        "Wedi'i gadw yn %1. Mae'r trywydd archwilio'n cofnodi bod y darlun wedi'i gadw, nid yr hyn y mae'n ei ddweud.",
    # ------------------------------------------------------------ Settings, Retention
    ("Retention", "%1 due now. The rule: date of birth + %2 years, then review (%3). Each record due is kept, with the "
                  "reason and when to review it again, or deleted."):
        "%1 yn ddyledus nawr. Y rheol: dyddiad geni + %2 o flynyddoedd, yna adolygu (%3). Caiff pob cofnod sy'n "
        "ddyledus ei gadw, gyda'r rheswm a phryd i'w adolygu eto, neu ei ddileu.",
    ("Retention", "None due."): "Dim un yn ddyledus.",
    ("Retention", "Not kept: %1."): "Heb ei gadw: %1.",
    ("Retention", "Kept %1's record; it is due again on %2."): "Cadwyd cofnod %1; bydd yn ddyledus eto ar %2.",
    ("Retention", "Kept this child's record; it is due again on %1."):
        "Cadwyd cofnod y plentyn hwn; bydd yn ddyledus eto ar %1.",
    ("Retention", "Delete %1's whole record: every assessment, the chronology, escalations and links? It cannot be "
                  "undone, and nothing readable is left. In a team, every member's copy is deleted too. A backup taken "
                  "before still holds it."): "Dileu cofnod cyfan %1" + _DELETE,
    ("Retention", "Delete this child's whole record: every assessment, the chronology, escalations and links? It cannot "
                  "be undone, and nothing readable is left. In a team, every member's copy is deleted too. A backup "
                  "taken before still holds it."): "Dileu cofnod cyfan y plentyn hwn" + _DELETE,
    ("Retention", "Deleted %1's record. The audit trail says a record was deleted, without naming anyone."):
        "Dilëwyd cofnod %1. Mae'r trywydd archwilio'n dweud bod cofnod wedi'i ddileu, heb enwi neb.",
    ("Retention", "Deleted this child's record. The audit trail says a record was deleted, without naming anyone."):
        "Dilëwyd cofnod y plentyn hwn. Mae'r trywydd archwilio'n dweud bod cofnod wedi'i ddileu, heb enwi neb.",
    ("Retention", "Due %1: %2, born %3, %4"): "Yn ddyledus %1: %2, ganwyd %3, %4",
    ("Retention", "Due %1: %2, born %3, %4. Kept last time because: %5"):
        "Yn ddyledus %1: %2, ganwyd %3, %4. Cadwyd y tro diwethaf oherwydd: %5",
    ("Retention", "Due %1: %2, date of birth not recorded, %3"): "Yn ddyledus %1: %2, dyddiad geni heb ei gofnodi, %3",
    ("Retention", "Due %1: %2, date of birth not recorded, %3. Kept last time because: %4"):
        "Yn ddyledus %1: %2, dyddiad geni heb ei gofnodi, %3. Cadwyd y tro diwethaf oherwydd: %4",
    ("Retention", "Records due for review"): "Cofnodion i'w hadolygu",
    ("Retention", "Review again on"): "Adolygu eto ar",
    ("Retention", "Why the record is kept"): "Pam mae'r cofnod yn cael ei gadw",
    ("Retention", "for example: a police investigation is still open"):
        "er enghraifft: mae ymchwiliad gan yr heddlu yn dal ar agor",
    ("Retention", "Why it is kept"): "Pam mae'n cael ei gadw",
    ("Retention", "&Keep the selected record"): "C&adw'r cofnod a ddewiswyd",
    ("Retention", "&Delete the selected record..."): "&Dileu'r cofnod a ddewiswyd...",
    ("Retention", "Delete a child's record"): "Dileu cofnod plentyn",
    ("Retention", "(no name recorded)"): "(dim enw wedi'i gofnodi)",
    ("Retention", "no completed assessment"): "dim asesiad wedi'i gwblhau",
    # ------------------------------------------------------------ subject access
    ("SubjectAccess", "Where"): "Ble",
    ("SubjectAccess", "What it is"): "Beth ydyw",
    ("SubjectAccess", "Marked"): "Y darn a farciwyd",
    ("SubjectAccess", "Exemption relied on"): "Yr esemptiad y dibynnwyd arno",
    ("SubjectAccess", "Withhold"): "Atal",
    ("SubjectAccess", "Subject access: %1"): "Cais gwrthrych am wybodaeth: %1",
    ("SubjectAccess", "1 passage marked for withholding. Everything else held about the child goes into the response "
                      "as it is."):
        "1 darn wedi'i farcio i'w atal. Mae popeth arall a gedwir am y plentyn yn mynd i'r ymateb fel y mae.",
    ("SubjectAccess", "%1 passages marked for withholding. Everything else held about the child goes into the response "
                      "as it is."):
        "%1 darn wedi'u marcio i'w hatal. Mae popeth arall a gedwir am y plentyn yn mynd i'r ymateb fel y mae.",
    ("SubjectAccess", "Passages marked for withholding"): "Darnau wedi'u marcio i'w hatal",
    ("SubjectAccess", "Exemption relied on for the selected passage"):
        "Yr esemptiad y dibynnwyd arno ar gyfer y darn a ddewiswyd",
    ("SubjectAccess", "E&xemption for the selected passage"): "&Esemptiad ar gyfer y darn a ddewiswyd",
    ("SubjectAccess", "The day the request was received"): "Y diwrnod y daeth y cais i law",
    ("SubjectAccess", "Request &received on"): "Cais wedi'i &dderbyn ar",
    ("SubjectAccess", "&Save PDF..."): "&Cadw PDF...",
    ("SubjectAccess", "Close"): "Cau",
    ("SubjectAccess", "withheld"): "wedi'i atal",
    ("SubjectAccess", "released"): "wedi'i ryddhau",
    ("SubjectAccess", "Release another child's name"): "Rhyddhau enw plentyn arall",
    ("SubjectAccess", "This releases the name \u201c%1\u201d, another child's, to the person asking. Release it only "
                      "when the law allows it (for example, that child's consent). Release this one item?"):
        "Mae hyn yn rhyddhau'r enw \u201c%1\u201d, sef enw plentyn arall, i'r person sy'n gofyn. Rhyddhewch ef dim "
        "ond pan fydd y gyfraith yn caniatáu hynny (er enghraifft, cydsyniad y plentyn hwnnw). Rhyddhau'r un eitem "
        "hon?",
    ("SubjectAccess", "Save the subject access response"): "Cadw'r ymateb i'r cais gwrthrych am wybodaeth",
    ("SubjectAccess", "Not saved: %1"): "Heb ei gadw: %1",
    ("SubjectAccess", "Saved to %1: 1 passage withheld, %2 released."):
        "Wedi'i gadw yn %1: 1 darn wedi'i atal, %2 wedi'u rhyddhau.",
    ("SubjectAccess", "Saved to %1: %2 passages withheld, %3 released."):
        "Wedi'i gadw yn %1: %2 darn wedi'u hatal, %3 wedi'u rhyddhau.",
    # ------------------------------------------------------------ receiving a child's file
    ("TransferReceive", "Receive a child's file"): "Derbyn ffeil plentyn",
    ("TransferReceive", "A transfer file sent to this vault's key (Settings, Transfers), or a transfer PDF with the "
                        "password you were told by phone. Nothing here is changed: what is new is added."):
        "Ffeil drosglwyddo a anfonwyd at allwedd y cofnodion hyn (Gosodiadau, Trosglwyddiadau), neu PDF trosglwyddo "
        "gyda'r cyfrinair a gawsoch dros y ffôn. Ni newidir dim sydd yma: caiff yr hyn sy'n newydd ei ychwanegu.",
    ("TransferReceive", "The file received"): "Y ffeil a dderbyniwyd",
    ("TransferReceive", "C&hoose..."): "&Dewis...",
    ("TransferReceive", "File"): "Ffeil",
    ("TransferReceive", "Password (a transfer PDF, or a one-off passphrase)"):
        "Cyfrinair (PDF trosglwyddo, neu gyfrinymadrodd untro)",
    ("TransferReceive", "only for a PDF or a one-off passphrase"): "dim ond ar gyfer PDF neu gyfrinymadrodd untro",
    ("TransferReceive", "Password"): "Cyfrinair",
    ("TransferReceive", "Receipt code to read back to the sender"): "Cod derbyn i'w ddarllen yn ôl i'r anfonwr",
    ("TransferReceive", "Save the signed receipt &file..."): "Cadw'r dderbynneb wedi'i llofnodi fel &ffeil...",
    ("TransferReceive", "A receipt file is the same confirmation, signed by this vault and readable only by the "
                        "sender's app: send it back by the route the file came."):
        "Mae ffeil derbynneb yn rhoi'r un cadarnhad, wedi'i llofnodi gan y cofnodion hyn, a dim ond ap yr anfonwr "
        "all ei darllen: anfonwch hi'n ôl yr un ffordd ag y daeth y ffeil.",
    ("TransferReceive", "&Receive"): "De&rbyn",
    ("TransferReceive", "Close"): "Cau",
    ("TransferReceive", "Save the receipt as"): "Cadw'r dderbynneb fel",
    ("TransferReceive", "The receipt was not saved (%1)."): "Ni chadwyd y dderbynneb (%1).",
    ("TransferReceive", "the folder cannot be written"): "nid oes modd ysgrifennu i'r ffolder",
    ("TransferReceive", "Receipt saved as %1: send it back to the sender by the route the file came (or read them the "
                        "code)."):
        "Cadwyd y dderbynneb fel %1: anfonwch hi'n ôl at yr anfonwr yr un ffordd ag y daeth y ffeil (neu darllenwch y "
        "cod iddynt).",
    ("TransferReceive", "The file cannot be read (%1)."): "Nid oes modd darllen y ffeil (%1).",
    ("TransferReceive", "no such file"): "nid oes ffeil o'r fath",
    ("TransferReceive", "The file is too large to be a transfer file."):
        "Mae'r ffeil yn rhy fawr i fod yn ffeil drosglwyddo.",
    ("TransferReceive", "A transfer PDF needs its password (the one you were told by phone)."):
        "Mae angen cyfrinair PDF trosglwyddo (yr un a gawsoch dros y ffôn).",
    ("TransferReceive", "Refused, nothing changed: %1"): "Gwrthodwyd, ni newidiwyd dim: %1",
    ("TransferReceive", "From the sender with fingerprint %1: check it with them by phone."):
        "Gan yr anfonwr ag ôl bys %1: gwiriwch ef gyda nhw dros y ffôn.",
    ("TransferReceive", "This file was received before: nothing was added."):
        "Derbyniwyd y ffeil hon o'r blaen: ni ychwanegwyd dim.",
    ("TransferReceive", "Added: %1."): "Ychwanegwyd: %1.",
    ("TransferReceive", "Added: nothing new."): "Ychwanegwyd: dim byd newydd.",
    ("TransferReceive", "Reference %1 is %2 here."): "Cyfeirnod %1 yw %2 yma.",
    ("TransferReceive", "Not written: %1"): "Heb ei ysgrifennu: %1",
    ("TransferReceive", "Read this receipt code back to the sender:"): "Darllenwch y cod derbyn hwn yn ôl i'r anfonwr:",
    ("TransferReceive", "%1 already has a record here with the same UPN, NHS number, or name and date of birth: the two "
                        "are kept separate. If they are the same child, join them on the child's record (it opens when "
                        "you close this)."): "Mae gan %1 " + _SAME_CHILD,
    ("TransferReceive", "A child already has a record here with the same UPN, NHS number, or name and date of birth: "
                        "the two are kept separate. If they are the same child, join them on the child's record (it "
                        "opens when you close this)."): "Mae gan blentyn " + _SAME_CHILD,
    # ------------------------------------------------------------ sending a child's file
    ("TransferSend", "Send the file by your organisation's secure route (secure email, its file sync, or the receiving "
                     "school's secure inbox), never by post and never carried by a parent. Tell the receiver the "
                     "password by phone, and read them the fingerprint beside your key in Settings. When they read "
                     "this receipt code back to you, type it in Settings, Transfers: until then the transfer shows as "
                     "awaiting receipt, and as overdue after 5 school days."):
        _AFTER_START + "Rhowch y cyfrinair i'r derbynnydd dros y ffôn, a darllenwch iddynt yr ôl bys wrth ymyl eich "
                       "allwedd yn y Gosodiadau. " + _AFTER_END,
    ("TransferSend", "Send the file by your organisation's secure route (secure email, its file sync, or the receiving "
                     "school's secure inbox), never by post and never carried by a parent. Tell the receiver the "
                     "password by phone (never in the same email as the PDF). When they read this receipt code back "
                     "to you, type it in Settings, Transfers: until then the transfer shows as awaiting receipt, and "
                     "as overdue after 5 school days."):
        _AFTER_START + "Rhowch y cyfrinair i'r derbynnydd dros y ffôn (byth yn yr un e-bost â'r PDF). " + _AFTER_END,
    ("TransferSend", "Transfer this child's file"): "Trosglwyddo ffeil y plentyn hwn",
    ("TransferSend", "Transfer %1's file"): "Trosglwyddo ffeil %1",
    ("TransferSend", "To a school or practitioner who uses this app (their &transfer key)"):
        "I ysgol neu ymarferydd sy'n defnyddio'r ap hwn (eu h&allwedd drosglwyddo)",
    ("TransferSend", "As a readable PDF with a password, for a school &without this app"):
        "Fel PDF darllenadwy gyda chyfrinair, i ysgol &heb yr ap hwn",
    ("TransferSend", "The receiver's transfer key, age1..."): "Allwedd drosglwyddo'r derbynnydd, age1...",
    ("TransferSend", "age1... (Settings, Transfers, in the receiver's app)"):
        "age1... (Gosodiadau, Trosglwyddiadau, yn ap y derbynnydd)",
    ("TransferSend", "Password for the PDF"): "Cyfrinair y PDF",
    ("TransferSend", "at least 12 characters"): "o leiaf 12 nod",
    ("TransferSend", "The password again"): "Y cyfrinair eto",
    ("TransferSend", "Save the file as"): "Cadw'r ffeil fel",
    ("TransferSend", "C&hoose..."): "&Dewis...",
    ("TransferSend", "Receiver's key"): "Allwedd y derbynnydd",
    ("TransferSend", "PDF password"): "Cyfrinair y PDF",
    ("TransferSend", "Password again"): "Cyfrinair eto",
    ("TransferSend", "Save as"): "Cadw fel",
    ("TransferSend", "Making the file"): "Wrthi'n gwneud y ffeil",
    ("TransferSend", "Making the file: %p%"): "Wrthi'n gwneud y ffeil: %p%",
    ("TransferSend", "&Send: write the file"): "A&nfon: ysgrifennu'r ffeil",
    ("TransferSend", "Cancel"): "Canslo",
    ("TransferSend", "The file is ready to send"): "Mae'r ffeil yn barod i'w hanfon",
    ("TransferSend", "Receipt code (the receiver reads it back to you):"):
        "Cod derbyn (mae'r derbynnydd yn ei ddarllen yn ôl i chi):",
    ("TransferSend", "Receipt code"): "Cod derbyn",
    ("TransferSend", "&Done"): "&Wedi gorffen",
    ("TransferSend", "What is sent: the child's details, every completed assessment with all its versions, the "
                     "chronology, the escalations, and the people and places of concern linked to this child (never "
                     "another child's). Drafts stay here. It is encrypted and signed; it holds nothing readable "
                     "without the key or the password."):
        "Beth a anfonir: manylion y plentyn, pob asesiad wedi'i gwblhau gyda'i holl fersiynau, y gronoleg, yr "
        "uwchgyfeiriadau, a'r bobl a'r lleoedd sy'n peri pryder sy'n gysylltiedig â'r plentyn hwn (byth rhai plentyn "
        "arall). Mae drafftiau'n aros yma. Mae'r ffeil wedi'i hamgryptio a'i llofnodi; nid oes dim byd darllenadwy "
        "ynddi heb yr allwedd na'r cyfrinair.",
    ("TransferSend", "Save the transfer file as"): "Cadw'r ffeil drosglwyddo fel",
    ("TransferSend", "Not sent: %1"): "Heb ei hanfon: %1",
    ("TransferSend", "Not written: %1"): "Heb ei hysgrifennu: %1",
    ("TransferSend", "Written to %1."): "Ysgrifennwyd i %1.",
    ("TransferSend", "Choose where to save the file."): "Dewiswch ble i gadw'r ffeil.",
    ("TransferSend", "The folder to save the file in does not exist."): "Nid yw'r ffolder i gadw'r ffeil ynddi yn bodoli.",
    ("TransferSend", "A file is already there: choose another name."): "Mae ffeil yno eisoes: dewiswch enw arall.",
    ("TransferSend", "The PDF's password is at least 12 characters: three random words read out by phone."):
        "Mae cyfrinair y PDF o leiaf 12 nod: tri gair ar hap wedi'u darllen dros y ffôn.",
    ("TransferSend", "The two passwords are not the same."): "Nid yw'r ddau gyfrinair yr un fath.",
    ("TransferSend", "Paste the receiver's transfer key: the age1... line in Settings, Transfers, in their app."):
        "Gludwch allwedd drosglwyddo'r derbynnydd: y llinell age1... yn Gosodiadau, Trosglwyddiadau, yn eu hap nhw.",
}
