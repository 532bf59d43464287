<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Unlock</name>
    <message>
        <source>To restore: choose Restore from a backup below; the backup is restored into a new folder and the damaged records are left untouched.</source>
        <translation>I adfer: dewiswch Adfer o gopi wrth gefn isod; caiff y copi wrth gefn ei adfer i ffolder newydd, a chaiff y cofnodion sydd wedi&apos;u difrodi eu gadael fel y maent.</translation>
    </message>
    <message>
        <source>Unlock the records</source>
        <translation>Datgloi&apos;r cofnodion</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wrthi&apos;n datgloi</translation>
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
        <translation>Defnyddio&apos;r cod adfer</translation>
    </message>
    <message>
        <source>Records folder: %1</source>
        <translation>Ffolder y cofnodion: %1</translation>
    </message>
    <message>
        <source>Unlock with the recovery code</source>
        <translation>Datgloi gyda&apos;r cod adfer</translation>
    </message>
    <message>
        <source>Type the code from your recovery sheet, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Teipiwch y cod o&apos;ch taflen adfer, yna dewiswch gyfrinymadrodd newydd. Bydd yr hen gyfrinymadrodd yn peidio â gweithio.</translation>
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
        <translation>Wrthi&apos;n datgloi gyda&apos;r cod adfer</translation>
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
        <translation>Mae&apos;r ddau gyfrinymadrodd newydd yn wahanol.</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>That passphrase does not open these records. Check it and try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor y cofnodion hyn. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That recovery code does not open these records. Check each group of five characters.</source>
        <translation>Nid yw&apos;r cod adfer hwnnw&apos;n agor y cofnodion hyn. Gwiriwch bob grŵp o bum nod.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Rhowch gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The records file is damaged and has not been changed. Restore it from your latest backup, or ask IT support for help.</source>
        <translation>Mae ffeil y cofnodion wedi&apos;i difrodi ac nid yw wedi&apos;i newid. Adferwch hi o&apos;ch copi wrth gefn diweddaraf, neu gofynnwch i&apos;r gwasanaeth cymorth TG am help.</translation>
    </message>
    <message>
        <source>These records are already open in another window or program. Close it first, then try again.</source>
        <translation>Mae&apos;r cofnodion hyn eisoes ar agor mewn ffenestr neu raglen arall. Caewch hi yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>There are no records in this folder yet. Create a vault or choose another folder.</source>
        <translation>Nid oes cofnodion yn y ffolder hon eto. Crëwch storfa gofnodion neu dewiswch ffolder arall.</translation>
    </message>
</context>
</TS>
