<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="40"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="40"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="40"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="40"/>
        <source>Site / company</source>
        <translation>Site / company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="40"/>
        <source>Amount owed</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="41"/>
        <source>Shortfall</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="41"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="138"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="138"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="156"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="156"/>
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="156"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="157"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/case_list_model.py" line="157"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../clinic_app/ui/errors.py" line="31"/>
        <source>Something went wrong in the program. Your saved cases are not affected.</source>
        <translation>Something went wrong in the program. Your saved cases are not affected.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/errors.py" line="34"/>
        <source>Details were written to the log file {path}.</source>
        <translation>Details were written to the log file {path}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/errors.py" line="52"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="61"/>
        <source>Clinic Intake — first start</source>
        <translation>Clinic Intake — first start</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="63"/>
        <source>Welcome. The cases are kept encrypted on this laptop. Choose the data passphrase the volunteers of this clinic will type to open them.</source>
        <translation>Welcome. The cases are kept encrypted on this laptop. Choose the data passphrase the volunteers of this clinic will type to open them.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="67"/>
        <source>&lt;b&gt;Write the passphrase down and keep it safe: if it is forgotten, the data cannot be recovered by anyone.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Write the passphrase down and keep it safe: if it is forgotten, the data cannot be recovered by anyone.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="79"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="80"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="83"/>
        <source>Clinic &amp;name:</source>
        <translation>Clinic &amp;name:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="87"/>
        <source>&amp;Address (letterhead):</source>
        <translation>&amp;Address (letterhead):</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="89"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="94"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="98"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="99"/>
        <source>&amp;Keep closed cases for:</source>
        <translation>&amp;Keep closed cases for:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="101"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Backup folder:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="101"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="109"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="117"/>
        <source>Too short: at least {0} characters.</source>
        <translation>Too short: at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="117"/>
        <source>Weak: add words.</source>
        <translation>Weak: add words.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="118"/>
        <source>Fair.</source>
        <translation>Fair.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="118"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="125"/>
        <source>Passphrase: at least {0} characters are needed.</source>
        <translation>Passphrase: at least {0} characters are needed.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/first_run.py" line="128"/>
        <source>Passphrase: the two entries differ. Type the same passphrase twice.</source>
        <translation>Passphrase: the two entries differ. Type the same passphrase twice.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="52"/>
        <source>Clinic Intake</source>
        <translation>Clinic Intake</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="60"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="63"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="76"/>
        <source>Search: name, case number, phone, site or company</source>
        <translation>Search: name, case number, phone, site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="78"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="84"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="90"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="91"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="92"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="94"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="95"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="95"/>
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="96"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="96"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="97"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="100"/>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="101"/>
        <source>Kind filter</source>
        <translation>Kind filter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="102"/>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="103"/>
        <source>Site filter</source>
        <translation>Site filter</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="115"/>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="131"/>
        <source>New &amp;warehouse case</source>
        <translation>New &amp;warehouse case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="133"/>
        <source>New &amp;driver case</source>
        <translation>New &amp;driver case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="135"/>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="138"/>
        <source>Check for &amp;duplicates</source>
        <translation>Check for &amp;duplicates</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="139"/>
        <source>De&amp;lete case…</source>
        <translation>De&amp;lete case…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="142"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="143"/>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="144"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="146"/>
        <source>&amp;Export cases…</source>
        <translation>&amp;Export cases…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="148"/>
        <source>Send cases to another laptop…</source>
        <translation>Send cases to another laptop…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="150"/>
        <source>Receive cases from another laptop…</source>
        <translation>Receive cases from another laptop…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="152"/>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="153"/>
        <source>&amp;Letters for this case…</source>
        <translation>&amp;Letters for this case…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="154"/>
        <source>Letters for the &amp;selected cases…</source>
        <translation>Letters for the &amp;selected cases…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="155"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="157"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="159"/>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="161"/>
        <source>Erase old closed cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="163"/>
        <source>Export everything about this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="175"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="180"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="182"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="185"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="242"/>
        <source>Encrypted database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="244"/>
        <source>Database on a server</source>
        <translation>Database on a server</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="246"/>
        <source>Database NOT encrypted</source>
        <translation>Database NOT encrypted</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/main_window.py" line="287"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="309"/>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="310"/>
        <source>This part of the program is not available in this version: {0}.</source>
        <translation>This part of the program is not available in this version: {0}.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="354"/>
        <source>New warehouse case</source>
        <translation>New warehouse case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="355"/>
        <source>New driver case</source>
        <translation>New driver case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="383"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="423"/>
        <location filename="../clinic_app/ui/main_window.py" line="426"/>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="423"/>
        <source>No possible duplicate found.</source>
        <translation>No possible duplicate found.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="427"/>
        <source>Possible duplicates of this case:</source>
        <translation>Possible duplicates of this case:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="435"/>
        <source>Delete case</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="436"/>
        <source>Delete case {0} ({1})? It is hidden from the list and removed for good at the end of the retention period.</source>
        <translation>Delete case {0} ({1})? It is hidden from the list and removed for good at the end of the retention period.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="443"/>
        <source>Case {0} deleted.</source>
        <translation>Case {0} deleted.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="452"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="468"/>
        <source>Open or select a saved case to write its letters.</source>
        <translation>Open or select a saved case to write its letters.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/main_window.py" line="481"/>
        <source>Folder for the letters</source>
        <translation>Folder for the letters</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="29"/>
        <source>Clinic Intake — passphrase</source>
        <translation>Clinic Intake — passphrase</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="31"/>
        <source>Type the data passphrase to open the cases.</source>
        <translation>Type the data passphrase to open the cases.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="41"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="58"/>
        <source>Type the passphrase.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/passphrase_dialog.py" line="64"/>
        <source>This passphrase does not open the data. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>This passphrase does not open the data. Check the keyboard language and Caps Lock, then try again.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="42"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="61"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="64"/>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="70"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="71"/>
        <source>A language change applies the next time the program starts.</source>
        <translation>A language change applies the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="73"/>
        <source>&amp;Volunteer name:</source>
        <translation>&amp;Volunteer name:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="75"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Backup folder:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="75"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="87"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="89"/>
        <source>Clinic (shared by every laptop)</source>
        <translation>Clinic (shared by every laptop)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="100"/>
        <source>Clinic &amp;name:</source>
        <translation>Clinic &amp;name:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="101"/>
        <source>&amp;Address (letterhead):</source>
        <translation>&amp;Address (letterhead):</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="102"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="103"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="104"/>
        <source>Letters &amp;signed by:</source>
        <translation>Letters &amp;signed by:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="105"/>
        <source>&amp;Retention period:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="117"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="119"/>
        <source>Encrypted (SQLCipher)</source>
        <translation>Encrypted (SQLCipher)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="120"/>
        <source>NOT encrypted</source>
        <translation>NOT encrypted</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="121"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="125"/>
        <source>Back &amp;up now</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="128"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Change the &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="151"/>
        <source>Verified backup written: {0}</source>
        <translation>Verified backup written: {0}</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/settings_dialog.py" line="158"/>
        <source>Passphrase changed. Backups made before keep the old one.</source>
        <translation>Passphrase changed. Backups made before keep the old one.</translation>
    </message>
</context>
</TS>
