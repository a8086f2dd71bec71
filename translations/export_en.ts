<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="297"/>
        <source>Send cases to another laptop</source>
        <translation>Send cases to another laptop</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="299"/>
        <source>The cases are written to one file, encrypted with a passphrase. Give the passphrase to the coordinator by another way than the file (in person, by phone).</source>
        <translation>The cases are written to one file, encrypted with a passphrase. Give the passphrase to the coordinator by another way than the file (in person, by phone).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="305"/>
        <source>&amp;All cases</source>
        <translation>&amp;All cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="306"/>
        <source>Only cases &amp;changed since the last bundle</source>
        <translation>Only cases &amp;changed since the last bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="309"/>
        <source>Only cases changed since the last bundle (no bundle made yet)</source>
        <translation>Only cases changed since the last bundle (no bundle made yet)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="312"/>
        <source>Only cases &amp;changed since the last bundle ({0})</source>
        <translation>Only cases &amp;changed since the last bundle ({0})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="314"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="330"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="331"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="333"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="335"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="341"/>
        <source>&amp;Write bundle</source>
        <translation>&amp;Write bundle</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="352"/>
        <source>Include the attachments (%n file(s), {0} MB)</source>
        <translation>
            <numerusform>Include the attachments (%n file, {0} MB)</numerusform>
            <numerusform>Include the attachments (%n files, {0} MB)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="358"/>
        <source>Write bundle</source>
        <translation>Write bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="359"/>
        <source>Case bundles (*.clinicbundle)</source>
        <translation>Case bundles (*.clinicbundle)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="368"/>
        <source>The passphrase must have at least {0} characters.</source>
        <translation>The passphrase must have at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="372"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="390"/>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="393"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>Cancelled: no bundle was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="396"/>
        <source>%n case(s) written to the bundle {0}.</source>
        <translation>
            <numerusform>%n case written to the bundle {0}.</numerusform>
            <numerusform>%n cases written to the bundle {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="409"/>
        <source>Receive cases from another laptop</source>
        <translation>Receive cases from another laptop</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="413"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="415"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Bundle:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="418"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="422"/>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="428"/>
        <source>Nothing is written before you press Import.</source>
        <translation>Nothing is written before you press Import.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="432"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="432"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="443"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="432"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="443"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="432"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="433"/>
        <source>Changed here</source>
        <translation>Changed here</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="433"/>
        <source>Changed in bundle</source>
        <translation>Changed in bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="440"/>
        <source>Conflicts: changed on both laptops since the last bundle</source>
        <translation>Conflicts: changed on both laptops since the last bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="443"/>
        <source>Changed here / in bundle</source>
        <translation>Changed here / in bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="444"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="452"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="461"/>
        <source>Open bundle</source>
        <translation>Open bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="462"/>
        <source>Case bundles (*.clinicbundle);;All files (*)</source>
        <translation>Case bundles (*.clinicbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="471"/>
        <source>Press Preview again: the bundle or the passphrase changed.</source>
        <translation>Press Preview again: the bundle or the passphrase changed.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="482"/>
        <source>Choose the bundle file and type its passphrase.</source>
        <translation>Choose the bundle file and type its passphrase.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="489"/>
        <source>Reading the bundle…</source>
        <translation>Reading the bundle…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="491"/>
        <source>Preview cancelled: nothing was written.</source>
        <translation>Preview cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="499"/>
        <source>Bundle from laptop {0}: {1} to add, {2} to update, {3} in conflict, {4} unchanged, {5} newer here (kept). Nothing is written before you press Import.</source>
        <translation>Bundle from laptop {0}: {1} to add, {2} to update, {3} in conflict, {4} unchanged, {5} newer here (kept). Nothing is written before you press Import.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="502"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="502"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="503"/>
        <source>Kept here (newer)</source>
        <translation>Kept here (newer)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="509"/>
        <source>Add site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="510"/>
        <source>Update site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="514"/>
        <source>Sites: {0} to add, {1} to update, {2} in conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="518"/>
        <source>The table lists the first {0} cases of each kind, by case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="528"/>
        <source>Site {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="529"/>
        <source>Different facts: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="537"/>
        <source>Decide later (leave in conflict)</source>
        <translation>Decide later (leave in conflict)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="538"/>
        <source>Keep this laptop&apos;s version</source>
        <translation>Keep this laptop&apos;s version</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="539"/>
        <source>Take the bundle&apos;s version</source>
        <translation>Take the bundle&apos;s version</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="548"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="548"/>
        <source>employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="548"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="549"/>
        <source>jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="549"/>
        <source>closure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="550"/>
        <source>employer&apos;s count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="551"/>
        <source>count with drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="552"/>
        <source>notice to the Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="553"/>
        <source>CNESST notice of inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="554"/>
        <source>client company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="555"/>
        <source>date of the notice to the Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="556"/>
        <source>union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="556"/>
        <source>collective agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="585"/>
        <source>Importing the cases…</source>
        <translation>Importing the cases…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="588"/>
        <source>Import cancelled: nothing was written. The preview still holds: press Import to import it.</source>
        <translation>Import cancelled: nothing was written. The preview still holds: press Import to import it.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="597"/>
        <source>Imported: {0} added, {1} updated; {2} conflict(s) left to settle.</source>
        <translation>Imported: {0} added, {1} updated; {2} conflict(s) left to settle.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="93"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="229"/>
        <source>Export cases</source>
        <translation>Export cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="96"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="99"/>
        <source>CSV for French Excel (semicolons, decimal comma)</source>
        <translation>CSV for French Excel (semicolons, decimal comma)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="100"/>
        <source>CSV for other tools (commas, decimal point)</source>
        <translation>CSV for other tools (commas, decimal point)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="101"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="102"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="104"/>
        <source>Column names (stable, for scripts)</source>
        <translation>Column names (stable, for scripts)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="105"/>
        <source>Column labels (in the program&apos;s language, for people)</source>
        <translation>Column labels (in the program&apos;s language, for people)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="106"/>
        <source>Column &amp;headers:</source>
        <translation>Column &amp;headers:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="107"/>
        <source>&amp;Full: for the clinic&apos;s lawyers</source>
        <translation>&amp;Full: for the clinic&apos;s lawyers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="108"/>
        <source>&amp;De-identified: no names, contacts, addresses, immigration status or notes (campaigns, statistics)</source>
        <translation>&amp;De-identified: no names, contacts, addresses, immigration status or notes (campaigns, statistics)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="120"/>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="123"/>
        <source>The file will NOT be encrypted and holds the persons&apos; names, contacts and facts. Save it only on the clinic&apos;s encrypted drive, never on a USB key or in an email, and delete it when done.</source>
        <translation>The file will NOT be encrypted and holds the persons&apos; names, contacts and facts. Save it only on the clinic&apos;s encrypted drive, never on a USB key or in an email, and delete it when done.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="130"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="132"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="135"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="138"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="139"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="140"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="141"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="143"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="144"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="144"/>
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="145"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="145"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="146"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="148"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="150"/>
        <source>All sites and companies</source>
        <translation>All sites and companies</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="153"/>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="160"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="165"/>
        <source> (personal)</source>
        <translation> (personal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="173"/>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="174"/>
        <source>Select &amp;none</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="187"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="216"/>
        <source>%n case(s) match.</source>
        <translation>
            <numerusform>%n case matches.</numerusform>
            <numerusform>%n cases match.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="228"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="228"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="262"/>
        <source>Choose at least one column.</source>
        <translation>Choose at least one column.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="275"/>
        <source>Exporting cases…</source>
        <translation>Exporting cases…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="278"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="281"/>
        <source>%n case(s) written to {0}.</source>
        <translation>
            <numerusform>%n case written to {0}.</numerusform>
            <numerusform>%n cases written to {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="283"/>
        <source>This file is not encrypted: it holds personal data.</source>
        <translation>This file is not encrypted: it holds personal data.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="121"/>
        <source>Summary of the cases</source>
        <translation>Summary of the cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="128"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="130"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="137"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="140"/>
        <location filename="../clinic_app/ui/summary_view.py" line="158"/>
        <location filename="../clinic_app/ui/summary_view.py" line="160"/>
        <location filename="../clinic_app/ui/summary_view.py" line="161"/>
        <location filename="../clinic_app/ui/summary_view.py" line="162"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="141"/>
        <source>Cases with complete facts</source>
        <translation>Cases with complete facts</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="142"/>
        <location filename="../clinic_app/ui/summary_view.py" line="158"/>
        <source>Amount owed</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="142"/>
        <source>Already paid</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="143"/>
        <location filename="../clinic_app/ui/summary_view.py" line="159"/>
        <source>Shortfall</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="152"/>
        <source>Amounts cover the cases with complete facts only.</source>
        <translation>Amounts cover the cases with complete facts only.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="158"/>
        <location filename="../clinic_app/ui/summary_view.py" line="174"/>
        <location filename="../clinic_app/ui/summary_view.py" line="180"/>
        <source>Site or company</source>
        <translation>Site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="160"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="161"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="162"/>
        <source>Badge (warehouse)</source>
        <translation>Badge (warehouse)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="164"/>
        <source>Cases by site or company</source>
        <translation>Cases by site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="165"/>
        <source>By site or company</source>
        <translation>By site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>By status</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="169"/>
        <source>By badge</source>
        <translation>By badge</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="172"/>
        <source>Deadlines in the next 30 days</source>
        <translation>Deadlines in the next 30 days</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="174"/>
        <location filename="../clinic_app/ui/summary_view.py" line="180"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="174"/>
        <location filename="../clinic_app/ui/summary_view.py" line="180"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="174"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="178"/>
        <source>Claim deadlines passed (open cases with money to claim)</source>
        <translation>Claim deadlines passed (open cases with money to claim)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="180"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="197"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="197"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="197"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="198"/>
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="198"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="199"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="199"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="200"/>
        <source>Blue (permanent)</source>
        <translation>Blue (permanent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="200"/>
        <source>White (seasonal)</source>
        <translation>White (seasonal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="201"/>
        <source>Not entered</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="212"/>
        <source>Adding up the cases…</source>
        <translation>Adding up the cases…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="212"/>
        <location filename="../clinic_app/ui/summary_view.py" line="280"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="238"/>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/summary_view.py" line="252"/>
        <source>Deadlines in the next 30 days: %n</source>
        <translation>
            <numerusform>Deadlines in the next 30 days: %n</numerusform>
            <numerusform>Deadlines in the next 30 days: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/summary_view.py" line="255"/>
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>passed %n day ago</numerusform>
            <numerusform>passed %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/summary_view.py" line="257"/>
        <source>Claim deadlines passed (open cases with money to claim): %n</source>
        <translation>
            <numerusform>Claim deadlines passed (open cases with money to claim): %n</numerusform>
            <numerusform>Claim deadlines passed (open cases with money to claim): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/summary_view.py" line="259"/>
        <source>(the %n most recent listed: View &gt; Deadlines lists them all)</source>
        <translation>
            <numerusform>(the %n most recent listed: View &gt; Deadlines lists them all)</numerusform>
            <numerusform>(the %n most recent listed: View &gt; Deadlines lists them all)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="268"/>
        <source>Save the summary as PDF</source>
        <translation>Save the summary as PDF</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="269"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="281"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
</context>
</TS>
