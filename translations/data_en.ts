<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="91"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="96"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="96"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="96"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="103"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="105"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="107"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="108"/>
        <source>Replace the cases by the chosen backup (the current database is backed up first)</source>
        <translation>Replace the cases by the chosen backup (the current database is backed up first)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="116"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="144"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="148"/>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="156"/>
        <source>No file manager could open the folder. The backups are in: %1</source>
        <translation>No file manager could open the folder. The backups are in: %1</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="184"/>
        <source>Passphrase of the backup</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="185"/>
        <source>This backup was made with an earlier passphrase. Type that passphrase:</source>
        <translation>This backup was made with an earlier passphrase. Type that passphrase:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="191"/>
        <source>Restore the backup of %1 (UTC)?</source>
        <translation>Restore the backup of %1 (UTC)?</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="192"/>
        <source>It holds %n case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="193"/>
        <source>The database holds %n case(s) now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="194"/>
        <source>What was entered since that backup is replaced by it. The current database is backed up first, so this can be undone by restoring that copy.</source>
        <translation>What was entered since that backup is replaced by it. The current database is backed up first, so this can be undone by restoring that copy.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="196"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="202"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="206"/>
        <source>Restored: %n case(s). The previous database was kept as %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="45"/>
        <source>Change the data passphrase</source>
        <translation>Change the data passphrase</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="48"/>
        <source>A forgotten passphrase cannot be recovered: without it, the cases cannot be read by anyone. Backups made before this change keep the old passphrase.</source>
        <translation>A forgotten passphrase cannot be recovered: without it, the cases cannot be read by anyone. Backups made before this change keep the old passphrase.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="55"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="56"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="70"/>
        <source>The new passphrase needs at least 8 characters.</source>
        <translation>The new passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="73"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>The two passphrases differ; type the same one twice.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="225"/>
        <source>Erase old closed cases</source>
        <translation>Erase old closed cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="233"/>
        <source>Closed more than (&amp;days):</source>
        <translation>Closed more than (&amp;days):</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="237"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="237"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="237"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="237"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="248"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="270"/>
        <source>I understand these %n case(s) will be erased for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="271"/>
        <source>Erase %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/data_dialogs.py" line="287"/>
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
        <location filename="../clinic_app/ui/data_dialogs.py" line="294"/>
        <source>Export everything about this person</source>
        <translation>Export everything about this person</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/data_dialogs.py" line="304"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
</TS>
