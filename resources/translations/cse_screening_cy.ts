<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Assessment</name>
    <message>
        <source>The assessment wizard is not part of this build yet. The draft is stored and can be continued once the wizard is installed.</source>
        <translation>Nid yw dewin yr asesiad yn rhan o'r fersiwn hon eto. Mae'r drafft wedi'i gadw a gellir parhau ag ef pan fydd y dewin wedi'i osod.</translation>
    </message>
    <message>
        <source>‹ Child record</source>
        <translation>‹ Cofnod y plentyn</translation>
    </message>
    <message>
        <source>%1 %2 (completed, read-only)</source>
        <translation>%1 %2 (wedi'i gwblhau, darllen yn unig)</translation>
    </message>
    <message>
        <source>Correcting: %1 %2</source>
        <translation>Cywiro: %1 %2</translation>
    </message>
    <message>
        <source>Draft: %1 %2</source>
        <translation>Drafft: %1 %2</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Heb ddechrau: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <source>Not completed: %1</source>
        <translation>Heb ei gwblhau: %1</translation>
    </message>
    <message>
        <source>Completed. Final level: %1. Review by %2.</source>
        <translation>Wedi'i gwblhau. Lefel derfynol: %1. Adolygu erbyn %2.</translation>
    </message>
    <message>
        <source>Review of %1: answers carried over; check each one is still right. What has changed: %2</source>
        <translation>Adolygiad o %1: mae'r atebion wedi'u cario drosodd; gwiriwch fod pob un yn dal yn gywir. Beth sydd wedi newid: %2</translation>
    </message>
    <message>
        <source>the last assessment</source>
        <translation>yr asesiad diwethaf</translation>
    </message>
    <message>
        <source>Continued from screening %1: its answers are carried over. Check each one and answer the full assessment's further questions.</source>
        <translation>Yn parhau o sgrinio %1: mae ei atebion wedi'u cario drosodd. Gwiriwch bob un ac atebwch gwestiynau pellach yr asesiad llawn.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>Trywydd archwilio: %1</translation>
    </message>
    <message>
        <source>Who did what in this child's record, and when. The trail never holds what a record says; each entry is chained to the one before, so a change after the fact shows ('vault check').</source>
        <translation>Pwy wnaeth beth yng nghofnod y plentyn hwn, a phryd. Nid yw'r trywydd byth yn cynnwys yr hyn y mae cofnod yn ei ddweud; mae pob eitem wedi'i chadwyno i'r un o'i blaen, felly mae newid diweddarach i'w weld ('vault check').</translation>
    </message>
    <message>
        <source>The audit trail</source>
        <translation>Y trywydd archwilio</translation>
    </message>
    <message>
        <source>&amp;Save as CSV...</source>
        <translation>&amp;Cadw fel CSV...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Save the audit trail</source>
        <translation>Cadw'r trywydd archwilio</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Wedi'i gadw yn %1.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>Not asked in this form</source>
        <translation>Heb ei ofyn yn y ffurflen hon</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>New concerns</source>
        <translation>Pryderon newydd</translation>
    </message>
    <message>
        <source>A concern now that was not recorded as one in the earlier assessment.</source>
        <translation>Pryder nawr na chafodd ei gofnodi fel un yn yr asesiad cynharach.</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation>Ateb wedi newid</translation>
    </message>
    <message>
        <source>A concern both times; the answer moved (for example from possible to yes).</source>
        <translation>Pryder y ddau dro; symudodd yr ateb (er enghraifft o posibl i ie).</translation>
    </message>
    <message>
        <source>When it happened changed</source>
        <translation>Pryd y digwyddodd wedi newid</translation>
    </message>
    <message>
        <source>A concern both times with the same answer; when it happened has changed.</source>
        <translation>Pryder y ddau dro gyda'r un ateb; mae pryd y digwyddodd wedi newid.</translation>
    </message>
    <message>
        <source>No longer recorded as a concern</source>
        <translation>Nid yw wedi'i gofnodi fel pryder mwyach</translation>
    </message>
    <message>
        <source>A concern in the earlier assessment, answered no, not known or left blank now. Check that this is known, not assumed.</source>
        <translation>Pryder yn yr asesiad cynharach, wedi'i ateb na, ddim yn hysbys neu wedi'i adael yn wag nawr. Gwiriwch fod hyn yn hysbys, nid yn dybiaeth.</translation>
    </message>
    <message>
        <source>Still a concern, unchanged</source>
        <translation>Yn dal yn bryder, heb newid</translation>
    </message>
    <message>
        <source>A concern both times with the same answer and the same timing.</source>
        <translation>Pryder y ddau dro gyda'r un ateb a'r un amseriad.</translation>
    </message>
    <message>
        <source>Asked only in the later form</source>
        <translation>Wedi'i ofyn yn y ffurflen ddiweddarach yn unig</translation>
    </message>
    <message>
        <source>Concerns recorded on questions the earlier form did not ask.</source>
        <translation>Pryderon a gofnodwyd ar gwestiynau na ofynnodd y ffurflen gynharach.</translation>
    </message>
    <message>
        <source>Asked only in the earlier form</source>
        <translation>Wedi'i ofyn yn y ffurflen gynharach yn unig</translation>
    </message>
    <message>
        <source>Concerns recorded on questions the later form did not ask.</source>
        <translation>Pryderon a gofnodwyd ar gwestiynau na ofynnodd y ffurflen ddiweddarach.</translation>
    </message>
    <message>
        <source>The level went up from %1 to %2.</source>
        <translation>Codwyd y lefel o %1 i %2.</translation>
    </message>
    <message>
        <source>The level went down from %1 to %2.</source>
        <translation>Gostyngodd y lefel o %1 i %2.</translation>
    </message>
    <message>
        <source>The level stayed %1.</source>
        <translation>Arhosodd y lefel yn %1.</translation>
    </message>
    <message>
        <source>1 new concern</source>
        <translation>1 pryder newydd</translation>
    </message>
    <message>
        <source>%1 new concerns</source>
        <translation>%1 pryder newydd</translation>
    </message>
    <message>
        <source>1 answer changed</source>
        <translation>1 ateb wedi newid</translation>
    </message>
    <message>
        <source>%1 answers changed</source>
        <translation>%1 ateb wedi newid</translation>
    </message>
    <message>
        <source>1 change in when it happened</source>
        <translation>1 newid i bryd y digwyddodd</translation>
    </message>
    <message>
        <source>%1 changes in when it happened</source>
        <translation>%1 newid i bryd y digwyddodd</translation>
    </message>
    <message>
        <source>1 no longer recorded as a concern</source>
        <translation>1 nad yw wedi'i gofnodi fel pryder mwyach</translation>
    </message>
    <message>
        <source>%1 no longer recorded as concerns</source>
        <translation>%1 nad ydynt wedi'u cofnodi fel pryderon mwyach</translation>
    </message>
    <message>
        <source>1 asked only in the later form</source>
        <translation>1 wedi'i ofyn yn y ffurflen ddiweddarach yn unig</translation>
    </message>
    <message>
        <source>%1 asked only in the later form</source>
        <translation>%1 wedi'u gofyn yn y ffurflen ddiweddarach yn unig</translation>
    </message>
    <message>
        <source>1 asked only in the earlier form</source>
        <translation>1 wedi'i ofyn yn y ffurflen gynharach yn unig</translation>
    </message>
    <message>
        <source>%1 asked only in the earlier form</source>
        <translation>%1 wedi'u gofyn yn y ffurflen gynharach yn unig</translation>
    </message>
    <message>
        <source>No indicator changed.</source>
        <translation>Ni newidiodd unrhyw ddangosydd.</translation>
    </message>
    <message>
        <source>What changed between two assessments</source>
        <translation>Beth sydd wedi newid rhwng dau asesiad</translation>
    </message>
    <message>
        <source>Indicators recorded as a concern (yes or possible) in either assessment, grouped by what changed. Evidenced means answered yes; suspected means answered possible. The earlier assessment is on the left, the later one on the right.</source>
        <translation>Dangosyddion a gofnodwyd fel pryder (ie neu posibl) yn y naill asesiad neu'r llall, wedi'u grwpio yn ôl beth a newidiodd. Mae wedi'i dystiolaethu yn golygu ateb ie; mae dan amheuaeth yn golygu ateb posibl. Mae'r asesiad cynharach ar y chwith, a'r un diweddarach ar y dde.</translation>
    </message>
    <message>
        <source>Records %1 · generated %2</source>
        <translation>Cofnodion %1 · cynhyrchwyd %2</translation>
    </message>
    <message>
        <source>What changed %1</source>
        <translation>Beth sydd wedi newid %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth sydd wedi newid</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Dim enw wedi'i gofnodi</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · two versions of one assessment</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · dwy fersiwn o un asesiad</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 days between the two assessments</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 diwrnod rhwng y ddau asesiad</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Dangosyddion</translation>
    </message>
    <message>
        <source>No indicator was recorded as a concern in either assessment.</source>
        <translation>Ni chofnodwyd unrhyw ddangosydd yn bryder yn y naill asesiad na'r llall.</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <source>DSL or manager</source>
        <translation>DSL neu reolwr</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Cynharach</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Diweddarach</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, fersiwn %2</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Aseswyd ar</translation>
    </message>
    <message>
        <source>Final level</source>
        <translation>Lefel derfynol</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>(computed %1, changed by professional judgement)</source>
        <translation>(cyfrifwyd %1, newidiwyd drwy farn broffesiynol)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level: %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Lefel: %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation>Cynharach (%1)</translation>
    </message>
    <message>
        <source>Later (%1)</source>
        <translation>Diweddarach (%1)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>ni chofnodwyd rheswm</translation>
    </message>
    <message>
        <source>Version %1 replaced version %2. Reason given: %3</source>
        <translation>Disodlodd fersiwn %1 fersiwn %2. Y rheswm a roddwyd: %3</translation>
    </message>
</context>
<context>
    <name>ChildDetails</name>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Other names used</source>
        <translation>Enwau eraill a ddefnyddir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Approximate age</source>
        <translation>Oed bras</translation>
    </message>
    <message>
        <source>School UPN</source>
        <translation>UPN yr ysgol</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Local authority case number</source>
        <translation>Rhif achos yr awdurdod lleol</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <source>if the date of birth is not known</source>
        <translation>os nad yw'r dyddiad geni'n hysbys</translation>
    </message>
    <message>
        <source>separate with commas</source>
        <translation>gwahanwch â chomas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Y plentyn</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>&amp;Language preference</source>
        <translation>&amp;Dewis iaith</translation>
    </message>
    <message>
        <source>Language preference</source>
        <translation>Dewis iaith</translation>
    </message>
    <message>
        <source>Language preferences</source>
        <translation>Dewisiadau iaith</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Mae'r dyddiad geni yn y dyfodol.</translation>
    </message>
    <message>
        <source>Write the date of birth as day/month/year, for example 03/11/2011.</source>
        <translation>Ysgrifennwch y dyddiad geni fel diwrnod/mis/blwyddyn, er enghraifft 03/11/2011.</translation>
    </message>
    <message>
        <source>Enter the child's first name or surname.</source>
        <translation>Rhowch enw cyntaf neu gyfenw'r plentyn.</translation>
    </message>
    <message>
        <source>The approximate age must be a whole number of years.</source>
        <translation>Rhaid i'r oed bras fod yn nifer cyfan o flynyddoedd.</translation>
    </message>
    <message>
        <source>Enter the date of birth, or an approximate age if it is not known.</source>
        <translation>Rhowch y dyddiad geni, neu oed bras os nad yw'n hysbys.</translation>
    </message>
    <message>
        <source>Choose the child's language preference from the list: not recorded, English or Welsh.</source>
        <translation>Dewiswch ddewis iaith y plentyn o'r rhestr: heb ei gofnodi, Saesneg neu Gymraeg.</translation>
    </message>
</context>
<context>
    <name>ChildPicker</name>
    <message>
        <source>New screening: choose the child</source>
        <translation>Sgrinio newydd: dewiswch y plentyn</translation>
    </message>
    <message>
        <source>New full assessment: choose the child</source>
        <translation>Asesiad llawn newydd: dewiswch y plentyn</translation>
    </message>
    <message>
        <source>New exploitation screening: choose the child</source>
        <translation>Sgrinio camfanteisio newydd: dewiswch y plentyn</translation>
    </message>
    <message>
        <source>New concern: choose the child</source>
        <translation>Pryder newydd: dewiswch y plentyn</translation>
    </message>
    <message>
        <source>New %1: choose the child</source>
        <translation>%1 newydd: dewiswch y plentyn</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(dim enw wedi'i gofnodi)</translation>
    </message>
    <message>
        <source>%1 (born %2, age %3)</source>
        <translation>%1 (ganwyd %2, oed %3)</translation>
    </message>
    <message>
        <source>%1 (about %2 years old (date of birth not known))</source>
        <translation>%1 (tua %2 oed (dyddiad geni ddim yn hysbys))</translation>
    </message>
    <message>
        <source>%1 (age not recorded)</source>
        <translation>%1 (oed heb ei gofnodi)</translation>
    </message>
    <message>
        <source>Choose the child</source>
        <translation>Dewis y plentyn</translation>
    </message>
    <message>
        <source>A child already &amp;recorded</source>
        <translation>Plentyn sydd eisoes wedi'i &amp;gofnodi</translation>
    </message>
    <message>
        <source>A &amp;new child</source>
        <translation>Plentyn &amp;newydd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Search children</source>
        <translation>Chwilio am blant</translation>
    </message>
    <message>
        <source>Name, date of birth or identifier</source>
        <translation>Enw, dyddiad geni neu ddynodydd</translation>
    </message>
    <message>
        <source>Matching children</source>
        <translation>Plant sy'n cyfateb</translation>
    </message>
    <message>
        <source>Search for the child and select them, or add a new child.</source>
        <translation>Chwiliwch am y plentyn a'i ddewis, neu ychwanegwch blentyn newydd.</translation>
    </message>
</context>
<context>
    <name>ChildRecord</name>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Child record</source>
        <translation>Cofnod y plentyn</translation>
    </message>
    <message>
        <source>‹ Home</source>
        <translation>‹ Hafan</translation>
    </message>
    <message>
        <source>New screening</source>
        <translation>Sgrinio newydd</translation>
    </message>
    <message>
        <source>New full assessment</source>
        <translation>Asesiad llawn newydd</translation>
    </message>
    <message>
        <source>New exploitation screening</source>
        <translation>Sgrinio camfanteisio newydd</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Dechrau adolygiad</translation>
    </message>
    <message>
        <source>A new assessment of the same kind, starting from the last completed one.</source>
        <translation>Asesiad newydd o'r un math, gan ddechrau o'r un diwethaf a gwblhawyd.</translation>
    </message>
    <message>
        <source>Transfer this child's file...</source>
        <translation>Trosglwyddo ffeil y plentyn...</translation>
    </message>
    <message>
        <source>Audit tra&amp;il...</source>
        <translation>Trywydd &amp;archwilio...</translation>
    </message>
    <message>
        <source>Subject &amp;access...</source>
        <translation>Cais gwrthrych am &amp;wybodaeth...</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Cadw'r manylion</translation>
    </message>
    <message>
        <source>Screenings and assessments (newest first)</source>
        <translation>Sgriniadau ac asesiadau (y diweddaraf yn gyntaf)</translation>
    </message>
    <message>
        <source>Final level over time. Select two assessments (click points, or Ctrl+click rows) and press What changed.</source>
        <translation>Y lefel derfynol dros amser. Dewiswch ddau asesiad (cliciwch ar bwyntiau, neu Ctrl+clicio ar resi) a phwyswch Beth sydd wedi newid.</translation>
    </message>
    <message>
        <source>Screenings and assessments</source>
        <translation>Sgriniadau ac asesiadau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Correct...</source>
        <translation>Cywiro...</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth sydd wedi newid</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(dim enw wedi'i gofnodi)</translation>
    </message>
    <message>
        <source>born %1, age %2</source>
        <translation>ganwyd %1, %2 oed</translation>
    </message>
    <message>
        <source>about %1 years old (date of birth not known)</source>
        <translation>tua %1 oed (dyddiad geni ddim yn hysbys)</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>oed heb ei gofnodi</translation>
    </message>
    <message>
        <source>born %1, age %2. Language preference: %3</source>
        <translation>ganwyd %1, %2 oed. Dewis iaith: %3</translation>
    </message>
    <message>
        <source>about %1 years old (date of birth not known). Language preference: %2</source>
        <translation>tua %1 oed (dyddiad geni ddim yn hysbys). Dewis iaith: %2</translation>
    </message>
    <message>
        <source>age not recorded. Language preference: %1</source>
        <translation>oed heb ei gofnodi. Dewis iaith: %1</translation>
    </message>
    <message>
        <source>Save details (unsaved changes)</source>
        <translation>Cadw'r manylion (newidiadau heb eu cadw)</translation>
    </message>
    <message>
        <source>Details saved. The change is recorded in the audit trail.</source>
        <translation>Cadwyd y manylion. Mae'r newid wedi'i gofnodi yn y trywydd archwilio.</translation>
    </message>
    <message>
        <source>Continue draft</source>
        <translation>Parhau â'r drafft</translation>
    </message>
    <message>
        <source>Correct a completed assessment</source>
        <translation>Cywiro asesiad a gwblhawyd</translation>
    </message>
    <message>
        <source>Why is this assessment being corrected?</source>
        <translation>Pam mae'r asesiad hwn yn cael ei gywiro?</translation>
    </message>
    <message>
        <source>The reason is kept with the new version; the earlier version stays readable.</source>
        <translation>Caiff y rheswm ei gadw gyda'r fersiwn newydd; bydd modd darllen y fersiwn gynharach o hyd.</translation>
    </message>
    <message>
        <source>For example: the date of the missing episode was wrong.</source>
        <translation>Er enghraifft: roedd dyddiad y cyfnod o fod ar goll yn anghywir.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Cywiro</translation>
    </message>
    <message>
        <source>Say why the assessment is being corrected.</source>
        <translation>Dywedwch pam mae'r asesiad yn cael ei gywiro.</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 dyddiedig %3</translation>
    </message>
    <message>
        <source>The review was not started. %1</source>
        <translation>Ni ddechreuwyd yr adolygiad. %1</translation>
    </message>
</context>
<context>
    <name>Chronology</name>
    <message>
        <source>Seen by &amp;me</source>
        <translation>&amp;Gwelwyd gennyf i</translation>
    </message>
    <message>
        <source>Told by the &amp;child</source>
        <translation>Yn ôl y p&amp;lentyn</translation>
    </message>
    <message>
        <source>Told by an&amp;other person or agency</source>
        <translation>Yn ôl person neu asiantaeth &amp;arall</translation>
    </message>
    <message>
        <source>Write what happened once, in plain words: when, what, and who says so. It goes into the child's chronology; a screening uses it as evidence, and the referral leads with it.</source>
        <translation>Ysgrifennwch beth ddigwyddodd unwaith, mewn geiriau syml: pryd, beth, a phwy sy'n dweud hynny. Mae'n mynd i gronoleg y plentyn; mae sgrinio'n ei ddefnyddio fel tystiolaeth, ac mae'r atgyfeiriad yn dechrau ag ef.</translation>
    </message>
    <message>
        <source>Record a concern</source>
        <translation>Cofnodi pryder</translation>
    </message>
    <message>
        <source>Correct a chronology entry</source>
        <translation>Cywiro cofnod yn y gronoleg</translation>
    </message>
    <message>
        <source>This may point to (the screening asks you to confirm each; nothing is answered for you):</source>
        <translation>Gall hyn awgrymu'r canlynol (bydd y sgrinio'n gofyn i chi gadarnhau pob un; nid oes dim yn cael ei ateb ar eich rhan):</translation>
    </message>
    <message>
        <source>Write the date as day/month/year (14/11/2026), or month/year (11/2026) if only the month is known</source>
        <translation>Ysgrifennwch y dyddiad fel diwrnod/mis/blwyddyn (14/11/2026), neu fis/blwyddyn (11/2026) os mai dim ond y mis sy'n hysbys</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Canslo heb gadw</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save to the chronology</source>
        <translation>Cadw yn y gronoleg</translation>
    </message>
    <message>
        <source>When it happened: day/month/year, or month/year</source>
        <translation>Pryd y digwyddodd: diwrnod/mis/blwyddyn, neu fis/blwyddyn</translation>
    </message>
    <message>
        <source>The date is approximate</source>
        <translation>Mae'r dyddiad yn fras</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tua</translation>
    </message>
    <message>
        <source>Tick when you are not sure of the exact day</source>
        <translation>Ticiwch os nad ydych yn siŵr o'r union ddiwrnod</translation>
    </message>
    <message>
        <source>day/month/year, or month/year</source>
        <translation>diwrnod/mis/blwyddyn, neu fis/blwyddyn</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>What you saw or were told, in plain words</source>
        <translation>Yr hyn a welsoch neu a ddywedwyd wrthych, mewn geiriau syml</translation>
    </message>
    <message>
        <source>Who told you (role or agency)</source>
        <translation>Pwy ddywedodd wrthych (rôl neu asiantaeth)</translation>
    </message>
    <message>
        <source>For example: the school nurse; Police (PC name); her foster carer</source>
        <translation>Er enghraifft: nyrs yr ysgol; yr Heddlu (enw'r cwnstabl); ei chofalwr maeth</translation>
    </message>
    <message>
        <source>Police or agency reference (optional)</source>
        <translation>Cyfeirnod yr heddlu neu'r asiantaeth (dewisol)</translation>
    </message>
    <message>
        <source>W&amp;hat happened</source>
        <translation>Beth &amp;ddigwyddodd</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Pryd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Who &amp;told you</source>
        <translation>P&amp;wy ddywedodd wrthych</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Cyfeirnod</translation>
    </message>
    <message>
        <source>Why this entry is corrected</source>
        <translation>Pam mae'r cofnod hwn yn cael ei gywiro</translation>
    </message>
    <message>
        <source>Why corr&amp;ected</source>
        <translation>Rheswm dros y c&amp;ywiriad</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Heb ei gadw: %1.</translation>
    </message>
    <message>
        <source>Seen by me</source>
        <translation>Gwelwyd gennyf i</translation>
    </message>
    <message>
        <source>Told by the child</source>
        <translation>Yn ôl y plentyn</translation>
    </message>
    <message>
        <source>Told by another person or agency</source>
        <translation>Yn ôl person neu asiantaeth arall</translation>
    </message>
    <message>
        <source>Seen by me (%1)</source>
        <translation>Gwelwyd gennyf i (%1)</translation>
    </message>
    <message>
        <source>Told by the child (%1)</source>
        <translation>Yn ôl y plentyn (%1)</translation>
    </message>
    <message>
        <source>Told by %1</source>
        <translation>Yn ôl %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>tua %1</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>cyf. %1</translation>
    </message>
    <message>
        <source>not yet in a screening</source>
        <translation>heb ei gynnwys mewn sgrinio eto</translation>
    </message>
    <message>
        <source>corrected (version %1)</source>
        <translation>wedi'i gywiro (fersiwn %1)</translation>
    </message>
    <message>
        <source>Chronology: what happened (latest first)</source>
        <translation>Cronoleg: beth ddigwyddodd (y diweddaraf yn gyntaf)</translation>
    </message>
    <message>
        <source>Chronology entries, latest first</source>
        <translation>Cofnodion y gronoleg, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Record a concern as soon as you know of it; screen later.</source>
        <translation>Dim wedi'i gofnodi eto. Cofnodwch bryder cyn gynted ag y byddwch yn gwybod amdano; sgriniwch yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Record a concern...</source>
        <translation>Cofnodi pryder...</translation>
    </message>
    <message>
        <source>Correct...</source>
        <translation>Cywiro...</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>What changed, %1</source>
        <translation>Beth sydd wedi newid, %1</translation>
    </message>
    <message>
        <source>%1 what changed.pdf</source>
        <translation>%1 beth sydd wedi newid.pdf</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth sydd wedi newid</translation>
    </message>
    <message>
        <source>The two assessments and the level movement</source>
        <translation>Y ddau asesiad a sut y symudodd y lefel</translation>
    </message>
    <message>
        <source>Indicators grouped by what changed</source>
        <translation>Dangosyddion wedi'u grwpio yn ôl yr hyn a newidiodd</translation>
    </message>
    <message>
        <source>Preview PDF</source>
        <translation>Rhagolwg PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Methu cymharu</translation>
    </message>
    <message>
        <source>What changed between two assessments</source>
        <translation>Beth sydd wedi newid rhwng dau asesiad</translation>
    </message>
    <message>
        <source>First assessment to compare</source>
        <translation>Yr asesiad cyntaf i'w gymharu</translation>
    </message>
    <message>
        <source>Second assessment to compare</source>
        <translation>Yr ail asesiad i'w gymharu</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Cymharu</translation>
    </message>
    <message>
        <source>with</source>
        <translation>gyda</translation>
    </message>
    <message>
        <source>What a correction changed</source>
        <translation>Beth a newidiodd cywiriad</translation>
    </message>
    <message>
        <source>What changed, %1 version %2</source>
        <translation>Beth sydd wedi newid, %1 fersiwn %2</translation>
    </message>
    <message>
        <source>%1 version %2 what changed.pdf</source>
        <translation>%1 fersiwn %2 beth sydd wedi newid.pdf</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Cynharach</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Diweddarach</translation>
    </message>
    <message>
        <source>computed %1, changed by professional judgement</source>
        <translation>cyfrifwyd %1, newidiwyd drwy farn broffesiynol</translation>
    </message>
    <message>
        <source>Final level %1 · score %2</source>
        <translation>Lefel derfynol %1 · sgôr %2</translation>
    </message>
    <message>
        <source>two versions of one assessment</source>
        <translation>dwy fersiwn o un asesiad</translation>
    </message>
    <message>
        <source>%1 days apart</source>
        <translation>%1 diwrnod rhyngddynt</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <source>Earlier (%1)</source>
        <translation>Cynharach (%1)</translation>
    </message>
    <message>
        <source>Later (%1)</source>
        <translation>Diweddarach (%1)</translation>
    </message>
    <message>
        <source>No indicator was recorded as a concern in either assessment.</source>
        <translation>Ni chofnodwyd unrhyw ddangosydd yn bryder yn y naill asesiad na'r llall.</translation>
    </message>
    <message>
        <source>What has changed since the last assessment?</source>
        <translation>Beth sydd wedi newid ers yr asesiad diwethaf?</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Dechrau adolygiad</translation>
    </message>
    <message>
        <source>The review starts from %1: its answers, people, places and details are carried over for you to check. The reflective questions and the decision are asked afresh.</source>
        <translation>Mae'r adolygiad yn dechrau o %1: caiff ei atebion, ei bobl, ei leoedd a'i fanylion eu cario drosodd i chi eu gwirio. Bydd y cwestiynau myfyriol a'r penderfyniad yn cael eu gofyn o'r newydd.</translation>
    </message>
    <message>
        <source>For example: missing twice since the last review; new older contact reported by school; now engaging with the youth worker.</source>
        <translation>Er enghraifft: ar goll ddwywaith ers yr adolygiad diwethaf; cyswllt hŷn newydd wedi'i adrodd gan yr ysgol; bellach yn ymgysylltu â'r gweithiwr ieuenctid.</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Dechrau adolygiad</translation>
    </message>
    <message>
        <source>Say briefly what has changed; "nothing new" is an answer too.</source>
        <translation>Dywedwch yn fyr beth sydd wedi newid; mae "dim byd newydd" yn ateb hefyd.</translation>
    </message>
</context>
<context>
    <name>Contexts</name>
    <message>
        <source>Names alike in other children's records (not linked unless you decide)</source>
        <translation>Enwau tebyg yng nghofnodion plant eraill (heb eu cysylltu oni bai eich bod chi'n penderfynu)</translation>
    </message>
    <message>
        <source>Names alike in other children's records, and the records you joined</source>
        <translation>Enwau tebyg yng nghofnodion plant eraill, a'r cofnodion a unwyd gennych</translation>
    </message>
    <message>
        <source>The same person: &amp;join the records</source>
        <translation>Yr un person: un&amp;o'r cofnodion</translation>
    </message>
    <message>
        <source>The same person: join the two records</source>
        <translation>Yr un person: uno'r ddau gofnod</translation>
    </message>
    <message>
        <source>&amp;Undo the join</source>
        <translation>Dadwneud y&amp;r uno</translation>
    </message>
    <message>
        <source>%1 (this child's record) and %2 (%3's record): %4</source>
        <translation>%1 (cofnod y plentyn hwn) a'r enw %2 (cofnod %3): %4</translation>
    </message>
    <message>
        <source>Joined by you: %1 counts as %2</source>
        <translation>Wedi'u huno gennych: mae %1 yn cyfrif fel %2</translation>
    </message>
    <message>
        <source>Not joined: %1</source>
        <translation>Heb eu huno: %1</translation>
    </message>
    <message>
        <source>Joined: both children are now linked through this person. Undo the join if it was wrong.</source>
        <translation>Wedi'u huno: mae'r ddau blentyn bellach yn gysylltiedig drwy'r person hwn. Dadwneuwch yr uno os oedd yn anghywir.</translation>
    </message>
    <message>
        <source>The join was undone: the two records are separate again.</source>
        <translation>Dadwnaed yr uno: mae'r ddau gofnod ar wahân eto.</translation>
    </message>
    <message>
        <source>This car is also linked to 1 other child: %1.</source>
        <translation>Mae 1 plentyn arall hefyd yn gysylltiedig â'r car hwn: %1.</translation>
    </message>
    <message>
        <source>This car is also linked to %1 other children: %2.</source>
        <translation>Mae %1 o blant eraill hefyd yn gysylltiedig â'r car hwn: %2.</translation>
    </message>
    <message>
        <source>This phone is also linked to 1 other child: %1.</source>
        <translation>Mae 1 plentyn arall hefyd yn gysylltiedig â'r ffôn hwn: %1.</translation>
    </message>
    <message>
        <source>This phone is also linked to %1 other children: %2.</source>
        <translation>Mae %1 o blant eraill hefyd yn gysylltiedig â'r ffôn hwn: %2.</translation>
    </message>
    <message>
        <source>This online handle is also linked to 1 other child: %1.</source>
        <translation>Mae 1 plentyn arall hefyd yn gysylltiedig â'r enw ar-lein hwn: %1.</translation>
    </message>
    <message>
        <source>This online handle is also linked to %1 other children: %2.</source>
        <translation>Mae %1 o blant eraill hefyd yn gysylltiedig â'r enw ar-lein hwn: %2.</translation>
    </message>
    <message>
        <source>This address is also linked to 1 other child: %1.</source>
        <translation>Mae 1 plentyn arall hefyd yn gysylltiedig â'r cyfeiriad hwn: %1.</translation>
    </message>
    <message>
        <source>This address is also linked to %1 other children: %2.</source>
        <translation>Mae %1 o blant eraill hefyd yn gysylltiedig â'r cyfeiriad hwn: %2.</translation>
    </message>
    <message>
        <source>This person is also linked to 1 other child: %1.</source>
        <translation>Mae 1 plentyn arall hefyd yn gysylltiedig â'r person hwn: %1.</translation>
    </message>
    <message>
        <source>This person is also linked to %1 other children: %2.</source>
        <translation>Mae %1 o blant eraill hefyd yn gysylltiedig â'r person hwn: %2.</translation>
    </message>
    <message>
        <source>What this entry says is also linked to 1 other child: %1.</source>
        <translation>Mae 1 plentyn arall hefyd yn gysylltiedig â'r hyn y mae'r cofnod hwn yn ei ddweud: %1.</translation>
    </message>
    <message>
        <source>What this entry says is also linked to %1 other children: %2.</source>
        <translation>Mae %1 o blant eraill hefyd yn gysylltiedig â'r hyn y mae'r cofnod hwn yn ei ddweud: %2.</translation>
    </message>
    <message>
        <source>male</source>
        <translation>gwryw</translation>
    </message>
    <message>
        <source>female</source>
        <translation>benyw</translation>
    </message>
    <message>
        <source>other</source>
        <translation>arall</translation>
    </message>
    <message>
        <source>%1: %2; linked to %3</source>
        <translation>%1: %2; plant sy'n gysylltiedig: %3</translation>
    </message>
    <message>
        <source>%1: %2; linked to this child already</source>
        <translation>%1: %2; eisoes yn gysylltiedig â'r plentyn hwn</translation>
    </message>
    <message>
        <source>%1: %2; not linked to a child</source>
        <translation>%1: %2; heb ei gysylltu â phlentyn</translation>
    </message>
    <message>
        <source>no name recorded</source>
        <translation>dim enw wedi'i gofnodi</translation>
    </message>
    <message>
        <source>Linked to this vault's record “%1”, also linked to %2.</source>
        <translation>Wedi'i gysylltu â'r cofnod sydd eisoes yma, “%1”. Plant eraill sy'n gysylltiedig: %2.</translation>
    </message>
    <message>
        <source>Linked to this vault's record “%1”.</source>
        <translation>Wedi'i gysylltu â'r cofnod sydd eisoes yma, “%1”.</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>tua %1 oed</translation>
    </message>
    <message>
        <source>car %1</source>
        <translation>car %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>ffôn %1</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(dim enw wedi'i gofnodi)</translation>
    </message>
    <message>
        <source>(a record no longer here)</source>
        <translation>(cofnod nad yw yma mwyach)</translation>
    </message>
    <message>
        <source>Patterns: children linked by a person, place, vehicle or phone</source>
        <translation>Patrymau: plant sy'n gysylltiedig drwy berson, lle, cerbyd neu ffôn</translation>
    </message>
    <message>
        <source>1 other child</source>
        <translation>1 plentyn arall</translation>
    </message>
    <message>
        <source>%1 other children</source>
        <translation>%1 o blant eraill</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1, a %2 arall</translation>
    </message>
    <message>
        <source>Linked to other children</source>
        <translation>Yn gysylltiedig â phlant eraill</translation>
    </message>
    <message>
        <source>Other children sharing a person, place, vehicle or phone with this child: Enter opens the child</source>
        <translation>Plant eraill sy'n rhannu person, lle, cerbyd neu ffôn â'r plentyn hwn: mae Enter yn agor cofnod y plentyn</translation>
    </message>
    <message>
        <source>%1: shares %2</source>
        <translation>%1: yn rhannu %2</translation>
    </message>
    <message>
        <source>Linked to 1 other child (in this vault)</source>
        <translation>Yn gysylltiedig ag 1 plentyn arall (yn y cofnodion hyn)</translation>
    </message>
    <message>
        <source>Linked to %1 other children (in this vault)</source>
        <translation>Plant eraill sy'n gysylltiedig: %1 (yn y cofnodion hyn)</translation>
    </message>
    <message>
        <source>Patterns, most recent first: Enter opens the first child of a pattern</source>
        <translation>Patrymau, y diweddaraf yn gyntaf: mae Enter yn agor cofnod y plentyn cyntaf mewn patrwm</translation>
    </message>
    <message>
        <source>See the &amp;picture of this pattern</source>
        <translation>Gweld &amp;darlun y patrwm hwn</translation>
    </message>
    <message>
        <source>See the picture of the selected pattern, with a list beside it</source>
        <translation>Gweld darlun y patrwm a ddewiswyd, gyda rhestr wrth ei ochr</translation>
    </message>
    <message>
        <source>%1 children: %2
shared: %3</source>
        <translation>%1 o blant: %2
yn rhannu: %3</translation>
    </message>
    <message>
        <source>Patterns: children linked by a person, place, vehicle or phone (%1 most recent of %2)</source>
        <translation>Patrymau: plant sy'n gysylltiedig drwy berson, lle, cerbyd neu ffôn (y %1 diweddaraf o %2)</translation>
    </message>
    <message>
        <source>Picture of a pattern</source>
        <translation>Darlun o batrwm</translation>
    </message>
    <message>
        <source>%1 children linked through %2</source>
        <translation>%1 o blant yn gysylltiedig drwy %2</translation>
    </message>
    <message>
        <source>Only this vault's records. Up and Down go through the list; the picture follows. Enter on a child opens the child's record.</source>
        <translation>Y cofnodion hyn yn unig. Mae'r saethau i fyny ac i lawr yn symud drwy'r rhestr; mae'r darlun yn dilyn. Mae Enter ar blentyn yn agor cofnod y plentyn.</translation>
    </message>
    <message>
        <source>Who is linked through what: Enter on a child opens the child's record</source>
        <translation>Pwy sy'n gysylltiedig drwy beth: mae Enter ar blentyn yn agor cofnod y plentyn</translation>
    </message>
    <message>
        <source>&amp;Open this child's record</source>
        <translation>&amp;Agor cofnod y plentyn hwn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Picture of the pattern: the arrow keys move from node to node, as the list does</source>
        <translation>Darlun y patrwm: mae'r bysellau saeth yn symud o nod i nod, fel y rhestr</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The form pack could not be used: %1. Nothing was changed. Ask whoever looks after your organisation's form pack to check it.</source>
        <translation>Nid oedd modd defnyddio'r pecyn ffurflenni: %1. Ni newidiwyd dim. Gofynnwch i bwy bynnag sy'n gofalu am becyn ffurflenni eich sefydliad ei wirio.</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again.</source>
        <translation>Mae'r cyfrifiadur wedi rhedeg allan o gof. Caewch raglenni eraill a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The computer reported a problem with a file or folder (%1). Try again.</source>
        <translation>Rhoddodd y cyfrifiadur wybod am broblem gyda ffeil neu ffolder (%1). Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. Try again; if it keeps happening, ask IT support.</source>
        <translation>Aeth rhywbeth o'i le ac ni newidiwyd dim. Rhowch gynnig arall arni; os yw'n dal i ddigwydd, gofynnwch i'r gwasanaeth cymorth TG.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Stage 1: practitioner to practitioner</source>
        <translation>Cam 1: ymarferydd i ymarferydd</translation>
    </message>
    <message>
        <source>Stage 2: managers</source>
        <translation>Cam 2: rheolwyr</translation>
    </message>
    <message>
        <source>Stage 3: senior managers or the safeguarding partnership</source>
        <translation>Cam 3: uwch reolwyr neu'r bartneriaeth ddiogelu</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Cam %1</translation>
    </message>
    <message>
        <source>Open (%1 days since raised)</source>
        <translation>Agored (%1 diwrnod ers ei godi)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi'i gau</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Decision disagreed with</source>
        <translation>Y penderfyniad yr anghytunwyd ag ef</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Codwyd ar</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Penderfynwyd ar</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Escalation %1, stage %2</source>
        <translation>Uwchgyfeiriad %1, cam %2</translation>
    </message>
    <message>
        <source>Professional disagreements about decisions for this child, and how each was escalated. Stage 1: practitioner to practitioner; stage 2: managers; stage 3: senior managers or the safeguarding partnership. Record every conversation: it is the timeline of challenge.</source>
        <translation>Anghytundebau proffesiynol am benderfyniadau ar gyfer y plentyn hwn, a sut yr uwchgyfeiriwyd pob un. Cam 1: ymarferydd i ymarferydd; cam 2: rheolwyr; cam 3: uwch reolwyr neu'r bartneriaeth ddiogelu. Cofnodwch bob sgwrs: dyma linell amser yr herio.</translation>
    </message>
    <message>
        <source>Escalation summary</source>
        <translation>Crynodeb uwchgyfeirio</translation>
    </message>
    <message>
        <source>Record %1 · generated %2</source>
        <translation>Cofnod %1 · cynhyrchwyd %2</translation>
    </message>
    <message>
        <source>Escalation summary %1</source>
        <translation>Crynodeb uwchgyfeirio %1</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Dim enw wedi'i gofnodi</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 of %3 open</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 o %3 yn agored</translation>
    </message>
    <message>
        <source>No escalations recorded.</source>
        <translation>Ni chofnodwyd unrhyw uwchgyfeiriadau.</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <source>DSL or manager</source>
        <translation>DSL neu reolwr</translation>
    </message>
    <message>
        <source>Save the escalation summary</source>
        <translation>Cadw crynodeb yr uwchgyfeiriad</translation>
    </message>
    <message>
        <source>escalation-summary.pdf</source>
        <translation>crynodeb-uwchgyfeirio.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>the file could not be written. Try another folder.</source>
        <translation>nid oedd modd ysgrifennu'r ffeil. Rhowch gynnig ar ffolder arall.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>The escalation summary was not saved: %1</source>
        <translation>Ni chadwyd crynodeb yr uwchgyfeiriad: %1</translation>
    </message>
    <message>
        <source>Talk to the practitioner who made the decision: say why you disagree, and agree what happens next.</source>
        <translation>Siaradwch â'r ymarferydd a wnaeth y penderfyniad: dywedwch pam rydych yn anghytuno, a chytunwch beth sy'n digwydd nesaf.</translation>
    </message>
    <message>
        <source>Not resolved: your manager or DSL takes it up with their manager in the other agency.</source>
        <translation>Heb ei ddatrys: mae eich rheolwr neu eich DSL yn ei godi gyda rheolwr yr ymarferydd yn yr asiantaeth arall.</translation>
    </message>
    <message>
        <source>Still not resolved: senior managers, or the local safeguarding partnership's resolution process.</source>
        <translation>Heb ei ddatrys o hyd: uwch reolwyr, neu broses datrys anghytundebau'r bartneriaeth ddiogelu leol.</translation>
    </message>
    <message>
        <source>If you disagree with a decision about this child, say so and escalate it until it is resolved. Record each stage here so there is a timeline of what was raised, with whom, and what happened.</source>
        <translation>Os ydych yn anghytuno â phenderfyniad am y plentyn hwn, dywedwch hynny a'i uwchgyfeirio nes iddo gael ei ddatrys. Cofnodwch bob cam yma fel bod llinell amser o'r hyn a godwyd, gyda phwy, a beth ddigwyddodd.</translation>
    </message>
    <message>
        <source>Open: not yet resolved</source>
        <translation>Agored: heb ei ddatrys eto</translation>
    </message>
    <message>
        <source>Closed: resolved or ended</source>
        <translation>Wedi'i gau: wedi'i ddatrys neu wedi dod i ben</translation>
    </message>
    <message>
        <source>Edit a professional disagreement</source>
        <translation>Golygu anghytundeb proffesiynol</translation>
    </message>
    <message>
        <source>Record a professional disagreement</source>
        <translation>Cofnodi anghytundeb proffesiynol</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save the escalation</source>
        <translation>Cadw'r uwchgyfeiriad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Canslo heb gadw</translation>
    </message>
    <message>
        <source>Agency whose decision you disagree with (required)</source>
        <translation>Yr asiantaeth yr ydych yn anghytuno â'i phenderfyniad (gofynnol)</translation>
    </message>
    <message>
        <source>For example: Children's Social Care (MASH), Police, your own organisation</source>
        <translation>Er enghraifft: Gwasanaethau Cymdeithasol Plant (MASH), yr Heddlu, eich sefydliad eich hun</translation>
    </message>
    <message>
        <source>The decision you disagree with</source>
        <translation>Y penderfyniad yr ydych yn anghytuno ag ef</translation>
    </message>
    <message>
        <source>What was decided, by whom, and when</source>
        <translation>Beth a benderfynwyd, gan bwy, a phryd</translation>
    </message>
    <message>
        <source>Who you spoke to, what you said and what they said</source>
        <translation>Â phwy y siaradoch, beth ddywedoch chi a beth ddywedon nhw</translation>
    </message>
    <message>
        <source>What was agreed or decided</source>
        <translation>Beth a gytunwyd neu a benderfynwyd</translation>
    </message>
    <message>
        <source>Agency (required)</source>
        <translation>Asiantaeth (gofynnol)</translation>
    </message>
    <message>
        <source>Stage (required)</source>
        <translation>Cam (gofynnol)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <source>Date raised</source>
        <translation>Dyddiad ei godi</translation>
    </message>
    <message>
        <source>A decision has been made on the escalation</source>
        <translation>Mae penderfyniad wedi'i wneud ar yr uwchgyfeiriad</translation>
    </message>
    <message>
        <source>Date decided</source>
        <translation>Dyddiad y penderfyniad</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>CSE Screening helps you recognise when a child may be being sexually exploited, record what you know, and refer to Children's Social Care. Everything you record stays on this computer, encrypted. Nothing is sent anywhere.</source>
        <translation>Mae CSE Screening yn eich helpu i adnabod pan allai plentyn fod yn cael ei gam-fanteisio'n rhywiol, i gofnodi'r hyn rydych yn ei wybod, ac i atgyfeirio at Wasanaethau Cymdeithasol Plant. Mae popeth rydych yn ei gofnodi'n aros ar y cyfrifiadur hwn, wedi'i amgryptio. Nid oes dim yn cael ei anfon i unman.</translation>
    </message>
    <message>
        <source>Important: if you forget this passphrase and also lose the recovery code, the records cannot be recovered by anyone: not IT support, not the makers of this application.</source>
        <translation>Pwysig: os byddwch yn anghofio'r cyfrinymadrodd hwn a hefyd yn colli'r cod adfer, ni all neb adfer y cofnodion: nid y gwasanaeth cymorth TG, nid gwneuthurwyr y rhaglen hon.</translation>
    </message>
    <message>
        <source>First-time setup</source>
        <translation>Gosod am y tro cyntaf</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Gosod</translation>
    </message>
    <message>
        <source>Welcome to CSE Screening</source>
        <translation>Croeso i CSE Screening</translation>
    </message>
    <message>
        <source>Setting up takes about two minutes. You will choose a passphrase, save a recovery code and enter your details for referrals.</source>
        <translation>Mae gosod yn cymryd tua dau funud. Byddwch yn dewis cyfrinymadrodd, yn cadw cod adfer ac yn rhoi eich manylion ar gyfer atgyfeiriadau.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Creating the encrypted records</source>
        <translation>Wrthi'n creu'r cofnodion wedi'u hamgryptio</translation>
    </message>
    <message>
        <source>Create encrypted records</source>
        <translation>Creu cofnodion wedi'u hamgryptio</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Teipiwch ef eto</translation>
    </message>
    <message>
        <source>The passphrase locks the records. Use four or more unrelated words, for example words from a sentence only you would think of.</source>
        <translation>Mae'r cyfrinymadrodd yn cloi'r cofnodion. Defnyddiwch bedwar gair neu fwy nad ydynt yn perthyn i'w gilydd, er enghraifft geiriau o frawddeg na fyddai neb ond chi'n meddwl amdani.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <source>I have saved or printed the recovery code and will keep it safe</source>
        <translation>Rwyf wedi cadw neu argraffu'r cod adfer a byddaf yn ei gadw'n ddiogel</translation>
    </message>
    <message>
        <source>I have saved or printed the recovery code</source>
        <translation>Rwyf wedi cadw neu argraffu'r cod adfer</translation>
    </message>
    <message>
        <source>Save recovery sheet as PDF...</source>
        <translation>Cadw'r daflen adfer fel PDF...</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Argraffu...</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>This code is shown once. It opens the records if the passphrase is forgotten. Save the recovery sheet or print it, and keep it locked away from the laptop.</source>
        <translation>Dim ond unwaith y dangosir y cod hwn. Mae'n agor y cofnodion os anghofir y cyfrinymadrodd. Cadwch y daflen adfer neu argraffwch hi, a'i chadw dan glo i ffwrdd o'r gliniadur.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <source>These details are printed on referrals and kept in the encrypted records. You can change them later in Settings.</source>
        <translation>Caiff y manylion hyn eu hargraffu ar atgyfeiriadau a'u cadw yn y cofnodion wedi'u hamgryptio. Gallwch eu newid yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>Your details and local contacts</source>
        <translation>Eich manylion a chysylltiadau lleol</translation>
    </message>
    <message>
        <source>No backup folder chosen.</source>
        <translation>Dim ffolder copïau wrth gefn wedi'i dewis.</translation>
    </message>
    <message>
        <source>Choose a backup folder...</source>
        <translation>Dewis ffolder copïau wrth gefn...</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Optional. Choose where backups go, for example an encrypted USB drive or your organisation's network folder. Backups are encrypted with your passphrase.</source>
        <translation>Dewisol. Dewiswch ble mae copïau wrth gefn yn mynd, er enghraifft gyriant USB wedi'i amgryptio neu ffolder rhwydwaith eich sefydliad. Caiff copïau wrth gefn eu hamgryptio â'ch cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae'r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
    <message>
        <source>The sheet could not be saved: %1.</source>
        <translation>Nid oedd modd cadw'r daflen: %1.</translation>
    </message>
    <message>
        <source>Recovery sheet saved to %1. Print it, then move the file somewhere safe.</source>
        <translation>Cadwyd y daflen adfer yn %1. Argraffwch hi, yna symudwch y ffeil i rywle diogel.</translation>
    </message>
    <message>
        <source>Backups will be offered in: %1</source>
        <translation>Cynigir copïau wrth gefn yn: %1</translation>
    </message>
</context>
<context>
    <name>Gaps</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Answer the question: %1</source>
        <translation>Atebwch y cwestiwn: %1</translation>
    </message>
    <message>
        <source>Answer in a sentence, not just a word or two: %1</source>
        <translation>Atebwch mewn brawddeg, nid gair neu ddau yn unig: %1</translation>
    </message>
    <message>
        <source>Not answered yet: %1</source>
        <translation>Heb ei ateb eto: %1</translation>
    </message>
    <message>
        <source>Not known, to follow up: %1</source>
        <translation>Ddim yn hysbys, i'w ddilyn: %1</translation>
    </message>
    <message>
        <source>Say when (current, recent or past): %1</source>
        <translation>Dywedwch pryd (cyfredol, diweddar neu yn y gorffennol): %1</translation>
    </message>
    <message>
        <source>Chronology entry %1 is not in this assessment: %2</source>
        <translation>Nid yw cofnod %1 y gronoleg yn yr asesiad hwn: %2</translation>
    </message>
    <message>
        <source>Give the evidence: choose a chronology entry or write a note (what happened, when, who): %1</source>
        <translation>Rhowch y dystiolaeth: dewiswch gofnod o'r gronoleg neu ysgrifennwch nodyn (beth ddigwyddodd, pryd, pwy): %1</translation>
    </message>
    <message>
        <source>%1, entry %2: %3</source>
        <translation>%1, cofnod %2: %3</translation>
    </message>
    <message>
        <source>Give the %1 or %2</source>
        <translation>Rhowch %1 neu %2</translation>
    </message>
    <message>
        <source>Give one of these: %1</source>
        <translation>Rhowch un o'r rhain: %1</translation>
    </message>
    <message>
        <source>%1: required (decision record)</source>
        <translation>%1: gofynnol (cofnod penderfyniad)</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1: gofynnol</translation>
    </message>
    <message>
        <source>%1: required when “%2” is %3</source>
        <translation>%1: gofynnol pan fo “%2” yn %3</translation>
    </message>
    <message>
        <source>%1: write the date as DD/MM/YYYY</source>
        <translation>%1: ysgrifennwch y dyddiad fel DD/MM/BBBB</translation>
    </message>
    <message>
        <source>%1: is after the assessment date</source>
        <translation>%1: mae ar ôl dyddiad yr asesiad</translation>
    </message>
    <message>
        <source>%1: gives an age over %2</source>
        <translation>%1: mae'n rhoi oed dros %2</translation>
    </message>
    <message>
        <source>%1: enter a whole number from %2 to %3</source>
        <translation>%1: rhowch rif cyfan o %2 i %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Wedi'i gwblhau</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Heb ei gwblhau</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>From the child's details: %1.</source>
        <translation>O fanylion y plentyn: %1.</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 oed</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 oed</translation>
    </message>
    <message>
        <source>1 year 1 month</source>
        <translation>1 oed ac 1 mis</translation>
    </message>
    <message>
        <source>1 year %2 months</source>
        <translation>1 oed a %2 mis</translation>
    </message>
    <message>
        <source>%1 years 1 month</source>
        <translation>%1 oed ac 1 mis</translation>
    </message>
    <message>
        <source>%1 years %2 months</source>
        <translation>%1 oed a %2 mis</translation>
    </message>
    <message>
        <source>Before you finish: reflect</source>
        <translation>Cyn i chi orffen: myfyrio</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>write the reason for recording %1</source>
        <translation>ysgrifennwch y rheswm dros gofnodi %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
    <message>
        <source>Enter the child's date of birth or approximate age to see a level.</source>
        <translation>Rhowch ddyddiad geni'r plentyn neu ei oed bras i weld lefel.</translation>
    </message>
    <message>
        <source>Answer a question to see the level so far.</source>
        <translation>Atebwch gwestiwn i weld y lefel hyd yma.</translation>
    </message>
    <message>
        <source>No level yet: %1</source>
        <translation>Dim lefel eto: %1</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Make a new recovery code</source>
        <translation>Gwnewch god adfer newydd</translation>
    </message>
    <message>
        <source>The recovery code for these records was not confirmed as saved. If the passphrase is forgotten, only that code opens the records. Make a new recovery code now in Settings, and keep it somewhere safe.</source>
        <translation>Ni chadarnhawyd bod y cod adfer ar gyfer y cofnodion hyn wedi'i gadw. Os anghofir y cyfrinymadrodd, dim ond y cod hwnnw sy'n agor y cofnodion. Gwnewch god adfer newydd nawr yn y Gosodiadau, a'i gadw rywle diogel.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <source>Transfers...</source>
        <translation>Trosglwyddiadau...</translation>
    </message>
    <message>
        <source>Transfers awaiting receipt: Settings, Transfers</source>
        <translation>Trosglwyddiadau'n aros am dderbynneb: Gosodiadau, Trosglwyddiadau</translation>
    </message>
    <message>
        <source>Retention...</source>
        <translation>Cadw cofnodion...</translation>
    </message>
    <message>
        <source>Records due for retention review: Settings, Retention</source>
        <translation>Cofnodion i'w hadolygu ar gyfer eu cadw: Gosodiadau, Cadw cofnodion</translation>
    </message>
    <message>
        <source>The recovery code was not confirmed as saved</source>
        <translation>Ni chadarnhawyd bod y cod adfer wedi'i gadw</translation>
    </message>
    <message>
        <source>Make a new recovery code...</source>
        <translation>Gwnewch god adfer newydd...</translation>
    </message>
    <message>
        <source>Make a new recovery code in Settings</source>
        <translation>Gwnewch god adfer newydd yn y Gosodiadau</translation>
    </message>
    <message>
        <source>Search children</source>
        <translation>Chwilio am blant</translation>
    </message>
    <message>
        <source>Search by name, other name, date of birth (dd/mm/yyyy) or identifier</source>
        <translation>Chwiliwch yn ôl enw, enw arall, dyddiad geni (dd/mm/bbbb) neu ddynodydd</translation>
    </message>
    <message>
        <source>New screening</source>
        <translation>Sgrinio newydd</translation>
    </message>
    <message>
        <source>New full assessment</source>
        <translation>Asesiad llawn newydd</translation>
    </message>
    <message>
        <source>New exploitation screening</source>
        <translation>Sgrinio camfanteisio newydd</translation>
    </message>
    <message>
        <source>New exploitation screening: sexual, criminal, trafficking and online</source>
        <translation>Sgrinio camfanteisio newydd: rhywiol, troseddol, masnachu pobl ac ar-lein</translation>
    </message>
    <message>
        <source>Reviews due and overdue</source>
        <translation>Adolygiadau sy'n ddyledus ac yn hwyr</translation>
    </message>
    <message>
        <source>Drafts in progress</source>
        <translation>Drafftiau ar y gweill</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>Asesiadau diweddar</translation>
    </message>
    <message>
        <source>Open escalations: Enter or double-click to edit</source>
        <translation>Uwchgyfeiriadau agored: Enter neu glicio ddwywaith i olygu</translation>
    </message>
    <message>
        <source>Reviews due in the next %1 days or overdue</source>
        <translation>Adolygiadau sy'n ddyledus yn y %1 diwrnod nesaf neu'n hwyr</translation>
    </message>
    <message>
        <source>Open escalations (professional disagreements)</source>
        <translation>Uwchgyfeiriadau agored (anghytundebau proffesiynol)</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Golygu...</translation>
    </message>
    <message>
        <source>Edit the selected escalation</source>
        <translation>Golygu'r uwchgyfeiriad a ddewiswyd</translation>
    </message>
    <message>
        <source>Open child record</source>
        <translation>Agor cofnod y plentyn</translation>
    </message>
    <message>
        <source>Print escalation summary...</source>
        <translation>Argraffu crynodeb yr uwchgyfeiriad...</translation>
    </message>
    <message>
        <source>Print the escalation summary of the selected child</source>
        <translation>Argraffu crynodeb uwchgyfeirio'r plentyn a ddewiswyd</translation>
    </message>
    <message>
        <source>%1 child</source>
        <translation>%1 plentyn</translation>
    </message>
    <message>
        <source>%1 children</source>
        <translation>%1 plentyn</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 wedi'u cwblhau</translation>
    </message>
    <message>
        <source>%1 draft</source>
        <translation>%1 drafft</translation>
    </message>
    <message>
        <source>%1 drafts</source>
        <translation>%1 drafft</translation>
    </message>
    <message>
        <source>%1 open escalation</source>
        <translation>%1 uwchgyfeiriad agored</translation>
    </message>
    <message>
        <source>%1 open escalations</source>
        <translation>%1 uwchgyfeiriad agored</translation>
    </message>
    <message>
        <source>%1 transfer awaiting receipt, %2 OVERDUE (no receipt in 5 school days): chase the receiver</source>
        <translation>%1 trosglwyddiad yn aros am dderbynneb, %2 YN HWYR (dim derbynneb mewn 5 diwrnod ysgol): ewch ar ôl y derbynnydd</translation>
    </message>
    <message>
        <source>%1 transfers awaiting receipt, %2 OVERDUE (no receipt in 5 school days): chase the receiver</source>
        <translation>%1 trosglwyddiad yn aros am dderbynneb, %2 YN HWYR (dim derbynneb mewn 5 diwrnod ysgol): ewch ar ôl y derbynnydd</translation>
    </message>
    <message>
        <source>%1 transfer awaiting receipt</source>
        <translation>%1 trosglwyddiad yn aros am dderbynneb</translation>
    </message>
    <message>
        <source>%1 transfers awaiting receipt</source>
        <translation>%1 trosglwyddiad yn aros am dderbynneb</translation>
    </message>
    <message>
        <source>%1 record due for retention review: keep, with the reason, or delete</source>
        <translation>%1 cofnod i'w adolygu ar gyfer ei gadw: cadwch, gyda'r rheswm, neu dilëwch</translation>
    </message>
    <message>
        <source>%1 records due for retention review: keep, with the reason, or delete</source>
        <translation>%1 cofnod i'w hadolygu ar gyfer eu cadw: cadwch, gyda'r rheswm, neu dilëwch</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>Canlyniadau chwilio am “%1”</translation>
    </message>
    <message>
        <source>Stage %1 with %2 · raised today · %3</source>
        <translation>Cam %1 gyda %2 · codwyd heddiw · %3</translation>
    </message>
    <message>
        <source>Stage %1 with %2 · open %3 day (raised %4) · %5</source>
        <translation>Cam %1 gyda %2 · ar agor ers %3 diwrnod (codwyd %4) · %5</translation>
    </message>
    <message>
        <source>Stage %1 with %2 · open %3 days (raised %4) · %5</source>
        <translation>Cam %1 gyda %2 · ar agor ers %3 diwrnod (codwyd %4) · %5</translation>
    </message>
    <message>
        <source>Enter or double-click to edit; record the outcome and close it when resolved</source>
        <translation>Enter neu glicio ddwywaith i olygu; cofnodwch y canlyniad a'i gau pan fydd wedi'i ddatrys</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Sent %1: %2: awaiting receipt</source>
        <translation>Anfonwyd %1: %2: yn aros am dderbynneb</translation>
    </message>
    <message>
        <source>Sent %1: %2: receipt confirmed</source>
        <translation>Anfonwyd %1: %2: derbynneb wedi'i chadarnhau</translation>
    </message>
    <message>
        <source>Sent %1: %2: OVERDUE: no receipt in 5 school days: chase it</source>
        <translation>Anfonwyd %1: %2: YN HWYR: dim derbynneb mewn 5 diwrnod ysgol: ewch ar ei ôl</translation>
    </message>
    <message>
        <source>Sent %1: %2: %3</source>
        <translation>Anfonwyd %1: %2: %3</translation>
    </message>
    <message>
        <source>Received %1: %2: received here</source>
        <translation>Derbyniwyd %1: %2: wedi'i dderbyn yma</translation>
    </message>
    <message>
        <source>a child</source>
        <translation>plentyn</translation>
    </message>
    <message>
        <source>This vault's transfer key (give it to whoever sends you a child's file)</source>
        <translation>Allwedd drosglwyddo'r storfa gofnodion hon (rhowch hi i bwy bynnag sy'n anfon ffeil plentyn atoch)</translation>
    </message>
    <message>
        <source>This vault's transfer key, age1...</source>
        <translation>Allwedd drosglwyddo'r storfa gofnodion hon, age1...</translation>
    </message>
    <message>
        <source>&amp;Copy the key</source>
        <translation>Copïo'r &amp;allwedd</translation>
    </message>
    <message>
        <source>Transfers sent and received</source>
        <translation>Trosglwyddiadau a anfonwyd ac a dderbyniwyd</translation>
    </message>
    <message>
        <source>Transfers sent and received, newest first</source>
        <translation>Trosglwyddiadau a anfonwyd ac a dderbyniwyd, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Receipt code read back by the receiver</source>
        <translation>Cod derbyn a ddarllenwyd yn ôl gan y derbynnydd</translation>
    </message>
    <message>
        <source>Receipt code read back to you:</source>
        <translation>Cod derbyn a ddarllenwyd yn ôl i chi:</translation>
    </message>
    <message>
        <source>Confirm &amp;receipt</source>
        <translation>Cadarnhau'r &amp;dderbynneb</translation>
    </message>
    <message>
        <source>Or a receipt f&amp;ile...</source>
        <translation>Neu &amp;ffeil derbynneb...</translation>
    </message>
    <message>
        <source>Once a receipt is confirmed, this vault's copy of the child's file is</source>
        <translation>Pan gadarnheir derbynneb, bydd copi'r storfa gofnodion hon o ffeil y plentyn yn cael ei</translation>
    </message>
    <message>
        <source>&amp;kept here, read-only (the default)</source>
        <translation>&amp;gadw yma, i'w ddarllen yn unig (y rhagosodiad)</translation>
    </message>
    <message>
        <source>&amp;deleted, as the organisation's policy says (the transfer log and an audit entry stay, naming no one)</source>
        <translation>dd&amp;ileu, fel y dywed polisi'r sefydliad (mae log y trosglwyddiadau a chofnod yn y trywydd archwilio yn aros, heb enwi neb)</translation>
    </message>
    <message>
        <source>After a receipt, the child's file here is kept read-only</source>
        <translation>Ar ôl derbynneb, mae ffeil y plentyn yma yn cael ei chadw i'w darllen yn unig</translation>
    </message>
    <message>
        <source>After a receipt, the child's file here is deleted</source>
        <translation>Ar ôl derbynneb, mae ffeil y plentyn yma yn cael ei dileu</translation>
    </message>
    <message>
        <source>School holidays (not school days for the 5-day receipt rule)</source>
        <translation>Gwyliau ysgol (nid ydynt yn ddiwrnodau ysgol ar gyfer y rheol derbynneb o fewn 5 diwrnod)</translation>
    </message>
    <message>
        <source>School holidays, one a line: dd/mm/yyyy - dd/mm/yyyy</source>
        <translation>Gwyliau ysgol, un ar bob llinell: dd/mm/bbbb - dd/mm/bbbb</translation>
    </message>
    <message>
        <source>21/12/2026 - 01/01/2027
04/01/2027 (an INSET day)</source>
        <translation>21/12/2026 - 01/01/2027
04/01/2027 (diwrnod HMS)</translation>
    </message>
    <message>
        <source>Save &amp;holidays</source>
        <translation>Cadw'r g&amp;wyliau</translation>
    </message>
    <message>
        <source>Fingerprint to read out on the phone: %1</source>
        <translation>Ôl bys i'w ddarllen yn uchel ar y ffôn: %1</translation>
    </message>
    <message>
        <source>No transfers yet.</source>
        <translation>Dim trosglwyddiadau eto.</translation>
    </message>
    <message>
        <source>From now on, a child's file is deleted here once its receipt is confirmed.</source>
        <translation>O hyn ymlaen, caiff ffeil plentyn ei dileu yma unwaith y bydd ei derbynneb wedi'i chadarnhau.</translation>
    </message>
    <message>
        <source>From now on, a child's file is kept here read-only once its receipt is confirmed.</source>
        <translation>O hyn ymlaen, caiff ffeil plentyn ei chadw yma i'w darllen yn unig unwaith y bydd ei derbynneb wedi'i chadarnhau.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb eu cadw: %1</translation>
    </message>
    <message>
        <source>Saved 1 holiday.</source>
        <translation>Cadwyd 1 cyfnod gwyliau.</translation>
    </message>
    <message>
        <source>Saved %1 holidays.</source>
        <translation>Cadwyd %1 cyfnod gwyliau.</translation>
    </message>
    <message>
        <source>Copied. Read the fingerprint to the sender so they know the key is yours.</source>
        <translation>Wedi'i chopïo. Darllenwch yr ôl bys i'r anfonwr er mwyn iddynt wybod mai eich allwedd chi yw hi.</translation>
    </message>
    <message>
        <source>No transfer is waiting for this code (or it was confirmed already). Check it with the receiver.</source>
        <translation>Nid oes trosglwyddiad yn aros am y cod hwn (neu mae wedi'i gadarnhau eisoes). Gwiriwch ef gyda'r derbynnydd.</translation>
    </message>
    <message>
        <source>Receipt confirmed: the transfer is recorded as received. The child's file here was deleted, as the rule below says.</source>
        <translation>Derbynneb wedi'i chadarnhau: mae'r trosglwyddiad wedi'i gofnodi fel un a dderbyniwyd. Cafodd ffeil y plentyn yma ei dileu, fel y dywed y rheol isod.</translation>
    </message>
    <message>
        <source>Receipt confirmed: the transfer is recorded as received.</source>
        <translation>Derbynneb wedi'i chadarnhau: mae'r trosglwyddiad wedi'i gofnodi fel un a dderbyniwyd.</translation>
    </message>
    <message>
        <source>The receipt file the receiver sent back</source>
        <translation>Y ffeil derbynneb a anfonodd y derbynnydd yn ôl</translation>
    </message>
    <message>
        <source>The receipt cannot be read (%1).</source>
        <translation>Nid oes modd darllen y dderbynneb (%1).</translation>
    </message>
    <message>
        <source>The receipt cannot be read (no such file).</source>
        <translation>Nid oes modd darllen y dderbynneb (nid yw'r ffeil yn bod).</translation>
    </message>
    <message>
        <source>Refused, nothing changed: %1</source>
        <translation>Gwrthodwyd, ni newidiwyd dim: %1</translation>
    </message>
    <message>
        <source>No transfer is waiting for this receipt (or it was confirmed already).</source>
        <translation>Nid oes trosglwyddiad yn aros am y dderbynneb hon (neu mae wedi'i gadarnhau eisoes).</translation>
    </message>
    <message>
        <source>Receipt confirmed, signed by the receiver with fingerprint %1: the transfer is recorded as received. The child's file here was deleted, as the rule below says.</source>
        <translation>Derbynneb wedi'i chadarnhau, wedi'i llofnodi gan y derbynnydd ag ôl bys %1: mae'r trosglwyddiad wedi'i gofnodi fel un a dderbyniwyd. Cafodd ffeil y plentyn yma ei dileu, fel y dywed y rheol isod.</translation>
    </message>
    <message>
        <source>Receipt confirmed, signed by the receiver with fingerprint %1: the transfer is recorded as received.</source>
        <translation>Derbynneb wedi'i chadarnhau, wedi'i llofnodi gan y derbynnydd ag ôl bys %1: mae'r trosglwyddiad wedi'i gofnodi fel un a dderbyniwyd.</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Not yet scored</source>
        <translation>Heb ei sgorio eto</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Sgrinio</translation>
    </message>
    <message>
        <source>Full assessment</source>
        <translation>Asesiad llawn</translation>
    </message>
    <message>
        <source>Exploitation screening</source>
        <translation>Sgrinio camfanteisio</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi'i gwblhau</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 (overdue by %2 day)</source>
        <translation>%1 (yn hwyr o %2 diwrnod)</translation>
    </message>
    <message>
        <source>%1 (overdue by %2 days)</source>
        <translation>%1 (yn hwyr o %2 diwrnod)</translation>
    </message>
    <message>
        <source>%1 (due today)</source>
        <translation>%1 (yn ddyledus heddiw)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(dim enw wedi'i gofnodi)</translation>
    </message>
    <message>
        <source>Replaced by a later assessment</source>
        <translation>Disodlwyd gan asesiad diweddarach</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Locking the case records before the computer sleeps</source>
        <translation>Yn cloi cofnodion yr achos cyn i'r cyfrifiadur gysgu</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Yn stopio...</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Cyfrinymadrodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>No problems found. The records file is whole and readable: %1, %2, %3.%4</source>
        <translation>Ni chafwyd hyd i unrhyw broblemau. Mae ffeil y cofnodion yn gyflawn ac yn ddarllenadwy: %1, %2, %3.%4</translation>
    </message>
    <message>
        <source>Problems were found in the records file. Nothing has been changed. Make a backup now if you can, then restore your latest good backup into a new folder, or ask IT support.</source>
        <translation>Cafwyd hyd i broblemau yn ffeil y cofnodion. Nid oes dim wedi'i newid. Gwnewch gopi wrth gefn nawr os gallwch, yna adferwch eich copi wrth gefn da diweddaraf i ffolder newydd, neu gofynnwch i'r gwasanaeth cymorth TG.</translation>
    </message>
    <message>
        <source>1 child</source>
        <translation>1 plentyn</translation>
    </message>
    <message>
        <source>%1 children</source>
        <translation>%1 plentyn</translation>
    </message>
    <message>
        <source>1 completed assessment</source>
        <translation>1 asesiad wedi'i gwblhau</translation>
    </message>
    <message>
        <source>%1 completed assessments</source>
        <translation>%1 asesiad wedi'u cwblhau</translation>
    </message>
    <message>
        <source>1 draft</source>
        <translation>1 drafft</translation>
    </message>
    <message>
        <source>%1 drafts</source>
        <translation>%1 drafft</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>Restore a backup...</source>
        <translation>Adfer copi wrth gefn...</translation>
    </message>
    <message>
        <source>Restore a backup... progress</source>
        <translation>Cynnydd adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Stop: Restore a backup</source>
        <translation>Stopio: Adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Open the restored records</source>
        <translation>Agor y cofnodion a adferwyd</translation>
    </message>
    <message>
        <source>Restores a backup into a new, empty folder. The current records are not changed.</source>
        <translation>Mae'n adfer copi wrth gefn i ffolder newydd, gwag. Nid yw'r cofnodion presennol yn cael eu newid.</translation>
    </message>
    <message>
        <source>Restored into %1. The restored records open with the backup's passphrase.</source>
        <translation>Adferwyd i %1. Mae'r cofnodion a adferwyd yn agor gyda chyfrinymadrodd y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Dewis copi wrth gefn</translation>
    </message>
    <message>
        <source>CSE Screening backup (*.cseb);;All files (*)</source>
        <translation>Copi wrth gefn CSE Screening (*.cseb);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Choose an empty folder for the restored records</source>
        <translation>Dewiswch ffolder wag ar gyfer y cofnodion a adferwyd</translation>
    </message>
    <message>
        <source>Back up now...</source>
        <translation>Gwneud copi wrth gefn nawr...</translation>
    </message>
    <message>
        <source>Stopped before the backup was finished: no backup was written.</source>
        <translation>Stopiwyd cyn i'r copi wrth gefn gael ei orffen: ni ysgrifennwyd copi wrth gefn.</translation>
    </message>
    <message>
        <source>Back up now... progress</source>
        <translation>Cynnydd gwneud copi wrth gefn</translation>
    </message>
    <message>
        <source>Stop: Back up now</source>
        <translation>Stopio: Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Check the records</source>
        <translation>Gwirio'r cofnodion</translation>
    </message>
    <message>
        <source>Stopped before the check was finished. Nothing was changed.</source>
        <translation>Stopiwyd cyn i'r gwiriad gael ei orffen. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Check the records progress</source>
        <translation>Cynnydd gwirio'r cofnodion</translation>
    </message>
    <message>
        <source>Stop: Check the records</source>
        <translation>Stopio: Gwirio'r cofnodion</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copi wrth gefn</translation>
    </message>
    <message>
        <source>A backup is one encrypted file; it opens with the passphrase in use when it was made. Keep it on an encrypted drive or your organisation's network.</source>
        <translation>Un ffeil wedi'i hamgryptio yw copi wrth gefn; mae'n agor gyda'r cyfrinymadrodd a oedd yn cael ei ddefnyddio pan gafodd ei wneud. Cadwch ef ar yriant wedi'i amgryptio neu ar rwydwaith eich sefydliad.</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Gwiriad cywirdeb</translation>
    </message>
    <message>
        <source>Reads every page of the records file and checks the database structure.</source>
        <translation>Mae'n darllen pob tudalen o ffeil y cofnodion ac yn gwirio strwythur y gronfa ddata.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Ysgrifennwyd y copi wrth gefn i %1.</translation>
    </message>
    <message>
        <source>Back up the records</source>
        <translation>Gwneud copi wrth gefn o'r cofnodion</translation>
    </message>
    <message>
        <source>CSE Screening backup (*.cseb)</source>
        <translation>Copi wrth gefn CSE Screening (*.cseb)</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Cofnodion</translation>
    </message>
    <message>
        <source>New &amp;screening...</source>
        <translation>&amp;Sgrinio newydd...</translation>
    </message>
    <message>
        <source>New full &amp;assessment...</source>
        <translation>&amp;Asesiad llawn newydd...</translation>
    </message>
    <message>
        <source>New &amp;exploitation screening...</source>
        <translation>Sgrinio &amp;camfanteisio newydd...</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Hafan</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>G&amp;osodiadau</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>C&amp;loi nawr</translation>
    </message>
    <message>
        <source>Record a professional &amp;disagreement...</source>
        <translation>Cofnodi anghytundeb proffesi&amp;ynol...</translation>
    </message>
    <message>
        <source>&amp;Print escalation summary...</source>
        <translation>A&amp;rgraffu crynodeb uwchgyfeirio...</translation>
    </message>
    <message>
        <source>Record a &amp;concern...</source>
        <translation>Cofnodi &amp;pryder...</translation>
    </message>
    <message>
        <source>&amp;Receive a child's file...</source>
        <translation>&amp;Derbyn ffeil plentyn...</translation>
    </message>
    <message>
        <source>Partnership p&amp;icture...</source>
        <translation>Darlun y &amp;bartneriaeth...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd i</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>January</source>
        <translation>Ionawr</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Chwefror</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mawrth</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Ebrill</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Mehefin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Hydref</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Rhagfyr</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
</context>
<context>
    <name>NotePrompt</name>
    <message>
        <source>Keep it short (at most %1 characters); details go in the assessment itself.</source>
        <translation>Cadwch ef yn fyr (%1 nod ar y mwyaf); mae'r manylion yn mynd yn yr asesiad ei hun.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>fewer than 5 (1 to 4, hidden)</source>
        <translation>llai na 5 (1 i 4, wedi'i guddio)</translation>
    </message>
    <message>
        <source>none in the period</source>
        <translation>dim un yn y cyfnod</translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation>Dim un yn y cyfnod.</translation>
    </message>
    <message>
        <source>Anonymous counts for governors and the local safeguarding partnership: no child's name, reference or date of birth. Counts of 1 to 4 are hidden and shown as &lt;5 (a hatched, dashed bar, never 0); where one hidden count could be worked out from a total, a second is hidden too. The child's sex is not recorded, so there is no breakdown by sex.</source>
        <translation>Cyfrifon dienw ar gyfer llywodraethwyr a'r bartneriaeth ddiogelu leol: dim enw, cyfeirnod na dyddiad geni unrhyw blentyn. Caiff cyfrifon o 1 i 4 eu cuddio a'u dangos fel &lt;5 (bar streipiog â llinell doredig, byth 0); lle gellid cyfrifo un cyfrif cudd o gyfanswm, caiff ail un ei guddio hefyd. Ni chofnodir rhyw'r plentyn, felly nid oes dadansoddiad yn ôl rhyw.</translation>
    </message>
    <message>
        <source>The partnership's picture</source>
        <translation>Darlun y bartneriaeth</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Cadw fel &amp;PDF...</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Cadw fel &amp;CSV...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>The last school term is chosen at first; change the dates for another period.</source>
        <translation>Dewisir y tymor ysgol diwethaf i ddechrau; newidiwch y dyddiadau i gael cyfnod arall.</translation>
    </message>
    <message>
        <source>Choose another period: %1.</source>
        <translation>Dewiswch gyfnod arall: %1.</translation>
    </message>
    <message>
        <source>%1 assessments · %2 children · %3 escalations · too few referrals to show the days to referral</source>
        <translation>%1 asesiad · %2 plentyn · %3 uwchgyfeiriad · rhy ychydig o atgyfeiriadau i ddangos nifer y diwrnodau hyd at atgyfeirio</translation>
    </message>
    <message>
        <source>%1 assessments · %2 children · %3 escalations · median %4 days from first concern to referral</source>
        <translation>%1 asesiad · %2 plentyn · %3 uwchgyfeiriad · canolrif o %4 diwrnod o'r pryder cyntaf hyd at atgyfeirio</translation>
    </message>
    <message>
        <source>Save the partnership's picture</source>
        <translation>Cadw darlun y bartneriaeth</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the partnership's figures</source>
        <translation>Cadw ffigurau'r bartneriaeth</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <source>Saved to %1. The audit trail records that the picture was saved, not what it says.</source>
        <translation>Wedi'i gadw yn %1. Mae'r trywydd archwilio'n cofnodi bod y darlun wedi'i gadw, nid yr hyn y mae'n ei ddweud.</translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <source>vehicle</source>
        <translation>cerbyd</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ffôn</translation>
    </message>
    <message>
        <source>online handle</source>
        <translation>enw ar-lein</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lle</translation>
    </message>
    <message>
        <source>person of concern</source>
        <translation>person sy'n peri pryder</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (child): linked through %2</source>
        <translation>%1 (plentyn): yn gysylltiedig drwy %2</translation>
    </message>
    <message>
        <source>%1: shared by %2</source>
        <translation>%1: yn cael ei rannu gan %2</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(dim enw wedi'i gofnodi)</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>for example Designated Safeguarding Lead</source>
        <translation>er enghraifft Arweinydd Diogelu Dynodedig</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>school, service or team</source>
        <translation>ysgol, gwasanaeth neu dîm</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>MASH / Children's Social Care</source>
        <translation>MASH / Gofal Cymdeithasol Plant</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>rhif ffôn</translation>
    </message>
    <message>
        <source>Police (non-emergency)</source>
        <translation>Yr Heddlu (nid argyfwng)</translation>
    </message>
    <message>
        <source>101</source>
        <translation>101</translation>
    </message>
    <message>
        <source>Out-of-hours social care</source>
        <translation>Gofal cymdeithasol y tu allan i oriau</translation>
    </message>
    <message>
        <source>About you (printed on referrals)</source>
        <translation>Amdanoch chi (wedi'i argraffu ar atgyfeiriadau)</translation>
    </message>
    <message>
        <source>Local contacts</source>
        <translation>Cysylltiadau lleol</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>CSE Screening: recovery sheet</source>
        <translation>CSE Screening: taflen adfer</translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE. Created %1.</source>
        <translation>SWYDDOGOL-SENSITIF. Crëwyd %1.</translation>
    </message>
    <message>
        <source>Records folder: %1</source>
        <translation>Ffolder y cofnodion: %1</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Cod adfer:</translation>
    </message>
    <message>
        <source>What this is for</source>
        <translation>Beth yw diben hwn</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this code opens the records and lets you set a new passphrase. Nobody else can recover the records: not IT support, not the makers of this application. If both the passphrase and this code are lost, the records cannot be read by anyone.</source>
        <translation>Os anghofir y cyfrinymadrodd, mae'r cod hwn yn agor y cofnodion ac yn gadael i chi osod cyfrinymadrodd newydd. Ni all neb arall adfer y cofnodion: nid y gwasanaeth cymorth TG, nid gwneuthurwyr y rhaglen hon. Os collir y cyfrinymadrodd a'r cod hwn, ni all neb ddarllen y cofnodion.</translation>
    </message>
    <message>
        <source>Keep it safe</source>
        <translation>Cadwch hi'n ddiogel</translation>
    </message>
    <message>
        <source>Store this sheet locked away, apart from the laptop (for example in the safeguarding office safe).</source>
        <translation>Cadwch y daflen hon dan glo, ar wahân i'r gliniadur (er enghraifft yn sêff y swyddfa ddiogelu).</translation>
    </message>
    <message>
        <source>Anyone holding this code and the records folder can read the records.</source>
        <translation>Gall unrhyw un sydd â'r cod hwn a ffolder y cofnodion ddarllen y cofnodion.</translation>
    </message>
    <message>
        <source>Do not photograph it, email it or keep it in the laptop bag.</source>
        <translation>Peidiwch â thynnu llun ohoni, ei hanfon drwy e-bost na'i chadw ym mag y gliniadur.</translation>
    </message>
    <message>
        <source>CSE Screening recovery sheet</source>
        <translation>Taflen adfer CSE Screening</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>%1, version %2</source>
        <translation>%1, fersiwn %2</translation>
    </message>
    <message>
        <source>Record %1 · generated %2</source>
        <translation>Cofnod %1 · cynhyrchwyd %2</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Atgyfeiriad %1</translation>
    </message>
    <message>
        <source>Some of this referral is in English: the form pack has no Welsh text.</source>
        <translation>Mae rhan o'r atgyfeiriad hwn yn Saesneg: nid oes gan y pecyn ffurflenni destun Cymraeg.</translation>
    </message>
    <message>
        <source>The form's Welsh text was prepared by %1 and has not yet been reviewed by a Welsh-language reviewer.</source>
        <translation>Paratowyd testun Cymraeg y ffurflen gan %1 ac nid yw wedi'i adolygu eto gan adolygydd iaith Gymraeg.</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>Atgyfeiriad: %1</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Dim enw wedi'i gofnodi</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · assessed on %2 · referral printed %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · aseswyd ar %2 · argraffwyd yr atgyfeiriad %3</translation>
    </message>
    <message>
        <source>DRAFT: this assessment has not been completed</source>
        <translation>DRAFFT: nid yw'r asesiad hwn wedi'i gwblhau</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Y plentyn</translation>
    </message>
    <message>
        <source>The referrer, and who knows of this referral</source>
        <translation>Yr atgyfeiriwr, a phwy sy'n gwybod am yr atgyfeiriad hwn</translation>
    </message>
    <message>
        <source>The child: other details</source>
        <translation>Y plentyn: manylion eraill</translation>
    </message>
    <message>
        <source>What happened (latest first)</source>
        <translation>Beth ddigwyddodd (y diweddaraf yn gyntaf)</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Dim wedi'i gofnodi.</translation>
    </message>
    <message>
        <source>No chronology entries were recorded with this assessment: these are the notes given as evidence.</source>
        <translation>Ni chofnodwyd unrhyw gofnodion cronoleg gyda'r asesiad hwn: dyma'r nodiadau a roddwyd fel tystiolaeth.</translation>
    </message>
    <message>
        <source>Linked to %1 other record in this setting</source>
        <translation>Yn gysylltiedig ag %1 cofnod arall yn y lleoliad hwn</translation>
    </message>
    <message>
        <source>Linked to %1 other records in this setting</source>
        <translation>Yn gysylltiedig ag %1 cofnod arall yn y lleoliad hwn</translation>
    </message>
    <message>
        <source>FINAL LEVEL</source>
        <translation>LEFEL DERFYNOL</translation>
    </message>
    <message>
        <source>Local threshold: %1</source>
        <translation>Trothwy lleol: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Computed level: %1.&lt;/b&gt; Professional judgement raised the level to %2.</source>
        <translation>&lt;b&gt;Lefel a gyfrifwyd: %1.&lt;/b&gt; Cododd barn broffesiynol y lefel i %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Computed level: %1.&lt;/b&gt; Professional judgement lowered the level to %2.</source>
        <translation>&lt;b&gt;Lefel a gyfrifwyd: %1.&lt;/b&gt; Gostyngodd barn broffesiynol y lefel i %2.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Ymgynghorwyd â</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Newidiwyd gan</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Newidiwyd ar</translation>
    </message>
    <message>
        <source>STATUTORY FLAGS</source>
        <translation>RHYBUDDION STATUDOL</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recorded:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cofnodwyd:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>None raised by this assessment.</source>
        <translation>Dim wedi'u codi gan yr asesiad hwn.</translation>
    </message>
    <message>
        <source>For the referrer's copy: what must happen now</source>
        <translation>Ar gyfer copi'r atgyfeiriwr: beth sy'n rhaid digwydd nawr</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review by %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Adolygu erbyn %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Local contacts</source>
        <translation>Cysylltiadau lleol</translation>
    </message>
    <message>
        <source>Indicators answered yes or possible</source>
        <translation>Dangosyddion a atebwyd ie neu posibl</translation>
    </message>
    <message>
        <source>Evidenced: answered yes. Suspected: answered possible (scored the same).</source>
        <translation>Wedi'i dystiolaethu: atebwyd ie. Dan amheuaeth: atebwyd posibl (sgorir yr un fath).</translation>
    </message>
    <message>
        <source>context</source>
        <translation>cyd-destun</translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation>%1 pwynt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 pwynt</translation>
    </message>
    <message>
        <source>Evidence (see What happened): %1</source>
        <translation>Tystiolaeth (gweler Beth ddigwyddodd): %1</translation>
    </message>
    <message>
        <source>The note is printed under What happened, at the front.</source>
        <translation>Mae'r nodyn wedi'i argraffu dan Beth ddigwyddodd, ar y dechrau.</translation>
    </message>
    <message>
        <source>How the level was reached</source>
        <translation>Sut y cyrhaeddwyd y lefel</translation>
    </message>
    <message>
        <source>Score %1.</source>
        <translation>Sgôr %1.</translation>
    </message>
    <message>
        <source>• Rule: %1</source>
        <translation>• Rheol: %1</translation>
    </message>
    <message>
        <source>Not known: gaps to follow up</source>
        <translation>Ddim yn hysbys: bylchau i fynd ar eu trywydd</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Ffactorau amddiffynnol</translation>
    </message>
    <message>
        <source>None recorded among the indicators.</source>
        <translation>Dim wedi'u cofnodi ymhlith y dangosyddion.</translation>
    </message>
    <message>
        <source>The child's own words</source>
        <translation>Geiriau'r plentyn ei hun</translation>
    </message>
    <message>
        <source>Reflective questions</source>
        <translation>Cwestiynau myfyriol</translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <translation>SWYDDOGOL-SENSITIF</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>DRAFT: NOT COMPLETED</source>
        <translation>DRAFFT: HEB EI GWBLHAU</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>Not spoken to</source>
        <translation>Ni siaradwyd â'r plentyn</translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <translation>%1 (bras)</translation>
    </message>
    <message>
        <source>Age on the assessment date</source>
        <translation>Oed ar ddyddiad yr asesiad</translation>
    </message>
    <message>
        <source>%1 (approximate: date of birth not known)</source>
        <translation>%1 (bras: dyddiad geni ddim yn hysbys)</translation>
    </message>
    <message>
        <source>At least %1: %2 This minimum cannot be lowered.</source>
        <translation>O leiaf %1: %2 Ni ellir gostwng yr isafswm hwn.</translation>
    </message>
    <message>
        <source>At least %1: %2</source>
        <translation>O leiaf %1: %2</translation>
    </message>
    <message>
        <source>No reason recorded.</source>
        <translation>Dim rheswm wedi'i gofnodi.</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Heb ei ateb.</translation>
    </message>
    <message>
        <source>Discussed with %1 on %2: %3.</source>
        <translation>Trafodwyd gyda %1 ar %2: %3.</translation>
    </message>
    <message>
        <source>no one recorded</source>
        <translation>neb wedi'i gofnodi</translation>
    </message>
    <message>
        <source>a date not recorded</source>
        <translation>dyddiad heb ei gofnodi</translation>
    </message>
    <message>
        <source>no decision recorded</source>
        <translation>dim penderfyniad wedi'i gofnodi</translation>
    </message>
    <message>
        <source>%1 Reason: %2</source>
        <translation>%1 Rheswm: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <source>Kinds of exploitation indicated: %1.</source>
        <translation>Mathau o gamfanteisio a nodwyd: %1.</translation>
    </message>
    <message>
        <source>%1 at least: %2</source>
        <translation>%1 o leiaf: %2</translation>
    </message>
    <message>
        <source>1 indicator answered yes or possible counts towards the level (listed from page 2).</source>
        <translation>Mae 1 dangosydd a atebwyd yn gadarnhaol neu'n bosibl yn cyfrif tuag at y lefel (rhestrir o dudalen 2).</translation>
    </message>
    <message>
        <source>%1 indicators answered yes or possible count towards the level (listed from page 2).</source>
        <translation>Mae %1 o ddangosyddion a atebwyd yn gadarnhaol neu'n bosibl yn cyfrif tuag at y lefel (rhestrir o dudalen 2).</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <source>Referrer: %1</source>
        <translation>Atgyfeiriwr: %1</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Atgyfeiriwr</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
</context>
<context>
    <name>ReferralUI</name>
    <message>
        <source>Preview referral</source>
        <translation>Rhagolwg o'r atgyfeiriad</translation>
    </message>
    <message>
        <source>Preview PDF</source>
        <translation>Rhagolwg o'r PDF</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Dim rhagolwg</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Heb ei argraffu</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Methu cymharu</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Save PDF...</source>
        <translation>Cadw PDF...</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Argraffu...</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wrthi'n gweithio</translation>
    </message>
    <message>
        <source>PDF status</source>
        <translation>Statws y PDF</translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation>Wrthi'n paratoi'r rhagolwg...</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wrthi'n cadw...</translation>
    </message>
    <message>
        <source>Printing...</source>
        <translation>Wrthi'n argraffu...</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. It is protected with the password you chose. The export is recorded in the audit trail.</source>
        <translation>Cadwyd fel %1 yn %2. Mae wedi'i diogelu gyda'r cyfrinair a ddewisoch. Mae'r allforio wedi'i gofnodi yn y trywydd archwilio.</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. The export is recorded in the audit trail.</source>
        <translation>Cadwyd fel %1 yn %2. Mae'r allforio wedi'i gofnodi yn y trywydd archwilio.</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer. Collect them straight away: the pages are marked OFFICIAL-SENSITIVE.</source>
        <translation>Anfonwyd 1 dudalen i'r argraffydd. Casglwch hi ar unwaith: mae'r tudalennau wedi'u marcio'n SWYDDOGOL-SENSITIF.</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer. Collect them straight away: the pages are marked OFFICIAL-SENSITIVE.</source>
        <translation>Anfonwyd %1 tudalen i'r argraffydd. Casglwch nhw ar unwaith: mae'r tudalennau wedi'u marcio'n SWYDDOGOL-SENSITIF.</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Atgyfeiriad %1</translation>
    </message>
    <message>
        <source>%1 referral.pdf</source>
        <translation>%1 atgyfeiriad.pdf</translation>
    </message>
    <message>
        <source>the PDF could not be read</source>
        <translation>nid oedd modd darllen y PDF</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>nid oedd modd cychwyn yr argraffydd</translation>
    </message>
    <message>
        <source>CSE Screening document</source>
        <translation>Dogfen CSE Screening</translation>
    </message>
    <message>
        <source>%1: 1 page. Shown from memory; nothing is saved until you choose Save PDF.</source>
        <translation>%1: 1 dudalen. Wedi'i dangos o'r cof; nid oes dim yn cael ei gadw nes i chi ddewis Cadw PDF.</translation>
    </message>
    <message>
        <source>%1, 1 page</source>
        <translation>%1, 1 dudalen</translation>
    </message>
    <message>
        <source>%1: %2 pages. Shown from memory; nothing is saved until you choose Save PDF.</source>
        <translation>%1: %2 tudalen. Wedi'i dangos o'r cof; nid oes dim yn cael ei gadw nes i chi ddewis Cadw PDF.</translation>
    </message>
    <message>
        <source>%1, %2 pages</source>
        <translation>%1, %2 tudalen</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ffitio'r lled</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>At least %1 characters. Send the password by a different route from the file (for example by phone), never in the same email.</source>
        <translation>O leiaf %1 nod. Anfonwch y cyfrinair ar hyd llwybr gwahanol i'r ffeil (er enghraifft dros y ffôn), byth yn yr un e-bost.</translation>
    </message>
    <message>
        <source>Save the referral as a PDF</source>
        <translation>Cadw'r atgyfeiriad fel PDF</translation>
    </message>
    <message>
        <source>Save the comparison as a PDF</source>
        <translation>Cadw'r gymhariaeth fel PDF</translation>
    </message>
    <message>
        <source>Save the %1 as a PDF</source>
        <translation>Cadw'r %1 fel PDF</translation>
    </message>
    <message>
        <source>The referral is marked OFFICIAL-SENSITIVE. Save it only where your organisation allows case records.</source>
        <translation>Mae'r atgyfeiriad wedi'i farcio'n SWYDDOGOL-SENSITIF. Cadwch ef dim ond lle mae eich sefydliad yn caniatáu cofnodion achos.</translation>
    </message>
    <message>
        <source>The comparison is marked OFFICIAL-SENSITIVE. Save it only where your organisation allows case records.</source>
        <translation>Mae'r gymhariaeth wedi'i marcio'n SWYDDOGOL-SENSITIF. Cadwch hi dim ond lle mae eich sefydliad yn caniatáu cofnodion achos.</translation>
    </message>
    <message>
        <source>The %1 is marked OFFICIAL-SENSITIVE. Save it only where your organisation allows case records.</source>
        <translation>Mae'r %1 wedi'i farcio'n SWYDDOGOL-SENSITIF. Cadwch ef dim ond lle mae eich sefydliad yn caniatáu cofnodion achos.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Cadw PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Y ffeil i'w chadw</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Dewis...</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Cadw fel</translation>
    </message>
    <message>
        <source>Language of the referral / Iaith yr atgyfeiriad</source>
        <translation>Iaith yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Cymraeg (Welsh: headings, level and dates; form text in English for now)</source>
        <translation>Cymraeg (penawdau, lefel a dyddiadau; testun y ffurflen yn Saesneg am y tro)</translation>
    </message>
    <message>
        <source>Languages / Ieithoedd</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <source>Language / Iaith</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Offered first: the child's recorded language preference.</source>
        <translation>Wedi'i gynnig yn gyntaf: dewis iaith y plentyn sydd wedi'i gofnodi.</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Diogelu gyda chyfrinair</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Cadarnhau'r cyfrinair</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Dewiswch ble i gadw'r ffeil.</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose another with Choose...</source>
        <translation>Nid yw'r ffolder honno'n bodoli. Dewiswch un arall gyda Dewis...</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Mae angen o leiaf %1 nod yn y cyfrinair.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Nid yw'r ddau gyfrinair yr un fath.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>%1 due now. The rule: date of birth + %2 years, then review (%3). Each record due is kept, with the reason and when to review it again, or deleted.</source>
        <translation>%1 yn ddyledus nawr. Y rheol: dyddiad geni + %2 o flynyddoedd, yna adolygu (%3). Caiff pob cofnod sy'n ddyledus ei gadw, gyda'r rheswm a phryd i'w adolygu eto, neu ei ddileu.</translation>
    </message>
    <message>
        <source>None due.</source>
        <translation>Dim un yn ddyledus.</translation>
    </message>
    <message>
        <source>Not kept: %1.</source>
        <translation>Heb ei gadw: %1.</translation>
    </message>
    <message>
        <source>Kept %1's record; it is due again on %2.</source>
        <translation>Cadwyd cofnod %1; bydd yn ddyledus eto ar %2.</translation>
    </message>
    <message>
        <source>Kept this child's record; it is due again on %1.</source>
        <translation>Cadwyd cofnod y plentyn hwn; bydd yn ddyledus eto ar %1.</translation>
    </message>
    <message>
        <source>Delete %1's whole record: every assessment, the chronology, escalations and links? It cannot be undone, and nothing readable is left. In a team, every member's copy is deleted too. A backup taken before still holds it.</source>
        <translation>Dileu cofnod cyfan %1: pob asesiad, y gronoleg, uwchgyfeiriadau a chysylltiadau? Ni ellir dadwneud hyn, ac ni adewir dim byd darllenadwy. Mewn tîm, caiff copi pob aelod ei ddileu hefyd. Mae copi wrth gefn a wnaed cyn hyn yn dal i'w gynnwys.</translation>
    </message>
    <message>
        <source>Delete this child's whole record: every assessment, the chronology, escalations and links? It cannot be undone, and nothing readable is left. In a team, every member's copy is deleted too. A backup taken before still holds it.</source>
        <translation>Dileu cofnod cyfan y plentyn hwn: pob asesiad, y gronoleg, uwchgyfeiriadau a chysylltiadau? Ni ellir dadwneud hyn, ac ni adewir dim byd darllenadwy. Mewn tîm, caiff copi pob aelod ei ddileu hefyd. Mae copi wrth gefn a wnaed cyn hyn yn dal i'w gynnwys.</translation>
    </message>
    <message>
        <source>Deleted %1's record. The audit trail says a record was deleted, without naming anyone.</source>
        <translation>Dilëwyd cofnod %1. Mae'r trywydd archwilio'n dweud bod cofnod wedi'i ddileu, heb enwi neb.</translation>
    </message>
    <message>
        <source>Deleted this child's record. The audit trail says a record was deleted, without naming anyone.</source>
        <translation>Dilëwyd cofnod y plentyn hwn. Mae'r trywydd archwilio'n dweud bod cofnod wedi'i ddileu, heb enwi neb.</translation>
    </message>
    <message>
        <source>Due %1: %2, born %3, %4</source>
        <translation>Yn ddyledus %1: %2, ganwyd %3, %4</translation>
    </message>
    <message>
        <source>Due %1: %2, born %3, %4. Kept last time because: %5</source>
        <translation>Yn ddyledus %1: %2, ganwyd %3, %4. Cadwyd y tro diwethaf oherwydd: %5</translation>
    </message>
    <message>
        <source>Due %1: %2, date of birth not recorded, %3</source>
        <translation>Yn ddyledus %1: %2, dyddiad geni heb ei gofnodi, %3</translation>
    </message>
    <message>
        <source>Due %1: %2, date of birth not recorded, %3. Kept last time because: %4</source>
        <translation>Yn ddyledus %1: %2, dyddiad geni heb ei gofnodi, %3. Cadwyd y tro diwethaf oherwydd: %4</translation>
    </message>
    <message>
        <source>Records due for review</source>
        <translation>Cofnodion i'w hadolygu</translation>
    </message>
    <message>
        <source>Review again on</source>
        <translation>Adolygu eto ar</translation>
    </message>
    <message>
        <source>Why the record is kept</source>
        <translation>Pam mae'r cofnod yn cael ei gadw</translation>
    </message>
    <message>
        <source>for example: a police investigation is still open</source>
        <translation>er enghraifft: mae ymchwiliad gan yr heddlu yn dal ar agor</translation>
    </message>
    <message>
        <source>Why it is kept</source>
        <translation>Pam mae'n cael ei gadw</translation>
    </message>
    <message>
        <source>&amp;Keep the selected record</source>
        <translation>C&amp;adw'r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Delete the selected record...</source>
        <translation>&amp;Dileu'r cofnod a ddewiswyd...</translation>
    </message>
    <message>
        <source>Delete a child's record</source>
        <translation>Dileu cofnod plentyn</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(dim enw wedi'i gofnodi)</translation>
    </message>
    <message>
        <source>no completed assessment</source>
        <translation>dim asesiad wedi'i gwblhau</translation>
    </message>
</context>
<context>
    <name>SAR</name>
    <message>
        <source>information about another person</source>
        <translation>gwybodaeth am berson arall</translation>
    </message>
    <message>
        <source>prevention or detection of crime</source>
        <translation>atal neu ganfod trosedd</translation>
    </message>
    <message>
        <source>a source who gave information in confidence</source>
        <translation>ffynhonnell a roddodd wybodaeth yn gyfrinachol</translation>
    </message>
    <message>
        <source>disclosure would be likely to cause serious harm (social work)</source>
        <translation>byddai datgelu'n debygol o achosi niwed difrifol (gwaith cymdeithasol)</translation>
    </message>
    <message>
        <source>another child</source>
        <translation>plentyn arall</translation>
    </message>
    <message>
        <source>a person of concern</source>
        <translation>person sy'n peri pryder</translation>
    </message>
    <message>
        <source>a source who asked to stay anonymous</source>
        <translation>ffynhonnell a ofynnodd am aros yn ddienw</translation>
    </message>
    <message>
        <source>[withheld: %1 (%2)]</source>
        <translation>[wedi'i atal: %1 (%2)]</translation>
    </message>
    <message>
        <source>A subject access request (UK GDPR Article 15) is answered within one month of receiving it. Information about other people is withheld only under an exemption of the Data Protection Act 2018, and the response says what was withheld and why. Another child's name is never released unless you release that item yourself.</source>
        <translation>Caiff cais gwrthrych am wybodaeth (Erthygl 15 GDPR y DU) ei ateb o fewn mis i'w dderbyn. Dim ond o dan esemptiad yn Neddf Diogelu Data 2018 y caiff gwybodaeth am bobl eraill ei hatal, ac mae'r ymateb yn dweud beth a ataliwyd a pham. Ni chaiff enw plentyn arall byth ei ryddhau oni bai eich bod chi'n rhyddhau'r eitem honno eich hun.</translation>
    </message>
    <message>
        <source>The child's details</source>
        <translation>Manylion y plentyn</translation>
    </message>
    <message>
        <source>Assessments (every version)</source>
        <translation>Asesiadau (pob fersiwn)</translation>
    </message>
    <message>
        <source>Chronology (every version)</source>
        <translation>Cronoleg (pob fersiwn)</translation>
    </message>
    <message>
        <source>Escalations (professional disagreements)</source>
        <translation>Uwchgyfeiriadau (anghytundebau proffesiynol)</translation>
    </message>
    <message>
        <source>People, places and groups linked to the child</source>
        <translation>Pobl, lleoedd a grwpiau sy'n gysylltiedig â'r plentyn</translation>
    </message>
    <message>
        <source>Transfers of the child's file</source>
        <translation>Trosglwyddiadau ffeil y plentyn</translation>
    </message>
    <message>
        <source>Shared with a safeguarding team</source>
        <translation>Wedi'i rannu â thîm diogelu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Posibl</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>current</source>
        <translation>cyfredol</translation>
    </message>
    <message>
        <source>recent</source>
        <translation>diweddar</translation>
    </message>
    <message>
        <source>past</source>
        <translation>yn y gorffennol</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>when</source>
        <translation>pryd</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>beth ddigwyddodd</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ffynhonnell</translation>
    </message>
    <message>
        <source>who told</source>
        <translation>pwy ddywedodd</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>cyfeirnod</translation>
    </message>
    <message>
        <source>why corrected</source>
        <translation>pam y cywirwyd</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>cofnodwyd gan</translation>
    </message>
    <message>
        <source>No name recorded</source>
        <translation>Dim enw wedi'i gofnodi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Other names used</source>
        <translation>Enwau eraill a ddefnyddir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Approximate age</source>
        <translation>Oed bras</translation>
    </message>
    <message>
        <source>School UPN</source>
        <translation>UPN yr ysgol</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>LA case number</source>
        <translation>Rhif achos yr ALl</translation>
    </message>
    <message>
        <source>Language preference</source>
        <translation>Dewis iaith</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>Cofnodwyd gyntaf</translation>
    </message>
    <message>
        <source>Assessment %1 (draft, not completed)</source>
        <translation>Asesiad %1 (drafft, heb ei gwblhau)</translation>
    </message>
    <message>
        <source>Assessment %1, version %2</source>
        <translation>Asesiad %1, fersiwn %2</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Aseswyd ar</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Why this level</source>
        <translation>Pam y lefel hon</translation>
    </message>
    <message>
        <source>Changed by professional judgement</source>
        <translation>Newidiwyd drwy farn broffesiynol</translation>
    </message>
    <message>
        <source>Why this version was made (a correction)</source>
        <translation>Pam y gwnaed y fersiwn hon (cywiriad)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Cadwyd</translation>
    </message>
    <message>
        <source>Person of concern</source>
        <translation>Person sy'n peri pryder</translation>
    </message>
    <message>
        <source>%1 (the score gave %2)</source>
        <translation>%1 (rhoddodd y sgôr %2)</translation>
    </message>
    <message>
        <source>not scored (a draft)</source>
        <translation>heb ei sgorio (drafft)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Chronology cited (%1): what happened</source>
        <translation>Cronoleg a nodwyd (%1): beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Chronology cited (%1): source</source>
        <translation>Cronoleg a nodwyd (%1): ffynhonnell</translation>
    </message>
    <message>
        <source>Chronology cited (%1): who told</source>
        <translation>Cronoleg a nodwyd (%1): pwy ddywedodd</translation>
    </message>
    <message>
        <source>Seen by the practitioner</source>
        <translation>Gwelwyd gan yr ymarferydd</translation>
    </message>
    <message>
        <source>Told by the child</source>
        <translation>Dywedwyd gan y plentyn</translation>
    </message>
    <message>
        <source>Told by another person or agency</source>
        <translation>Dywedwyd gan berson neu asiantaeth arall</translation>
    </message>
    <message>
        <source>Chronology: %1</source>
        <translation>Cronoleg: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Fersiwn %1: %2</translation>
    </message>
    <message>
        <source>Escalation %1: %2</source>
        <translation>Uwchgyfeiriad %1: %2</translation>
    </message>
    <message>
        <source>Person of concern %1</source>
        <translation>Person sy'n peri pryder %1</translation>
    </message>
    <message>
        <source>Place of concern %1</source>
        <translation>Lle sy'n peri pryder %1</translation>
    </message>
    <message>
        <source>Group of concern %1</source>
        <translation>Grŵp sy'n peri pryder %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Cofnod %1</translation>
    </message>
    <message>
        <source>Linked to this child</source>
        <translation>Yn gysylltiedig â'r plentyn hwn</translation>
    </message>
    <message>
        <source>Also linked to another child</source>
        <translation>Hefyd yn gysylltiedig â phlentyn arall</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>only these members: %1</source>
        <translation>dim ond yr aelodau hyn: %1</translation>
    </message>
    <message>
        <source>every member of the team</source>
        <translation>pob aelod o'r tîm</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Who receives this child's records</source>
        <translation>Pwy sy'n derbyn cofnodion y plentyn hwn</translation>
    </message>
    <message>
        <source>on %1; to %2; receipt confirmed %3</source>
        <translation>ar %1; i %2; cadarnhawyd ei derbyn %3</translation>
    </message>
    <message>
        <source>on %1; from %2; receipt confirmed %3</source>
        <translation>ar %1; gan %2; cadarnhawyd ei derbyn %3</translation>
    </message>
    <message>
        <source>on %1; to %2</source>
        <translation>ar %1; i %2</translation>
    </message>
    <message>
        <source>on %1; from %2</source>
        <translation>ar %1; gan %2</translation>
    </message>
    <message>
        <source>Subject access: everything held about a child</source>
        <translation>Cais gwrthrych am wybodaeth: popeth a gedwir am blentyn</translation>
    </message>
    <message>
        <source>Subject access response · withheld passages are marked [withheld: reason (legal reference)]</source>
        <translation>Ymateb i gais gwrthrych am wybodaeth · [wedi'i atal: rheswm (cyfeiriad cyfreithiol)]</translation>
    </message>
    <message>
        <source>Where information has been withheld, the text says [withheld: the reason (the legal reference)] in its place. The last pages list what was withheld and why: how many passages under each exemption, and where each one was. They never repeat what was withheld.</source>
        <translation>Lle mae gwybodaeth wedi'i hatal, mae'r testun yn dweud [wedi'i atal: y rheswm (y cyfeiriad cyfreithiol)] yn ei lle. Mae'r tudalennau olaf yn rhestru beth a ataliwyd a pham: faint o ddarnau o dan bob esemptiad, a ble'r oedd pob un. Nid ydynt byth yn ailadrodd yr hyn a ataliwyd.</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Cais wedi'i dderbyn</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Ymateb yn ddyledus</translation>
    </message>
    <message>
        <source>%1 (within one month of the request)</source>
        <translation>%1 (o fewn mis i'r cais)</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Allforiwyd ar</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gwnaed gan</translation>
    </message>
    <message>
        <source>Passages withheld</source>
        <translation>Darnau a ataliwyd</translation>
    </message>
    <message>
        <source>The practitioner released %1 item(s) naming another child, each one explicitly.</source>
        <translation>Rhyddhaodd yr ymarferydd %1 eitem sy'n enwi plentyn arall, pob un yn benodol.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Pryd (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Audit trail: who did what in this record, and when</source>
        <translation>Trywydd archwilio: pwy wnaeth beth yn y cofnod hwn, a phryd</translation>
    </message>
    <message>
        <source>What was withheld and why</source>
        <translation>Beth a ataliwyd a pham</translation>
    </message>
    <message>
        <source>Nothing was withheld.</source>
        <translation>Ni ataliwyd dim.</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Esemptiad</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Cyfeiriad cyfreithiol</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Darnau</translation>
    </message>
    <message>
        <source>By exemption</source>
        <translation>Yn ôl esemptiad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Beth ydoedd</translation>
    </message>
    <message>
        <source>Exemption relied on</source>
        <translation>Yr esemptiad y dibynnwyd arno</translation>
    </message>
    <message>
        <source>Each passage withheld</source>
        <translation>Pob darn a ataliwyd</translation>
    </message>
    <message>
        <source>1 passage marked for withholding released by the practitioner after review.</source>
        <translation>Rhyddhawyd 1 darn a farciwyd i'w atal gan yr ymarferydd ar ôl adolygu.</translation>
    </message>
    <message>
        <source>%1 passages marked for withholding released by the practitioner after review.</source>
        <translation>Rhyddhawyd %1 darn a farciwyd i'w atal gan yr ymarferydd ar ôl adolygu.</translation>
    </message>
</context>
<context>
    <name>SameChild</name>
    <message>
        <source>The same child? Other records here with the same identifiers</source>
        <translation>Yr un plentyn? Cofnodion eraill yma sydd â'r un dynodwyr</translation>
    </message>
    <message>
        <source>Other records that may be this child, and records joined into it</source>
        <translation>Cofnodion eraill a allai fod yn gofnodion y plentyn hwn, a chofnodion a unwyd ag ef</translation>
    </message>
    <message>
        <source>The same child: joi&amp;n the two records</source>
        <translation>&amp;Yr un plentyn: uno'r ddau gofnod</translation>
    </message>
    <message>
        <source>The same child: join the two records</source>
        <translation>Yr un plentyn: uno'r ddau gofnod</translation>
    </message>
    <message>
        <source>&amp;Separate the two records again</source>
        <translation>&amp;Gwahanu'r ddau gofnod eto</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>(dim enw wedi'i gofnodi)</translation>
    </message>
    <message>
        <source>the same UPN</source>
        <translation>yr un UPN</translation>
    </message>
    <message>
        <source>the same NHS number</source>
        <translation>yr un rhif GIG</translation>
    </message>
    <message>
        <source>the same name and date of birth</source>
        <translation>yr un enw a dyddiad geni</translation>
    </message>
    <message>
        <source>the same UPN and the same NHS number</source>
        <translation>yr un UPN a'r un rhif GIG</translation>
    </message>
    <message>
        <source>the same UPN and the same name and date of birth</source>
        <translation>yr un UPN a'r un enw a dyddiad geni</translation>
    </message>
    <message>
        <source>the same NHS number and the same name and date of birth</source>
        <translation>yr un rhif GIG a'r un enw a dyddiad geni</translation>
    </message>
    <message>
        <source>the same UPN and the same NHS number and the same name and date of birth</source>
        <translation>yr un UPN, yr un rhif GIG a'r un enw a dyddiad geni</translation>
    </message>
    <message>
        <source>received in a transfer file on %1, with no completed assessment</source>
        <translation>a dderbyniwyd mewn ffeil drosglwyddo ar %1, heb asesiad wedi'i gwblhau</translation>
    </message>
    <message>
        <source>received in a transfer file on %1, with 1 completed assessment</source>
        <translation>a dderbyniwyd mewn ffeil drosglwyddo ar %1, gydag 1 asesiad wedi'i gwblhau</translation>
    </message>
    <message>
        <source>received in a transfer file on %1, with %2 completed assessments</source>
        <translation>a dderbyniwyd mewn ffeil drosglwyddo ar %1, gyda %2 asesiad wedi'u cwblhau</translation>
    </message>
    <message>
        <source>made here on %1, with no completed assessment</source>
        <translation>a wnaed yma ar %1, heb asesiad wedi'i gwblhau</translation>
    </message>
    <message>
        <source>made here on %1, with 1 completed assessment</source>
        <translation>a wnaed yma ar %1, gydag 1 asesiad wedi'i gwblhau</translation>
    </message>
    <message>
        <source>made here on %1, with %2 completed assessments</source>
        <translation>a wnaed yma ar %1, gyda %2 asesiad wedi'u cwblhau</translation>
    </message>
    <message>
        <source>Another record of %1, %2: %3. Not joined unless you decide.</source>
        <translation>Cofnod arall am %1, %2: %3. Nid yw'n cael ei uno oni bai eich bod chi'n penderfynu.</translation>
    </message>
    <message>
        <source>Joined into this record by %1 on %2: another record of %3.</source>
        <translation>Wedi'i uno â'r cofnod hwn gan %1 ar %2: cofnod arall am %3.</translation>
    </message>
    <message>
        <source>Not joined: %1.</source>
        <translation>Heb ei uno: %1.</translation>
    </message>
    <message>
        <source>Joined: every assessment, chronology entry and escalation is on this record now. Separate the two records again if it was wrong.</source>
        <translation>Wedi'u huno: mae pob asesiad, cofnod yn y gronoleg ac uwchgyfeiriad ar y cofnod hwn nawr. Gwahanwch y ddau gofnod eto os oedd hyn yn anghywir.</translation>
    </message>
    <message>
        <source>Not separated: %1.</source>
        <translation>Heb eu gwahanu: %1.</translation>
    </message>
    <message>
        <source>Separated: the two records are as they were before the join.</source>
        <translation>Wedi'u gwahanu: mae'r ddau gofnod fel yr oeddent cyn eu huno.</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, ganwyd %2</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>write the reason for changing the level</source>
        <translation>ysgrifennwch y rheswm dros newid y lefel</translation>
    </message>
    <message>
        <source>cannot be lower than %1: the rule %2 sets a minimum that cannot be lowered</source>
        <translation>ni all fod yn is na %1: mae'r rheol %2 yn gosod isafswm na ellir ei ostwng</translation>
    </message>
    <message>
        <source>lowering the level needs the name of the DSL or manager consulted</source>
        <translation>mae angen enw'r DSL neu'r rheolwr yr ymgynghorwyd ag ef neu hi i ostwng y lefel</translation>
    </message>
    <message>
        <source>lowering the level needs the role of the person consulted</source>
        <translation>mae angen rôl y person yr ymgynghorwyd ag ef neu hi i ostwng y lefel</translation>
    </message>
    <message>
        <source>The child's age (%1) is approximate: the date of birth is not known, so the rules that depend on age used the approximate age.</source>
        <translation>Mae oedran y plentyn (%1) yn fras: nid yw'r dyddiad geni'n hysbys, felly defnyddiodd y rheolau sy'n dibynnu ar oedran yr oedran bras.</translation>
    </message>
    <message>
        <source>At least %1: %2 This minimum cannot be lowered.</source>
        <translation>O leiaf %1: %2 Ni ellir gostwng yr isafswm hwn.</translation>
    </message>
    <message>
        <source>At least %1: %2</source>
        <translation>O leiaf %1: %2</translation>
    </message>
    <message>
        <source>Not known, to follow up: %1 indicator(s).</source>
        <translation>Ddim yn hysbys, i'w ddilyn: %1 dangosydd.</translation>
    </message>
    <message>
        <source>Also recorded by professional judgement: %1. %2 Reason: %3</source>
        <translation>Cofnodwyd hefyd drwy farn broffesiynol: %1. %2 Rheswm: %3</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 o %2 ymlaen</translation>
    </message>
    <message>
        <source>Score %1 from 1 scored answer; the score alone gives %2 (%3).</source>
        <translation>Sgôr %1 o 1 ateb a sgoriwyd; mae'r sgôr ar ei phen ei hun yn rhoi %2 (%3).</translation>
    </message>
    <message>
        <source>Score %1 from %2 scored answers; the score alone gives %3 (%4).</source>
        <translation>Sgôr %1 o %2 o atebion a sgoriwyd; mae'r sgôr ar ei phen ei hun yn rhoi %3 (%4).</translation>
    </message>
    <message>
        <source>Professional judgement raised the level from %1 to %2 after consulting %3 (%4). Reason: %5</source>
        <translation>Cododd barn broffesiynol y lefel o %1 i %2 ar ôl ymgynghori â %3 (%4). Rheswm: %5</translation>
    </message>
    <message>
        <source>Professional judgement lowered the level from %1 to %2 after consulting %3 (%4). Reason: %5</source>
        <translation>Gostyngodd barn broffesiynol y lefel o %1 i %2 ar ôl ymgynghori â %3 (%4). Rheswm: %5</translation>
    </message>
    <message>
        <source>Professional judgement raised the level from %1 to %2. Reason: %3</source>
        <translation>Cododd barn broffesiynol y lefel o %1 i %2. Rheswm: %3</translation>
    </message>
    <message>
        <source>Professional judgement lowered the level from %1 to %2. Reason: %3</source>
        <translation>Gostyngodd barn broffesiynol y lefel o %1 i %2. Rheswm: %3</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The recovery code for these records was not confirmed as saved. If the passphrase is forgotten, only that code opens the records. Make a new recovery code now, and keep it somewhere safe.</source>
        <translation>Ni chadarnhawyd bod y cod adfer ar gyfer y cofnodion hyn wedi'i gadw. Os anghofir y cyfrinymadrodd, dim ond y cod hwnnw sy'n agor y cofnodion. Gwnewch god adfer newydd nawr, a'i gadw rywle diogel.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>nid oedd modd eu darllen</translation>
    </message>
    <message>
        <source>SQLCipher binding (sqlcipher3) %1 · reportlab %2</source>
        <translation>Rhwymiad SQLCipher (sqlcipher3) %1 · reportlab %2</translation>
    </message>
    <message>
        <source>Form packs: %1</source>
        <translation>Pecynnau ffurflenni: %1</translation>
    </message>
    <message>
        <source>Records folder: %1</source>
        <translation>Ffolder y cofnodion: %1</translation>
    </message>
    <message>
        <source>Settings about people and cases are stored inside the encrypted records, not on the computer.</source>
        <translation>Caiff gosodiadau am bobl ac achosion eu cadw y tu mewn i'r cofnodion wedi'u hamgryptio, nid ar y cyfrifiadur.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Adrannau'r gosodiadau</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Eich manylion</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Backup and checks</source>
        <translation>Copïau wrth gefn a gwiriadau</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Trosglwyddiadau</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Cadw cofnodion</translation>
    </message>
    <message>
        <source>About this application</source>
        <translation>Ynghylch y rhaglen hon</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Ynghylch</translation>
    </message>
    <message>
        <source>‹ Home</source>
        <translation>‹ Hafan</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Cadw'r manylion</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Cloi'n awtomatig</translation>
    </message>
    <message>
        <source>Minutes without use before the records lock</source>
        <translation>Munudau heb ddefnydd cyn i'r cofnodion gloi</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Cloi ar ôl</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Wrthi'n newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Teipiwch ef eto</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Cod adfer newydd</translation>
    </message>
    <message>
        <source>Makes a new recovery code and re-encrypts the records; the old code stops working. Use it if the recovery sheet may have been seen by someone else.</source>
        <translation>Mae'n gwneud cod adfer newydd ac yn ail-amgryptio'r cofnodion; bydd yr hen god yn peidio â gweithio. Defnyddiwch hyn os gallai rhywun arall fod wedi gweld y daflen adfer.</translation>
    </message>
    <message>
        <source>Re-encrypting the records</source>
        <translation>Wrthi'n ail-amgryptio'r cofnodion</translation>
    </message>
    <message>
        <source>Save recovery sheet as PDF...</source>
        <translation>Cadw'r daflen adfer fel PDF...</translation>
    </message>
    <message>
        <source>Print the new recovery sheet...</source>
        <translation>Argraffu'r daflen adfer newydd...</translation>
    </message>
    <message>
        <source>I have saved or printed the new recovery code and will keep it safe</source>
        <translation>Rwyf wedi cadw neu argraffu'r cod adfer newydd a byddaf yn ei gadw'n ddiogel</translation>
    </message>
    <message>
        <source>I have saved or printed the new recovery code</source>
        <translation>Rwyf wedi cadw neu argraffu'r cod adfer newydd</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Done: the new recovery code is saved</source>
        <translation>Wedi gorffen: mae'r cod adfer newydd wedi'i gadw</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Gwneud cod adfer newydd</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi'u cadw.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Mae'r ddau gyfrinymadrodd newydd yn wahanol.</translation>
    </message>
    <message>
        <source>Passphrase changed. Backups made before today still open with the old passphrase.</source>
        <translation>Newidiwyd y cyfrinymadrodd. Mae copïau wrth gefn a wnaed cyn heddiw yn dal i agor gyda'r hen gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>New recovery code (shown once). The old code no longer works. Save the recovery sheet or print it, and keep it locked away from the laptop.</source>
        <translation>Cod adfer newydd (dim ond unwaith y caiff ei ddangos). Nid yw'r hen god yn gweithio mwyach. Cadwch y daflen adfer neu argraffwch hi, a'i chadw dan glo i ffwrdd o'r gliniadur.</translation>
    </message>
    <message>
        <source>New recovery code saved. Keep the recovery sheet somewhere safe, away from the laptop.</source>
        <translation>Mae'r cod adfer newydd wedi'i gadw. Cadwch y daflen adfer rywle diogel, i ffwrdd o'r gliniadur.</translation>
    </message>
    <message>
        <source>The sheet could not be saved: %1.</source>
        <translation>Nid oedd modd cadw'r daflen: %1.</translation>
    </message>
    <message>
        <source>Recovery sheet saved to %1. Print it, then move the file somewhere safe.</source>
        <translation>Cadwyd y daflen adfer yn %1. Argraffwch hi, yna symudwch y ffeil i rywle diogel.</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>Cadw'r daflen adfer</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Very weak</source>
        <translation>Gwan iawn</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Gwan</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Gweddol</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Cryf iawn</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Defnyddiwch ychydig eiriau, gan osgoi ymadroddion cyffredin.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Does dim angen symbolau, digidau na phriflythrennau.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ychwanegwch air neu ddau arall. Mae geiriau anghyffredin yn well.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Mae rhesi syth o fysellau'n hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Mae patrymau byr ar y bysellfwrdd yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Defnyddiwch batrwm hirach ar y bysellfwrdd, gyda mwy o droeon.</translation>
    </message>
    <message>
        <source>Repeats like "aaa" are easy to guess.</source>
        <translation>Mae ailadroddiadau fel "aaa" yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
        <translation>Dim ond ychydig yn anoddach eu dyfalu na "abc" yw ailadroddiadau fel "abcabcabc".</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Osgowch eiriau a nodau sy'n cael eu hailadrodd.</translation>
    </message>
    <message>
        <source>Sequences like "abc" or "6543" are easy to guess.</source>
        <translation>Mae dilyniannau fel "abc" neu "6543" yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Osgowch ddilyniannau.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Mae blynyddoedd diweddar yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Osgowch flynyddoedd diweddar.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Osgowch flynyddoedd sy'n gysylltiedig â chi.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Mae dyddiadau'n aml yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Osgowch ddyddiadau a blynyddoedd sy'n gysylltiedig â chi.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Mae hwn yn un o'r 10 cyfrinair mwyaf cyffredin.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Mae hwn yn un o'r 100 cyfrinair mwyaf cyffredin.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Mae hwn yn gyfrinair cyffredin iawn.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Mae hwn yn debyg i gyfrinair a ddefnyddir yn aml.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Mae gair ar ei ben ei hun yn hawdd ei ddyfalu.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Mae enwau a chyfenwau ar eu pen eu hunain yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Mae enwau a chyfenwau cyffredin yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Capitalization doesn't help very much.</source>
        <translation>Nid yw priflythrennau'n helpu llawer.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Mae priflythrennau i gyd bron mor hawdd eu dyfalu â llythrennau bach i gyd.</translation>
    </message>
    <message>
        <source>Reversed words aren't much harder to guess.</source>
        <translation>Nid yw geiriau wedi'u hysgrifennu tuag yn ôl fawr anoddach eu dyfalu.</translation>
    </message>
    <message>
        <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
        <translation>Nid yw amnewidiadau rhagweladwy fel '@' yn lle 'a' yn helpu llawer.</translation>
    </message>
    <message>
        <source>Avoid the app's name, your own or your organisation's name, and years: they are guessed first.</source>
        <translation>Osgowch enw'r ap, eich enw chi neu enw'ch sefydliad, a blynyddoedd: dyma a ddyfalir gyntaf.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Rhowch gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Strength: none yet. Use four or more unrelated words; any language is fine.</source>
        <translation>Cryfder: dim eto. Defnyddiwch bedwar gair neu fwy nad ydynt yn perthyn i'w gilydd; mae unrhyw iaith yn iawn.</translation>
    </message>
    <message>
        <source>%1: accepted.</source>
        <translation>%1: wedi'i dderbyn.</translation>
    </message>
    <message>
        <source>%1: not accepted yet.</source>
        <translation>%1: heb ei dderbyn eto.</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Beth ydyw</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Y darn a farciwyd</translation>
    </message>
    <message>
        <source>Exemption relied on</source>
        <translation>Yr esemptiad y dibynnwyd arno</translation>
    </message>
    <message>
        <source>Withhold</source>
        <translation>Atal</translation>
    </message>
    <message>
        <source>Subject access: %1</source>
        <translation>Cais gwrthrych am wybodaeth: %1</translation>
    </message>
    <message>
        <source>1 passage marked for withholding. Everything else held about the child goes into the response as it is.</source>
        <translation>1 darn wedi'i farcio i'w atal. Mae popeth arall a gedwir am y plentyn yn mynd i'r ymateb fel y mae.</translation>
    </message>
    <message>
        <source>%1 passages marked for withholding. Everything else held about the child goes into the response as it is.</source>
        <translation>%1 darn wedi'u marcio i'w hatal. Mae popeth arall a gedwir am y plentyn yn mynd i'r ymateb fel y mae.</translation>
    </message>
    <message>
        <source>Passages marked for withholding</source>
        <translation>Darnau wedi'u marcio i'w hatal</translation>
    </message>
    <message>
        <source>Exemption relied on for the selected passage</source>
        <translation>Yr esemptiad y dibynnwyd arno ar gyfer y darn a ddewiswyd</translation>
    </message>
    <message>
        <source>E&amp;xemption for the selected passage</source>
        <translation>&amp;Esemptiad ar gyfer y darn a ddewiswyd</translation>
    </message>
    <message>
        <source>The day the request was received</source>
        <translation>Y diwrnod y daeth y cais i law</translation>
    </message>
    <message>
        <source>Request &amp;received on</source>
        <translation>Cais wedi'i &amp;dderbyn ar</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>&amp;Cadw PDF...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>wedi'i atal</translation>
    </message>
    <message>
        <source>released</source>
        <translation>wedi'i ryddhau</translation>
    </message>
    <message>
        <source>Release another child's name</source>
        <translation>Rhyddhau enw plentyn arall</translation>
    </message>
    <message>
        <source>This releases the name “%1”, another child's, to the person asking. Release it only when the law allows it (for example, that child's consent). Release this one item?</source>
        <translation>Mae hyn yn rhyddhau'r enw “%1”, sef enw plentyn arall, i'r person sy'n gofyn. Rhyddhewch ef dim ond pan fydd y gyfraith yn caniatáu hynny (er enghraifft, cydsyniad y plentyn hwnnw). Rhyddhau'r un eitem hon?</translation>
    </message>
    <message>
        <source>Save the subject access response</source>
        <translation>Cadw'r ymateb i'r cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <source>Saved to %1: 1 passage withheld, %2 released.</source>
        <translation>Wedi'i gadw yn %1: 1 darn wedi'i atal, %2 wedi'u rhyddhau.</translation>
    </message>
    <message>
        <source>Saved to %1: %2 passages withheld, %3 released.</source>
        <translation>Wedi'i gadw yn %1: %2 darn wedi'u hatal, %3 wedi'u rhyddhau.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>final level</source>
        <translation>lefel derfynol</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Rules that set a minimum level</source>
        <translation>Rheolau sy'n gosod isafswm lefel</translation>
    </message>
    <message>
        <source>Not known (follow up)</source>
        <translation>Ddim yn hysbys (i'w ddilyn)</translation>
    </message>
    <message>
        <source>Statutory flags</source>
        <translation>Baneri statudol</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Beth i'w wneud</translation>
    </message>
    <message>
        <source>What this correction changed</source>
        <translation>Beth newidiodd y cywiriad hwn</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Computed level: &lt;b&gt;%1&lt;/b&gt;. Changed by professional judgement: %2</source>
        <translation>Lefel a gyfrifwyd: &lt;b&gt;%1&lt;/b&gt;. Newidiwyd drwy farn broffesiynol: %2</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 pwynt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 pwynt</translation>
    </message>
    <message>
        <source>%1 (suspected; %2)</source>
        <translation>%1 (dan amheuaeth; %2)</translation>
    </message>
    <message>
        <source>%1 (evidenced; %2)</source>
        <translation>%1 (wedi'i dystiolaethu; %2)</translation>
    </message>
    <message>
        <source>%1 (suspected, %2; %3)</source>
        <translation>%1 (dan amheuaeth, %2; %3)</translation>
    </message>
    <message>
        <source>%1 (evidenced, %2; %3)</source>
        <translation>%1 (wedi'i dystiolaethu, %2; %3)</translation>
    </message>
    <message>
        <source>No indicators recorded. This does not mean the child is safe: screen again when anything new is known.</source>
        <translation>Dim dangosyddion wedi'u cofnodi. Nid yw hyn yn golygu bod y plentyn yn ddiogel: sgriniwch eto pan fydd unrhyw beth newydd yn hysbys.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review of %1.&lt;/b&gt; What had changed: %2</source>
        <translation>&lt;b&gt;Adolygiad o %1.&lt;/b&gt; Beth oedd wedi newid: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review of an earlier assessment.&lt;/b&gt; What had changed: %1</source>
        <translation>&lt;b&gt;Adolygiad o asesiad cynharach.&lt;/b&gt; Beth oedd wedi newid: %1</translation>
    </message>
    <message>
        <source>Assessed %1 · form version %2 · record version %3%4 · completed and locked</source>
        <translation>Aseswyd %1 · fersiwn y ffurflen %2 · fersiwn y cofnod %3%4 · wedi'i gwblhau a'i gloi</translation>
    </message>
    <message>
        <source>This assessment has no stored result.</source>
        <translation>Nid oes canlyniad wedi'i gadw ar gyfer yr asesiad hwn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review by %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Adolygu erbyn %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Version %1, %2: corrected: %3. Final level %4.</source>
        <translation>Fersiwn %1, %2: wedi'i gywiro: %3. Lefel derfynol %4.</translation>
    </message>
    <message>
        <source>Version %1, %2: first completed. Final level %3.</source>
        <translation>Fersiwn %1, %2: wedi'i gwblhau gyntaf. Lefel derfynol %3.</translation>
    </message>
    <message>
        <source>%1 (shown)</source>
        <translation>%1 (yn cael ei dangos)</translation>
    </message>
    <message>
        <source>Show the current version</source>
        <translation>Dangos y fersiwn gyfredol</translation>
    </message>
    <message>
        <source>Show this version</source>
        <translation>Dangos y fersiwn hon</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>Canlyniad yr asesiad</translation>
    </message>
    <message>
        <source> (an earlier version, replaced by version %1)</source>
        <translation> (fersiwn gynharach, a ddisodlwyd gan fersiwn %1)</translation>
    </message>
    <message>
        <source>Continue as a full assessment</source>
        <translation>Parhau fel asesiad llawn</translation>
    </message>
    <message>
        <source>Start a full CSE risk assessment for this child with this screening's answers carried over.</source>
        <translation>Dechrau asesiad risg CSE llawn ar gyfer y plentyn hwn gydag atebion y sgrinio hwn wedi'u cario drosodd.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team: synced %1</source>
        <translation>Tîm: cysonwyd %1</translation>
    </message>
    <message>
        <source>Team: synced %1 · %2 waiting</source>
        <translation>Tîm: cysonwyd %1 · %2 yn aros</translation>
    </message>
    <message>
        <source>Team: synced %1 · %2 to decide (Settings, Team)</source>
        <translation>Tîm: cysonwyd %1 · %2 i benderfynu arnynt (Gosodiadau, Tîm)</translation>
    </message>
    <message>
        <source>Team: synced %1 · %2 waiting · %3 to decide (Settings, Team)</source>
        <translation>Tîm: cysonwyd %1 · %2 yn aros · %3 i benderfynu arnynt (Gosodiadau, Tîm)</translation>
    </message>
    <message>
        <source>Team: not synced yet</source>
        <translation>Tîm: heb ei gysoni eto</translation>
    </message>
    <message>
        <source>never</source>
        <translation>erioed</translation>
    </message>
    <message>
        <source>Team: not synced (%1)</source>
        <translation>Tîm: heb ei gysoni (%1)</translation>
    </message>
    <message>
        <source>This vault is not in a team. A lead and deputies can share records through a folder the organisation already syncs (OneDrive or SharePoint, a network share): no server, and the files there are encrypted to the members only. The first member starts the team in that folder; each other member gives them their transfer key (Settings, Transfers), is invited, waits for the folder to sync, then joins here.</source>
        <translation>Nid yw'r storfa gofnodion hon mewn tîm. Gall arweinydd a dirprwyon rannu cofnodion drwy ffolder y mae'r sefydliad eisoes yn ei chysoni (OneDrive neu SharePoint, ffolder a rennir ar y rhwydwaith): dim gweinydd, ac mae'r ffeiliau yno wedi'u hamgryptio ar gyfer yr aelodau yn unig. Mae'r aelod cyntaf yn dechrau'r tîm yn y ffolder honno; mae pob aelod arall yn rhoi eu hallwedd drosglwyddo i'r aelod cyntaf (Gosodiadau, Trosglwyddiadau), yn cael gwahoddiad, yn aros i'r ffolder gysoni, ac yna'n ymuno yma.</translation>
    </message>
    <message>
        <source>Joined. Read each member's fingerprint (below) back to them by phone before relying on the team: a fingerprint that differs means a file that is not theirs.</source>
        <translation>Wedi ymuno. Darllenwch ôl bys pob aelod (isod) yn ôl iddynt dros y ffôn cyn dibynnu ar y tîm: mae ôl bys sy'n wahanol yn golygu ffeil nad yw'n perthyn iddynt.</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>dyddiad geni</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>enw cyntaf</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>cyfenw</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>rhif GIG</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>enwau eraill</translation>
    </message>
    <message>
        <source>approximate age</source>
        <translation>oed bras</translation>
    </message>
    <message>
        <source>local authority case number</source>
        <translation>rhif achos yr awdurdod lleol</translation>
    </message>
    <message>
        <source>language preference</source>
        <translation>dewis iaith</translation>
    </message>
    <message>
        <source>an escalation's status</source>
        <translation>statws uwchgyfeiriad</translation>
    </message>
    <message>
        <source>an escalation's outcome</source>
        <translation>canlyniad uwchgyfeiriad</translation>
    </message>
    <message>
        <source>which version of an assessment is current</source>
        <translation>pa fersiwn o asesiad sy'n gyfredol</translation>
    </message>
    <message>
        <source>which version of a chronology entry is current</source>
        <translation>pa fersiwn o gofnod yn y gronoleg sy'n gyfredol</translation>
    </message>
    <message>
        <source>what is recorded about a person or place</source>
        <translation>yr hyn a gofnodir am berson neu le</translation>
    </message>
    <message>
        <source>which record a person or place counts as</source>
        <translation>fel pa gofnod y mae person neu le yn cyfrif</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>%1, fingerprint %2</source>
        <translation>%1, ôl bys %2</translation>
    </message>
    <message>
        <source>%1 (this vault), fingerprint %2</source>
        <translation>%1 (y storfa gofnodion hon), ôl bys %2</translation>
    </message>
    <message>
        <source>%1 (removed), fingerprint %2</source>
        <translation>%1 (wedi'i dynnu), ôl bys %2</translation>
    </message>
    <message>
        <source>%1 (this vault) (removed), fingerprint %2</source>
        <translation>%1 (y storfa gofnodion hon) (wedi'i dynnu), ôl bys %2</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 (this vault)</source>
        <translation>%1 (y storfa gofnodion hon)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (wedi'i dynnu)</translation>
    </message>
    <message>
        <source>%1 (this vault) (removed)</source>
        <translation>%1 (y storfa gofnodion hon) (wedi'i dynnu)</translation>
    </message>
    <message>
        <source>1 change published</source>
        <translation>1 newid wedi'i gyhoeddi</translation>
    </message>
    <message>
        <source>%1 changes published</source>
        <translation>%1 newid wedi'u cyhoeddi</translation>
    </message>
    <message>
        <source>1 file read</source>
        <translation>1 ffeil wedi'i darllen</translation>
    </message>
    <message>
        <source>%1 files read</source>
        <translation>%1 ffeil wedi'u darllen</translation>
    </message>
    <message>
        <source>1 record here brought up to date</source>
        <translation>1 cofnod yma wedi'i ddiweddaru</translation>
    </message>
    <message>
        <source>%1 records here brought up to date</source>
        <translation>%1 cofnod yma wedi'u diweddaru</translation>
    </message>
    <message>
        <source>1 file still arriving (tried again next time)</source>
        <translation>1 ffeil yn dal i gyrraedd (rhoddir cynnig arall arni y tro nesaf)</translation>
    </message>
    <message>
        <source>%1 files still arriving (tried again next time)</source>
        <translation>%1 ffeil yn dal i gyrraedd (rhoddir cynnig arall arnynt y tro nesaf)</translation>
    </message>
    <message>
        <source>1 file refused (not for this vault, or not genuine)</source>
        <translation>1 ffeil wedi'i gwrthod (nid ar gyfer y storfa gofnodion hon, neu nid yw'n ddilys)</translation>
    </message>
    <message>
        <source>%1 files refused (not for this vault, or not genuine)</source>
        <translation>%1 ffeil wedi'u gwrthod (nid ar gyfer y storfa gofnodion hon, neu nid ydynt yn ddilys)</translation>
    </message>
    <message>
        <source>Start or join a team</source>
        <translation>Dechrau tîm neu ymuno ag un</translation>
    </message>
    <message>
        <source>The team folder</source>
        <translation>Ffolder y tîm</translation>
    </message>
    <message>
        <source>a folder inside the organisation's synced folder</source>
        <translation>ffolder o fewn ffolder gysonedig y sefydliad</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Dewis...</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Ffolder y tîm</translation>
    </message>
    <message>
        <source>The team's name (to start one)</source>
        <translation>Enw'r tîm (i ddechrau un)</translation>
    </message>
    <message>
        <source>for example: Northgate Academy safeguarding</source>
        <translation>er enghraifft: diogelu Academi Northgate</translation>
    </message>
    <message>
        <source>Team name (to start one)</source>
        <translation>Enw'r tîm (i ddechrau un)</translation>
    </message>
    <message>
        <source>Start a &amp;team in this folder</source>
        <translation>Dechrau &amp;tîm yn y ffolder hon</translation>
    </message>
    <message>
        <source>&amp;Join the team in this folder</source>
        <translation>&amp;Ymuno â'r tîm yn y ffolder hon</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <source>The team's members</source>
        <translation>Aelodau'r tîm</translation>
    </message>
    <message>
        <source>The new member's transfer key</source>
        <translation>Allwedd drosglwyddo'r aelod newydd</translation>
    </message>
    <message>
        <source>age1... (their transfer key)</source>
        <translation>age1... (eu hallwedd drosglwyddo)</translation>
    </message>
    <message>
        <source>The new member's name and role</source>
        <translation>Enw a rôl yr aelod newydd</translation>
    </message>
    <message>
        <source>name and role</source>
        <translation>enw a rôl</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Gwahodd</translation>
    </message>
    <message>
        <source>Re&amp;move the selected member...</source>
        <translation>Tynnu'r &amp;aelod a ddewiswyd...</translation>
    </message>
    <message>
        <source>Changed on two laptops apart (the later is shown; decide which is right)</source>
        <translation>Wedi'u newid ar ddau liniadur ar wahân (dangosir yr un diweddarach; penderfynwch pa un sy'n gywir)</translation>
    </message>
    <message>
        <source>Fields changed on two laptops apart</source>
        <translation>Meysydd a newidiwyd ar ddau liniadur ar wahân</translation>
    </message>
    <message>
        <source>&amp;Keep the selected value</source>
        <translation>Cadw'r gw&amp;erth a ddewiswyd</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wrthi'n gweithio</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Tynnu aelod</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Team: %1. Folder: %2. Last sync: %3. Files waiting: %4.</source>
        <translation>Tîm: %1. Ffolder: %2. Cysoni diwethaf: %3. Ffeiliau'n aros: %4.</translation>
    </message>
    <message>
        <source>a person, place or record</source>
        <translation>person, lle neu gofnod</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <source>Recording the decision...</source>
        <translation>Wrthi'n cofnodi'r penderfyniad...</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Wrthi'n cysoni...</translation>
    </message>
    <message>
        <source>Choose the team folder first: a folder inside the organisation's synced folder.</source>
        <translation>Dewiswch ffolder y tîm yn gyntaf: ffolder o fewn ffolder gysonedig y sefydliad.</translation>
    </message>
    <message>
        <source>Give the team a name (for example the school's name and 'safeguarding').</source>
        <translation>Rhowch enw i'r tîm (er enghraifft enw'r ysgol a 'diogelu').</translation>
    </message>
    <message>
        <source>Starting the team and writing this vault's records to the folder... For a large vault this takes some minutes; the window stays usable.</source>
        <translation>Wrthi'n dechrau'r tîm ac yn ysgrifennu cofnodion y storfa gofnodion hon i'r ffolder... Ar gyfer storfa gofnodion fawr mae hyn yn cymryd rhai munudau; gallwch ddal i ddefnyddio'r ffenestr.</translation>
    </message>
    <message>
        <source>Team started. Invite each member by their transfer key.</source>
        <translation>Mae'r tîm wedi'i ddechrau. Gwahoddwch bob aelod drwy eu hallwedd drosglwyddo.</translation>
    </message>
    <message>
        <source>Joining: reading the team's files... For a large vault this takes some minutes; the window stays usable.</source>
        <translation>Wrthi'n ymuno: yn darllen ffeiliau'r tîm... Ar gyfer storfa gofnodion fawr mae hyn yn cymryd rhai munudau; gallwch ddal i ddefnyddio'r ffenestr.</translation>
    </message>
    <message>
        <source>Paste the new member's transfer key: the age1... line in Settings, Transfers, in their app.</source>
        <translation>Gludwch allwedd drosglwyddo'r aelod newydd: y llinell age1... yn Gosodiadau, Trosglwyddiadau, yn eu ap.</translation>
    </message>
    <message>
        <source>Invited %1. Once the folder has synced to their laptop they join in their Settings, Team; then read each other's fingerprints by phone.</source>
        <translation>Gwahoddwyd %1. Unwaith y bydd y ffolder wedi cysoni i'w gliniadur, byddant yn ymuno yn eu Gosodiadau, Tîm; yna darllenwch olion bysedd eich gilydd dros y ffôn.</translation>
    </message>
    <message>
        <source>Inviting: writing the team's records for the new member too... For a large vault this takes some minutes; the window stays usable.</source>
        <translation>Wrthi'n gwahodd: yn ysgrifennu cofnodion y tîm ar gyfer yr aelod newydd hefyd... Ar gyfer storfa gofnodion fawr mae hyn yn cymryd rhai munudau; gallwch ddal i ddefnyddio'r ffenestr.</translation>
    </message>
    <message>
        <source>Select another member to remove (not this vault, not one already removed).</source>
        <translation>Dewiswch aelod arall i'w dynnu (nid y storfa gofnodion hon, nid un sydd wedi'i dynnu eisoes).</translation>
    </message>
    <message>
        <source>Remove %1 from the team? What they hold already stays on their laptop; nothing written from now on can be read by them, and their key is never used again.</source>
        <translation>Tynnu %1 o'r tîm? Mae'r hyn sydd ganddynt eisoes yn aros ar eu gliniadur; ni allant ddarllen dim a ysgrifennir o hyn ymlaen, ac ni ddefnyddir eu hallwedd byth eto.</translation>
    </message>
    <message>
        <source>Removed %1: later files are not readable by them.</source>
        <translation>Tynnwyd %1: ni allant ddarllen ffeiliau diweddarach.</translation>
    </message>
    <message>
        <source>Removing...</source>
        <translation>Wrthi'n tynnu...</translation>
    </message>
    <message>
        <source>Decided, for every member. Synced: %1.</source>
        <translation>Wedi penderfynu, ar gyfer pob aelod. Cysonwyd: %1.</translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Cysonwyd: %1.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Heb ei wneud: %1</translation>
    </message>
    <message>
        <source>%1: %2: %3 (shown now)</source>
        <translation>%1: %2: %3 (yn cael ei ddangos nawr)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 (shown now)</source>
        <translation>%1: %2 (yn cael ei ddangos nawr)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(heb ei gofnodi)</translation>
    </message>
    <message>
        <source>(left empty)</source>
        <translation>(wedi'i adael yn wag)</translation>
    </message>
</context>
<context>
    <name>TeamChild</name>
    <message>
        <source>Every member of the team receives this child's records.</source>
        <translation>Mae pob aelod o'r tîm yn derbyn cofnodion y plentyn hwn.</translation>
    </message>
    <message>
        <source>Only these members receive this child's records from now on: %1. What a member already holds stays on their laptop: access can be limited from now on, not taken back.</source>
        <translation>Dim ond yr aelodau hyn sy'n derbyn cofnodion y plentyn hwn o hyn ymlaen: %1. Mae'r hyn sydd gan aelod eisoes yn aros ar eu gliniadur: gellir cyfyngu mynediad o hyn ymlaen, nid ei dynnu'n ôl.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Team: changed on two laptops apart (the first is shown; keep the right one)</source>
        <translation>Tîm: wedi'u newid ar ddau liniadur ar wahân (dangosir y cyntaf; cadwch yr un cywir)</translation>
    </message>
    <message>
        <source>Who in the &amp;team receives this child's records...</source>
        <translation>Pwy yn y &amp;tîm sy'n derbyn cofnodion y plentyn hwn...</translation>
    </message>
    <message>
        <source>This child's details changed on two laptops apart</source>
        <translation>Manylion y plentyn hwn a newidiwyd ar ddau liniadur ar wahân</translation>
    </message>
    <message>
        <source>&amp;Keep the selected value</source>
        <translation>Cadw'r gw&amp;erth a ddewiswyd</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>cyn-aelod</translation>
    </message>
    <message>
        <source>%1 (this vault)</source>
        <translation>%1 (y storfa gofnodion hon)</translation>
    </message>
    <message>
        <source>Saving who receives this child's records, and syncing...</source>
        <translation>Wrthi'n cadw pwy sy'n derbyn cofnodion y plentyn hwn, ac yn cysoni...</translation>
    </message>
    <message>
        <source>Saved: from now on, only as said above.</source>
        <translation>Wedi'i gadw: o hyn ymlaen, dim ond fel y nodir uchod.</translation>
    </message>
    <message>
        <source>Recording the decision...</source>
        <translation>Wrthi'n cofnodi'r penderfyniad...</translation>
    </message>
    <message>
        <source>Decided, for every member.</source>
        <translation>Wedi penderfynu, ar gyfer pob aelod.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Heb ei wneud: %1</translation>
    </message>
    <message>
        <source>Who in the team receives this child's records</source>
        <translation>Pwy yn y tîm sy'n derbyn cofnodion y plentyn hwn</translation>
    </message>
    <message>
        <source>KCSIE: a child protection record is seen only by those who need to. What a member already holds stays on their laptop: access can be limited from now on, not taken back.</source>
        <translation>KCSIE: dim ond y rhai sydd angen ei weld sy'n gweld cofnod amddiffyn plant. Mae'r hyn sydd gan aelod eisoes yn aros ar eu gliniadur: gellir cyfyngu mynediad o hyn ymlaen, nid ei dynnu'n ôl.</translation>
    </message>
    <message>
        <source>&amp;Every member of the team, and anyone who joins later (the default)</source>
        <translation>Pob &amp;aelod o'r tîm, ac unrhyw un sy'n ymuno yn nes ymlaen (y rhagosodiad)</translation>
    </message>
    <message>
        <source>&amp;Only the members ticked:</source>
        <translation>&amp;Dim ond yr aelodau a diciwyd:</translation>
    </message>
    <message>
        <source>Members who receive this child's records</source>
        <translation>Aelodau sy'n derbyn cofnodion y plentyn hwn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>harm</source>
        <translation>niwed</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>arwyddocaol</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risg</translation>
    </message>
    <message>
        <source>vulnerability</source>
        <translation>bod yn agored i niwed</translation>
    </message>
    <message>
        <source>protective</source>
        <translation>amddiffynnol</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>No completed assessments yet.</source>
        <translation>Dim asesiadau wedi'u cwblhau eto.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Level over time</source>
        <translation>Lefel dros amser</translation>
    </message>
    <message>
        <source>Click a point to select that assessment; select two and press What changed.</source>
        <translation>Cliciwch ar bwynt i ddewis yr asesiad hwnnw; dewiswch ddau a phwyswch Beth sydd wedi newid.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>This PDF also holds the file for the CSE Screening app (an attachment, encrypted with the same password): a school that uses the app imports it with Records, Receive a child's file, or 'screening-app transfer receive' with this PDF.</source>
        <translation>Mae'r PDF hwn hefyd yn cynnwys y ffeil ar gyfer ap CSE Screening (atodiad, wedi'i amgryptio â'r un cyfrinair): mae ysgol sy'n defnyddio'r ap yn ei mewnforio gyda Cofnodion, Derbyn ffeil plentyn, neu 'screening-app transfer receive' gyda'r PDF hwn.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Keep this file with the child's child protection records, separately from the main pupil file, and tell the staff who need to know (the DSL, and the SENCO where relevant).</source>
        <translation>Cadwch y ffeil hon gyda chofnodion amddiffyn plant y plentyn, ar wahân i brif ffeil y disgybl, a rhowch wybod i'r staff sydd angen gwybod (y DSL, a'r CADY lle bo'n berthnasol).</translation>
    </message>
    <message>
        <source>Keeping children safe in education asks for a child protection file to be transferred within 5 school days of an in-year move, or within the first 5 school days of a new term.</source>
        <translation>Mae Keeping children safe in education yn gofyn i ffeil amddiffyn plant gael ei throsglwyddo o fewn 5 diwrnod ysgol i symud yn ystod y flwyddyn, neu o fewn 5 diwrnod ysgol cyntaf tymor newydd.</translation>
    </message>
    <message>
        <source>Confirm receipt to the sender with the code above, by %1.</source>
        <translation>Cadarnhewch eich bod wedi'i derbyn i'r anfonwr gyda'r cod uchod, erbyn %1.</translation>
    </message>
    <message>
        <source>No name recorded</source>
        <translation>Dim enw wedi'i gofnodi</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>yr anfonwr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Other names used</source>
        <translation>Enwau eraill a ddefnyddir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Approximate age</source>
        <translation>Oed bras</translation>
    </message>
    <message>
        <source>School UPN</source>
        <translation>UPN yr ysgol</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>LA case number</source>
        <translation>Rhif achos yr ALl</translation>
    </message>
    <message>
        <source>Language preference</source>
        <translation>Dewis iaith</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Anfonwyd gan</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Anfonwyd ar</translation>
    </message>
    <message>
        <source>To confirm receipt, tell %1 this code by %2 by %3. They type 'transfer confirm %4' in their CSE Screening app (or enter it in Settings, Transfers), which records the file as received. The code is not a password: it only shows the file arrived.</source>
        <translation>I gadarnhau eich bod wedi'i derbyn, rhowch y cod hwn i %1 dros %2 erbyn %3. Byddant yn teipio 'transfer confirm %4' yn eu ap CSE Screening (neu'n ei roi yn Gosodiadau, Trosglwyddiadau), sy'n cofnodi bod y ffeil wedi'i derbyn. Nid cyfrinair yw'r cod: dim ond dangos bod y ffeil wedi cyrraedd y mae.</translation>
    </message>
    <message>
        <source>Chronology (oldest first)</source>
        <translation>Cronoleg (yr hynaf yn gyntaf)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Cited in</source>
        <translation>Cyfeirir ato yn</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>none completed</source>
        <translation>dim un wedi'i gwblhau</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Aseswyd ar</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Adolygiad yn ddyledus</translation>
    </message>
    <message>
        <source>(listed from page 2)</source>
        <translation>(rhestrir o dudalen 2)</translation>
    </message>
    <message>
        <source>(listed in the assessment)</source>
        <translation>(rhestrir yn yr asesiad)</translation>
    </message>
    <message>
        <source>Set to %1 by professional judgement (the score gave %2): %3</source>
        <translation>Gosodwyd yn %1 drwy farn broffesiynol (rhoddodd y sgôr %2): %3</translation>
    </message>
    <message>
        <source>an agency</source>
        <translation>asiantaeth</translation>
    </message>
    <message>
        <source>%1, with %2; raised %3</source>
        <translation>%1, gyda %2; codwyd %3</translation>
    </message>
    <message>
        <source>%1, with %2; raised %3, %4 days ago</source>
        <translation>%1, gyda %2; codwyd %3, %4 diwrnod yn ôl</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(Corrected %1: %2)</source>
        <translation>(Cywirwyd %1: %2)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ni roddwyd rheswm</translation>
    </message>
    <message>
        <source>%1; ref. %2</source>
        <translation>%1; cyf. %2</translation>
    </message>
    <message>
        <source>Told by the child</source>
        <translation>Dywedwyd gan y plentyn</translation>
    </message>
    <message>
        <source>Told by %1</source>
        <translation>Dywedwyd gan %1</translation>
    </message>
    <message>
        <source>Told by another person or agency</source>
        <translation>Dywedwyd gan berson neu asiantaeth arall</translation>
    </message>
    <message>
        <source>Seen by %1</source>
        <translation>Gwelwyd gan %1</translation>
    </message>
    <message>
        <source>Seen by the sender's staff</source>
        <translation>Gwelwyd gan staff yr anfonwr</translation>
    </message>
    <message>
        <source>Source not recorded</source>
        <translation>Ffynhonnell heb ei chofnodi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>version %1, %2: %3</source>
        <translation>fersiwn %1, %2: %3</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>cywirwyd</translation>
    </message>
    <message>
        <source>phone (%1) or secure email (%2)</source>
        <translation>ffôn (%1) neu e-bost diogel (%2)</translation>
    </message>
    <message>
        <source>phone (%1)</source>
        <translation>ffôn (%1)</translation>
    </message>
    <message>
        <source>secure email (%1)</source>
        <translation>e-bost diogel (%1)</translation>
    </message>
    <message>
        <source>phone or secure email</source>
        <translation>ffôn neu e-bost diogel</translation>
    </message>
    <message>
        <source>No chronology entries</source>
        <translation>Dim cofnodion cronoleg</translation>
    </message>
    <message>
        <source>1 chronology entry</source>
        <translation>1 cofnod cronoleg</translation>
    </message>
    <message>
        <source>%1 chronology entries</source>
        <translation>%1 cofnod cronoleg</translation>
    </message>
    <message>
        <source>No assessments</source>
        <translation>Dim asesiadau</translation>
    </message>
    <message>
        <source>1 assessment (%2)</source>
        <translation>1 asesiad (%2)</translation>
    </message>
    <message>
        <source>%1 assessments (%2)</source>
        <translation>%1 asesiad (%2)</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>1 fersiwn</translation>
    </message>
    <message>
        <source>%1 versions</source>
        <translation>%1 fersiwn</translation>
    </message>
    <message>
        <source>No escalations</source>
        <translation>Dim uwchgyfeiriadau</translation>
    </message>
    <message>
        <source>1 escalation (%2 open)</source>
        <translation>1 uwchgyfeiriad (%2 yn agored)</translation>
    </message>
    <message>
        <source>%1 escalations (%2 open)</source>
        <translation>%1 uwchgyfeiriad (%2 yn agored)</translation>
    </message>
    <message>
        <source>Transfer of a child protection file</source>
        <translation>Trosglwyddo ffeil amddiffyn plant</translation>
    </message>
    <message>
        <source>Keep separate from the main pupil file · confirm receipt to the sender</source>
        <translation>Cadwch ar wahân i brif ffeil y disgybl · cadarnhewch i'r anfonwr eich bod wedi'i derbyn</translation>
    </message>
    <message>
        <source>Escalations (professional disagreements)</source>
        <translation>Uwchgyfeiriadau (anghytundebau proffesiynol)</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>tudalen %1</translation>
    </message>
    <message>
        <source>pages %1–%2</source>
        <translation>tudalennau %1–%2</translation>
    </message>
    <message>
        <source>Transfer summary</source>
        <translation>Crynodeb y trosglwyddiad</translation>
    </message>
    <message>
        <source>Assessment %1 (%2, %3)</source>
        <translation>Asesiad %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Cronoleg</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Uwchgyfeiriadau</translation>
    </message>
    <message>
        <source>For the designated safeguarding lead of the school or college %1 is moving to. Read this page first.</source>
        <translation>I'r person diogelu dynodedig yn yr ysgol neu'r coleg y mae %1 yn symud iddo. Darllenwch y dudalen hon yn gyntaf.</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Y plentyn</translation>
    </message>
    <message>
        <source>Open escalations</source>
        <translation>Uwchgyfeiriadau agored</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Dim un yn agored.</translation>
    </message>
    <message>
        <source>In this file</source>
        <translation>Yn y ffeil hon</translation>
    </message>
    <message>
        <source>For the receiving school (KCSIE)</source>
        <translation>Ar gyfer yr ysgol sy'n derbyn (KCSIE)</translation>
    </message>
    <message>
        <source>No chronology entries were recorded.</source>
        <translation>Ni chofnodwyd unrhyw gofnodion cronoleg.</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>Cod derbyn</translation>
    </message>
    <message>
        <source>The latest assessment</source>
        <translation>Yr asesiad diweddaraf</translation>
    </message>
    <message>
        <source>No assessment was completed.</source>
        <translation>Ni chwblhawyd unrhyw asesiad.</translation>
    </message>
    <message>
        <source>Why this level</source>
        <translation>Pam y lefel hon</translation>
    </message>
    <message>
        <source>dated facts and who says so, oldest first; an index of the assessments</source>
        <translation>ffeithiau wedi'u dyddio a phwy sy'n dweud hynny, yr hynaf yn gyntaf; mynegai o'r asesiadau</translation>
    </message>
    <message>
        <source>each in full, as its referral</source>
        <translation>pob un yn llawn, fel ei atgyfeiriad</translation>
    </message>
    <message>
        <source>disagreements with other agencies' decisions, and their outcome</source>
        <translation>anghytundebau â phenderfyniadau asiantaethau eraill, a'u canlyniad</translation>
    </message>
    <message>
        <source>Transfer %1. %2</source>
        <translation>Trosglwyddiad %1. %2</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Assessments in this file (each follows in full)</source>
        <translation>Asesiadau yn y ffeil hon (daw pob un yn llawn wedyn)</translation>
    </message>
    <message>
        <source>Transfer %1: page %2 of %3</source>
        <translation>Trosglwyddiad %1: tudalen %2 o %3</translation>
    </message>
</context>
<context>
    <name>TransferReceive</name>
    <message>
        <source>Receive a child's file</source>
        <translation>Derbyn ffeil plentyn</translation>
    </message>
    <message>
        <source>A transfer file sent to this vault's key (Settings, Transfers), or a transfer PDF with the password you were told by phone. Nothing here is changed: what is new is added.</source>
        <translation>Ffeil drosglwyddo a anfonwyd at allwedd y cofnodion hyn (Gosodiadau, Trosglwyddiadau), neu PDF trosglwyddo gyda'r cyfrinair a gawsoch dros y ffôn. Ni newidir dim sydd yma: caiff yr hyn sy'n newydd ei ychwanegu.</translation>
    </message>
    <message>
        <source>The file received</source>
        <translation>Y ffeil a dderbyniwyd</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Dewis...</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Password (a transfer PDF, or a one-off passphrase)</source>
        <translation>Cyfrinair (PDF trosglwyddo, neu gyfrinymadrodd untro)</translation>
    </message>
    <message>
        <source>only for a PDF or a one-off passphrase</source>
        <translation>dim ond ar gyfer PDF neu gyfrinymadrodd untro</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Receipt code to read back to the sender</source>
        <translation>Cod derbyn i'w ddarllen yn ôl i'r anfonwr</translation>
    </message>
    <message>
        <source>Save the signed receipt &amp;file...</source>
        <translation>Cadw'r dderbynneb wedi'i llofnodi fel &amp;ffeil...</translation>
    </message>
    <message>
        <source>A receipt file is the same confirmation, signed by this vault and readable only by the sender's app: send it back by the route the file came.</source>
        <translation>Mae ffeil derbynneb yn rhoi'r un cadarnhad, wedi'i llofnodi gan y cofnodion hyn, a dim ond ap yr anfonwr all ei darllen: anfonwch hi'n ôl yr un ffordd ag y daeth y ffeil.</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>De&amp;rbyn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Save the receipt as</source>
        <translation>Cadw'r dderbynneb fel</translation>
    </message>
    <message>
        <source>The receipt was not saved (%1).</source>
        <translation>Ni chadwyd y dderbynneb (%1).</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>nid oes modd ysgrifennu i'r ffolder</translation>
    </message>
    <message>
        <source>Receipt saved as %1: send it back to the sender by the route the file came (or read them the code).</source>
        <translation>Cadwyd y dderbynneb fel %1: anfonwch hi'n ôl at yr anfonwr yr un ffordd ag y daeth y ffeil (neu darllenwch y cod iddynt).</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Nid oes modd darllen y ffeil (%1).</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nid oes ffeil o'r fath</translation>
    </message>
    <message>
        <source>The file is too large to be a transfer file.</source>
        <translation>Mae'r ffeil yn rhy fawr i fod yn ffeil drosglwyddo.</translation>
    </message>
    <message>
        <source>A transfer PDF needs its password (the one you were told by phone).</source>
        <translation>Mae angen cyfrinair PDF trosglwyddo (yr un a gawsoch dros y ffôn).</translation>
    </message>
    <message>
        <source>Refused, nothing changed: %1</source>
        <translation>Gwrthodwyd, ni newidiwyd dim: %1</translation>
    </message>
    <message>
        <source>From the sender with fingerprint %1: check it with them by phone.</source>
        <translation>Gan yr anfonwr ag ôl bys %1: gwiriwch ef gyda nhw dros y ffôn.</translation>
    </message>
    <message>
        <source>This file was received before: nothing was added.</source>
        <translation>Derbyniwyd y ffeil hon o'r blaen: ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Ychwanegwyd: %1.</translation>
    </message>
    <message>
        <source>Added: nothing new.</source>
        <translation>Ychwanegwyd: dim byd newydd.</translation>
    </message>
    <message>
        <source>Reference %1 is %2 here.</source>
        <translation>Cyfeirnod %1 yw %2 yma.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Heb ei ysgrifennu: %1</translation>
    </message>
    <message>
        <source>Read this receipt code back to the sender:</source>
        <translation>Darllenwch y cod derbyn hwn yn ôl i'r anfonwr:</translation>
    </message>
    <message>
        <source>%1 already has a record here with the same UPN, NHS number, or name and date of birth: the two are kept separate. If they are the same child, join them on the child's record (it opens when you close this).</source>
        <translation>Mae gan %1 gofnod yma eisoes gyda'r un UPN, rhif GIG, neu enw a dyddiad geni: caiff y ddau eu cadw ar wahân. Os mai'r un plentyn ydynt, unwch nhw ar gofnod y plentyn (mae'n agor pan fyddwch yn cau hwn).</translation>
    </message>
    <message>
        <source>A child already has a record here with the same UPN, NHS number, or name and date of birth: the two are kept separate. If they are the same child, join them on the child's record (it opens when you close this).</source>
        <translation>Mae gan blentyn gofnod yma eisoes gyda'r un UPN, rhif GIG, neu enw a dyddiad geni: caiff y ddau eu cadw ar wahân. Os mai'r un plentyn ydynt, unwch nhw ar gofnod y plentyn (mae'n agor pan fyddwch yn cau hwn).</translation>
    </message>
</context>
<context>
    <name>TransferSend</name>
    <message>
        <source>Send the file by your organisation's secure route (secure email, its file sync, or the receiving school's secure inbox), never by post and never carried by a parent. Tell the receiver the password by phone, and read them the fingerprint beside your key in Settings. When they read this receipt code back to you, type it in Settings, Transfers: until then the transfer shows as awaiting receipt, and as overdue after 5 school days.</source>
        <translation>Anfonwch y ffeil ar hyd llwybr diogel eich sefydliad (e-bost diogel, ei system cysoni ffeiliau, neu fewnflwch diogel yr ysgol sy'n derbyn), byth drwy'r post a byth wedi'i chario gan riant. Rhowch y cyfrinair i'r derbynnydd dros y ffôn, a darllenwch iddynt yr ôl bys wrth ymyl eich allwedd yn y Gosodiadau. Pan fyddant yn darllen y cod derbyn hwn yn ôl i chi, teipiwch ef yn Gosodiadau, Trosglwyddiadau: tan hynny bydd y trosglwyddiad yn dangos ei fod yn aros am dderbynneb, ac yn hwyr ar ôl 5 diwrnod ysgol.</translation>
    </message>
    <message>
        <source>Send the file by your organisation's secure route (secure email, its file sync, or the receiving school's secure inbox), never by post and never carried by a parent. Tell the receiver the password by phone (never in the same email as the PDF). When they read this receipt code back to you, type it in Settings, Transfers: until then the transfer shows as awaiting receipt, and as overdue after 5 school days.</source>
        <translation>Anfonwch y ffeil ar hyd llwybr diogel eich sefydliad (e-bost diogel, ei system cysoni ffeiliau, neu fewnflwch diogel yr ysgol sy'n derbyn), byth drwy'r post a byth wedi'i chario gan riant. Rhowch y cyfrinair i'r derbynnydd dros y ffôn (byth yn yr un e-bost â'r PDF). Pan fyddant yn darllen y cod derbyn hwn yn ôl i chi, teipiwch ef yn Gosodiadau, Trosglwyddiadau: tan hynny bydd y trosglwyddiad yn dangos ei fod yn aros am dderbynneb, ac yn hwyr ar ôl 5 diwrnod ysgol.</translation>
    </message>
    <message>
        <source>Transfer this child's file</source>
        <translation>Trosglwyddo ffeil y plentyn hwn</translation>
    </message>
    <message>
        <source>Transfer %1's file</source>
        <translation>Trosglwyddo ffeil %1</translation>
    </message>
    <message>
        <source>To a school or practitioner who uses this app (their &amp;transfer key)</source>
        <translation>I ysgol neu ymarferydd sy'n defnyddio'r ap hwn (eu h&amp;allwedd drosglwyddo)</translation>
    </message>
    <message>
        <source>As a readable PDF with a password, for a school &amp;without this app</source>
        <translation>Fel PDF darllenadwy gyda chyfrinair, i ysgol &amp;heb yr ap hwn</translation>
    </message>
    <message>
        <source>The receiver's transfer key, age1...</source>
        <translation>Allwedd drosglwyddo'r derbynnydd, age1...</translation>
    </message>
    <message>
        <source>age1... (Settings, Transfers, in the receiver's app)</source>
        <translation>age1... (Gosodiadau, Trosglwyddiadau, yn ap y derbynnydd)</translation>
    </message>
    <message>
        <source>Password for the PDF</source>
        <translation>Cyfrinair y PDF</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>o leiaf 12 nod</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>Y cyfrinair eto</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Cadw'r ffeil fel</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Dewis...</translation>
    </message>
    <message>
        <source>Receiver's key</source>
        <translation>Allwedd y derbynnydd</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Cyfrinair y PDF</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Cyfrinair eto</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Cadw fel</translation>
    </message>
    <message>
        <source>Making the file</source>
        <translation>Wrthi'n gwneud y ffeil</translation>
    </message>
    <message>
        <source>Making the file: %p%</source>
        <translation>Wrthi'n gwneud y ffeil: %p%</translation>
    </message>
    <message>
        <source>&amp;Send: write the file</source>
        <translation>A&amp;nfon: ysgrifennu'r ffeil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>The file is ready to send</source>
        <translation>Mae'r ffeil yn barod i'w hanfon</translation>
    </message>
    <message>
        <source>Receipt code (the receiver reads it back to you):</source>
        <translation>Cod derbyn (mae'r derbynnydd yn ei ddarllen yn ôl i chi):</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>Cod derbyn</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Wedi gorffen</translation>
    </message>
    <message>
        <source>What is sent: the child's details, every completed assessment with all its versions, the chronology, the escalations, and the people and places of concern linked to this child (never another child's). Drafts stay here. It is encrypted and signed; it holds nothing readable without the key or the password.</source>
        <translation>Beth a anfonir: manylion y plentyn, pob asesiad wedi'i gwblhau gyda'i holl fersiynau, y gronoleg, yr uwchgyfeiriadau, a'r bobl a'r lleoedd sy'n peri pryder sy'n gysylltiedig â'r plentyn hwn (byth rhai plentyn arall). Mae drafftiau'n aros yma. Mae'r ffeil wedi'i hamgryptio a'i llofnodi; nid oes dim byd darllenadwy ynddi heb yr allwedd na'r cyfrinair.</translation>
    </message>
    <message>
        <source>Save the transfer file as</source>
        <translation>Cadw'r ffeil drosglwyddo fel</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Heb ei hanfon: %1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Heb ei hysgrifennu: %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Ysgrifennwyd i %1.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Dewiswch ble i gadw'r ffeil.</translation>
    </message>
    <message>
        <source>The folder to save the file in does not exist.</source>
        <translation>Nid yw'r ffolder i gadw'r ffeil ynddi yn bodoli.</translation>
    </message>
    <message>
        <source>A file is already there: choose another name.</source>
        <translation>Mae ffeil yno eisoes: dewiswch enw arall.</translation>
    </message>
    <message>
        <source>The PDF's password is at least 12 characters: three random words read out by phone.</source>
        <translation>Mae cyfrinair y PDF o leiaf 12 nod: tri gair ar hap wedi'u darllen dros y ffôn.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Nid yw'r ddau gyfrinair yr un fath.</translation>
    </message>
    <message>
        <source>Paste the receiver's transfer key: the age1... line in Settings, Transfers, in their app.</source>
        <translation>Gludwch allwedd drosglwyddo'r derbynnydd: y llinell age1... yn Gosodiadau, Trosglwyddiadau, yn eu hap nhw.</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>To restore: choose Restore from a backup below; the backup is restored into a new folder and the damaged records are left untouched.</source>
        <translation>I adfer: dewiswch Adfer o gopi wrth gefn isod; caiff y copi wrth gefn ei adfer i ffolder newydd, a chaiff y cofnodion sydd wedi'u difrodi eu gadael fel y maent.</translation>
    </message>
    <message>
        <source>Unlock the records</source>
        <translation>Datgloi'r cofnodion</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wrthi'n datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Restore from a backup...</source>
        <translation>Adfer o gopi wrth gefn...</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Use recovery code</source>
        <translation>Defnyddio'r cod adfer</translation>
    </message>
    <message>
        <source>Records folder: %1</source>
        <translation>Ffolder y cofnodion: %1</translation>
    </message>
    <message>
        <source>Unlock with the recovery code</source>
        <translation>Datgloi gyda'r cod adfer</translation>
    </message>
    <message>
        <source>Type the code from your recovery sheet, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Teipiwch y cod o'ch taflen adfer, yna dewiswch gyfrinymadrodd newydd. Bydd yr hen gyfrinymadrodd yn peidio â gweithio.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Teipiwch ef eto</translation>
    </message>
    <message>
        <source>Unlocking with the recovery code</source>
        <translation>Wrthi'n datgloi gyda'r cod adfer</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Datgloi a gosod y cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Rhowch eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Mae'r ddau gyfrinymadrodd newydd yn wahanol.</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>That passphrase does not open these records. Check it and try again.</source>
        <translation>Nid yw'r cyfrinymadrodd hwnnw'n agor y cofnodion hyn. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That recovery code does not open these records. Check each group of five characters.</source>
        <translation>Nid yw'r cod adfer hwnnw'n agor y cofnodion hyn. Gwiriwch bob grŵp o bum nod.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Rhowch gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The records file is damaged and has not been changed. Restore it from your latest backup, or ask IT support for help.</source>
        <translation>Mae ffeil y cofnodion wedi'i difrodi ac nid yw wedi'i newid. Adferwch hi o'ch copi wrth gefn diweddaraf, neu gofynnwch i'r gwasanaeth cymorth TG am help.</translation>
    </message>
    <message>
        <source>These records are already open in another window or program. Close it first, then try again.</source>
        <translation>Mae'r cofnodion hyn eisoes ar agor mewn ffenestr neu raglen arall. Caewch hi yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>There are no records in this folder yet. Create a vault or choose another folder.</source>
        <translation>Nid oes cofnodion yn y ffolder hon eto. Crëwch storfa gofnodion neu dewiswch ffolder arall.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Records folder: %1</source>
        <translation>Ffolder y cofnodion: %1</translation>
    </message>
    <message>
        <source>Unlocked · Ctrl+L locks</source>
        <translation>Wedi'i ddatgloi · Ctrl+L i gloi</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Wedi'i gloi</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Also record, beside the level</source>
        <translation>Cofnodi hefyd, wrth ochr y lefel</translation>
    </message>
    <message>
        <source>Your judgement, with the reason. It never changes the level: the child is assessed as a victim first.</source>
        <translation>Eich barn, gyda'r rheswm. Nid yw byth yn newid y lefel: caiff y plentyn ei asesu fel dioddefwr yn gyntaf.</translation>
    </message>
    <message>
        <source>Also record: %1</source>
        <translation>Cofnodi hefyd: %1</translation>
    </message>
    <message>
        <source>Reason for recording %1</source>
        <translation>Rheswm dros gofnodi %1</translation>
    </message>
    <message>
        <source>Why you record %1: what happened, who says so</source>
        <translation>Pam rydych yn cofnodi %1: beth ddigwyddodd, pwy sy'n dweud hynny</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Anogwr</translation>
    </message>
    <message>
        <source>Answer it now</source>
        <translation>Ei ateb nawr</translation>
    </message>
    <message>
        <source>Go to the suggested question</source>
        <translation>Mynd i'r cwestiwn a awgrymir</translation>
    </message>
    <message>
        <source>Answered: “%1”: %2.</source>
        <translation>Wedi'i ateb: “%1”: %2.</translation>
    </message>
    <message>
        <source>Go to the answer</source>
        <translation>Mynd i'r ateb</translation>
    </message>
    <message>
        <source>See the answer</source>
        <translation>Gweld yr ateb</translation>
    </message>
    <message>
        <source>Suggested: answer “%1” in its section. The prompt suggests; you decide.</source>
        <translation>Awgrym: atebwch “%1” yn ei adran. Awgrymu y mae'r anogwr; chi sy'n penderfynu.</translation>
    </message>
    <message>
        <source>Suggested: answer “%1”. The prompt suggests; you decide.</source>
        <translation>Awgrym: atebwch “%1”. Awgrymu y mae'r anogwr; chi sy'n penderfynu.</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>Mynd i'r cwestiwn hwn</translation>
    </message>
    <message>
        <source>Go to the question: %1</source>
        <translation>Mynd i'r cwestiwn: %1</translation>
    </message>
    <message>
        <source>Evidence from the chronology: %1</source>
        <translation>Tystiolaeth o'r gronoleg: %1</translation>
    </message>
    <message>
        <source>Evidence from the chronology (tick what applies; a fact is recorded once)</source>
        <translation>Tystiolaeth o'r gronoleg (ticiwch beth sy'n berthnasol; caiff ffaith ei chofnodi unwaith)</translation>
    </message>
    <message>
        <source>%1  (suggested: “%2”)</source>
        <translation>%1  (awgrym: “%2”)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Tystiolaeth: %1</translation>
    </message>
    <message>
        <source>Hide the other entries (%1)</source>
        <translation>Cuddio'r cofnodion eraill (%1)</translation>
    </message>
    <message>
        <source>Other entries (%1)…</source>
        <translation>Cofnodion eraill (%1)…</translation>
    </message>
    <message>
        <source>Show the %1 other chronology entries</source>
        <translation>Dangos y %1 cofnod arall yn y gronoleg</translation>
    </message>
    <message>
        <source>Hide the other chronology entries</source>
        <translation>Cuddio'r cofnodion eraill yn y gronoleg</translation>
    </message>
    <message>
        <source>Wording that may place responsibility on the child is underlined: Ctrl+full stop goes to it and offers other words.</source>
        <translation>Caiff geiriad a allai roi'r cyfrifoldeb ar y plentyn ei danlinellu: mae Ctrl+atalnod llawn yn mynd ato ac yn cynnig geiriau eraill.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>%1 (required when %2)</source>
        <translation>%1 (gofynnol os: %2)</translation>
    </message>
    <message>
        <source>Or give an approximate age below.</source>
        <translation>Neu rhowch oed bras isod.</translation>
    </message>
    <message>
        <source>%1 on the assessment date (%2)</source>
        <translation>%1 ar ddyddiad yr asesiad (%2)</translation>
    </message>
    <message>
        <source>Take a moment before you finish. A short answer to each question is enough.</source>
        <translation>Cymerwch eiliad cyn i chi orffen. Mae ateb byr i bob cwestiwn yn ddigon.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (gofynnol)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Eich ateb</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Ateb: %1</translation>
    </message>
    <message>
        <source>Use the arrow keys, or 1 %1, 2 %2, 3 %3, 4 %4; H: what to look for</source>
        <translation>Defnyddiwch y bysellau saeth, neu 1 %1, 2 %2, 3 %3, 4 %4; H: beth i chwilio amdano</translation>
    </message>
    <message>
        <source>Press %1</source>
        <translation>Pwyswch %1</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Beth i chwilio amdano</translation>
    </message>
    <message>
        <source>What to look for: %1</source>
        <translation>Beth i chwilio amdano: %1</translation>
    </message>
    <message>
        <source>Or press H on the answer</source>
        <translation>Neu pwyswch H ar yr ateb</translation>
    </message>
    <message>
        <source>Hide help</source>
        <translation>Cuddio'r cymorth</translation>
    </message>
    <message>
        <source>When (required): %1</source>
        <translation>Pryd (gofynnol): %1</translation>
    </message>
    <message>
        <source>When? Choose…</source>
        <translation>Pryd? Dewiswch…</translation>
    </message>
    <message>
        <source>When (required)</source>
        <translation>Pryd (gofynnol)</translation>
    </message>
    <message>
        <source>Note (required): %1</source>
        <translation>Nodyn (gofynnol): %1</translation>
    </message>
    <message>
        <source>Note (required unless an entry above is ticked)</source>
        <translation>Nodyn (gofynnol oni bai bod cofnod uchod wedi'i dicio)</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>Nodyn (gofynnol)</translation>
    </message>
    <message>
        <source>“%1”: Instead: %2. %3</source>
        <translation>“%1”: Yn lle hynny: %2. %3</translation>
    </message>
    <message>
        <source>“%1”: Consider: %2. %3</source>
        <translation>“%1”: Ystyriwch: %2. %3</translation>
    </message>
    <message>
        <source>Remove the phrase (then describe it in your own words)</source>
        <translation>Dileu'r ymadrodd (yna ei ddisgrifio yn eich geiriau eich hun)</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Rhoi “%1” yn ei le</translation>
    </message>
    <message>
        <source>“%1” may place responsibility on the child</source>
        <translation>Gall “%1” roi'r cyfrifoldeb ar y plentyn</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>Yn lle hynny: %1</translation>
    </message>
    <message>
        <source>Keep my wording (it is listed on the review page)</source>
        <translation>Cadw fy ngeiriad (caiff ei restru ar y dudalen adolygu)</translation>
    </message>
    <message>
        <source>Professional judgement: change the level</source>
        <translation>Barn broffesiynol: newid y lefel</translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation>Barn broffesiynol</translation>
    </message>
    <message>
        <source>You may set a different final level. Raising it needs a reason. Lowering it needs a reason and the name and role of the DSL or manager you consulted.</source>
        <translation>Gallwch osod lefel derfynol wahanol. Mae angen rheswm i'w chodi. I'w gostwng, mae angen rheswm ac enw a rôl y DSL neu'r rheolwr y gwnaethoch ymgynghori ag ef neu hi.</translation>
    </message>
    <message>
        <source>Final level</source>
        <translation>Lefel derfynol</translation>
    </message>
    <message>
        <source>Reason for changing the level</source>
        <translation>Rheswm dros newid y lefel</translation>
    </message>
    <message>
        <source>Why the level should be different</source>
        <translation>Pam y dylai'r lefel fod yn wahanol</translation>
    </message>
    <message>
        <source>Name of the DSL or manager consulted</source>
        <translation>Enw'r DSL neu'r rheolwr yr ymgynghorwyd ag ef neu hi</translation>
    </message>
    <message>
        <source>Role of the person consulted</source>
        <translation>Rôl y person yr ymgynghorwyd ag ef neu hi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Consulted (name, when lowering)</source>
        <translation>Ymgynghorwyd â (enw, wrth ostwng)</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Eu rôl</translation>
    </message>
    <message>
        <source>Apply this level</source>
        <translation>Defnyddio'r lefel hon</translation>
    </message>
    <message>
        <source>Apply the final level</source>
        <translation>Defnyddio'r lefel derfynol</translation>
    </message>
    <message>
        <source>Keep the computed level (%1)</source>
        <translation>Cadw'r lefel a gyfrifwyd (%1)</translation>
    </message>
    <message>
        <source>This level cannot be lowered below %1. %2</source>
        <translation>Ni ellir gostwng y lefel hon yn is na %1. %2</translation>
    </message>
    <message>
        <source>Not the same &amp;person</source>
        <translation>Nid yr un &amp;person</translation>
    </message>
    <message>
        <source>Not the same person: unlink this entry from the vault's record</source>
        <translation>Nid yr un person: datgysylltu'r cofnod hwn oddi wrth y cofnod sydd eisoes yma</translation>
    </message>
    <message>
        <source>Already in this vault? Enter links this entry to the record:</source>
        <translation>Eisoes yn y cofnodion hyn? Mae Enter yn cysylltu'r cofnod hwn â'r cofnod:</translation>
    </message>
    <message>
        <source>People already in this vault with a name alike: Enter links this entry</source>
        <translation>Pobl sydd eisoes yn y cofnodion hyn ag enw tebyg: mae Enter yn cysylltu'r cofnod hwn</translation>
    </message>
    <message>
        <source>Level so far</source>
        <translation>Lefel hyd yma</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pam?</translation>
    </message>
    <message>
        <source>Why this level: show the reasons</source>
        <translation>Pam y lefel hon: dangos y rhesymau</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>Hide reasons</source>
        <translation>Cuddio'r rhesymau</translation>
    </message>
    <message>
        <source>1 answer counts (score %2).</source>
        <translation>Mae 1 ateb yn cyfrif (sgôr %2).</translation>
    </message>
    <message>
        <source>%1 answers count (score %2).</source>
        <translation>Mae %1 ateb yn cyfrif (sgôr %2).</translation>
    </message>
    <message>
        <source>A rule sets at least %1.</source>
        <translation>Mae rheol yn gosod o leiaf %1.</translation>
    </message>
    <message>
        <source>No rule sets a minimum.</source>
        <translation>Nid oes rheol yn gosod isafswm.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <source>Complete answers only.</source>
        <translation>Atebion cyflawn yn unig.</translation>
    </message>
    <message>
        <source>Kinds: %1.</source>
        <translation>Mathau: %1.</translation>
    </message>
    <message>
        <source>harm</source>
        <translation>niwed</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>arwyddocaol</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risg</translation>
    </message>
    <message>
        <source>vulnerability</source>
        <translation>bod yn agored i niwed</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>cryfder</translation>
    </message>
    <message>
        <source>current</source>
        <translation>cyfredol</translation>
    </message>
    <message>
        <source>recent</source>
        <translation>diweddar</translation>
    </message>
    <message>
        <source>past</source>
        <translation>yn y gorffennol</translation>
    </message>
    <message>
        <source>Disagree with a decision about this child (another agency's, or your manager's)? Record it and escalate: stage 1 practitioner to practitioner, stage 2 managers, stage 3 senior managers or the safeguarding partnership.</source>
        <translation>Anghytuno â phenderfyniad am y plentyn hwn (gan asiantaeth arall, neu gan eich rheolwr)? Cofnodwch ef ac uwchgyfeiriwch: cam 1 ymarferydd i ymarferydd, cam 2 rheolwyr, cam 3 uwch reolwyr neu'r bartneriaeth ddiogelu.</translation>
    </message>
    <message>
        <source>Record a professional disagreement...</source>
        <translation>Cofnodi anghytundeb proffesiynol...</translation>
    </message>
    <message>
        <source>Record a professional disagreement (escalation)</source>
        <translation>Cofnodi anghytundeb proffesiynol (uwchgyfeirio)</translation>
    </message>
    <message>
        <source>Go to the review of what is missing</source>
        <translation>Mynd i'r adolygiad o'r hyn sydd ar goll</translation>
    </message>
    <message>
        <source>Complete the assessment</source>
        <translation>Cwblhau'r asesiad</translation>
    </message>
    <message>
        <source>Not ready to complete: %1 thing(s) missing. Go to the review.</source>
        <translation>Ddim yn barod i'w gwblhau: %1 peth ar goll. Ewch i'r adolygiad.</translation>
    </message>
    <message>
        <source>Not ready to complete: %1</source>
        <translation>Ddim yn barod i'w gwblhau: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recorded:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cofnodwyd:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Final level: %1</source>
        <translation>Lefel derfynol: %1</translation>
    </message>
    <message>
        <source>Computed level %1; final level set by professional judgement. Reason: %2</source>
        <translation>Lefel a gyfrifwyd %1; gosodwyd y lefel derfynol drwy farn broffesiynol. Rheswm: %2</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Beth i'w wneud nawr</translation>
    </message>
    <message>
        <source>Review by %1.</source>
        <translation>Adolygu erbyn %1.</translation>
    </message>
    <message>
        <source>Why this level</source>
        <translation>Pam y lefel hon</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No concerns were recorded.</source>
        <translation>Ni chofnodwyd unrhyw bryderon.</translation>
    </message>
    <message>
        <source>Not known, to follow up:</source>
        <translation>Ddim yn hysbys, i'w ddilyn:</translation>
    </message>
    <message>
        <source>Points: %1.</source>
        <translation>Pwyntiau: %1.</translation>
    </message>
    <message>
        <source>How the score adds up: %1</source>
        <translation>Sut mae'r sgôr yn adio: %1</translation>
    </message>
    <message>
        <source>Go to this place (Enter)</source>
        <translation>Mynd i'r lle hwn (Enter)</translation>
    </message>
    <message>
        <source>%1: “%2”. Consider: %3. %4</source>
        <translation>%1: “%2”. Ystyriwch: %3. %4</translation>
    </message>
    <message>
        <source>Go to this wording (Enter)</source>
        <translation>Mynd i'r geiriad hwn (Enter)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 questions not answered yet (No and Not known are answers too)</source>
        <translation>%1: %2 cwestiwn heb eu hateb eto (mae Na a Ddim yn hysbys yn atebion hefyd)</translation>
    </message>
    <message>
        <source>Check what is missing before you see the result and complete. Choose an item to go to its place.</source>
        <translation>Gwiriwch beth sydd ar goll cyn i chi weld y canlyniad a chwblhau. Dewiswch eitem i fynd i'w lle.</translation>
    </message>
    <message>
        <source>To do before completing</source>
        <translation>I'w wneud cyn cwblhau</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>Cofnod penderfyniad</translation>
    </message>
    <message>
        <source>You may keep your wording: it does not stop you completing, and the number of flagged phrases kept is recorded when you complete.</source>
        <translation>Gallwch gadw eich geiriad: nid yw'n eich atal rhag cwblhau, a chaiff nifer yr ymadroddion a nodwyd a gadwyd ei gofnodi pan fyddwch yn cwblhau.</translation>
    </message>
    <message>
        <source>Wording to check</source>
        <translation>Geiriad i'w wirio</translation>
    </message>
    <message>
        <source>Not known: to follow up</source>
        <translation>Ddim yn hysbys: i'w ddilyn</translation>
    </message>
    <message>
        <source>To do before completing (%1)</source>
        <translation>I'w wneud cyn cwblhau (%1)</translation>
    </message>
    <message>
        <source>Nothing is missing. Go to the result to check the level and complete.</source>
        <translation>Does dim byd ar goll. Ewch i'r canlyniad i wirio'r lefel a chwblhau.</translation>
    </message>
    <message>
        <source>Wording to check (%1): it may place responsibility on the child</source>
        <translation>Geiriad i'w wirio (%1): gall roi'r cyfrifoldeb ar y plentyn</translation>
    </message>
    <message>
        <source>Not known: to follow up after completing (%1). These do not stop you completing; they are listed on the result.</source>
        <translation>Ddim yn hysbys: i'w ddilyn ar ôl cwblhau (%1). Nid yw'r rhain yn eich atal rhag cwblhau; cânt eu rhestru ar y canlyniad.</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>Required before completing.</source>
        <translation>Gofynnol cyn cwblhau.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Wedi'i gofnodi.</translation>
    </message>
    <message>
        <source>No to the rest (%1)</source>
        <translation>Na i'r gweddill (%1)</translation>
    </message>
    <message>
        <source>No to the rest of this section</source>
        <translation>Na i weddill yr adran hon</translation>
    </message>
    <message>
        <source>No to the rest of this section: answers only the questions not yet answered (%1)</source>
        <translation>Na i weddill yr adran hon: mae'n ateb dim ond y cwestiynau sydd heb eu hateb eto (%1)</translation>
    </message>
    <message>
        <source>Not known for the rest (%1)</source>
        <translation>Ddim yn hysbys i'r gweddill (%1)</translation>
    </message>
    <message>
        <source>Not known for the rest of this section</source>
        <translation>Ddim yn hysbys i weddill yr adran hon</translation>
    </message>
    <message>
        <source>Not known for the rest of this section: answers only the questions not yet answered (%1)</source>
        <translation>Ddim yn hysbys i weddill yr adran hon: mae'n ateb dim ond y cwestiynau sydd heb eu hateb eto (%1)</translation>
    </message>
    <message>
        <source>Sections: choose one to go to it</source>
        <translation>Adrannau: dewiswch un i fynd iddi</translation>
    </message>
    <message>
        <source>Level and completion</source>
        <translation>Lefel a chwblhau</translation>
    </message>
    <message>
        <source>%1 · concerns recorded</source>
        <translation>%1 · pryderon wedi'u cofnodi</translation>
    </message>
    <message>
        <source>%1 · strengths recorded</source>
        <translation>%1 · cryfderau wedi'u cofnodi</translation>
    </message>
    <message>
        <source>Also linked to</source>
        <translation>Hefyd yn gysylltiedig â</translation>
    </message>
    <message>
        <source>No entries yet. Use “Add” to record one.</source>
        <translation>Dim cofnodion eto. Defnyddiwch “Ychwanegu” i gofnodi un.</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>Ychwanegu &amp;cofnod</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ychwanegu at %1</translation>
    </message>
    <message>
        <source>&amp;Remove selected entry</source>
        <translation>&amp;Tynnu'r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the selected entry from %1</source>
        <translation>Tynnu'r cofnod a ddewiswyd o %1</translation>
    </message>
    <message>
        <source>Entry %1 of %2</source>
        <translation>Cofnod %1 o %2</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back to the previous section</source>
        <translation>Yn ôl i'r adran flaenorol</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Yr adran nesaf</translation>
    </message>
    <message>
        <source>%1 of %2 sections complete (%3%)</source>
        <translation>%1 o %2 adran wedi'u cwblhau (%3%)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nesaf: %1</translation>
    </message>
</context>
</TS>
