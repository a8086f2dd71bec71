<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="90"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="95"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="95"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="95"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="102"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="104"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="106"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="133"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="137"/>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="44"/>
        <source>Change the data passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="47"/>
        <source>A forgotten passphrase cannot be recovered: without it, the cases cannot be read by anyone. Backups made before this change keep the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="54"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="55"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="69"/>
        <source>The new passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="72"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="158"/>
        <source>Erase old closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="166"/>
        <source>Closed more than (&amp;days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="170"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="170"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="170"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="170"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="181"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="203"/>
        <source>I understand these %n case(s) will be erased for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="204"/>
        <source>Erase %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="220"/>
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
        <location filename="../clinic_app/ui/data_dialogs.py" line="227"/>
        <source>Export everything about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="237"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
