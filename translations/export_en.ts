<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="282"/>
        <source>Send cases to another laptop</source>
        <translation>Send cases to another laptop</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="284"/>
        <source>The cases are written to one file, encrypted with a passphrase. Give the passphrase to the coordinator by another way than the file (in person, by phone).</source>
        <translation>The cases are written to one file, encrypted with a passphrase. Give the passphrase to the coordinator by another way than the file (in person, by phone).</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="290"/>
        <source>&amp;All cases</source>
        <translation>&amp;All cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="291"/>
        <source>Only cases &amp;changed since the last bundle</source>
        <translation>Only cases &amp;changed since the last bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="294"/>
        <source>Only cases changed since the last bundle (no bundle made yet)</source>
        <translation>Only cases changed since the last bundle (no bundle made yet)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="297"/>
        <source>Only cases &amp;changed since the last bundle ({0})</source>
        <translation>Only cases &amp;changed since the last bundle ({0})</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="299"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="310"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="311"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="313"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="315"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="321"/>
        <source>&amp;Write bundle</source>
        <translation>&amp;Write bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="329"/>
        <source>Write bundle</source>
        <translation>Write bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="330"/>
        <source>Case bundles (*.clinicbundle)</source>
        <translation>Case bundles (*.clinicbundle)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="339"/>
        <source>The passphrase must have at least {0} characters.</source>
        <translation>The passphrase must have at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="343"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="359"/>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="362"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>Cancelled: no bundle was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="365"/>
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
        <location filename="../clinic_app/ui/export_dialogs.py" line="378"/>
        <source>Receive cases from another laptop</source>
        <translation>Receive cases from another laptop</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="382"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="384"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Bundle:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="387"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="391"/>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="397"/>
        <source>Nothing is written before you press Import.</source>
        <translation>Nothing is written before you press Import.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="401"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="401"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="412"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="401"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="412"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="401"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="402"/>
        <source>Changed here</source>
        <translation>Changed here</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="402"/>
        <source>Changed in bundle</source>
        <translation>Changed in bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="409"/>
        <source>Conflicts: changed on both laptops since the last bundle</source>
        <translation>Conflicts: changed on both laptops since the last bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="412"/>
        <source>Changed here / in bundle</source>
        <translation>Changed here / in bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="413"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="421"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="429"/>
        <source>Open bundle</source>
        <translation>Open bundle</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="430"/>
        <source>Case bundles (*.clinicbundle);;All files (*)</source>
        <translation>Case bundles (*.clinicbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="439"/>
        <source>Press Preview again: the bundle or the passphrase changed.</source>
        <translation>Press Preview again: the bundle or the passphrase changed.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="450"/>
        <source>Choose the bundle file and type its passphrase.</source>
        <translation>Choose the bundle file and type its passphrase.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="457"/>
        <source>Reading the bundle…</source>
        <translation>Reading the bundle…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="459"/>
        <source>Preview cancelled: nothing was written.</source>
        <translation>Preview cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="467"/>
        <source>Bundle from laptop {0}: {1} to add, {2} to update, {3} in conflict, {4} unchanged, {5} newer here (kept). Nothing is written before you press Import.</source>
        <translation>Bundle from laptop {0}: {1} to add, {2} to update, {3} in conflict, {4} unchanged, {5} newer here (kept). Nothing is written before you press Import.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="470"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="470"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="471"/>
        <source>Kept here (newer)</source>
        <translation>Kept here (newer)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="484"/>
        <source>Decide later (leave in conflict)</source>
        <translation>Decide later (leave in conflict)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="485"/>
        <source>Keep this laptop&apos;s version</source>
        <translation>Keep this laptop&apos;s version</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="486"/>
        <source>Take the bundle&apos;s version</source>
        <translation>Take the bundle&apos;s version</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="525"/>
        <source>Imported: {0} added, {1} updated; {2} conflict(s) left to settle.</source>
        <translation>Imported: {0} added, {1} updated; {2} conflict(s) left to settle.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="90"/>
        <location filename="../clinic_app/ui/export_dialogs.py" line="217"/>
        <source>Export cases</source>
        <translation>Export cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="93"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="96"/>
        <source>CSV for French Excel (semicolons, decimal comma)</source>
        <translation>CSV for French Excel (semicolons, decimal comma)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="97"/>
        <source>CSV for other tools (commas, decimal point)</source>
        <translation>CSV for other tools (commas, decimal point)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="98"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="99"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="101"/>
        <source>Column names (stable, for scripts)</source>
        <translation>Column names (stable, for scripts)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="102"/>
        <source>Column labels (in the program&apos;s language, for people)</source>
        <translation>Column labels (in the program&apos;s language, for people)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="103"/>
        <source>Column &amp;headers:</source>
        <translation>Column &amp;headers:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="104"/>
        <source>&amp;Full: for the clinic&apos;s lawyers</source>
        <translation>&amp;Full: for the clinic&apos;s lawyers</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="105"/>
        <source>&amp;De-identified: no names, contacts, addresses, immigration status or notes (campaigns, statistics)</source>
        <translation>&amp;De-identified: no names, contacts, addresses, immigration status or notes (campaigns, statistics)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="117"/>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="119"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="121"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="124"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="127"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="128"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="129"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="130"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="132"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="133"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="133"/>
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="134"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="134"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="135"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="137"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="139"/>
        <source>All sites and companies</source>
        <translation>All sites and companies</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="142"/>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="149"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="154"/>
        <source> (personal)</source>
        <translation> (personal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="162"/>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="163"/>
        <source>Select &amp;none</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="176"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="204"/>
        <source>%n case(s) match.</source>
        <translation>
            <numerusform>%n case matches.</numerusform>
            <numerusform>%n cases match.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="216"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="216"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="250"/>
        <source>Choose at least one column.</source>
        <translation>Choose at least one column.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="263"/>
        <source>Exporting cases…</source>
        <translation>Exporting cases…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/export_dialogs.py" line="266"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/export_dialogs.py" line="269"/>
        <source>%n case(s) written to {0}.</source>
        <translation>
            <numerusform>%n case written to {0}.</numerusform>
            <numerusform>%n cases written to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="120"/>
        <source>Summary of the cases</source>
        <translation>Summary of the cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="127"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="129"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="136"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="139"/>
        <location filename="../clinic_app/ui/summary_view.py" line="157"/>
        <location filename="../clinic_app/ui/summary_view.py" line="159"/>
        <location filename="../clinic_app/ui/summary_view.py" line="160"/>
        <location filename="../clinic_app/ui/summary_view.py" line="161"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="140"/>
        <source>Cases with complete facts</source>
        <translation>Cases with complete facts</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="141"/>
        <location filename="../clinic_app/ui/summary_view.py" line="157"/>
        <source>Amount owed</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="141"/>
        <source>Already paid</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="142"/>
        <location filename="../clinic_app/ui/summary_view.py" line="158"/>
        <source>Shortfall</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="151"/>
        <source>Amounts cover the cases with complete facts only.</source>
        <translation>Amounts cover the cases with complete facts only.</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="157"/>
        <location filename="../clinic_app/ui/summary_view.py" line="173"/>
        <source>Site or company</source>
        <translation>Site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="159"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="160"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="161"/>
        <source>Badge (warehouse)</source>
        <translation>Badge (warehouse)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="163"/>
        <source>Cases by site or company</source>
        <translation>Cases by site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="164"/>
        <source>By site or company</source>
        <translation>By site or company</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="167"/>
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="167"/>
        <source>By status</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="168"/>
        <source>By badge</source>
        <translation>By badge</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="171"/>
        <source>Deadlines in the next 30 days</source>
        <translation>Deadlines in the next 30 days</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="173"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="173"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="173"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="189"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="189"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="189"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="190"/>
        <source>Intake complete</source>
        <translation>Intake complete</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="190"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="191"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="191"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="192"/>
        <source>Blue (permanent)</source>
        <translation>Blue (permanent)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="192"/>
        <source>White (seasonal)</source>
        <translation>White (seasonal)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="193"/>
        <source>Not entered</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="204"/>
        <source>Adding up the cases…</source>
        <translation>Adding up the cases…</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="204"/>
        <location filename="../clinic_app/ui/summary_view.py" line="263"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="230"/>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message numerus="yes">
        <location filename="../clinic_app/ui/summary_view.py" line="244"/>
        <source>Deadlines in the next 30 days: %n</source>
        <translation>
            <numerusform>Deadlines in the next 30 days: %n</numerusform>
            <numerusform>Deadlines in the next 30 days: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="251"/>
        <source>Save the summary as PDF</source>
        <translation>Save the summary as PDF</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="252"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../clinic_app/ui/summary_view.py" line="264"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
</context>
</TS>
