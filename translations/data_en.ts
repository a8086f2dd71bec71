<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="79"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="84"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="84"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="84"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="91"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="93"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="95"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="132"/>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="27"/>
        <source>Change the data passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="30"/>
        <source>A forgotten passphrase cannot be recovered: without it, the cases cannot be read by anyone. Backups made before this change keep the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="37"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="38"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="54"/>
        <source>The new passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="57"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="153"/>
        <source>Erase old closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="165"/>
        <source>Closed more than (&amp;days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="169"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="169"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="169"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="180"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="197"/>
        <source>I understand these %n case(s) will be erased for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="198"/>
        <source>Erase %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="209"/>
        <source>%n case(s) erased.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="220"/>
        <source>Export everything about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="236"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
